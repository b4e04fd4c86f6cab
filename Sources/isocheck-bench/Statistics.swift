import Foundation

/// Medians and spreads of repeated runs, and growth exponents between sizes.
struct Summary: Encodable {
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
    /// The naive encoding's median on the same workload in the same run, where measured, and
    /// baseline / median: how much faster the real encoding is.
    private(set) var baselineMedianSeconds: Double?
    private(set) var speedup: Double?

    mutating func setBaseline(medianSeconds baseline: Double) {
        baselineMedianSeconds = baseline
        speedup = baseline / medianSeconds
    }

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

