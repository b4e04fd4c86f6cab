import IsocheckModel

/// The brute-force reference for the layout properties (issue 7): it shares the parsed model
/// with the checker but nothing of its encoding. It enumerates every parameter valuation of the
/// given finite domains, keeps those the assumptions admit, instantiates every frame member,
/// space instance, mapping instance and leaf page concretely, and checks each property byte
/// range by byte range. Slow and simple on purpose: it is the yardstick, not the tool.
public struct ReferenceEvaluator {
    public let model: SystemModel
    /// Candidate values of each parameter. They must include every value the assumptions admit:
    /// the caller (a generator of small systems) knows the domains it wrote.
    public let domains: [String: [UInt64]]

    /// Larger instances are refused rather than judged partially.
    public static let maximumValuations = 100_000
    public static let maximumPagesPerMapping = 4_096
    /// Enough to judge a property; counting all of them adds nothing.
    static let violationsKept = 20

    public struct TooLarge: Error, CustomStringConvertible {
        public let description: String
    }

    public init(model: SystemModel, domains: [String: [UInt64]]) {
        self.model = model
        self.domains = domains
    }

    public func evaluate() throws -> ReferenceResult {
        var violations: [PropertyID: [ReferenceViolation]] = [:]
        var checked = 0
        for valuation in try valuations() {
            let environment = Environment(parameters: valuation)
            guard try model.assumptions.allSatisfy({ try $0.condition.evaluate(in: environment).condition == true }) else { continue }
            checked += 1
            var instance = ConcreteInstance(model: model, parameters: valuation)
            try instance.checkAll()
            for (property, found) in instance.violations {
                let kept = violations[property, default: []]
                violations[property] = kept + found.prefix(max(0, Self.violationsKept - kept.count))
            }
        }
        return ReferenceResult(valuations: checked, violations: violations)
    }

    /// The cartesian product of the domains, in a fixed order.
    func valuations() throws -> [[String: UInt64]] {
        var result: [[String: UInt64]] = [[:]]
        for parameter in model.parameters {
            guard let values = domains[parameter.name], !values.isEmpty else {
                throw TooLarge(description: "no domain given for parameter \(parameter.name)")
            }
            result = result.flatMap { partial in values.map { partial.merging([parameter.name: $0]) { _, new in new } } }
            if result.count > Self.maximumValuations {
                throw TooLarge(description: "more than \(Self.maximumValuations) parameter valuations")
            }
        }
        return result
    }
}
