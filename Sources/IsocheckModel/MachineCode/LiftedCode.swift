import IsocheckDiagnostics
import IsocheckImport
import X86Decoding

/// Reached machine code as the model's program: one code block per walked blob, a label at every
/// reached instruction (`symbol+0xoffset`), and a listing, one line per instruction, that
/// diagnostics and traces point into as they point into a spec.
public struct LiftedCode: Sendable {
    public struct Refusal: Sendable {
        public let address: UInt64
        /// `symbol+0xoffset`.
        public let place: String
        public let text: String
        public let reason: String
        public let range: SourceRange
    }

    /// Where the code leaves the walked blobs for kernel proper.
    public struct Handoff: Sendable, Hashable {
        public let label: String
        public let address: UInt64
        public let returns: Bool
        /// The first instruction found making this call or jump, as `symbol+0xoffset`.
        public let from: String
    }

    public let blocks: [CodeBlock]
    public let labels: [String: LabelTarget]
    public let handoffs: [Handoff]
    public let listing: SourceFile
    /// Reached instructions the model cannot execute exactly, in address order.
    public let refusals: [Refusal]
    /// Walk problems (undecodable bytes, jumps into an instruction), in the listing's words.
    public let problems: [String]
    /// Every `%gs:offset` the code reads or writes, with the per-CPU field the model gives it.
    public let perCPUFields: [UInt64: String]
    public let instructionCount: Int

    /// - Parameters:
    ///   - listingPath: the name diagnostics give the listing (it exists only in memory).
    ///   - symbolName: names for addresses outside the blobs (System.map), per-CPU offsets included.
    ///   - perCPUFieldName: the model's per-CPU field for `%gs:offset`; by default a field of
    ///     its own named `%gs:0xOFFSET`, so every offset the code uses is a separate cell.
    ///   - blockNames: the code block each blob becomes (by default the blob's name).
    ///   - trampoline: blob names whose code runs on the user table, as `code ... trampoline`.
    public init(walk: MachineCodeWalk, code: CapturedCode, listingPath: String,
                symbolName: @escaping (UInt64) -> String? = { _ in nil },
                perCPUFieldName: @escaping (UInt64) -> String = { "%gs:0x" + String($0, radix: 16) },
                blockNames: [String: String] = [:], trampoline: Set<String> = []) {
        func label(_ address: UInt64) -> String {
            code.blob(containing: address) != nil ? code.describe(address) : (symbolName(address) ?? "0x" + String(address, radix: 16))
        }
        var fields: [UInt64: String] = [:]
        let lifting = InstructionLifting(label: label, perCPUField: { offset in
            let name = perCPUFieldName(offset)
            fields[offset] = name
            return name
        })
        var text = "# \(code.configuration): \(walk.instructions.count) reached instructions\n"
        var lines: [(start: Int, end: Int)] = []
        var lifted: [(DecodedInstruction, Result<Instruction.Parts, LiftRefusal>)] = []
        for decoded in walk.ordered {
            let result = lifting.lift(decoded)
            let bytes = decoded.bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined(separator: " ")
            var line = "\(String(decoded.address, radix: 16)) <\(code.describe(decoded.address))>  \(bytes.padding(toLength: 30, withPad: " ", startingAt: 0)) \(decoded.text)"
            if case .failure(let refusal) = result { line += "    # not modelled: \(refusal.reason)" }
            let start = text.utf8.count
            text += line + "\n"
            lines.append((start, start + line.utf8.count))
            lifted.append((decoded, result))
        }
        let listing = SourceFile(path: listingPath, text: text)
        self.listing = listing
        var blocks: [CodeBlock] = []
        var labels: [String: LabelTarget] = [:]
        var refusals: [Refusal] = []
        for blob in code.blobs {
            var instructions: [Instruction] = []
            var addresses: [UInt64] = []
            var end: UInt64 = 0
            var blockRange: SourceRange?
            for (index, (decoded, result)) in lifted.enumerated() where blob.contains(decoded.address) {
                let range = listing.range(lines[index].start, lines[index].end)
                blockRange = blockRange?.union(range) ?? range
                let place = code.describe(decoded.address)
                switch result {
                case .success(let parts):
                    labels[place] = .instruction(block: blocks.count, index: instructions.count)
                    instructions.append(Instruction(opcode: parts.opcode, operands: parts.operands, width: parts.width,
                                                    text: "\(place): \(decoded.text)", range: range))
                    addresses.append(decoded.address)
                    end = decoded.address + UInt64(decoded.bytes.count)
                case .failure(let refusal):
                    refusals.append(Refusal(address: decoded.address, place: place, text: decoded.text,
                                            reason: refusal.reason, range: range))
                }
            }
            guard let blockRange else { continue }
            blocks.append(CodeBlock(name: blockNames[blob.name] ?? blob.name, address: .literal(blob.address), size: .literal(UInt64(blob.bytes.count)),
                                    isTrampoline: trampoline.contains(blob.name), instructions: instructions, range: blockRange,
                                    instructionAddresses: addresses.isEmpty ? nil : addresses + [end]))
        }
        var handoffs: [Handoff] = []
        for exit in walk.exits {
            let handoff: Handoff = switch exit {
            case .call(let from, let target): Handoff(label: label(target), address: target, returns: true, from: code.describe(from))
            case .jump(let from, let target): Handoff(label: label(target), address: target, returns: false, from: code.describe(from))
            }
            if !handoffs.contains(where: { $0.label == handoff.label && $0.returns == handoff.returns }) { handoffs.append(handoff) }
        }
        self.blocks = blocks
        self.labels = labels
        self.handoffs = handoffs
        self.refusals = refusals
        self.problems = walk.problems.map { "0x\(String($0.address, radix: 16)) <\(code.describe($0.address))>: \($0.reason)" }
        self.perCPUFields = fields
        self.instructionCount = walk.instructions.count
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
