/// The RFLAGS bits an instruction tests or changes, in the RFLAGS bit positions.
public struct X86Flags: OptionSet, Sendable, Hashable, CustomStringConvertible {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let carry = X86Flags(rawValue: 1 << 0)
    public static let parity = X86Flags(rawValue: 1 << 2)
    public static let adjust = X86Flags(rawValue: 1 << 4)
    public static let zero = X86Flags(rawValue: 1 << 6)
    public static let sign = X86Flags(rawValue: 1 << 7)
    public static let trap = X86Flags(rawValue: 1 << 8)
    public static let interrupt = X86Flags(rawValue: 1 << 9)
    public static let direction = X86Flags(rawValue: 1 << 10)
    public static let overflow = X86Flags(rawValue: 1 << 11)
    public static let alignmentCheck = X86Flags(rawValue: 1 << 18)

    /// The six flags arithmetic sets and conditional jumps read.
    public static let status: X86Flags = [.carry, .parity, .adjust, .zero, .sign, .overflow]

    private static let names: [(X86Flags, String)] = [
        (.carry, "CF"), (.parity, "PF"), (.adjust, "AF"), (.zero, "ZF"), (.sign, "SF"), (.trap, "TF"),
        (.interrupt, "IF"), (.direction, "DF"), (.overflow, "OF"), (.alignmentCheck, "AC"),
    ]

    public var description: String {
        let known = Self.names.filter { contains($0.0) }.map(\.1)
        let rest = subtracting(Self.names.reduce(into: X86Flags()) { $0.formUnion($1.0) })
        return (known + (rest.isEmpty ? [] : ["0x" + String(rest.rawValue, radix: 16)])).joined(separator: " ")
    }
}
