import IsocheckDiagnostics

/// The kill rate per operator and spec, and every survivor with its site and what the check said.
public struct MutationReporter {
    public init() {}

    public func render(_ run: MutationRun) -> String {
        var out: [String] = []
        if !run.inputDiagnostics.isEmpty { out.append(DiagnosticRenderer(sources: run.sources).render(run.inputDiagnostics)) }
        for spec in run.specs {
            out.append(spec.path)
            if let skipped = spec.skipped {
                out.append("  skipped: \(skipped)")
                continue
            }
            for mutation in MutationOperator.allCases {
                let outcomes = spec.outcomes.filter { $0.mutant.mutation == mutation }
                guard !outcomes.isEmpty else { continue }
                let killed = outcomes.filter(\.killed).count
                let withEvent = outcomes.filter(\.killedWithEvent).count
                out.append("  \(mutation.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(killed)/\(outcomes.count) killed"
                    + (withEvent == 0 ? "" : " (\(withEvent) only with one event)"))
                for outcome in outcomes where !outcome.killed {
                    let targets = outcome.mutant.targets.map(\.rawValue).sorted().joined(separator: " or ")
                    out.append("    SURVIVED line \(outcome.mutant.site.line): \(outcome.mutant.change): \(outcome.verdict) (expected \(targets))")
                }
            }
        }
        out.append("kill rate by operator:")
        let all = run.specs.flatMap(\.outcomes)
        for mutation in MutationOperator.allCases {
            let outcomes = all.filter { $0.mutant.mutation == mutation }
            let killed = outcomes.filter(\.killed).count
            let rate = outcomes.isEmpty ? "no sites" : "\(killed * 100 / outcomes.count)%"
            out.append("  \(mutation.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(killed)/\(outcomes.count) \(rate)  (\(mutation.summary))")
        }
        let killed = all.filter(\.killed).count
        out.append("\(killed)/\(all.count) mutants killed" + (all.isEmpty ? "" : " (\(killed * 100 / all.count)%)"))
        return out.joined(separator: "\n") + "\n"
    }
}
