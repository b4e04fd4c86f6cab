import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// One `isocheck check` run: collect, parse and elaborate every spec, and only if all of them
/// are well-formed input, check them. A run with bad input reports the input errors and checks
/// nothing, so nothing is ever reported as proved next to an error.
public struct CheckRun: Sendable {
    public let sources: [SourceFile]
    /// Input diagnostics (all severities) from collection, parsing and elaboration.
    public let inputDiagnostics: [Diagnostic]
    public let results: [SpecResult]

    public var exitStatus: ExitStatus {
        ExitStatus.of(results, inputErrors: inputDiagnostics.contains { $0.severity == .error })
    }

    public static func run(paths: [String], options: CheckOptions) -> CheckRun {
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
        let results = models.map { model, warnings in Checker.check(model, options: options, warnings: warnings) }
        return CheckRun(sources: sources, inputDiagnostics: diagnostics, results: results)
    }
}
