/// Memory a spec gives a value through `percpu at VA { field NAME at OFFSET = VALUE }`: until
/// code stores to that address, a load from it reads the declared value. Lifted code reaches
/// such cells by address (Linux reads __per_cpu_offset[cpu] with an indexed operand in
/// paranoid_entry), not by the field's name.
extension SystemModel {
    public func declaredMemory(at address: ValueExpr) -> ValueExpr? {
        guard let address = address.constantValue else { return nil }
        return perCPUFields.first { field in
            guard let base = field.fixedBase?.constantValue, let offset = field.offset.constantValue else { return false }
            return base &+ offset == address
        }?.initialValue
    }
}
