/// Addresses in hex, small counts in decimal: how kernel developers read them.
func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }

func readable(_ value: UInt64) -> String { value < 0x10000 ? String(value) : hex(value) }
