import IsocheckDiagnostics

extension Parser {
    mutating func parseConstant(_ start: SourceRange) throws -> ConstantDecl {
        _ = advance()
        let name = try expectIdentifier("a constant name")
        try expectPunct("=")
        let value = try parseExpression()
        return ConstantDecl(name: name, value: value, range: range(from: start))
    }

    mutating func parseParameter(_ start: SourceRange) throws -> ParameterDecl {
        _ = advance()
        let name = try expectIdentifier("a parameter name")
        try expectPunct(":", "':' and a type (u1 ... u64)")
        let typeToken = current
        let typeName = try expectIdentifier("a type (u1 ... u64)")
        guard typeName.name.hasPrefix("u"), let width = Int(typeName.name.dropFirst()), (1...64).contains(width) else {
            throw Failure(diagnostic: .error(.badWidth(typeName.name), at: typeToken.range.start))
        }
        var constraint: Expr?
        if acceptKeyword("where") { constraint = try parseExpression() }
        return ParameterDecl(name: name, width: width, constraint: constraint, range: range(from: start))
    }

    mutating func parsePrincipal(_ start: SourceRange) throws -> PrincipalDecl {
        _ = advance()
        let name = try expectIdentifier("a principal name")
        let binders = try parseBinders()
        return PrincipalDecl(name: name, binders: binders, range: range(from: start))
    }

    mutating func parseMemoryDefault(_ start: SourceRange) throws -> MemoryDefaultDecl {
        _ = advance()
        try expectKeyword("default")
        if current.isKeyword("owned") { throw failure("'secret' or 'public'") }
        let label = try parseLabel()
        return MemoryDefaultDecl(label: label, range: range(from: start))
    }

    mutating func parseFrame(_ start: SourceRange) throws -> FrameDecl {
        _ = advance()
        let name = try expectIdentifier("a frame name")
        let binders = try parseBinders()
        var base: Expr?
        var stride: Expr?
        var size: Expr?
        var label: LabelSyntax?
        clauses: while true {
            let clauseToken = current
            switch current.identifier {
            case "at":
                _ = advance()
                guard base == nil else { throw Failure(diagnostic: .error(.duplicateClause("at"), at: clauseToken.range.start)) }
                base = try parseExpression()
            case "stride":
                _ = advance()
                guard stride == nil else { throw Failure(diagnostic: .error(.duplicateClause("stride"), at: clauseToken.range.start)) }
                stride = try parseExpression()
            case "size":
                _ = advance()
                guard size == nil else { throw Failure(diagnostic: .error(.duplicateClause("size"), at: clauseToken.range.start)) }
                size = try parseExpression()
            case "secret", "public", "owned":
                guard label == nil else { throw Failure(diagnostic: .error(.duplicateClause("label"), at: clauseToken.range.start)) }
                label = try parseLabel()
            default:
                break clauses
            }
        }
        var segments: [FrameDecl.Segment] = []
        if current.isPunct("{") {
            _ = advance()
            while true {
                skipNewlines()
                if acceptPunct("}") { break }
                let segmentStart = current.range
                let bytes = try parseRange()
                try expectPunct(":", "':' and a label (secret, public, owned by P)")
                let segmentLabel = try parseLabel()
                segments.append(FrameDecl.Segment(bytes: bytes, label: segmentLabel, range: range(from: segmentStart)))
                try expectEndOfStatement()
            }
        } else if !(current.kind == .newline || current.kind == .endOfFile || current.isPunct(";") || current.isPunct("}")) {
            throw failure("a frame clause (at, stride, size, secret, public, owned by) or '{'")
        }
        guard let size else {
            throw Failure(diagnostic: .error(.missingClause("size", in: "a frame"), at: name.range.start))
        }
        return FrameDecl(
            name: name, binders: binders, physicalBase: base, stride: stride, size: size, label: label,
            segments: segments, range: range(from: start))
    }

    mutating func parseRegion(_ start: SourceRange) throws -> RegionDecl {
        _ = advance()
        let name = try expectIdentifier("a region name")
        let binders = try parseBinders()
        try expectPunct("=")
        let addresses = try parseRange()
        return RegionDecl(name: name, binders: binders, addresses: addresses, range: range(from: start))
    }

    mutating func parseSpace(_ start: SourceRange) throws -> SpaceDecl {
        _ = advance()
        let name = try expectIdentifier("a space name")
        let binders = try parseBinders()
        let kind: SpaceDecl.Kind
        if acceptKeyword("kernel") {
            kind = .kernel
        } else if acceptKeyword("user") {
            try expectKeyword("of")
            kind = .user(try parseReference("a principal"))
        } else {
            throw failure("'kernel' or 'user of PRINCIPAL'")
        }
        var root: Expr?
        if acceptKeyword("root") { root = try parseExpression() }
        let importStart = current.range
        if acceptKeyword("import") {
            let imported = try parseSpaceImport(importStart)
            var decl = SpaceDecl(name: name, binders: binders, kind: kind, root: root, items: [], range: range(from: start))
            decl.imported = imported
            return decl
        }
        let items = try parseSpaceBlock()
        return SpaceDecl(name: name, binders: binders, kind: kind, root: root, items: items, range: range(from: start))
    }

