/// The concrete values the reference tries for each input the model leaves open: user
/// registers, kernel registers at the start of a return path, memory nothing wrote, per-CPU
/// fields without a declared value, what kernel C code leaves in caller-saved registers. An
/// input's kind is its name without the per-path counter (`user.rsp`, `stack`). Every value is
/// one the machine can really hold, so a violation the reference finds is real; an input only
/// multiplies the runs once the run looks at it.
public struct InputDomains: Sendable {
    /// Kinds given their own values (the user GS base, which user mode can only set canonical).
    public var values: [String: [UInt64]]
    /// Every other kind: zero, a user CS (low bits 3), a non-canonical address, and (added per
    /// system) the top of each run of pages user mode may write, which decides whether a stack
    /// the user chose is mapped. Each value multiplies the runs of every input a run looks at,
    /// so the list stays short; a witness needing another value (a user RIP equal to a table's
    /// root) is confirmed by replaying the solver's values.
    public var fallback: [UInt64]

    public static let standard = InputDomains(
        values: ["user.gs_base": [0x1000]],
        fallback: [0, 0x33, 0x8000_0000_0000_0000])

    public init(values: [String: [UInt64]], fallback: [UInt64]) {
        self.values = values
        self.fallback = fallback
    }

    public func domain(of kind: String) -> [UInt64] { values[kind] ?? fallback }

    /// The same domains with `value` added to `kind`'s (a counterexample's input, say).
    public func adding(_ value: UInt64, to kind: String) -> InputDomains {
        var copy = self
        let current = domain(of: kind)
        if !current.contains(value) { copy.values[kind] = current + [value] }
        return copy
    }

    /// The same domains with `value` added to every kind without a pinned domain.
    public func addingToFallback(_ value: UInt64) -> InputDomains {
        var copy = self
        if !fallback.contains(value) { copy.fallback.append(value) }
        return copy
    }

    /// `@user.rsp.3` (the checker's name for an input) is of kind `user.rsp`.
    public static func kind(ofInputNamed name: String) -> String {
        var trimmed = name.hasPrefix("@") ? String(name.dropFirst()) : name
        if let dot = trimmed.lastIndex(of: "."), trimmed[trimmed.index(after: dot)...].allSatisfy(\.isNumber) {
            trimmed = String(trimmed[..<dot])
        }
        return trimmed
    }
}
