/// Hand-written code has no instruction lengths, so an instruction's address is an opaque token
/// naming it. Return addresses pushed by `call` and by event delivery are such tokens, and so
/// is `$label` as an immediate: code can then compare a frame's RIP with a label, as FreeBSD's
/// #GP entry does to recognise a fault of the IRETQ at doreti_iret.
public enum CodeAddress {
    /// Not canonical, so no RIP the CPU pushes for code outside the model (a canonical user
    /// or kernel address) can equal a token.
    public static let base: UInt64 = 0x8ee0_0000_0000_0000

    public static func token(block: Int, index: Int) -> UInt64 { base | UInt64(block) << 20 | UInt64(index) }

    public static func location(ofToken token: UInt64) -> (block: Int, index: Int)? {
        guard token & 0xffff_0000_0000_0000 == base else { return nil }
        return (Int((token >> 20) & 0xfffff), Int(token & 0xfffff))
    }
}
