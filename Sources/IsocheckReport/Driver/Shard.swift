/// `--shard I/N`: the I-th of N deterministic slices of a run's items (1-based), for CI matrices.
/// Item k of the run (specs in path order, items in report order) belongs to shard k mod N + 1,
/// so the N shards partition the run and every shard gets a mix of cheap and costly items.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    public let index: Int
    public let count: Int

    public init?(_ text: String) {
        let fields = text.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 2, let index = Int(fields[0]), let count = Int(fields[1]),
              count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    public func contains(itemNumber: Int) -> Bool { itemNumber % count == index - 1 }

    public var description: String { "\(index)/\(count)" }
}
