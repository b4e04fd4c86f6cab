import Foundation
import IsocheckDiagnostics

/// A kernel's runtime entry code as a capture recorded it (shared/data's `code/code.json`): the
/// bytes of each blob at its runtime VA, the kallsyms symbols inside it, the IDT gates and the
/// SYSCALL target. The reader checks shapes only; what the code means is the lifter's business.
public struct CapturedCode: Sendable {
    public struct Symbol: Sendable, Hashable {
        public let name: String
        public let address: UInt64

        public init(name: String, address: UInt64) {
            self.name = name
            self.address = address
        }
    }

    public struct Blob: Sendable {
        public let name: String
        public let address: UInt64
        public let bytes: [UInt8]
        public let symbols: [Symbol]

        public var end: UInt64 { address + UInt64(bytes.count) }
        public func contains(_ address: UInt64) -> Bool { address >= self.address && address < end }
    }

    public struct Gate: Sendable, Hashable {
        public let vector: Int
        public let handler: UInt64
        public let symbol: String?
        public let ist: Int
        public let dpl: Int
    }

    /// The capture's name for the configuration ("pti-on", "nopti").
    public let configuration: String
    public let blobs: [Blob]
    public let gates: [Gate]
    /// MSR_LSTAR as read on the first CPU, when recorded.
    public let lstar: UInt64?

    /// Reads `code.json` and the blob files beside it.
    public init(path: String) throws(ImportError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ImportError(file: path, position: nil, .cannotOpen(reason: error.localizedDescription))
        }
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw ImportError(file: path, position: nil, .codeJSONInvalid(error.localizedDescription))
        }
        let reader = JSONFieldReader(file: path)
        let top = try reader.object(root, "code.json")
        configuration = try reader.string(top["config"], "config")
        var blobs: [Blob] = []
        for (index, element) in try reader.array(top["blobs"], "blobs").enumerated() {
            let at = "blobs[\(index)]"
            let blob = try reader.object(element, at)
            let name = try reader.string(blob["name"], "\(at).name")
            if let captured = blob["captured"] as? Bool, !captured { continue }
            let file = try reader.string(blob["file"], "\(at).file")
            let size = try reader.integer(blob["size"], "\(at).size")
            let filePath = folder.appendingPathComponent(file).path
            let bytes: [UInt8]
            do { bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: filePath))) } catch {
                throw ImportError(file: filePath, position: nil, .cannotOpen(reason: error.localizedDescription))
            }
            guard bytes.count == size else {
                throw ImportError(file: path, position: nil, .codeBlobSize(name, declared: size, found: bytes.count))
            }
            var symbols: [Symbol] = []
            for (symbolIndex, symbolElement) in try reader.array(blob["symbols"] ?? [Any](), "\(at).symbols").enumerated() {
                let symbolAt = "\(at).symbols[\(symbolIndex)]"
                let symbol = try reader.object(symbolElement, symbolAt)
                symbols.append(Symbol(name: try reader.string(symbol["name"], "\(symbolAt).name"),
                                      address: try reader.hex(symbol["va"], "\(symbolAt).va")))
            }
            blobs.append(Blob(name: name, address: try reader.hex(blob["va"], "\(at).va"), bytes: bytes,
                              symbols: symbols.sorted { $0.address < $1.address }))
        }
        self.blobs = blobs
        var gates: [Gate] = []
        for (index, element) in try reader.array(top["idt"] ?? [Any](), "idt").enumerated() {
            let at = "idt[\(index)]"
            let gate = try reader.object(element, at)
            gates.append(Gate(vector: try reader.integer(gate["vector"], "\(at).vector"),
                              handler: try reader.hex(gate["handler"], "\(at).handler"),
                              symbol: gate["symbol"] as? String,
                              ist: try reader.integer(gate["ist"], "\(at).ist"),
                              dpl: try reader.integer(gate["dpl"], "\(at).dpl")))
        }
        self.gates = gates
        let msrs = top["entry_msrs_read_in_guest"] as? [String: Any]
        let lstarByCPU = msrs?["lstar"] as? [String: Any]
        if let first = lstarByCPU?.keys.sorted().first {
            let entry = try reader.object(lstarByCPU?[first] as Any, "entry_msrs_read_in_guest.lstar.\(first)")
            lstar = try reader.hex(entry["value"], "entry_msrs_read_in_guest.lstar.\(first).value")
        } else {
            lstar = nil
        }
    }

    public func blob(named name: String) throws(ImportError) -> Blob {
        guard let blob = blobs.first(where: { $0.name == name }) else {
            throw ImportError(file: name, position: nil, .codeBlobUnknown(name, known: blobs.map(\.name)))
        }
        return blob
    }

    /// The blob holding `address`, if any.
    public func blob(containing address: UInt64) -> Blob? { blobs.first { $0.contains(address) } }

    /// Every symbol of every blob by name.
    public func symbol(named name: String) -> Symbol? {
        for blob in blobs { if let symbol = blob.symbols.first(where: { $0.name == name }) { return symbol } }
        return nil
    }

    /// `name` or `name+0x1f` for an address inside a blob: the closest symbol at or below it.
    public func describe(_ address: UInt64) -> String {
        guard let blob = blob(containing: address),
              let symbol = blob.symbols.last(where: { $0.address <= address }) else {
            return "0x" + String(address, radix: 16)
        }
        let offset = address - symbol.address
        return offset == 0 ? symbol.name : "\(symbol.name)+0x\(String(offset, radix: 16))"
    }
}

/// Typed access to JSON values, with errors that name the field's path.
private struct JSONFieldReader {
    let file: String

    func fail(_ path: String, _ what: String) -> ImportError {
        ImportError(file: file, position: nil, .codeFieldExpected(path, what))
    }
    func object(_ value: Any?, _ path: String) throws(ImportError) -> [String: Any] {
        guard let object = value as? [String: Any] else { throw fail(path, "an object") }
        return object
    }
    func array(_ value: Any?, _ path: String) throws(ImportError) -> [Any] {
        guard let array = value as? [Any] else { throw fail(path, "an array") }
        return array
    }
    func string(_ value: Any?, _ path: String) throws(ImportError) -> String {
        guard let string = value as? String else { throw fail(path, "a string") }
        return string
    }
    func integer(_ value: Any?, _ path: String) throws(ImportError) -> Int {
        guard let number = value as? Int else { throw fail(path, "an integer") }
        return number
    }
    func hex(_ value: Any?, _ path: String) throws(ImportError) -> UInt64 {
        guard let text = value as? String, text.hasPrefix("0x"),
              let number = UInt64(text.dropFirst(2), radix: 16) else { throw fail(path, "a 0x-prefixed hex string") }
        return number
    }
}