    mutating func parseSpaceBlock() throws -> [SpaceItem] {
        try expectPunct("{")
        var items: [SpaceItem] = []
        while true {
            skipNewlines()
            if acceptPunct("}") { return items }
            let itemStart = current.range
            switch current.identifier {
            case "map": items.append(.mapping(try parseMapping(itemStart)))
            case "for":
                _ = advance()
                let binders = try parseBinderList(closing: nil)
                let body = try parseSpaceBlock()
                items.append(.forEach(ForEachDecl(binders: binders, items: body, range: range(from: itemStart))))
            case "from":
                _ = advance()
                let parent = try parseReference("a space name")
                var regions: [IndexedReference]?
                if acceptKeyword("only") {
                    var list = [try parseReference("a region name")]
                    while acceptPunct(",") { list.append(try parseReference("a region name")) }
                    regions = list
                }
                items.append(.derived(DerivedDecl(parent: parent, regions: regions, range: range(from: itemStart))))
            default:
                throw failure("a space item (map, for, from) or '}'")
            }
            try expectEndOfStatement()
        }
    }

    mutating func parseMapping(_ start: SourceRange) throws -> MappingDecl {
        _ = advance()
        let addresses = try parseRange()
        var pageSize: Expr?
        if acceptKeyword("page") { pageSize = try parseExpression() }
        try expectPunct("->", "'->' and a frame or 'phys ADDRESS'")
        let target: MappingDecl.Target
        if acceptKeyword("phys") {
            target = .physical(try parseExpression())
        } else {
            let frame = try parseReference("a frame name or 'phys'")
            var offset: Expr?
            if acceptPunct("+") { offset = try parseExpression() }
            target = .frame(frame, offset: offset)
        }
        var flags: [Identifier] = []
        while let name = current.identifier {
            let token = advance()
            flags.append(Identifier(name, range: token.range))
        }
        return MappingDecl(addresses: addresses, pageSize: pageSize, target: target, flags: flags, range: range(from: start))
    }

    mutating func parseCPU(_ start: SourceRange) throws -> CPUDecl {
        _ = advance()
        let binders = try parseBinders()
        try expectPunct("{")
        var cr4: [Identifier] = []
        var items: [CPUItemSyntax] = []
        while true {
            skipNewlines()
            if acceptPunct("}") { break }
            let itemStart = current.range
            guard let key = current.identifier else { throw failure(Self.cpuItems) }
            if acceptKeyword("cr4") {
                while let name = current.identifier {
                    let token = advance()
                    cr4.append(Identifier(name, range: token.range))
                }
            } else if acceptKeyword("lstar") {
                items.append(.lstar(try expectIdentifier("the SYSCALL entry label")))
            } else if acceptKeyword("vectors") {
                try expectKeyword("import")
                let file = try parsePath("the capture's code.json")
                var excluded: [(vector: UInt64, range: SourceRange)] = []
                if acceptKeyword("except") {
                    repeat {
                        guard case .number(let vector) = current.kind else { throw failure("a vector number") }
                        excluded.append((vector, advance().range))
                    } while acceptPunct(",")
                }
                items.append(.vectorsImport(file: file, except: excluded, range: range(from: itemStart)))
            } else if acceptKeyword("vector") {
                let number = try parseExpression()
                let handler = try expectIdentifier("the handler's label")
                var ist: Expr?
                if acceptKeyword("ist") { ist = try parseExpression() }
                items.append(.vector(number: number, handler: handler, ist: ist, range: range(from: itemStart)))
            } else if acceptKeyword("user") {
                let space = try expectIdentifier("the user space")
                if acceptPunct("[") {
                    // `user u[p < nproc]` ranges over a family; `user u[c]` names the member
                    // fixed by the CPU (NetBSD's per-CPU user page directories).
                    if current.identifier != nil, peek().isPunct("<") {
                        items.append(.userSpace(space, try parseBinderList(closing: "]")))
                    } else {
                        var indices: [Expr] = []
                        repeat { indices.append(try parseExpression()) } while acceptPunct(",")
                        try expectPunct("]")
                        items.append(.userSpaceMember(IndexedReference(name: space, indices: indices, range: range(from: space.range))))
                    }
                } else {
                    items.append(.userSpace(space, []))
                }
            } else if acceptKeyword("kernel") {
                items.append(.kernelSpace(try parseReference("the kernel space")))
            } else if acceptKeyword("alias") {
                let aliased = try parseRange()
                try expectPunct("=", "'=' and the VA the range aliases")
                items.append(.alias(aliased, target: try parseExpression()))
            } else if acceptKeyword("exit") {
                items.append(.exit(try expectIdentifier("the label where a return path starts")))
            } else if peek().isPunct("=") {
                let name = try expectIdentifier(Self.cpuItems)
                try expectPunct("=")
                items.append(.assignment(name, try parseExpression()))
            } else {
                _ = key
                throw failure(Self.cpuItems)
            }
            try expectEndOfStatement()
        }
        return CPUDecl(binders: binders, cr4Flags: cr4, items: items, range: range(from: start))
    }

