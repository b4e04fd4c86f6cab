import IsocheckDiagnostics

/// Messages about imported tables, symbols and policies, with stable ids.
extension Diagnostic.Message {
    static func importFailed(_ what: String, _ detail: String) -> Self {
        Self(id: "elab.import-failed", "cannot import \(what): \(detail)")
    }
    static let duplicateSymbols = Self(id: "elab.duplicate-symbols", "a spec takes one 'symbols' declaration")
    static let importedSpaceFamily = Self(
        id: "elab.imported-space-family", "an imported space is one real table: it takes no index (import each table as its own space)")
    static func unknownCoreCPU(_ index: UInt64, available: [Int]) -> Self {
        let list = available.isEmpty ? "the core has no CPU notes" : "the core's notes describe CPU \(available.map(String.init).joined(separator: ", "))"
        return Self(id: "elab.unknown-core-cpu", "no CPU \(index) in the core: \(list)")
    }
    static func noCR3InNote(_ index: UInt64) -> Self {
        Self(id: "elab.no-cr3-in-note", "CPU \(index)'s notes hold no CR3 (no QEMU CPU-state note): give it as 'cr3 VALUE'")
    }
    static func ptdumpTopLevelLeaf(_ line: Int) -> Self {
        Self(id: "elab.ptdump-top-level-leaf", "line \(line) of the ptdump text is a present pgd/p4d range, which x86-64 cannot map")
    }
    static func ptdumpSkipped(_ count: UInt64, line: Int) -> Self {
        Self(id: "elab.ptdump-skipped",
             "ptdump left out \(count) entries (line \(line)): those mappings are not imported and not checked")
    }
    static func policyNeedsImportedUserSpace(_ name: String) -> Self {
        Self(id: "elab.policy-space", "'\(name)' is not an imported user space: a policy labels memory by the VAs of imported user tables")
    }
    static let secondPolicy = Self(id: "elab.second-policy", "a spec takes one policy (list every user space after its 'for')")
    static let symbolsNeeded = Self(
        id: "elab.symbols-needed", "a symbol needs a 'symbols \"FILE\"' declaration (System.map or kallsyms) before it")
    static func unknownSymbol(_ name: String, file: String) -> Self {
        Self(id: "elab.unknown-symbol", "no symbol '\(name)' in \(file)")
    }
    static func notPerCPUSymbol(_ name: String) -> Self {
        Self(id: "elab.not-percpu-symbol", "'\(name)' is not a per-CPU symbol (those are absolute, type A): use 'allow symbol'")
    }
    static func perCPUSymbolNeedsPercpu(_ name: String) -> Self {
        Self(id: "elab.percpu-symbol", "'\(name)' is a per-CPU offset, not an address: use 'allow percpu \(name)'")
    }
    static let noPerCPUOffsets = Self(
        id: "elab.no-percpu-offsets", "per-CPU symbols need each CPU's offset: 'symbols \"FILE\" percpu OFFSET0, OFFSET1, ...'")
    static func badRounding(_ value: UInt64) -> Self {
        Self(id: "elab.bad-rounding", "rounding \(hex(value)) must be a power of two of at least 4K")
    }
    static func emptyAllowedRegion(start: UInt64, end: UInt64) -> Self {
        Self(id: "elab.empty-allowed-region", "the allowed region \(hex(start)) .. \(hex(end)) is empty")
    }
}

/// Messages of `code ... import`: lifted machine code.
extension Diagnostic.Message {
    static func unknownBlob(_ name: String, known: [String]) -> Self {
        Self(id: "elab.code.unknown-blob", "the captured code has no blob '\(name)'; it has \(known.joined(separator: ", "))")
    }
    static func duplicateBlob(_ name: String) -> Self {
        Self(id: "elab.code.duplicate-blob", "blob '\(name)' is imported twice")
    }
    static func vectorsImportWithoutCode(_ path: String) -> Self {
        Self(id: "elab.code.vectors-without-code", "'vectors import' reads the IDT of \(path), but no 'code NAME import' brings in that file's code")
    }
    static func vectorsImportWithoutIDT(_ path: String) -> Self {
        Self(id: "elab.code.vectors-without-idt", "'vectors import' found no IDT gate in \(path): the capture's 'idt' array is missing or empty")
    }
    static func vectorHandlerOutsideCode(_ vector: UInt64, handler: UInt64, symbol: String?) -> Self {
        Self(id: "elab.code.vector-outside-code",
             "vector \(vector)'s handler 0x\(String(handler, radix: 16))\(symbol.map { " (\($0))" } ?? "") lies outside the imported code: import its blob, or list \(vector) after 'except' and say in a comment why it is left out")
    }
    static func exceptedVectorNotInIDT(_ vector: UInt64) -> Self {
        Self(id: "elab.code.excepted-vector-unknown", "vector \(vector) has no gate in the captured IDT")
    }
    static func duplicateVector(_ vector: UInt64) -> Self {
        Self(id: "elab.duplicate-vector", "vector \(vector) has two gates (a 'vector' line and 'vectors import', or two lines)")
    }
    static func noLiftedEntry(_ blobs: [String]) -> Self {
        Self(id: "elab.code.no-entry", "no entry point of the cpu block (lstar, vector or exit label) is a symbol in \(blobs.joined(separator: ", ")); nothing would be checked")
    }
    static func liftedCodeProblem(_ problem: String) -> Self {
        Self(id: "elab.code.walk", "the imported code cannot be followed: \(problem)")
    }
    static func liftedInstructionNotModelled(address: UInt64, place: String, text: String, reason: String) -> Self {
        Self(id: "elab.code.not-modelled",
             "0x\(String(address, radix: 16)) <\(place)> \(text) is reached but not modelled: \(reason); an instruction the model cannot execute is never skipped")
    }
    static func liftedHandoffUndeclared(_ label: String, address: UInt64, from: String, returns: Bool) -> Self {
        Self(id: "elab.code.undeclared-handoff",
             "\(from) \(returns ? "calls" : "jumps to") \(label) (0x\(String(address, radix: 16))), outside the imported code: declare 'handoff \(label)\(returns ? " returns" : "")' or import the blob that holds it")
    }
}
