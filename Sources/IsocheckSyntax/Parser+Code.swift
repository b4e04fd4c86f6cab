import IsocheckDiagnostics

extension Parser {
    mutating func parseCode(_ start: SourceRange) throws -> Declaration {
        _ = advance()
        let name = try expectIdentifier("a code block name")
        if acceptKeyword("import") {
            let file = try parsePath("the path of a capture's code.json, in quotes")
            try expectKeyword("blob")
            let blob = try parsePath("a blob name of that code.json, in quotes (\"entry-text\")")
            let trampoline = acceptKeyword("trampoline")
            return .codeImport(CodeImportDecl(name: name, file: file, blob: blob, isTrampoline: trampoline, range: range(from: start)))
        }
        guard current.isKeyword("at") else { throw failure("'at' and the block's VA, or 'import' and a capture's code.json") }
        _ = advance()
        let address = try parseExpression()
        var size: Expr?
        var trampoline = false
        while true {
            if acceptKeyword("size") {
                size = try parseExpression()
            } else if acceptKeyword("trampoline") {
                trampoline = true
            } else {
                break
            }
        }
        try expectPunct("{", "'{', 'size' or 'trampoline'")
        var lines: [CodeLine] = []
        while true {
            skipNewlines()
            if acceptPunct("}") { break }
            lines.append(try parseCodeLine())
            try expectEndOfStatement()
        }
        return .code(CodeDecl(name: name, address: address, size: size, isTrampoline: trampoline, lines: lines, range: range(from: start)))
    }

    mutating func parseCodeLine() throws -> CodeLine {
        let start = current.range
        var label: Identifier?
        if current.identifier != nil, peek().isPunct(":") {
            label = try expectIdentifier("a label")
            _ = advance()
            if current.kind == .newline || current.isPunct("}") || current.isPunct(";") || current.kind == .endOfFile {
                return CodeLine(label: label, instruction: nil, range: range(from: start))
            }
        }
        let mnemonic = try expectIdentifier("an instruction mnemonic")
        var operands: [OperandSyntax] = []
        if mnemonic.name == "assert" {
            operands.append(.condition(try parseExpression()))
        } else if !(current.kind == .newline || current.isPunct("}") || current.isPunct(";") || current.kind == .endOfFile) {
            repeat { operands.append(try parseOperand()) } while acceptPunct(",")
        }
        let instructionRange = range(from: mnemonic.range)
        let text = String(decoding: source.bytes[instructionRange.start.offset..<instructionRange.end.offset], as: UTF8.self)
        let instruction = InstructionSyntax(mnemonic: mnemonic, operands: operands, range: instructionRange, text: text)
        return CodeLine(label: label, instruction: instruction, range: range(from: start))
    }

    mutating func parseOperand() throws -> OperandSyntax {
        if acceptPunct("%") {
            let register = try expectIdentifier("a register name after '%'")
            if register.name == "gs", acceptPunct(":") {
                let field = try expectIdentifier("a per-CPU field after '%gs:'")
                var displacement: Expr?
                if current.isPunct("+") || current.isPunct("-") {
                    displacement = try parseExpression(stoppingAtComparison: true)
                }
                return .perCPU(field, displacement: displacement)
            }
            return .register(register)
        }
        if acceptPunct("$") { return .immediate(try parseExpression(stoppingAtComparison: true)) }
        if current.isPunct("(") {
            return try parseMemory(displacement: nil)
        }
        if current.identifier != nil, !peek().isPunct("(") {
            if case .identifier = current.kind, !isExpressionContinuation(peek()) {
                return .label(try expectIdentifier("a label"))
            }
        }
        let displacement = try parseUnary()
        guard current.isPunct("(") else { throw failure("'(' and a base register, as in 8(%rsp)") }
        return try parseMemory(displacement: displacement)
    }

    func isExpressionContinuation(_ token: Token) -> Bool {
        if case .punct(let text) = token.kind { return BinaryOperator(rawValue: text) != nil }
        return false
    }

    mutating func parseMemory(displacement: Expr?) throws -> OperandSyntax {
        try expectPunct("(")
        if acceptPunct(",") {
            try expectPunct("%", "'%' and an index register")
            let index = try expectIdentifier("an index register")
            try expectPunct(",", "',' and the scale (1, 2, 4 or 8)")
            let scale = try parseExpression()
            try expectPunct(")")
            return .scaled(displacement: displacement, index: index, scale: scale)
        }
        try expectPunct("%", "'%' and a base register")
        let base = try expectIdentifier("a base register")
        try expectPunct(")", "')' (base+displacement and displacement(,%index,scale) addressing are modelled)")
        return .memory(displacement: displacement, base: base)
    }

    mutating func parsePerCPU(_ start: SourceRange) throws -> PerCPUDecl {
        _ = advance()
        let base = acceptKeyword("at") ? try parseExpression() : nil
        try expectPunct("{")
        var fields: [PerCPUDecl.Field] = []
        while true {
            skipNewlines()
            if acceptPunct("}") { break }
            let fieldStart = current.range
            try expectKeyword("field")
            let name = try expectIdentifier("a field name")
            try expectKeyword("at")
            let offset = try parseExpression()
            var value: Expr?
            if acceptPunct("=") { value = try parseExpression() }
            fields.append(PerCPUDecl.Field(name: name, offset: offset, initialValue: value, range: range(from: fieldStart)))
            try expectEndOfStatement()
        }
        return PerCPUDecl(base: base, fields: fields, range: range(from: start))
    }

    mutating func parseStack(_ start: SourceRange) throws -> StackDecl {
        _ = advance()
        let name = try expectIdentifier("a stack name")
        let binders = try parseBinders()
        try expectPunct("=")
        let addresses = try parseRange()
        return StackDecl(name: name, binders: binders, addresses: addresses, range: range(from: start))
    }
}
