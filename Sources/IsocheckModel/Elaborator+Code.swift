import IsocheckDiagnostics
import IsocheckSyntax

extension Elaborator {
    /// Labels and hand-offs are collected before any code is elaborated, so jumps may go forward
    /// and across blocks and the cpu block may name entry labels declared below it.
    mutating func collectLabels(_ declarations: [Declaration]) {
        // Lifted machine code, if any, already holds the first blocks.
        var blockIndex = model.program.blocks.count
        for declaration in declarations {
            switch declaration {
            case .code(let decl):
                var index = 0
                var pending: [Identifier] = []
                for line in decl.lines {
                    if let label = line.label { pending.append(label) }
                    guard line.instruction != nil else { continue }
                    for label in pending { defineLabel(label, .instruction(block: blockIndex, index: index)) }
                    pending = []
                    index += 1
                }
                for label in pending { error(.labelAtEnd, at: label.range) }
                blockIndex += 1
            case .handoff(let decl):
                defineLabel(decl.label, .handoff(decl.label.name))
                model.program.handoffs[decl.label.name] = decl.range
                if decl.returns { model.program.returningHandoffs.insert(decl.label.name) }
            default: break
            }
        }
    }

    /// `returns %rax = EXPR [copying BYTES from %REG]`.
    mutating func elaborateHandoffResult(_ decl: HandoffDecl, _ result: Expr) {
        guard let value = resolveValue(result) else { return }
        guard let copy = decl.copy else {
            model.program.handoffResults[decl.label.name] = HandoffResult(value: value)
            return
        }
        guard let register = Register(rawValue: copy.source.name), register != .rax else {
            error(.handoffCopySource(copy.source.name), at: copy.source.range)
            return
        }
        guard let bytes = resolveValue(copy.bytes)?.constantValue, bytes > 0, bytes % 8 == 0, bytes <= 4096 else {
            error(.handoffCopySize, at: copy.bytes.range)
            return
        }
        model.program.handoffResults[decl.label.name] = HandoffResult(value: value, copiedBytes: bytes, copiedFrom: register)
    }

    mutating func defineLabel(_ label: Identifier, _ target: LabelTarget) {
        if model.program.labels[label.name] != nil {
            error(.duplicateLabel(label.name), at: label.range)
            return
        }
        model.program.labels[label.name] = target
    }

    mutating func collectPerCPUFields(_ decl: PerCPUDecl) {
        for field in decl.fields {
            if model.perCPUFields.contains(where: { $0.name == field.name.name }) {
                error(.duplicateName(field.name.name), at: field.name.range)
                continue
            }
            // Offsets and initial values are resolved lazily: they may use constants declared later.
            pendingFields.append((field, decl.base))
            // The placeholder already tells fixed fields from %gs ones, for operands elaborated early.
            model.perCPUFields.append(PerCPUField(name: field.name.name, fixedBase: decl.base == nil ? nil : .literal(0), offset: .literal(0), initialValue: nil, range: field.range))
        }
    }

    /// Resolves per-CPU fields at the point of the `percpu` block, in the CPU's scope.
    mutating func resolvePerCPUFields() {
        var resolved: [PerCPUField] = []
        for (field, base) in pendingFields {
            guard let offset = resolveValue(field.offset) else { continue }
            var fixedBase: ValueExpr?
            if let base {
                guard let resolvedBase = resolveValue(base) else { continue }
                fixedBase = resolvedBase
            }
            var initial: ValueExpr?
            if let value = field.initialValue {
                guard let resolvedValue = resolveValue(value) else { continue }
                initial = resolvedValue
            }
            resolved.append(PerCPUField(name: field.name.name, fixedBase: fixedBase, offset: offset, initialValue: initial, range: field.range))
        }
        model.perCPUFields = resolved
        pendingFields = []
    }

    mutating func elaborateStack(_ decl: StackDecl) {
        guard declare(decl.name) else { return }
        let stack: KernelStack?? = withBinders(decl.binders) { elaborator, binders in
            guard let (start, size) = elaborator.resolveRange(decl.addresses) else { return nil }
            return KernelStack(name: decl.name.name, binders: binders, start: start, size: size, range: decl.range)
        }
        if let stack = stack ?? nil { model.stacks.append(stack) }
    }

    // MARK: cpu block

    /// `SPACE[args]` in the cpu block: a declared space of the expected kind, with its indices.
    mutating func resolveSpaceMember(_ reference: IndexedReference, user: Bool) -> (String, [ValueExpr])? {
        guard let space = model.spaces.first(where: { $0.name == reference.name.name }) else {
            reportUnknown(reference.name, kind: "space")
            return nil
        }
        guard space.isUser == user else {
            error(.wrongSpaceKind(space.name, expected: user ? "user" : "kernel"), at: reference.name.range)
            return nil
        }
        guard reference.indices.count == space.binders.count else {
            error(.arity(space.name, expected: space.binders.count, found: reference.indices.count), at: reference.range)
            return nil
        }
        return (space.name, reference.indices.compactMap { resolveValue($0) })
    }

