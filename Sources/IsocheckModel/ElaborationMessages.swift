import IsocheckDiagnostics

/// Every message the elaborator emits, with stable ids.
extension Diagnostic.Message {
    static func unknownName(_ name: String, kind: String) -> Self {
        Self(id: "elab.unknown-name", "unknown \(kind) '\(name)'")
    }
    static func duplicateName(_ name: String) -> Self {
        Self(id: "elab.duplicate-name", "'\(name)' is declared twice")
    }
    static func wrongKind(_ name: String, is actual: String, expected: String) -> Self {
        Self(id: "elab.wrong-kind", "'\(name)' is \(actual), expected \(expected)")
    }
    static func typeMismatch(expected: String, found: String) -> Self {
        Self(id: "elab.type-mismatch", "expected \(expected), found \(found)")
    }
    static func arity(_ name: String, expected: Int, found: Int) -> Self {
        Self(id: "elab.arity", "'\(name)' takes \(expected) index\(expected == 1 ? "" : "es"), found \(found)")
    }
    static func handoffCopySource(_ name: String) -> Self {
        Self(id: "elab.handoff-copy-source", "'\(name)' cannot hold the copy's source: expected a 64-bit register other than %rax, which the result overwrites")
    }
    static let handoffCopySize = Self(
        id: "elab.handoff-copy-size", "the bytes a hand-off copies must be a constant multiple of 8, at most 4096")
    static let badScale = Self(id: "elab.bad-scale", "an index scale must be 1, 2, 4 or 8")
    static func notConstant(_ what: String) -> Self {
        Self(id: "elab.not-constant", "\(what) must be a constant (no parameters or indices)")
    }
    static func badPageSize(_ value: UInt64) -> Self {
        Self(id: "elab.bad-page-size", "page size \(hex(value)) is not one of 4K, 2M, 1G")
    }
    static func unknownFlag(_ flag: String) -> Self {
        Self(id: "elab.unknown-flag", "unknown mapping flag '\(flag)': expected rw, user, nx or global")
    }
    static func unknownCR4Bit(_ flag: String) -> Self {
        Self(id: "elab.unknown-cr4-bit", "unknown CR4 bit '\(flag)': expected pge, pcide, smep or smap")
    }
    static let familyNeedsBase = Self(
        id: "elab.family-needs-base", "a frame family needs 'at BASE' (members sit at BASE + index * stride)")
    static let frameOneIndex = Self(id: "elab.frame-one-index", "a frame family takes exactly one index")
    static let frameBaseUsesIndex = Self(
        id: "elab.frame-base-uses-index", "write a frame family's address as 'at BASE stride STRIDE'; BASE must not use the index")
    static let symbolicAutoPlacement = Self(
        id: "elab.symbolic-auto-placement", "a frame of symbolic size needs 'at ADDRESS' (only constant sizes are placed automatically)")
    static func unknownProperty(_ name: String) -> Self {
        Self(id: "elab.unknown-property", "unknown property '\(name)': expected one of \(PropertyID.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    static func notWaivable(_ name: String) -> Self {
        Self(id: "elab.not-waivable", "'\(name)' cannot be waived: the other verdicts depend on it")
    }
    static func propertyNotChecked(_ name: String) -> Self {
        Self(id: "elab.property-not-checked", "'\(name)' is not checked by this version of isocheck yet; the waiver has no effect")
    }
    static let duplicateCPU = Self(id: "elab.duplicate-cpu", "the cpu configuration is given twice")
    static let duplicateMemoryDefault = Self(id: "elab.duplicate-memory-default", "'memory default' is given twice")
    static let duplicateEventDepth = Self(id: "elab.duplicate-event-depth", "'events depth' is given twice")
    static func eventDepthOutOfRange(_ depth: UInt64) -> Self {
        Self(id: "elab.event-depth-range", "event depth \(depth) is out of range: expected 0 to 8")
    }
    static let eventDepthWithoutCode = Self(
        id: "elab.event-depth-without-code", "'events depth' bounds nothing here: the spec has no code, so no event is offered")
    static func declaredLater(_ name: String) -> Self {
        Self(id: "elab.declared-later", "'\(name)' is used before its declaration; declare it above this line")
    }
    static let derivedIndexNotAllowed = Self(
        id: "elab.index-in-base", "a frame family's size may not use its index: every member has the same size")
}

extension Diagnostic.Message {
    static let cpuOneIndex = Self(id: "elab.cpu-one-index", "the cpu block takes one index: the CPU the paths run on")
    static func unknownRegister(_ name: String) -> Self {
        Self(id: "elab.unknown-register", "unknown register '%\(name)': the model has the 64-bit general registers and %cr3")
    }
    static func unknownInstruction(_ name: String) -> Self {
        Self(id: "elab.unknown-instruction", "instruction '\(name)' is not modelled: an unknown instruction is never skipped")
    }
    static func operandCount(_ mnemonic: String, expected: String, found: Int) -> Self {
        Self(id: "elab.operand-count", "'\(mnemonic)' takes \(expected), found \(found) operand\(found == 1 ? "" : "s")")
    }
    static func badOperand(_ mnemonic: String, position: String, expected: String) -> Self {
        Self(id: "elab.bad-operand", "the \(position) operand of '\(mnemonic)' must be \(expected)")
    }
    static func operandSize(_ mnemonic: String, expected: String) -> Self {
        Self(id: "elab.operand-size", "'\(mnemonic)' needs \(expected)")
    }
    static func unknownLabel(_ name: String) -> Self { Self(id: "elab.unknown-label", "unknown label '\(name)'") }
    static func duplicateLabel(_ name: String) -> Self { Self(id: "elab.duplicate-label", "label '\(name)' is defined twice") }
    static func unknownField(_ name: String) -> Self {
        Self(id: "elab.unknown-field", "unknown per-CPU field '\(name)': declare it in a 'percpu' block")
    }
    static func fixedFieldThroughGS(_ name: String) -> Self {
        Self(id: "elab.fixed-field-through-gs", "'\(name)' lies in a 'percpu at VA' area: read it as an absolute operand ('\(name)'), not through %gs")
    }
    static func gsFieldWithoutGS(_ name: String) -> Self {
        Self(id: "elab.gs-field-without-gs", "'\(name)' is a per-CPU field reached through the GS base: write %gs:\(name)")
    }
    static func fallsOffBlock(_ name: String) -> Self {
        Self(id: "elab.falls-off-block", "code block '\(name)' can run past its last instruction: end it with jmp, ret, iretq, sysretq, hlt or ud2")
    }
    static let labelAtEnd = Self(id: "elab.label-at-end", "a label must be followed by an instruction in its block")
    static func unknownSetting(_ key: String) -> Self {
        Self(id: "elab.unknown-setting", "unknown cpu setting '\(key)': expected one of \(EntryConfiguration.settingKeys.joined(separator: ", "))")
    }
    static func wrongSpaceKind(_ name: String, expected: String) -> Self {
        Self(id: "elab.wrong-space-kind", "space '\(name)' is not a \(expected) space")
    }
    static let badVector = Self(id: "elab.bad-vector", "a vector is a constant from 0 to 255 and its IST slot a constant from 0 to 7")
    static let duplicateSetting = Self(id: "elab.duplicate-setting", "this cpu setting is given twice")
}

func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
