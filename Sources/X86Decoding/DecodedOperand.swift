/// A register by the decoder's name for it ("rsp", "esi", "gs", "cr3", "rflags"), with its width
/// and the 64-bit register that holds it (writing "esi" changes "rsi").
public struct X86Register: Sendable, Hashable, CustomStringConvertible {
    public let name: String
    public let bits: Int
    /// The largest register enclosing this one in 64-bit mode; the name itself for registers
    /// that nothing encloses (segment, control, flags registers).
    public let enclosing: String

    public init(name: String, bits: Int, enclosing: String) {
        self.name = name
        self.bits = bits
        self.enclosing = enclosing
    }

    public var description: String { name }
}

/// `segment:displacement(base, index, scale)`; `absolute` is set when the address does not
/// depend on any register (RIP-relative or a bare displacement), as the CPU computes it.
public struct X86MemoryReference: Sendable, Hashable {
    public let segment: X86Register?
    public let base: X86Register?
    public let index: X86Register?
    public let scale: Int
    public let displacement: Int64
    public let absolute: UInt64?
    /// An address-generation operand (lea), not an access.
    public let isAddressOnly: Bool
}

/// One operand with what the instruction does to it.
public struct DecodedOperand: Sendable, Hashable {
    public enum Value: Sendable, Hashable {
        case register(X86Register)
        case memory(X86MemoryReference)
        /// The immediate sign- or zero-extended to 64 bits as the instruction uses it.
        case immediate(UInt64)
        /// A far pointer `segment:offset`.
        case pointer(segment: UInt16, offset: UInt32)
    }

    /// Explicit operands are encoded and shown; implicit ones are shown but fixed by the opcode
    /// (`%eax` of `and $imm,%eax`); hidden ones (RSP of push, RFLAGS of cmp, RCX and R11 of
    /// syscall) are not shown, but the instruction still reads or writes them.
    public enum Visibility: Sendable, Hashable { case explicit, implicit, hidden }

    public let value: Value
    public let bits: Int
    public let reads: Bool
    public let writes: Bool
    /// The read or write happens only on some executions (cmovcc, rep prefixes).
    public let isConditional: Bool
    public let visibility: Visibility
}
