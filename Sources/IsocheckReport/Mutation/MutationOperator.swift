import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// A spec with one known way of breaking isolation planted in it, and the properties whose
/// counterexample kills it.
public struct Mutant: Sendable {
    public let mutation: MutationOperator
    public let site: SourceLocation
    public let change: String
    public let text: String
    public let targets: Set<PropertyID>
    /// Event depth and entry points the kill needs (an NMI in the SYSCALL window, say).
    public let eventDepth: Int
    public let entryPoints: Set<String>?
    /// Entry points of a second check with one event, for a survivor of the first. A code site
    /// may matter only when an event interrupts a window: an NMI handler's CR3 write changes
    /// nothing for an NMI from kernel proper, which is already on the kernel table.
    public let eventRetry: Set<String>??
}

/// Issue 7's mutation operators. Each breaks isolation in a known way and targets the
/// properties that must then fail; sites are found in the elaborated model and the mutation is
/// applied to the spec text, so a surviving mutant prints as a spec a person can check.
///
/// Not generic, hence left to the hand-written trampoline mutants: equal user and kernel PCIDs
/// (the user PCID is computed by the code, not only declared) and a CR3 write moved by one
/// instruction (whether that breaks anything depends on the neighbour).
public enum MutationOperator: String, CaseIterable, Sendable {
    case dropCR3Write = "drop-cr3-write"
    case dropSwapgs = "drop-swapgs"
    case duplicateSwapgs = "duplicate-swapgs"
    case globalSecret = "global-on-secret"
    case secretInUser = "secret-in-user"
    case widenMapping = "widen-mapping"
    case dropIST = "drop-ist"
    case kernelOnlyRSP0 = "rsp0-kernel-only"
    case dropAllow = "drop-allow"

    public var summary: String {
        switch self {
        case .dropCR3Write: "remove a write to CR3"
        case .dropSwapgs: "remove a swapgs"
        case .duplicateSwapgs: "execute a swapgs twice"
        case .globalSecret: "set G on a mapping of a non-public frame"
        case .secretInUser: "map a secret frame into a user space"
        case .widenMapping: "widen a user-space mapping by one page"
        case .dropIST: "deliver NMI, #MC or #DB on the current stack instead of its IST stack"
        case .kernelOnlyRSP0: "point TSS.RSP0 at the kernel stack, which the user table does not map"
        case .dropAllow: "remove an allow from the policy over imported tables: what it allowed becomes secret"
        }
    }

    /// Edits of instructions rather than of the layout or the CPU block.
    var isCodeEdit: Bool { [.dropCR3Write, .dropSwapgs, .duplicateSwapgs].contains(self) }

