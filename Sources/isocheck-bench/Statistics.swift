import Foundation

/// Medians and spreads of repeated runs, and growth exponents between sizes.
struct Summary: Encodable {
    enum CodingKeys: String, CodingKey {
        case workload, family, size, runs, medianSeconds, minSeconds, maxSeconds, peakMegabytes, obligations, queries
        case growthExponent, baselineMedianSeconds, speedup
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(workload, forKey: .workload)
        try container.encode(family, forKey: .family)
        try container.encode(size, forKey: .size)
        try container.encode(runs, forKey: .runs)
        try container.encode(medianSeconds, forKey: .medianSeconds)
        try container.encode(minSeconds, forKey: .minSeconds)
        try container.encode(maxSeconds, forKey: .maxSeconds)
        try container.encode(peakMegabytes, forKey: .peakMegabytes)
        try container.encode(obligations, forKey: .obligations)
        try container.encode(queries, forKey: .queries)
        try container.encodeIfPresent(growthExponent, forKey: .growthExponent)
        try container.encodeIfPresent(baselineMedianSeconds, forKey: .baselineMedianSeconds)
        try container.encodeIfPresent(speedup, forKey: .speedup)
    }

    let workload: String
    let family: String
    let size: Int
    let runs: Int
    let medianSeconds: Double
    let minSeconds: Double
    let maxSeconds: Double
    let peakMegabytes: Double
    let obligations: Int
    let queries: Int
    /// log(t / t_previous) / log(size / size_previous) against the previous size of the family:
    /// 1 is linear growth, 2 quadratic.
    var growthExponent: Double?
    /// The naive encoding's median on the same workload in the same run, where measured.
    var baselineMedianSeconds: Double?
    /// baseline / median: how much faster the real encoding is.
    var speedup: Double? { baselineMedianSeconds.map { $0 / medianSeconds } }

    init(_ workload: Workload, _ runs: [ChildRun]) {
        let times = runs.map(\.seconds).sorted()
        self.workload = workload.name
        family = workload.family
        size = workload.size
        self.runs = runs.count
        medianSeconds = times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
        minSeconds = times.first ?? 0
        maxSeconds = times.last ?? 0
        peakMegabytes = Double(runs.map(\.peakKilobytes).max() ?? 0) / 1024
        obligations = runs.first?.obligations ?? 0
        queries = runs.first?.queries ?? 0
    }
}

enum Growth {
    /// Fills each summary's exponent from the previous size of the same family.
    static func annotate(_ summaries: inout [Summary]) {
        var previous: [String: Summary] = [:]
        for index in summaries.indices {
            let summary = summaries[index]
            if let before = previous[summary.family], before.size > 0, summary.size > before.size,
               before.medianSeconds > 0, summary.medianSeconds > 0 {
                summaries[index].growthExponent = log(summary.medianSeconds / before.medianSeconds)
                    / log(Double(summary.size) / Double(before.size))
            }
            if summary.size > 0 { previous[summary.family] = summaries[index] }
        }
    }
}

