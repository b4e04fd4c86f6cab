import ArgumentParser
import Foundation
import IsocheckChecker
import IsocheckReport

/// `isocheck replay REPORT.json SPEC`: confirm counterexamples with the brute-force reference.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-run the counterexamples of a JSON report in the brute-force reference evaluators.",
        discussion: """
            Layout counterexamples are re-checked with their parameter values; entry/exit traces are \
            re-run on numbers from the same entry point, with the same indices and input values, until \
            a run breaks the same property at the same line. Exit status: 0 every counterexample \
            reproduced; 1 some did not; 2 bad input; 3 none failed but some could not be replayed \
            (a report written by an older isocheck).
            """)

    @Argument(help: "A report written by `isocheck check --format json`.")
    var report: String

    @Argument(help: "The spec the report is about.")
    var spec: String

    func run() throws {
        let lines: [CounterexampleReplay.Line]
        do { lines = try CounterexampleReplay.replay(reportPath: report, specPath: spec) } catch {
            FileHandle.standardError.write(Data("isocheck: \(error)\n".utf8))
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        for line in lines {
            print("\(line.location): \(line.property): \(line.verdict.rawValue): \(line.detail)")
        }
        let counts = Dictionary(grouping: lines, by: \.verdict).mapValues(\.count)
        print("\(lines.count) counterexamples: \(counts[.reproduced] ?? 0) reproduced, \(counts[.notReproduced] ?? 0) not reproduced, \(counts[.notReplayable] ?? 0) not replayable")
        if counts[.notReproduced] != nil { throw ExitCode(1) }
        if counts[.notReplayable] != nil { throw ExitCode(3) }
    }
}
