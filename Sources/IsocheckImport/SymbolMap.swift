/// The symbols of System.map or /proc/kallsyms, so that a policy can name regions by symbol and
/// a report can say which symbol a VA belongs to.
///
/// Both formats are `ADDRESS TYPE NAME`, kallsyms adding `\t[module]` for module symbols.
/// Per-CPU variables appear as small absolute offsets (type `A`, between `__per_cpu_start`
/// and `__per_cpu_end`), not as addresses: they are looked up apart from the others. The map
/// reads text only; decompress .xz files before.
public struct SymbolMap: Sendable {
    public let path: String
    /// In file order.
    public let symbols: [Symbol]
    /// Indices into `symbols` of the address-like (non-absolute) ones, sorted by address.
    private let byAddress: [Int]
    /// Indices of the absolute ones (per-CPU offsets and constants), sorted by value.
    private let absolutes: [Int]
    private let byName: [String: [Int]]

    public init(symbols: [Symbol], path: String) {
        self.path = path
        self.symbols = symbols
        // Among symbols at one address, a global one names it best, then the first listed.
        let order: (Int, Int) -> Bool = { a, b in
            let (x, y) = (symbols[a], symbols[b])
            if x.address != y.address { return x.address < y.address }
            if x.isGlobal != y.isGlobal { return x.isGlobal }
            return a < b
        }
        byAddress = symbols.indices.filter { !symbols[$0].isAbsolute }.sorted(by: order)
        absolutes = symbols.indices.filter { symbols[$0].isAbsolute }.sorted(by: order)
        byName = Dictionary(grouping: symbols.indices, by: { symbols[$0].name })
    }

    /// Every symbol called `name` (static functions can share a name).
    public func symbols(named name: String) -> [Symbol] {
        (byName[name] ?? []).map { symbols[$0] }
    }

    /// The address of `name`: its global definition if it has one, else the first listed.
    public func address(of name: String) -> UInt64? {
        let candidates = symbols(named: name)
        return (candidates.first { $0.isGlobal } ?? candidates.first)?.address
    }

    /// The symbol at or below `address`, as `name+0x10`, ignoring absolute symbols (a user VA
    /// is not "inside" a per-CPU offset). Nil below every symbol, or when the nearest is more
    /// than `maximumOffset` below: kallsyms has no sizes, so without a bound any VA above the
    /// kernel image would be "_end+something".
    public func nearestSymbol(atOrBelow address: UInt64, maximumOffset: UInt64? = nil) -> SymbolMatch? {
        nearest(in: byAddress, atOrBelow: address, maximumOffset: maximumOffset)
    }

    /// The per-CPU variable holding `offset` within a CPU's per-CPU area (the offset is the VA
    /// minus that CPU's `__per_cpu_offset`), e.g. `cpu_tss_rw+0x14`.
    public func nearestPerCPUSymbol(atOffset offset: UInt64) -> SymbolMatch? {
        guard let end = address(of: "__per_cpu_end"), offset < end else { return nil }
        return nearest(in: absolutes, atOrBelow: offset, maximumOffset: nil)
    }

    /// Where `symbol` ends, as far as a map without sizes can tell: the next higher address of
    /// its kind (absolute symbols among absolute ones). Nil for the highest symbol.
    public func end(of symbol: Symbol) -> UInt64? {
        let sorted = symbol.isAbsolute ? absolutes : byAddress
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if symbols[sorted[middle]].address <= symbol.address { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count ? symbols[sorted[low]].address : nil
    }

    private func nearest(in sorted: [Int], atOrBelow address: UInt64, maximumOffset: UInt64?) -> SymbolMatch? {
        // The first symbol of the highest address at or below `address`.
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if symbols[sorted[middle]].address <= address { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        var best = low - 1
        let bestAddress = symbols[sorted[best]].address
        while best > 0 && symbols[sorted[best - 1]].address == bestAddress { best -= 1 }
        let symbol = symbols[sorted[best]]
        let offset = address - symbol.address
        if let maximumOffset, offset > maximumOffset { return nil }
        return SymbolMatch(symbol: symbol, offset: offset)
    }
}

public struct Symbol: Hashable, Sendable {
    public let address: UInt64
    /// nm's type letter: T/t text, D/d data, B/b bss, R/r rodata, A absolute, W/V weak, ...
    public let type: Character
    public let name: String
    /// The module, for kallsyms' `[module]` suffix.
    public let module: String?
    /// 1-based line in the file it came from.
    public let line: Int

    public init(address: UInt64, type: Character, name: String, module: String? = nil, line: Int = 0) {
        self.address = address
        self.type = type
        self.name = name
        self.module = module
        self.line = line
    }

    /// Upper-case types are global, lower-case local.
    public var isGlobal: Bool { type.isUppercase }
    public var isAbsolute: Bool { type == "A" || type == "a" }
}

/// A symbol and how far past it an address lies.
public struct SymbolMatch: Hashable, Sendable, CustomStringConvertible {
    public let symbol: Symbol
    public let offset: UInt64

    /// `entry_SYSCALL_64` or `entry_SYSCALL_64+0x30`, as the kernel's %pS prints it.
    public var description: String {
        offset == 0 ? symbol.name : "\(symbol.name)+\(hex(offset))"
    }
}
