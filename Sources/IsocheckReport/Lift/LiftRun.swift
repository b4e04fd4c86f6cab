import IsocheckImport
import IsocheckModel

/// `isocheck lift`: which instructions of a capture's entry code the model would execute from
/// the given entry points, and which of them it cannot. The answer a spec author needs before
/// binding real code, and a reviewer's map of what control flow actually reaches.
public struct LiftRun {
    public enum Entry: Hashable, Sendable {
        /// MSR_LSTAR: the SYSCALL entry.
        case lstar
        /// Every IDT gate whose handler lies in the walked code.
        case idt
        case symbol(String)
    }

    public let code: CapturedCode
    public let lifted: LiftedCode
    /// Entry points as `name (address)`.
    public let entries: [(name: String, address: UInt64)]

    public init(codePath: String, entries requested: [Entry], walked: [String], symbolsPath: String?) throws(ImportError) {
        let code = try CapturedCode(path: codePath)
        for name in walked { _ = try code.blob(named: name) }
        let symbols = try symbolsPath.map { path throws(ImportError) in try SymbolMap(contentsOfFile: try DecompressedInput.readablePath(path)) }
        var entries: [(String, UInt64)] = []
        let walkedBlobs = code.blobs.filter { walked.contains($0.name) }
        for entry in requested {
            switch entry {
            case .lstar:
                guard let lstar = code.lstar else {
                    throw ImportError(file: codePath, position: nil, .liftEntryMissing("the capture records no MSR_LSTAR (entry_msrs_read_in_guest.lstar)"))
                }
                entries.append(("lstar " + code.describe(lstar), lstar))
            case .idt:
                for gate in code.gates where walkedBlobs.contains(where: { $0.contains(gate.handler) }) {
                    entries.append(("vector \(gate.vector) " + code.describe(gate.handler), gate.handler))
                }
            case .symbol(let name):
                guard let symbol = code.symbol(named: name) ?? symbols?.address(of: name).map({ CapturedCode.Symbol(name: name, address: $0) }) else {
                    throw ImportError(file: codePath, position: nil, .liftEntryMissing("no symbol named '\(name)' in the capture\(symbols == nil ? "" : " or the symbol map")"))
                }
                guard walkedBlobs.contains(where: { $0.contains(symbol.address) }) else {
                    throw ImportError(file: codePath, position: nil, .liftEntryMissing("'\(name)' is not inside the walked blobs \(walked.joined(separator: ", "))"))
                }
                entries.append((name, symbol.address))
            }
        }
        let walk = MachineCodeWalk(code: code, walked: walked, entries: entries.map(\.1))
        self.code = code
        self.entries = entries
        self.lifted = LiftedCode(walk: walk, code: code, listingPath: codePath + " (lifted)", symbolName: { address in
            if address < 0x10_0000, let match = symbols?.nearestPerCPUSymbol(atOffset: address) { return match.description }
            return symbols?.nearestSymbol(atOrBelow: address, maximumOffset: 0x10_0000)?.description
        })
    }

    /// Every instruction lifted and nothing undecodable on the way.
    public var isComplete: Bool { lifted.refusals.isEmpty && lifted.problems.isEmpty }

    /// The report: entry points, the listing, hand-offs, per-CPU fields, refusals and totals.
    public func render(showListing: Bool) -> String {
        var out = "\(code.configuration): \(entries.count) entry points\n"
        for entry in entries { out += "  entry \(entry.name) at 0x\(String(entry.address, radix: 16))\n" }
        if showListing { out += "\n" + lifted.listing.text }
        out += "\nhand-offs to kernel proper (code outside the walked blobs):\n"
        for handoff in lifted.handoffs {
            out += "  \(handoff.returns ? "call" : "jump") \(handoff.label) (0x\(String(handoff.address, radix: 16)))\n"
        }
        out += "per-CPU fields through %gs:\n"
        for offset in lifted.perCPUFields.keys.sorted() { out += "  \(lifted.perCPUFields[offset]!)\n" }
        for problem in lifted.problems { out += "error: \(problem)\n" }
        for refusal in lifted.refusals {
            out += "not modelled: 0x\(String(refusal.address, radix: 16)) <\(refusal.place)> \(refusal.text): \(refusal.reason)\n"
        }
        let modelled = lifted.instructionCount - lifted.refusals.count
        out += "\(lifted.instructionCount) instructions reached, \(modelled) modelled, \(lifted.refusals.count) not modelled, \(lifted.problems.count) walk problems\n"
        return out
    }
}
