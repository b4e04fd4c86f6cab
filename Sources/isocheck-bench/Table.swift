import Foundation

/// The benchmark table as plain text, one row per workload.
enum Table {
    static func render(_ summaries: [Summary], runs: Int) -> String {
        var lines = ["workload                                   size   median s   min-max s          peak MB  obligations  queries  growth  baseline s  speed-up",
                     String(repeating: "-", count: 142)]
        for summary in summaries {
            let spread = String(format: "%.3f-%.3f", summary.minSeconds, summary.maxSeconds)
            let growth = summary.growthExponent.map { String(format: "%.2f", $0) } ?? "-"
            lines.append(summary.workload.padding(toLength: 40, withPad: " ", startingAt: 0)
                         + String(format: " %7d %10.3f   ", summary.size, summary.medianSeconds)
                         + spread.padding(toLength: 17, withPad: " ", startingAt: 0)
                         + String(format: " %8.1f %12d %8d  ", summary.peakMegabytes, summary.obligations, summary.queries)
                         + growth.padding(toLength: 6, withPad: " ", startingAt: 0)
                         + (summary.baselineMedianSeconds.map { String(format: "  %10.3f", $0) } ?? "           -")
                         + (summary.speedup.map { String(format: "  %7.1fx", $0) } ?? "         -"))
        }
        lines.append("medians of \(runs) runs; growth = log(time ratio) / log(size ratio) against the family's previous size;")
        lines.append("baseline = the naive layout encoding (every frame in every query), measured in the same run")
        return lines.joined(separator: "\n")
    }
}