    mutating func elaborateEntryItems(_ items: [CPUItemSyntax]) {
        // The user space's binders (p in `user user[p < nproc]`) scope over every other item.
        scope.push()
        defer { scope.pop() }
        for item in items {
            guard case .userSpace(let name, let binders) = item else { continue }
            guard let space = model.spaces.first(where: { $0.name == name.name }) else {
                reportUnknown(name, kind: "space")
                continue
            }
            guard space.isUser else {
                error(.wrongSpaceKind(name.name, expected: "user"), at: name.range)
                continue
            }
            guard binders.count == space.binders.count else {
                error(.arity(name.name, expected: space.binders.count, found: binders.count), at: name.range)
                continue
            }
            var resolved: [Binder] = []
            for binder in binders {
                guard let count = resolveValue(binder.count) else { continue }
                let variable = freshIndex(binder.name.name)
                resolved.append(Binder(variable: variable, count: count))
                scope.define(binder.name.name, .index(variable))
            }
            model.entry.userSpace = space.name
            model.entry.userBinders = resolved
            model.entry.userIndices = resolved.map { .index($0.variable) }
        }
        resolvePerCPUFields()
        for item in items {
            switch item {
            case .userSpace: break
            case .userSpaceMember(let reference):
                guard let (space, indices) = resolveSpaceMember(reference, user: true) else { continue }
                model.entry.userSpace = space
                model.entry.userIndices = indices
            case .kernelSpace(let reference):
                guard let (space, indices) = resolveSpaceMember(reference, user: false) else { continue }
                model.entry.kernelSpace = space
                model.entry.kernelSpaceIndices = indices
            case .lstar(let label):
                if checkLabel(label) { model.entry.lstar = label.name }
            case .exit(let label):
                if checkLabel(label) { model.entry.exits.append((label.name, label.range)) }
            case .alias(let aliased, let targetExpr):
                guard let (start, size) = resolveRange(aliased), let target = resolveValue(targetExpr) else { continue }
                model.entry.aliases.append(MemoryAlias(start: start, size: size, target: target, range: aliased.range))
            case .vectorsImport:
                // Walked and labelled with the imported code (liftImportedCode).
                for gate in importedGates where checkLabel(Identifier(gate.handler, range: gate.range)) { model.entry.gates.append(gate) }
                importedGates = []
            case .vector(let numberExpr, let handler, let istExpr, let range):
                guard let number = resolveConstant(numberExpr, what: "a vector number") else { continue }
                var ist: UInt64 = 0
                if let istExpr {
                    guard let value = resolveConstant(istExpr, what: "an IST slot") else { continue }
                    ist = value
                }
                guard number <= 255, ist <= 7 else {
                    error(.badVector, at: numberExpr.range)
                    continue
                }
                if checkLabel(handler) {
                    model.entry.gates.append(InterruptGate(vector: number, handler: handler.name, ist: ist, range: range))
                }
            case .assignment(let key, let valueExpr):
                guard EntryConfiguration.settingKeys.contains(key.name) else {
                    error(.unknownSetting(key.name), at: key.range)
                    continue
                }
                guard model.entry.settings[key.name] == nil else {
                    error(.duplicateSetting, at: key.range)
                    continue
                }
                guard let value = resolveValue(valueExpr) else { continue }
                if key.name == "fmask" { model.entry.fmask = value }
                model.entry.settings[key.name] = value
                model.entry.settingRanges[key.name] = key.range
            }
        }
        var seen: Set<UInt64> = []
        for gate in model.entry.gates where !seen.insert(gate.vector).inserted { error(.duplicateVector(gate.vector), at: gate.range) }
    }

    mutating func checkLabel(_ label: Identifier) -> Bool {
        guard model.program.labels[label.name] != nil else {
            error(.unknownLabel(label.name), at: label.range)
            return false
        }
        return true
    }

    // MARK: code

    mutating func elaborateCode(_ decl: CodeDecl) {
        guard let address = resolveValue(decl.address) else { return }
        var size = ValueExpr.literal(0x1000)
        if let sizeExpr = decl.size {
            guard let resolved = resolveValue(sizeExpr) else { return }
            size = resolved
        }
        var instructions: [Instruction] = []
        for line in decl.lines {
            guard let syntax = line.instruction else { continue }
            if let instruction = elaborateInstruction(syntax) { instructions.append(instruction) }
        }
        if let last = instructions.last, !last.opcode.isTerminator {
            error(.fallsOffBlock(decl.name.name), at: last.range)
        }
        model.program.blocks.append(CodeBlock(
            name: decl.name.name, address: address, size: size, isTrampoline: decl.isTrampoline,
            instructions: instructions, range: decl.range))
    }

