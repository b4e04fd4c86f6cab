import ArgumentParser
import Foundation

/// `swift run -c release isocheck-bench`: how isocheck's cost grows with layouts, code and CPUs,
/// measured on the release `isocheck` binary beside this one (issue 8).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "isocheck-bench",
        abstract: "Measure isocheck on generated layouts, code and CPU counts, and on the bundled specs.",
        discussion: """
            Each workload runs --runs times as a child process; the table gives the median wall time, \
            the spread (min-max), the peak resident memory of the largest run, and the obligations \
            and SMT queries of the report. The growth exponent is log(time ratio) / log(size ratio) \
            against the previous size of the same family. Build with -c release first.
            """)

    @Option(help: "Runs per workload (the median is reported).")
    var runs = 3

    @Option(help: "Layout sizes in leaf mappings, comma-separated.")
    var mappings = "100,300,1000,3000,10000"

    @Option(help: "Entry-path lengths in instructions, comma-separated.")
    var instructions = "10,100,1000"

    @Option(help: "Event depths for the code family, comma-separated.")
    var depths = "0,1"

    @Option(help: "CPU counts, comma-separated.")
    var cpus = "1,16,256"

    @Option(help: "Families to run: layout, code, cpus, bundled (comma-separated).")
    var families = "layout,code,cpus,bundled"

    @Option(help: "Largest layout size also run with the naive encoding (the baseline grows quadratically).")
    var baselineLimit = 300

    @Option(help: "Where to write the JSON results.")
    var output = "Benchmarks/results.json"

    func run() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("isocheck").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no isocheck beside this binary (\(binary)); run `swift build -c release` first")
        }
        let selected = Set(families.split(separator: ",").map(String.init))
        func numbers(_ list: String) throws -> [Int] {
            try list.split(separator: ",").map { guard let n = Int($0), n > 0 else { throw ValidationError("not a positive number: \($0)") }; return n }
        }
        var workloads: [Workload] = []
        if selected.contains("layout") { workloads += try numbers(mappings).map(Workloads.layout(mappings:)) }
        if selected.contains("code") {
            let trampoline = try String(contentsOfFile: "Specs/trampoline/kpti-trampoline.isospec", encoding: .utf8)
            for depth in depths.split(separator: ",").compactMap({ Int($0) }) {
                for count in try numbers(instructions) {
                    guard let workload = Workloads.code(instructions: count, depth: depth, trampoline: trampoline) else {
                        throw ValidationError("the trampoline's syscall entry changed; update the code workload")
                    }
                    workloads.append(workload)
                }
            }
        }
        if selected.contains("cpus") { workloads += try numbers(cpus).map(Workloads.cpus) }
        if selected.contains("bundled") {
            workloads += ["Specs/tutorial.isospec", "Specs/examples", "Specs/trampoline", "Specs/linux/kpti-6.1.isospec",
                          "Specs/freebsd/pti-r328157.isospec", "Specs/netbsd/svs-2018-07.isospec",
                          "Specs/linux-kpti/pti-on.isospec", "Specs/linux-kpti/nopti.isospec",
                          "Specs/linux-kpti-code/pti-on.isospec"].map(Workloads.bundled)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("isocheck-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var summaries: [Summary] = []
        for workload in workloads {
            var arguments = ["check", "--format", "json", "--jobs", "2"]
            if let text = workload.text {
                let path = folder.appendingPathComponent(workload.name + ".isospec").path
                try text.write(toFile: path, atomically: true, encoding: .utf8)
                arguments.append(path)
            }
            arguments += workload.arguments
            var measured: [ChildRun] = []
            for _ in 0..<runs { measured.append(try ChildRun.run(binary, arguments)) }
            var summary = Summary(workload, measured)
            // The baseline: the same workload with every frame in every layout query.
            if workload.family == "layout", workload.size <= baselineLimit {
                var baseline: [ChildRun] = []
                for _ in 0..<runs { baseline.append(try ChildRun.run(binary, arguments + ["--naive-layout-encoding"])) }
                summary.setBaseline(medianSeconds: Summary(workload, baseline).medianSeconds)
            }
            FileHandle.standardError.write(Data("\(workload.name): median \(String(format: "%.3f", summary.medianSeconds)) s\n".utf8))
            summaries.append(summary)
        }
        Growth.annotate(&summaries)
        print(Table.render(summaries, runs: runs))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let report = BenchReport(runsPerWorkload: runs, results: summaries)
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: output).deletingLastPathComponent(), withIntermediateDirectories: true)
        try encoder.encode(report).write(to: URL(fileURLWithPath: output))
        print("JSON: \(output)")
    }
}

struct BenchReport: Encodable {
    let runsPerWorkload: Int
    let results: [Summary]
}

Bench.main()
