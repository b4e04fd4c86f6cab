/// Stateless exploration (as in VeriSoft): a run asks the oracle at every fork (which event, if
/// any, at this boundary; which value an input takes; which table a CR3 selects) and the driver
/// replays the run from the start with the next untried sequence of answers. Nothing is copied
/// or undone, so forking cannot leak state between branches; slow, and obviously complete.
struct ChoiceOracle {
    /// Answers to replay; past its end every fork takes its first option.
    let prefix: [Int]
    private(set) var made: [(chosen: Int, count: Int)] = []

    init(prefix: [Int]) { self.prefix = prefix }

    mutating func choose(_ count: Int) -> Int {
        precondition(count > 0, "a fork needs at least one option")
        let position = made.count
        let chosen = position < prefix.count ? prefix[position] : 0
        made.append((chosen, count))
        return chosen
    }

    /// The answers of the next run in depth-first order, or nil when every sequence was tried.
    var nextPrefix: [Int]? {
        guard let last = made.lastIndex(where: { $0.chosen + 1 < $0.count }) else { return nil }
        return made[..<last].map(\.chosen) + [made[last].chosen + 1]
    }
}
