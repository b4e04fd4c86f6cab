import ArgumentParser
import Foundation
import IsocheckChecker
import IsocheckReport

/// `isocheck mutate PATHS`: the mutation kill rate of the specs that prove.
struct MutateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mutate",
        abstract: "Plant known isolation bugs in every spec that proves and require a counterexample for each.",
        discussion: "Exit status: 0 every mutant killed; 1 some mutant survived (listed); 2 bad input.")

    @Argument(help: "Spec files or folders (searched for *.isospec).")
    var paths: [String] = ["Specs"]

    @Option(help: "How many mutants to check at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Per-query solver timeout in seconds.")
    var timeout: Double = 30

    @Flag(help: "Do not print a line on standard error as each mutant is decided.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else { throw ValidationError("--jobs must be between 1 and 256, got \(jobs)") }
        guard timeout > 0, timeout <= 86_400 else { throw ValidationError("--timeout must be between 0 and 86400 seconds, got \(timeout)") }
    }

    func run() throws {
        let progress: (@Sendable (String) -> Void)? = quiet ? nil : { @Sendable line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        let result = MutationRun.run(paths: paths, jobs: jobs, timeoutMilliseconds: UInt32((timeout * 1000).rounded(.up)), progress: progress)
        print(MutationReporter().render(result), terminator: "")
        if result.inputDiagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(ExitStatus.badInput.rawValue) }
        throw ExitCode(result.survivors.isEmpty && result.mutantCount > 0 ? 0 : 1)
    }
}
