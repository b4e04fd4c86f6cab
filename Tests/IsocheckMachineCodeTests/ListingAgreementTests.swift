import IsocheckImport
import X86Decoding
import XCTest

/// Zydis against GNU objdump on every byte of the captured entry code: two independent
/// decoders must agree on where each instruction starts and how long it is, or the lifter would
/// be reasoning about instructions the CPU never runs.
final class ListingAgreementTests: XCTestCase {
    struct ListedInstruction { let address: UInt64; let length: Int; let text: String }

    /// `ffffffff86e00083:\t65 48 89 24 25 14 60 00 00 \tmov ...` lines, and the label lines
    /// `ffffffff86e00080 <entry_SYSCALL_64>:` where objdump restarted decoding.
    func parse(_ listing: String) -> (instructions: [ListedInstruction], restarts: [UInt64]) {
        var instructions: [ListedInstruction] = []
        var restarts: [UInt64] = []
        for line in listing.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasSuffix(">:"), let space = line.firstIndex(of: " "), let address = UInt64(line[..<space], radix: 16) {
                restarts.append(address)
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[0].hasSuffix(":"), let address = UInt64(fields[0].dropLast(), radix: 16) else { continue }
            let bytes = fields[1].split(separator: " ")
            instructions.append(ListedInstruction(address: address, length: bytes.count,
                                                  text: fields[2].trimmingCharacters(in: .whitespaces)))
        }
        return (instructions, restarts)
    }

    func testZydisAndObjdumpAgreeOnEveryInstructionBoundary() throws {
        let decoder = X86Decoder()
        var compared = 0
        for configuration in CodeData.configurations {
            let code = try CodeData.code(configuration)
            XCTAssertEqual(Set(code.blobs.map(\.name)), ["entry-text", "noinstr-text", "thunks-text"], configuration)
            for blob in code.blobs {
                let (listed, restarts) = parse(try CodeData.listing(configuration, blob.name))
                XCTAssertGreaterThan(listed.count, blob.bytes.count / 16, "\(configuration) \(blob.name): listing too short")
                let restartSet = Set(restarts)
                var address = blob.address
                var index = 0
                while address < blob.end, index < listed.count {
                    let expected = listed[index]
                    if restartSet.contains(expected.address) { address = expected.address }
                    XCTAssertEqual(address, expected.address, "\(configuration) \(blob.name): boundary")
                    guard address == expected.address else { break }
                    if expected.text.hasPrefix("(bad)") {
                        XCTAssertThrowsError(try decoder.decode(blob.bytes[Int(address - blob.address)...], at: address),
                                             "objdump finds no instruction at \(String(address, radix: 16))")
                        address += UInt64(expected.length)
                    } else {
                        let decoded = try decoder.decode(blob.bytes[Int(address - blob.address)...], at: address)
                        XCTAssertEqual(decoded.length, expected.length,
                                       "\(configuration) \(blob.name) \(String(address, radix: 16)): objdump '\(expected.text)', Zydis '\(decoded.text)'")
                        address = decoded.nextAddress
                    }
                    compared += 1
                    index += 1
                }
                XCTAssertEqual(index, listed.count, "\(configuration) \(blob.name): every listed instruction compared")
            }
        }
        XCTAssertGreaterThan(compared, 20_000)
    }
}
