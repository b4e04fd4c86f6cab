import IsocheckDiagnostics

/// The forms that tie a spec to real page tables: `symbols`, `space ... import`, `policy`.
extension Parser {
    mutating func parseSymbols(_ start: SourceRange) throws -> SymbolsDecl {
        _ = advance()
        let file = try parsePath("the path of a System.map or kallsyms file, in quotes")
        var offsets: [Expr] = []
        if acceptKeyword("percpu") {
            repeat { offsets.append(try parseExpression()) } while acceptPunct(",")
        }
        return SymbolsDecl(file: file, perCPUOffsets: offsets, range: range(from: start))
    }

    /// After `import`: `core "FILE" cpu N`, `core "FILE" cr3 VALUE` or `ptdump "FILE"`.
    mutating func parseSpaceImport(_ start: SourceRange) throws -> SpaceImportSyntax {
        if acceptKeyword("ptdump") {
            let file = try parsePath("the path of a ptdump text file, in quotes")
            return SpaceImportSyntax(source: .ptdump, file: file, range: range(from: start))
        }
        guard acceptKeyword("core") else { throw failure("'core' (an ELF memory dump) or 'ptdump' (kernel page-table text)") }
        let file = try parsePath("the path of an ELF core, in quotes")
        if acceptKeyword("cpu") {
            return SpaceImportSyntax(source: .core(cpu: try parseExpression(), cr3: nil), file: file, range: range(from: start))
        }
        if acceptKeyword("cr3") {
            return SpaceImportSyntax(source: .core(cpu: nil, cr3: try parseExpression()), file: file, range: range(from: start))
        }
        throw failure("'cpu N' (the CR3 in that CPU's note) or 'cr3 VALUE'")
    }

    mutating func parsePolicy(_ start: SourceRange) throws -> PolicyDecl {
        _ = advance()
        let name = try expectIdentifier("a policy name")
        try expectKeyword("for")
        var spaces = [try expectIdentifier("a user space")]
        while acceptPunct(",") { spaces.append(try expectIdentifier("a user space")) }
        try expectPunct("{")
        var rules: [AllowRule] = []
        var otherwise: LabelSyntax?
        while true {
            skipNewlines()
            if acceptPunct("}") { break }
            let itemStart = current.range
            if acceptKeyword("allow") {
                rules.append(try parseAllowRule(itemStart))
            } else if acceptKeyword("otherwise") {
                guard otherwise == nil else {
                    throw Failure(diagnostic: .error(.duplicateClause("otherwise"), at: itemStart.start))
                }
                if current.isKeyword("owned") { throw failure("'secret' or 'public'") }
                otherwise = try parseLabel()
            } else {
                throw failure("a policy item (allow range, allow symbol, allow percpu, otherwise LABEL) or '}'")
            }
            try expectEndOfStatement()
        }
        return PolicyDecl(name: name, spaces: spaces, rules: rules, otherwise: otherwise, range: range(from: start))
    }

    mutating func parseAllowRule(_ start: SourceRange) throws -> AllowRule {
        let target: AllowRule.Target
        if acceptKeyword("range") {
            target = .range(try parseRange())
        } else if acceptKeyword("symbol") {
            let first = try parseSymbolName()
            var through: SymbolNameSyntax?
            if acceptPunct("..") { through = try parseSymbolName() }
            target = .symbol(first, through: through)
        } else if acceptKeyword("percpu") {
            target = .perCPU(try parseSymbolName())
        } else {
            throw failure("'range START .. END', 'symbol NAME [.. NAME]' or 'percpu NAME'")
        }
        var rounding: Expr?
        if acceptKeyword("rounded") { rounding = try parseExpression() }
        var reason: String?
        if acceptKeyword("because") {
            guard case .string(let text) = current.kind else { throw failure("a quoted reason") }
            let token = advance()
            guard !text.allSatisfy(\.isWhitespace) else { throw Failure(diagnostic: .error(.emptyReason, at: token.range.start)) }
            reason = text
        }
        return AllowRule(target: target, rounding: rounding, reason: reason, range: range(from: start))
    }

    mutating func parseSymbolName() throws -> SymbolNameSyntax {
        let token = current
        switch token.kind {
        case .identifier(let name), .string(let name):
            _ = advance()
            return SymbolNameSyntax(name: name, range: token.range)
        default:
            throw failure("a symbol name (an identifier, or a quoted name)")
        }
    }

    mutating func parsePath(_ what: String) throws -> PathSyntax {
        let token = current
        guard case .string(let path) = token.kind else { throw failure(what) }
        _ = advance()
        guard !path.isEmpty else { throw Failure(diagnostic: .error(.expected(what, found: token), at: token.range.start)) }
        return PathSyntax(path: path, range: token.range)
    }
}
