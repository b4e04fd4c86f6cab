import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// `isocheck mutate`: every operator on every spec that proves, each mutant checked; a mutant is
/// killed when one of its target properties gets a counterexample. The kill rate must be 100%.
public struct MutationRun: Sendable {
    public struct Outcome: Sendable {
        public let mutant: Mutant
        public let killed: Bool
        /// What the check said about the targets, or why the mutant could not be checked.
        public let verdict: String
        /// Killed only by the second check, with one event.
        public var killedWithEvent = false
    }

    public struct SpecOutcome: Sendable {
        public let path: String
        /// Why the spec was not mutated (it does not prove), or nil.
        public let skipped: String?
        public let outcomes: [Outcome]
    }

    public let inputDiagnostics: [Diagnostic]
    public let sources: [SourceFile]
    public let specs: [SpecOutcome]

    public var survivors: [Outcome] { specs.flatMap(\.outcomes).filter { !$0.killed } }
    public var mutantCount: Int { specs.map(\.outcomes.count).reduce(0, +) }

    /// `progress` hears one line per spec and per mutant as each is decided: a run on a real
    /// kernel's spec takes an hour, and must not be an hour of silence.
    public static func run(paths: [String], jobs: Int, timeoutMilliseconds: UInt32?, progress: (@Sendable (String) -> Void)? = nil) -> MutationRun {
        let (sources, collected) = SpecCollector.collect(paths)
        var diagnostics = collected
        var specs: [SpecOutcome] = []
        var loaded: [(SourceFile, SystemModel)] = []
        for source in sources {
            let (model, found) = Elaborator.load(source)
            diagnostics += found.filter { $0.severity == .error }
            if let model { loaded.append((source, model)) }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            return MutationRun(inputDiagnostics: diagnostics, sources: sources, specs: [])
        }
        for (source, model) in loaded {
            let started = Date()
            let original = Checker.check(model, options: CheckOptions(timeoutMilliseconds: timeoutMilliseconds, eventDepth: 0), jobs: jobs)
            let unproved = original.properties.filter { $0.status != .proved && $0.status != .notApplicable }
            guard unproved.isEmpty, !original.hasErrors else {
                let reason = unproved.map { "\($0.property.rawValue) \($0.status.rawValue)" }.joined(separator: ", ")
                progress?("\(source.path): does not prove (\(reason)); not mutated")
                specs.append(SpecOutcome(path: source.path, skipped: "does not prove (\(reason)): only proved specs are mutated", outcomes: []))
                continue
            }
            let mutants = MutationOperator.allCases.flatMap { $0.mutants(of: source, model: model) }
            progress?("\(source.path): proves (\(seconds(since: started)) s); \(mutants.count) mutant\(mutants.count == 1 ? "" : "s")")
            // Mutants, not the items of one check, share the cores: a code mutant's retry with
            // an event runs one group of entry points, which one check cannot spread.
            let threads = max(1, min(jobs, mutants.count))
            let decided = DecidedCount()
            let outcomes = WorkPool.map(count: mutants.count, threads: threads) { ordinal in
                let started = Date()
                let outcome = check(mutants[ordinal], path: source.path, jobs: max(1, jobs / threads), timeoutMilliseconds: timeoutMilliseconds)
                decided.report { progress?(progressLine(outcome, ordinal: $0, of: mutants.count, seconds: seconds(since: started))) }
                return outcome
            }
            specs.append(SpecOutcome(path: source.path, skipped: nil, outcomes: outcomes))
        }
        return MutationRun(inputDiagnostics: diagnostics, sources: sources, specs: specs)
    }

    static func seconds(since start: Date) -> Double { (Date().timeIntervalSince(start) * 10).rounded() / 10 }

    static func progressLine(_ outcome: Outcome, ordinal: Int, of count: Int, seconds: Double) -> String {
        let mutant = outcome.mutant
        return "  [\(ordinal)/\(count)] \(mutant.mutation.rawValue) line \(mutant.site.line): \(mutant.change): "
            + "\(outcome.killed ? "killed" : "SURVIVED"), \(outcome.verdict) (\(seconds) s)"
    }

    static func check(_ mutant: Mutant, path: String, jobs: Int, timeoutMilliseconds: UInt32?) -> Outcome {
        let (model, diagnostics) = Elaborator.load(SourceFile(path: path, text: mutant.text))
        guard let model, !diagnostics.contains(where: { $0.severity == .error }) else {
            let first = diagnostics.first { $0.severity == .error }.map { "\($0.location?.description ?? path): \($0.message.text)" } ?? ""
            return Outcome(mutant: mutant, killed: false, verdict: "the mutant does not elaborate: \(first)")
        }
        let first = check(model, mutant, depth: mutant.eventDepth, entries: mutant.entryPoints, jobs: jobs, timeoutMilliseconds: timeoutMilliseconds)
        guard !first.killed, case .some(let entries) = mutant.eventRetry else { return first }
        let retry = check(model, mutant, depth: 1, entries: entries, jobs: jobs, timeoutMilliseconds: timeoutMilliseconds)
        let scope = entries.map { "from \($0.sorted().joined(separator: ", "))" } ?? "from every entry point"
        return Outcome(mutant: mutant, killed: retry.killed,
                       verdict: retry.killed ? "\(retry.verdict) with one event \(scope)"
                                             : "\(first.verdict) at depth 0; \(retry.verdict) with one event \(scope)",
                       killedWithEvent: retry.killed)
    }

    static func check(_ model: SystemModel, _ mutant: Mutant, depth: Int, entries: Set<String>?, jobs: Int, timeoutMilliseconds: UInt32?) -> Outcome {
        var options = CheckOptions(timeoutMilliseconds: timeoutMilliseconds, eventDepth: depth, entryPoints: entries)
        // One counterexample of a target kills the mutant; the rest of the paths cannot revive it.
        options.stopAtViolationOf = mutant.targets
        options.onlyProperties = mutant.targets
        let result = Checker.check(model, options: options, jobs: jobs)
        let violated = result.properties.filter { $0.status == .violated }.map(\.property)
        let hit = violated.filter(mutant.targets.contains)
        if let first = hit.first {
            let location = result.properties.first { $0.property == first }?.counterexamples.first?.location
            return Outcome(mutant: mutant, killed: true, verdict: "\(first.rawValue) violated" + (location.map { " at line \($0.line)" } ?? ""))
        }
        let others = violated.isEmpty ? "nothing violated" : "only \(violated.map(\.rawValue).joined(separator: ", ")) violated"
        return Outcome(mutant: mutant, killed: false, verdict: others)
    }
}

/// How many mutants of a spec are decided; numbers the progress lines in the order they finish,
/// and keeps two lines from interleaving.
private final class DecidedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func report(_ line: (Int) -> Void) {
        lock.withLock {
            count += 1
            line(count)
        }
    }
}
