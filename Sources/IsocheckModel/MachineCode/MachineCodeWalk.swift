import IsocheckImport
import X86Decoding

/// The instructions control flow can reach from a set of entry points, decoded from the captured
/// bytes. Only reached bytes are decoded, so padding, jumped-over alternatives and code for
/// other configurations never reach the model: in a kernel booted without PTI the CR3 switch of
/// the syscall entry is still in the text, behind a jump.
public struct MachineCodeWalk: Sendable {
    public enum Exit: Sendable, Hashable {
        /// A direct call whose target lies outside the walked blobs: kernel proper, which the
        /// model assumes returns.
        case call(from: UInt64, to: UInt64)
        /// A direct jump out of the walked blobs: kernel proper, which does not come back here.
        case jump(from: UInt64, to: UInt64)
    }

    /// Reached instructions by address.
    public private(set) var instructions: [UInt64: DecodedInstruction] = [:]
    /// Where walked code leaves the walked blobs.
    public private(set) var exits: [Exit] = []
    /// Bytes that could not be decoded, or a jump into the middle of another instruction.
    public private(set) var problems: [(address: UInt64, reason: String)] = []

    /// Walks from `entries`, following fall-through, direct jumps, both sides of conditional
    /// jumps and direct calls into the blobs named in `walked`.
    public init(code: CapturedCode, walked: [String], entries: [UInt64], decoder: X86Decoder = X86Decoder()) {
        let blobs = code.blobs.filter { walked.contains($0.name) }
        var pending = entries
        var seenExits: Set<Exit> = []
        while let address = pending.popLast() {
            guard instructions[address] == nil else { continue }
            guard let blob = blobs.first(where: { $0.contains(address) }) else {
                problems.append((address, "the walk reached an address outside the walked code"))
                continue
            }
            let start = Int(address - blob.address)
            let decoded: DecodedInstruction
            do { decoded = try decoder.decode(blob.bytes[start...], at: address) } catch {
                problems.append((address, error.description))
                continue
            }
            if let overlapped = instructions.values.first(where: { $0.address < address && address < $0.nextAddress }) {
                problems.append((address, "a jump lands inside the instruction at 0x\(String(overlapped.address, radix: 16))"))
                continue
            }
            instructions[address] = decoded
            var successors: [UInt64] = []
            let isBranch = ["UNCOND_BR", "COND_BR", "CALL"].contains(decoded.category)
            if isBranch, let target = decoded.branchTarget {
                if blobs.contains(where: { $0.contains(target) }) {
                    successors.append(target)
                } else {
                    let exit: Exit = decoded.category == "CALL" ? .call(from: address, to: target) : .jump(from: address, to: target)
                    if seenExits.insert(exit).inserted { exits.append(exit) }
                }
                if decoded.category != "UNCOND_BR" { successors.append(decoded.nextAddress) }
            } else if !isBranch && !Self.endsThePath.contains(decoded.mnemonic) {
                // An indirect branch ends the walk too: the lifter refuses it with its address.
                successors.append(decoded.nextAddress)
            }
            pending.append(contentsOf: successors.reversed())
        }
    }

    /// Instructions after which control does not fall through.
    static let endsThePath: Set<String> = ["ret", "iretq", "sysret", "hlt", "ud2", "int3"]

    /// Reached instructions in address order.
    public var ordered: [DecodedInstruction] { instructions.values.sorted { $0.address < $1.address } }
}
