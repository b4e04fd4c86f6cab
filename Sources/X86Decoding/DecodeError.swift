/// Bytes the decoder cannot read as an instruction.
public struct DecodeError: Error, Sendable, Hashable, CustomStringConvertible {
    public let address: UInt64
    /// Up to 15 bytes from `address`, the longest an instruction can be.
    public let bytes: [UInt8]
    public let reason: String

    public var description: String {
        let hex = bytes.map { String($0, radix: 16).leftPadded(to: 2) }.joined(separator: " ")
        return "cannot decode the bytes at 0x\(String(address, radix: 16)) (\(hex)): \(reason)"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
