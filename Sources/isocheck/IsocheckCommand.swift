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
        subcommands: [CheckCommand.self],
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
        case text, json
    }

    @Argument(help: "Spec files or folders (searched for *.isospec).")
    var paths: [String] = ["Specs"]

    @Option(help: "Report format: text or json.")
    var format: Format = .text

    @Option(help: "Per-obligation solver timeout in seconds (running out is 'unknown', exit 3).")
    var timeout: Double = 30

    @Option(help: "Per-obligation Z3 resource limit (deterministic budget; 0 = none).")
    var rlimit: UInt32 = 0

    @Option(help: "How many asynchronous events one path may take, nested or in sequence (2 is thorough but slow).")
    var eventDepth: Int = 1

    @Option(help: "Check only this entry point (repeatable): syscall, 'vector N from user|kernel', 'exit LABEL'.")
    var entry: [String] = []

    @Flag(help: "Colour the text report even when not writing to a terminal.")
    var color = false

    @Flag(name: .customLong("no-color"), help: "Never colour the text report.")
    var noColor = false

    func validate() throws {
        guard (0...8).contains(eventDepth) else {
            throw ValidationError("--event-depth must be between 0 and 8, got \(eventDepth)")
        }
        guard timeout > 0, timeout <= 86_400 else {
            throw ValidationError("--timeout must be a number of seconds between 0 and 86400, got \(timeout)")
        }
    }

    func run() throws {
        let options = CheckOptions(
            timeoutMilliseconds: UInt32((timeout * 1000).rounded(.up)), resourceLimit: rlimit == 0 ? nil : rlimit,
            eventDepth: eventDepth, entryPoints: entry.isEmpty ? nil : Set(entry))
        let result = CheckRun.run(paths: paths, options: options)
        switch format {
        case .text:
            let useColor = !noColor && (color || isatty(STDOUT_FILENO) != 0)
            print(TextReporter(useColor: useColor).render(result), terminator: "")
        case .json:
            print(try JSONReporter().render(result), terminator: "")
        }
        throw ExitCode(result.exitStatus.rawValue)
    }
}
