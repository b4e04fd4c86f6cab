import ArgumentParser
import Foundation
import IsocheckChecker
import IsocheckReport

/// The executable is thin: parse flags, call the library, map the verdict to 0/1/2/3.
struct IsocheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isocheck",
        abstract: "Prove address-space isolation invariants of OS kernels, or print a counterexample.",
        discussion: """
            Exit status: 0 every property proved; 1 at least one violated; 2 bad input or usage \
            (nothing is reported as proved); 3 none violated but at least one unknown.
            """,
        subcommands: [CheckCommand.self, ExportSMTCommand.self, MutateCommand.self, ReplayCommand.self, LiftCommand.self],
        defaultSubcommand: CheckCommand.self
    )

    /// Runs the command and exits with DESIGN.md §5's statuses; usage errors are 2, not 64.
    static func mainWithExitStatus() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            if let exitCode = error as? ExitCode {
                Foundation.exit(exitCode.rawValue)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(ExitStatus.badInput.rawValue)
        }
    }
}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check spec files (.isospec) or folders of them.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, junit
    }

    @Argument(help: "Spec files or folders (searched for *.isospec).")
    var paths: [String] = ["Specs"]

    @Option(help: "Report format: text, json, sarif (SARIF 2.1.0) or junit (JUnit XML).")
    var format: Format = .text

    @Option(help: "Write the report in --format to this file; the text summary still goes to the terminal.")
    var output: String?

    @Option(help: "Per-obligation solver timeout in seconds (running out is 'unknown', exit 3).")
    var timeout: Double = 30

    @Option(help: "Per-obligation Z3 resource limit (deterministic budget; 0 = none).")
    var rlimit: UInt32 = 0

    @Option(help: "How many asynchronous events one path may take, nested or in sequence (0 to 8). Without it, a spec's own 'events depth' applies, else 2.")
    var eventDepth: Int?

    @Option(help: "Check only this entry point (repeatable): syscall, 'vector N from user|kernel', 'exit LABEL'.")
    var entry: [String] = []

    @Option(help: "Offer only this asynchronous event at instruction boundaries (repeatable): nmi, mc, db, intr or a vector number. Entry points are unaffected.")
    var event: [String] = []

    @Option(help: "How many items (layout properties, entry points) to check at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Check only the I-th of N deterministic slices of the run (1-based, e.g. 2/4), for CI matrices.")
    var shard: String?

    @Flag(help: "Colour the text report even when not writing to a terminal.")
    var color = false

    @Flag(name: .customLong("no-color"), help: "Never colour the text report.")
    var noColor = false

    @Flag(name: .customLong("naive-layout-encoding"), help: .hidden)
    var naiveLayoutEncoding = false

    func validate() throws {
        guard jobs >= 1, jobs <= 256 else {
            throw ValidationError("--jobs must be between 1 and 256, got \(jobs)")
        }
        if let shard, Shard(shard) == nil {
            throw ValidationError("--shard must be I/N with 1 <= I <= N (for example 2/4), got '\(shard)'")
        }
        if let eventDepth, !(0...8).contains(eventDepth) {
            throw ValidationError("--event-depth must be between 0 and 8, got \(eventDepth)")
        }
        guard timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout must be a number of seconds between 0 and 86400, got \(timeout)")
        }
        _ = try OfferedEvent.vectors(event)
    }

    func run() throws {
        var options = CheckOptions(
            timeoutMilliseconds: UInt32((timeout * 1000).rounded(.up)), resourceLimit: rlimit == 0 ? nil : rlimit,
            eventDepth: eventDepth, entryPoints: entry.isEmpty ? nil : Set(entry), offeredEvents: try OfferedEvent.vectors(event))
        // The benchmark's baseline (isocheck-bench); not for users.
        options.naiveLayoutEncoding = naiveLayoutEncoding
        let result = CheckRun.run(paths: paths, options: options, jobs: jobs, shard: shard.flatMap(Shard.init))
        let useColor = !noColor && (color || isatty(STDOUT_FILENO) != 0)
        let report: String
        switch format {
        case .text: report = TextReporter(useColor: output == nil && useColor).render(result)
        case .json: report = try JSONReporter().render(result)
        case .sarif: report = try SARIFReporter().render(result)
        case .junit: report = JUnitReporter().render(result)
        }
        if let output {
            do {
                try Data(report.utf8).write(to: URL(fileURLWithPath: output))
            } catch {
                FileHandle.standardError.write(Data("isocheck: cannot write the report to \(output): \(error.localizedDescription)\n".utf8))
                throw ExitCode(ExitStatus.badInput.rawValue)
            }
            print(TextReporter(useColor: useColor).render(result), terminator: "")
        } else {
            print(report, terminator: "")
        }
        throw ExitCode(result.exitStatus.rawValue)
    }
}
