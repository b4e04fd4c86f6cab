import ArgumentParser
import Foundation
import IsocheckChecker
import IsocheckReport

/// `isocheck export-smt PATHS -o DIR`: the proof obligations of a check, for other solvers.
struct ExportSMTCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-smt",
        abstract: "Write every solver answer the verdicts rest on as a standalone SMT-LIB2 file, with a manifest.")

    @Argument(help: "Spec files or folders (searched for *.isospec).")
    var paths: [String] = ["Specs"]

    @Option(name: [.customShort("o"), .long], help: "Folder to write the .smt2 files and manifest.json into.")
    var output: String

    @Option(help: "How many asynchronous events one path may take (as for check: without it, each spec's own bound, else 2).")
    var eventDepth: Int?

    @Option(help: "Per-obligation solver timeout in seconds.")
    var timeout: Double = 30

    @Option(help: "How many items to check at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let eventDepth, !(0...8).contains(eventDepth) { throw ValidationError("--event-depth must be between 0 and 8, got \(eventDepth)") }
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout must be between 0 and 86400 seconds, got \(timeout)") }
    }

    func run() throws {
        var options = CheckOptions(timeoutMilliseconds: UInt32((timeout * 1000).rounded(.up)), eventDepth: eventDepth)
        options.recordProofs = true
        let result = CheckRun.run(paths: paths, options: options, jobs: jobs)
        if result.exitStatus == .badInput {
            print(TextReporter(useColor: false).render(result), terminator: "")
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let export = ProofExport(run: result, eventDepth: eventDepth)
        do {
            try export.write(to: URL(fileURLWithPath: output))
        } catch {
            FileHandle.standardError.write(Data("isocheck: cannot write the export to \(output): \(error.localizedDescription)\n".utf8))
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        let unsat = export.manifest.obligations.filter { $0.expected == "unsat" }.count
        print("wrote \(export.manifest.obligations.count) obligations (\(unsat) unsat, \(export.manifest.obligations.count - unsat) sat) for \(result.results.count) specs to \(output)")
        // An undecided obligation has no answer to export: the export is incomplete, and says so.
        throw ExitCode(result.exitStatus == .unknown ? ExitStatus.unknown.rawValue : 0)
    }
}