    mutating func elaborateInstruction(_ syntax: InstructionSyntax) -> Instruction? {
        guard let (opcode, suffixWidth) = Opcode.parse(syntax.mnemonic.name) else {
            error(.unknownInstruction(syntax.mnemonic.name), at: syntax.mnemonic.range)
            return nil
        }
        var operands: [Operand] = []
        for operandSyntax in syntax.operands {
            guard let operand = elaborateOperand(operandSyntax) else { return nil }
            operands.append(operand)
        }
        if let problem = opcode.operandProblem(operands) {
            switch problem {
            case .count(let expected):
                error(.operandCount(syntax.mnemonic.name, expected: expected, found: operands.count), at: syntax.mnemonic.range)
            case .kind(let position, let expected):
                let index = position == "first" ? 0 : 1
                error(.badOperand(syntax.mnemonic.name, position: position, expected: expected), at: syntax.operands[index].range)
            }
            return nil
        }
        guard let width = operandWidth(syntax, opcode: opcode, suffixWidth: suffixWidth, operands: operands) else { return nil }
        return Instruction(opcode: opcode, operands: operands, width: width, text: syntax.text, range: syntax.range)
    }

    /// The operand size: the mnemonic's suffix, else the registers' names (`%eax` is 32 bits).
    /// `movslq` alone mixes sizes: a 32-bit source into a 64-bit register.
    mutating func operandWidth(_ syntax: InstructionSyntax, opcode: Opcode, suffixWidth: Int?, operands: [Operand]) -> Int? {
        var registerWidths: [(Int, SourceRange)] = []
        for case .register(let name) in syntax.operands where name.name != "cr3" {
            registerWidths.append((Register.thirtyTwoBitNames[name.name] != nil ? 32 : 64, name.range))
        }
        if opcode == .movslq {
            guard registerWidths.count == 2, registerWidths[0].0 == 32, registerWidths[1].0 == 64 else {
                error(.operandSize(syntax.mnemonic.name, expected: "a 32-bit register and a 64-bit one, as in movslq %eax, %rsi"),
                      at: syntax.range)
                return nil
            }
            return 64
        }
        let width = suffixWidth ?? registerWidths.first?.0 ?? 64
        if let mismatch = registerWidths.first(where: { $0.0 != width }) {
            error(.operandSize(syntax.mnemonic.name, expected: "\(width)-bit registers, the size its other operands or suffix give"), at: mismatch.1)
            return nil
        }
        if let expected = opcode.widthProblem(width, operands) {
            error(.operandSize(syntax.mnemonic.name, expected: expected), at: syntax.mnemonic.range)
            return nil
        }
        return width
    }

    mutating func elaborateOperand(_ syntax: OperandSyntax) -> Operand? {
        switch syntax {
        case .register(let name):
            if name.name == "cr3" { return .cr3 }
            guard let register = Register(rawValue: name.name) ?? Register.thirtyTwoBitNames[name.name] else {
                error(.unknownRegister(name.name), at: name.range)
                return nil
            }
            return .register(register)
        case .immediate(let expr):
            if case .name(let name) = expr.kind, case .instruction(let block, let index)? = model.program.labels[name] {
                return .immediate(.literal(model.program.address(block: block, index: index)))
            }
            return resolveValue(expr).map { .immediate($0) }
        case .perCPU(let field, let displacement):
            guard let declared = model.perCPUFields.first(where: { $0.name == field.name }) else {
                error(.unknownField(field.name), at: field.range)
                return nil
            }
            if declared.fixedBase != nil {
                error(.fixedFieldThroughGS(field.name), at: field.range)
                return nil
            }
            var offset = ValueExpr.literal(0)
            if let displacement {
                guard let value = resolveValue(displacement) else { return nil }
                offset = value
            }
            return .perCPU(field: declared.name, displacement: offset)
        case .memory(let displacement, let base):
            guard let register = Register(rawValue: base.name) else {
                error(.unknownRegister(base.name), at: base.range)
                return nil
            }
            var value = ValueExpr.literal(0)
            if let displacement {
                guard let resolved = resolveValue(displacement) else { return nil }
                value = resolved
            }
            return .memory(base: register, displacement: value)
        case .scaled(let displacement, let index, let scaleExpr):
            guard let register = Register(rawValue: index.name) else {
                error(.unknownRegister(index.name), at: index.range)
                return nil
            }
            guard let scale = resolveConstant(scaleExpr, what: "a scale"), [1, 2, 4, 8].contains(scale) else {
                error(.badScale, at: scaleExpr.range)
                return nil
            }
            var value = ValueExpr.literal(0)
            if let displacement {
                guard let resolved = resolveValue(displacement) else { return nil }
                value = resolved
            }
            return .scaled(index: register, scale: scale, displacement: value)
        case .condition(let expr):
            allowRegisters = true
            defer { allowRegisters = false }
            return resolveCondition(expr).map { .condition($0) }
        case .label(let name):
            if model.program.labels[name.name] != nil { return .label(name.name) }
            if let field = model.perCPUFields.first(where: { $0.name == name.name }) {
                guard field.fixedBase != nil else {
                    error(.gsFieldWithoutGS(name.name), at: name.range)
                    return nil
                }
                return .fixed(field: field.name)
            }
            // Any other bare name would be an absolute memory operand outside declared data.
            error(.unknownLabel(name.name), at: name.range)
            return nil
        }
    }
}