    public func mutants(of source: SourceFile, model: SystemModel) -> [Mutant] {
        let editor = SpecEditor(source: source)
        var mutants: [Mutant] = []
        // Where an event finds user state in kernel code: SYSCALL's entry window, and the exits.
        let windows = (model.entry.lstar == nil ? [] : ["syscall"]) + model.entry.exits.map { "exit \($0.label)" }
        let eventEntries: Set<String>? = windows.isEmpty ? nil : Set(windows)
        func add(_ site: SourceLocation, _ change: String, _ text: String, _ targets: Set<PropertyID>, depth: Int = 0, entries: Set<String>? = nil) {
            let retry: Set<String>?? = isCodeEdit && depth == 0 ? .some(eventEntries) : .none
            mutants.append(Mutant(mutation: self, site: site, change: change, text: text, targets: targets, eventDepth: depth,
                                  entryPoints: entries, eventRetry: retry))
        }
        let instructions = model.program.blocks.flatMap(\.instructions).filter { editor.holds($0.range) }
        switch self {
        case .dropCR3Write:
            for instruction in instructions where instruction.opcode == .mov {
                guard case .cr3? = instruction.operands.last else { continue }
                add(instruction.range.start, "\(instruction.text) -> nop", editor.replacing(instruction.range, with: "nop"),
                    [.cr3MatchesPrivilege, .accessesMapped])
            }
        case .dropSwapgs:
            for instruction in instructions where instruction.opcode == .swapgs {
                add(instruction.range.start, "swapgs -> nop", editor.replacing(instruction.range, with: "nop"), [.gsMatchesPrivilege])
            }
        case .duplicateSwapgs:
            for instruction in instructions where instruction.opcode == .swapgs {
                add(instruction.range.start, "swapgs -> swapgs; swapgs", editor.replacing(instruction.range, with: "swapgs\n  swapgs"),
                    [.gsMatchesPrivilege])
            }
        case .globalSecret:
            guard model.cpu.pge, !model.userSpaces.isEmpty else { break }
            for space in model.spaces {
                for mapping in space.mappings where mapping.derivedThrough.isEmpty && !mapping.flags.contains(.global) && editor.holds(mapping.range) {
                    guard case .frame(let name, _, _) = mapping.target, let frame = model.frame(named: name), frame.hasNonPublicBytes else { continue }
                    add(mapping.range.start, "map ... -> \(name) gets global", editor.inserting(" global", at: mapping.range.end),
                        [.noStaleKernelTLB])
                }
            }
        case .secretInUser:
            guard let secret = model.frames.first(where: { $0.label.map(\.isSecret) ?? false }) else { break }
            let target = secret.binder == nil ? secret.name : "\(secret.name)[0]"
            for space in model.userSpaces where editor.holds(space.range) {
                guard let brace = editor.lastBrace(in: space.range) else { continue }
                add(space.range.start, "map \(target) into \(space.name)",
                    editor.inserting("  map 0x7ffff0000000 .. +4K -> \(target)\n", at: brace), [.noSecretInUser])
            }
        case .widenMapping:
            for space in model.userSpaces {
                for mapping in space.mappings where mapping.derivedThrough.isEmpty && editor.holds(mapping.range) {
                    guard let point = editor.sizeEnd(of: mapping.range) else { continue }
                    add(mapping.range.start, "mapping one \(mapping.pageSize) page longer",
                        editor.inserting(" + \(mapping.pageSize.bytes)", at: point), [.noSecretInUser, .noUserAccessToKernel])
                }
            }
        case .dropIST:
            // #DF follows only a faulting delivery, which a correct spec never has: its IST
            // cannot be exercised by this operator.
            for gate in model.entry.gates where gate.ist != 0 && [1, 2, 18].contains(gate.vector) && editor.holds(gate.range) {
                guard let istRange = editor.find(" ist \(gate.ist)", in: gate.range) else { continue }
                add(gate.range.start, "vector \(gate.vector) without IST", editor.replacing(istRange, with: ""),
                    [.stackIsKernel, .accessesMapped], depth: 1, entries: model.entry.lstar == nil ? nil : ["syscall"])
            }
        case .kernelOnlyRSP0:
            // RSP0 serves only events from user mode through a gate without an IST.
            guard model.entry.gates.contains(where: { $0.ist == 0 }), let rsp0 = model.entry.settingRanges["rsp0"], let kernel = model.entry.settingRanges["kernel_rsp"],
                  editor.holds(rsp0), editor.holds(kernel),
                  let kernelValue = editor.value(ofSetting: kernel), let rsp0Value = editor.valueRange(ofSetting: rsp0),
                  editor.text(rsp0Value) != kernelValue else { break }
            add(rsp0.start, "rsp0 = \(kernelValue)", editor.replacing(rsp0Value, with: kernelValue), [.accessesMapped, .stackIsKernel])
        case .dropAllow:
            // Imported tables have no written mappings to edit. Narrowing their policy plants the
            // same bug from the other side: bytes the user table maps become secret. Labels are
            // per physical byte, so an allow whose bytes another allowed VA also reaches (the
            // TSS behind both the cpu_entry_area and its direct-map alias) relabels nothing and
            // plants nothing: such a site is left out.
            for policy in model.policies {
                var seen = Set<Int>()
                for region in policy.allowed where editor.holds(region.range) && seen.insert(region.range.start.offset).inserted {
                    let text = editor.replacing(region.range, with: "")
                    guard Self.relabelsFrames(text, path: source.path, original: model) else { continue }
                    let line = editor.text(region.range.start.offset..<region.range.end.offset).prefix { $0 != "\n" }
                    add(region.range.start, "without \(line)", text, [.noSecretInUser])
                }
            }
        }
        return mutants
    }
}

extension MutationOperator {
    /// Whether `text` labels some frame differently from `original`.
    static func relabelsFrames(_ text: String, path: String, original: SystemModel) -> Bool {
        // A mutant that no longer elaborates is kept: its check says so.
        guard let edited = Elaborator.load(SourceFile(path: path, text: text)).0 else { return true }
        return labelFingerprint(edited) != labelFingerprint(original)
    }

    static func labelFingerprint(_ model: SystemModel) -> [String] {
        model.frames.map { frame in
            let segments = frame.segments.map { "\($0.start.constantValue ?? 0)-\($0.end.constantValue ?? 0):\($0.label)" }
            return "\(frame.name)@\(frame.base.constantValue ?? 0)+\(frame.size.constantValue ?? 0):\(frame.label.map(String.init(describing:)) ?? "-") \(segments)"
        }
    }
}

extension Frame {
    var hasNonPublicBytes: Bool {
        if let label, !label.isPublic { return true }
        return segments.contains { !$0.label.isPublic }
    }
}

extension Label {
    var isPublic: Bool { if case .public = self { true } else { false } }
    var isSecret: Bool { if case .secret = self { true } else { false } }
}
