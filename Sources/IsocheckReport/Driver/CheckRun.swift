import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel
import Foundation

/// One `isocheck check` run: collect, parse and elaborate every spec, and only if all of them
/// are well-formed input, check them. A run with bad input reports the input errors and checks
/// nothing, so nothing is ever reported as proved next to an error.
public struct CheckRun: Sendable {
    public let sources: [SourceFile]
    /// Listings of lifted machine code the specs import, for rendering locations inside them.
    public var listings: [SourceFile] = []
    /// Input diagnostics (all severities) from collection, parsing and elaboration.
    public let inputDiagnostics: [Diagnostic]
    public let results: [SpecResult]
    /// The slice of the run this was, if sharded: its report covers only that slice's items.
    public var shard: Shard? = nil
    /// Items checked in this run, and in the whole unsharded run.
    public var itemsChecked = 0
    public var itemsInRun = 0

    public var exitStatus: ExitStatus {
        ExitStatus.of(results, inputErrors: inputDiagnostics.contains { $0.severity == .error })
    }

    /// `jobs` items run at once, each in its own Z3 context; the report does not depend on it.
    public static func run(paths: [String], options: CheckOptions, jobs: Int = 1, shard: Shard? = nil) -> CheckRun {
        let (sources, collectionDiagnostics) = SpecCollector.collect(paths)
        var diagnostics = collectionDiagnostics
        var models: [(SystemModel, [Diagnostic])] = []
        for source in sources {
            let (model, fileDiagnostics) = Elaborator.load(source)
            if let model {
                models.append((model, fileDiagnostics))
            } else {
                diagnostics += fileDiagnostics
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else {
            let warnings = models.flatMap { $0.1 }
            let ordered = (diagnostics + warnings).sorted { ($0.location?.description ?? "") < ($1.location?.description ?? "") }
            return CheckRun(sources: sources, inputDiagnostics: ordered, results: [])
        }
        let work = models.enumerated().flatMap { specIndex, loaded in
            CheckItem.items(of: loaded.0, options: options).enumerated().map { (specIndex, $0, $1) }
        }
        let selected = work.enumerated().filter { shard?.contains(itemNumber: $0.offset) ?? true }.map(\.element)
        let checked = models.map(\.0)
        let parts = WorkPool.map(count: selected.count, threads: jobs) { number in
            let (specIndex, ordinal, item) = selected[number]
            return Checker.check(checked[specIndex], item: item, ordinal: ordinal, options: options)
        }
        var partsBySpec = Array(repeating: [CheckPart](), count: models.count)
        for (number, part) in parts.enumerated() { partsBySpec[selected[number].0].append(part) }
        let results = models.enumerated().map { specIndex, loaded in
            SpecResult.assemble(
                model: loaded.0, warnings: loaded.1 + Checker.runWarnings(options), parts: partsBySpec[specIndex],
                coverageComplete: options.coversEverything && shard == nil, eventDepth: options.eventDepth(for: loaded.0))
        }
        var run = CheckRun(sources: sources, inputDiagnostics: diagnostics, results: results)
        run.listings = models.flatMap(\.0.listings)
        run.shard = shard
        run.itemsChecked = selected.count
        run.itemsInRun = work.count
        return run
    }

    /// The shards of one run combined: the same results as the unsharded run.
    public static func union(_ shards: [CheckRun], options: CheckOptions) -> CheckRun {
        guard let first = shards.first else { return CheckRun(sources: [], inputDiagnostics: [], results: []) }
        let results = first.results.indices.compactMap { specIndex in
            SpecResult.union(
                shards.map { $0.results[specIndex] }, warnings: first.results[specIndex].elaborationWarnings,
                coverageComplete: options.coversEverything)
        }
        var run = CheckRun(sources: first.sources, inputDiagnostics: first.inputDiagnostics, results: results)
        run.listings = first.listings
        run.itemsChecked = shards.map(\.itemsChecked).reduce(0, +)
        run.itemsInRun = first.itemsInRun
        return run
    }
}