    static let cpuItems = "a cpu item (cr4, lstar, vector, vectors import, user, kernel, exit, or KEY = VALUE) or '}'"

    mutating func parseWaiver(_ start: SourceRange) throws -> WaiverDecl {
        _ = advance()
        let property = try parseHyphenatedName("a property name (for example no-secret-in-user)")
        var space: Identifier?
        if acceptKeyword("in") { space = try expectIdentifier("a space name") }
        let reason = try parseReason(.emptyReason)
        return WaiverDecl(property: property, space: space, reason: reason, range: range(from: start))
    }

    mutating func parseEventDepth(_ start: SourceRange) throws -> EventDepthDecl {
        _ = advance()
        try expectKeyword("depth")
        guard case .number(let depth) = current.kind else { throw failure("a number of events (0 to 8)") }
        let depthToken = advance()
        let reason = try parseReason(.emptyDepthReason)
        return EventDepthDecl(depth: depth, depthRange: depthToken.range, reason: reason, range: range(from: start))
    }

    /// `because "REASON"`, where the reason must say something.
    mutating func parseReason(_ empty: Diagnostic.Message) throws -> String {
        try expectKeyword("because")
        guard case .string(let reason) = current.kind else { throw failure("a quoted reason") }
        let reasonToken = advance()
        guard !reason.allSatisfy(\.isWhitespace) else {
            throw Failure(diagnostic: .error(empty, at: reasonToken.range.start))
        }
        return reason
    }

    /// `no-secret-in-user`: identifiers joined by `-` with no spaces between.
    mutating func parseHyphenatedName(_ what: String) throws -> Identifier {
        let first = try expectIdentifier(what)
        var name = first.name
        var end = first.range
        while current.isPunct("-"), current.range.start.offset == end.end.offset,
            peek().identifier != nil, peek().range.start.offset == current.range.end.offset
        {
            _ = advance()
            let part = advance()
            name += "-" + (part.identifier ?? "")
            end = part.range
        }
        return Identifier(name, range: first.range.union(end))
    }

    // MARK: pieces shared by declarations

    /// Optional `[i < N, j < M]` after a declared name.
    mutating func parseBinders() throws -> [IndexBinder] {
        guard acceptPunct("[") else { return [] }
        return try parseBinderList(closing: "]")
    }

    mutating func parseBinderList(closing: String?) throws -> [IndexBinder] {
        var binders: [IndexBinder] = []
        repeat {
            let name = try expectIdentifier("an index name (as in [i < ncpu])")
            try expectPunct("<", "'<' and the number of indices (as in [i < ncpu])")
            binders.append(IndexBinder(name: name, count: try parseExpression(stoppingAtComparison: true)))
        } while acceptPunct(",")
        if let closing { try expectPunct(closing) }
        return binders
    }

    mutating func parseReference(_ what: String) throws -> IndexedReference {
        let name = try expectIdentifier(what)
        var indices: [Expr] = []
        if acceptPunct("[") {
            repeat { indices.append(try parseExpression()) } while acceptPunct(",")
            try expectPunct("]")
        }
        return IndexedReference(name: name, indices: indices, range: range(from: name.range))
    }

    mutating func parseLabel() throws -> LabelSyntax {
        let start = current.range
        if acceptKeyword("secret") { return .secret(start) }
        if acceptKeyword("public") { return .public(start) }
        if acceptKeyword("owned") {
            try expectKeyword("by")
            let owner = try parseReference("a principal")
            return .owned(owner, range(from: start))
        }
        throw failure("a label (secret, public, owned by PRINCIPAL)")
    }

    mutating func parseRange() throws -> RangeSyntax {
        let startExpr = try parseExpression()
        try expectPunct("..", "'..' and the end of the range (END or +SIZE)")
        let end: RangeSyntax.End
        if acceptPunct("+") {
            end = .size(try parseExpression())
        } else {
            end = .exclusive(try parseExpression())
        }
        return RangeSyntax(start: startExpr, end: end, range: range(from: startExpr.range))
    }
}
