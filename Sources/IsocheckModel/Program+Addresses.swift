/// The address an instruction has when the CPU or a `call` pushes it: its real VA in lifted
/// machine code (the entry code compares frame RIPs with symbols such as native_irq_return_iret),
/// an opaque token in hand-written code, which has no instruction lengths.
extension Program {
    public func address(block: Int, index: Int) -> UInt64 {
        if block < blocks.count, let addresses = blocks[block].instructionAddresses, index < addresses.count { return addresses[index] }
        return CodeAddress.token(block: block, index: index)
    }

    /// The instruction at `address`: a token, or the VA of a lifted instruction (or the end of a
    /// lifted block, where a path runs off its last instruction).
    public func location(of address: UInt64) -> (block: Int, index: Int)? {
        if let token = CodeAddress.location(ofToken: address) { return token }
        for (block, code) in blocks.enumerated() {
            guard let addresses = code.instructionAddresses, let first = addresses.first, let last = addresses.last,
                first <= address, address <= last
            else { continue }
            var low = 0
            var high = addresses.count - 1
            while low <= high {
                let middle = (low + high) / 2
                if addresses[middle] == address { return (block, middle) }
                if addresses[middle] < address { low = middle + 1 } else { high = middle - 1 }
            }
        }
        return nil
    }

    /// Whether `address` lies in a lifted block's bytes: code that runs there is modelled, so
    /// kernel proper (code the model does not hold) is never interrupted at such an address.
    public func liftedCodeContains(_ address: UInt64) -> Bool {
        blocks.contains { block in
            guard block.instructionAddresses != nil, let start = block.address.constantValue, let size = block.size.constantValue
            else { return false }
            return start <= address && address - start < size
        }
    }
}
