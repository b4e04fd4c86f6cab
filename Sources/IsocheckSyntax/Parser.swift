import IsocheckDiagnostics

/// Recursive-descent parser from tokens to the AST. On an error it records one diagnostic,
/// skips to the end of the enclosing top-level declaration and goes on, so one run reports
/// every broken declaration rather than only the first.
public struct Parser {
    struct Failure: Error { let diagnostic: Diagnostic }

    let source: SourceFile
    var tokens: [Token]
    var index = 0
    var diagnostics: [Diagnostic] = []

    /// Parses a whole file; the diagnostics include the lexer's.
    public static func parse(_ source: SourceFile) -> (SpecFile, [Diagnostic]) {
        var lexer = Lexer(source: source)
        let tokens = lexer.tokenize()
        var parser = Parser(source: source, tokens: tokens)
        parser.diagnostics = lexer.diagnostics
        let declarations = parser.parseFile()
        return (SpecFile(source: source, declarations: declarations), parser.diagnostics)
    }

    init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    // MARK: token access

    var current: Token { tokens[index] }

    mutating func advance() -> Token {
        let token = tokens[index]
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func peek(_ offset: Int = 1) -> Token { tokens[min(index + offset, tokens.count - 1)] }

    mutating func skipNewlines() {
        while current.kind == .newline || current.isPunct(";") { _ = advance() }
    }

    /// "Expected X" at the current token; at a line's end the caret goes right after the last
    /// token, where the missing piece belongs (not after a trailing comment or a '\r').
    func failure(_ what: String) -> Failure {
        var location = current.range.start
        if current.kind == .newline || current.kind == .endOfFile, index > 0 {
            location = tokens[index - 1].range.end
        }
        return Failure(diagnostic: .error(.expected(what, found: current), at: location))
    }

    @discardableResult
    mutating func expectPunct(_ text: String, _ what: String? = nil) throws -> Token {
        guard current.isPunct(text) else { throw failure(what ?? "'\(text)'") }
        return advance()
    }

    mutating func expectKeyword(_ word: String) throws {
        guard current.isKeyword(word) else { throw failure("'\(word)'") }
        _ = advance()
    }

    mutating func acceptPunct(_ text: String) -> Bool {
        guard current.isPunct(text) else { return false }
        _ = advance()
        return true
    }

    mutating func acceptKeyword(_ word: String) -> Bool {
        guard current.isKeyword(word) else { return false }
        _ = advance()
        return true
    }

    mutating func expectIdentifier(_ what: String) throws -> Identifier {
        guard let name = current.identifier else { throw failure(what) }
        let token = advance()
        return Identifier(name, range: token.range)
    }

    func range(from start: SourceRange) -> SourceRange {
        let previous = tokens[max(index - 1, 0)]
        return SourceRange(start: start.start, end: max(previous.range.end, start.end))
    }

    /// A statement ends at a line break, a `;`, a closing brace or the end of the file.
    mutating func expectEndOfStatement() throws {
        switch current.kind {
        case .newline, .endOfFile: return
        case .punct(";"):
            _ = advance()
        case .punct("}"): return
        default: throw failure("end of line")
        }
    }

    // MARK: file

    mutating func parseFile() -> [Declaration] {
        var declarations: [Declaration] = []
        while true {
            skipNewlines()
            if current.kind == .endOfFile { return declarations }
            let start = index
            do {
                declarations.append(try parseDeclaration())
                try expectEndOfStatement()
            } catch let failure as Failure {
                diagnostics.append(failure.diagnostic)
                recover(from: start)
            } catch {
                recover(from: start)
            }
        }
    }

    /// Skips to the next line at the brace depth where the failed declaration began.
    mutating func recover(from start: Int) {
        var depth = 0
        for token in tokens[start..<index] {
            if token.isPunct("{") { depth += 1 } else if token.isPunct("}") { depth -= 1 }
        }
        while current.kind != .endOfFile {
            let token = advance()
            if token.isPunct("{") { depth += 1 }
            if token.isPunct("}") { depth -= 1 }
            if depth <= 0, token.kind == .newline || (token.isPunct("}") && depth == 0) { return }
        }
    }

    static let declarationKeywords =
        "a declaration (const, param, assume, principal, memory, frame, region, space, cpu, waive, events, code, percpu, stack, handoff, symbols, policy)"

    mutating func parseDeclaration() throws -> Declaration {
        guard let keyword = current.identifier else { throw failure(Self.declarationKeywords) }
        let start = current.range
        switch keyword {
        case "const": return .constant(try parseConstant(start))
        case "param": return .parameter(try parseParameter(start))
        case "assume":
            _ = advance()
            let condition = try parseExpression()
            return .assumption(AssumptionDecl(condition: condition, range: range(from: start)))
        case "principal": return .principal(try parsePrincipal(start))
        case "memory": return .memoryDefault(try parseMemoryDefault(start))
        case "frame": return .frame(try parseFrame(start))
        case "region": return .region(try parseRegion(start))
        case "space": return .space(try parseSpace(start))
        case "cpu": return .cpu(try parseCPU(start))
        case "waive": return .waiver(try parseWaiver(start))
        case "events": return .eventDepth(try parseEventDepth(start))
        case "code": return try parseCode(start)
        case "percpu": return .perCPU(try parsePerCPU(start))
        case "stack": return .stack(try parseStack(start))
        case "symbols": return .symbols(try parseSymbols(start))
        case "policy": return .policy(try parsePolicy(start))
        case "handoff":
            _ = advance()
            let label = try expectIdentifier("a label")
            let returns = acceptKeyword("returns")
            guard returns, acceptPunct("%") else { return .handoff(HandoffDecl(label: label, returns: returns, range: range(from: start))) }
            guard current.identifier == "rax" else { throw failure("'rax': a C function returns its value in %rax") }
            _ = advance()
            try expectPunct("=")
            let result = try parseExpression()
            var copy: (bytes: Expr, source: Identifier)?
            if acceptKeyword("copying") {
                let bytes = try parseExpression()
                try expectKeyword("from")
                try expectPunct("%", "'%' and the register holding the source address")
                copy = (bytes, try expectIdentifier("a register"))
            }
            return .handoff(HandoffDecl(label: label, returns: true, result: result, copy: copy, range: range(from: start)))
        default: throw failure(Self.declarationKeywords)
        }
    }
}
