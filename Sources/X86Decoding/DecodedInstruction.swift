/// One x86-64 instruction as the decoder sees it: bytes, assembly text and every effect it has
/// on registers, memory and flags, including the ones its assembly does not show.
public struct DecodedInstruction: Sendable, Hashable {
    public let address: UInt64
    public let bytes: [UInt8]
    /// The mnemonic in lower case, as the decoder names it ("mov", "swapgs", "jnz", "sysret").
    public let mnemonic: String
    /// AT&T syntax, the way kernel developers read entry code.
    public let text: String
    /// The decoder's category ("COND_BR", "UNCOND_BR", "CALL", "RET", "SYSTEM", "NOP", ...).
    public let category: String
    /// Visible operands first, in Intel order (destination first), then the hidden ones.
    public let operands: [DecodedOperand]
    public let flagsTested: X86Flags
    /// Flags modified, set, cleared or left undefined.
    public let flagsWritten: X86Flags
    /// The target of a relative jump or call.
    public let branchTarget: UInt64?
    /// Operand size in bits, as the prefixes and the opcode select it.
    public let operandBits: Int

    public var length: Int { bytes.count }
    public var nextAddress: UInt64 { address &+ UInt64(bytes.count) }
    /// The operands the assembly shows, explicit or implicit in the encoding (`%eax` of the
    /// short `and $imm,%eax`), in Intel order.
    public var visibleOperands: [DecodedOperand] { operands.filter { $0.visibility != .hidden } }
}
