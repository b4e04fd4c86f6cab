/// What a returning hand-off leaves behind beyond the caller-saved registers it clobbers: its
/// result in %rax and, optionally, memory it copied to where the result points. Linux's
/// sync_regs() copies pt_regs from the entry stack to the task stack and returns the new
/// address; the entry code then runs on that copy, so the copy must carry the frame.
public struct HandoffResult: Sendable {
    public let value: ValueExpr
    /// Bytes (a multiple of 8) copied, in qwords, from `copiedFrom`'s value at the call.
    public let copiedBytes: UInt64
    public let copiedFrom: Register?

    public init(value: ValueExpr, copiedBytes: UInt64 = 0, copiedFrom: Register? = nil) {
        self.value = value
        self.copiedBytes = copiedBytes
        self.copiedFrom = copiedFrom
    }
}
