import ArgumentParser
import Foundation
import IsocheckChecker
import IsocheckReport

/// `isocheck lift CODE.json`: what the model would execute of a kernel's captured entry code.
struct LiftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lift",
        abstract: "Decode a capture's entry code from its entry points and show what the model can execute.",
        discussion: """
            Follows control flow through the captured bytes (fall-through, direct jumps, both sides of \
            conditional jumps, direct calls inside the walked blobs) and lifts each reached instruction \
            into the model, or says why it cannot. Calls and jumps out of the walked blobs are hand-offs \
            to kernel proper. Exit status: 0 every reached instruction is modelled; 1 some are not; \
            2 bad input.
            """)

    @Argument(help: "A capture's code.json (shared/data/linux-6.1-kpti/<config>/code/code.json).")
    var code: String

    @Option(name: .customLong("entry"), help: "An entry point: 'lstar', 'idt' (every gate in the walked code) or a symbol. Repeatable; default: lstar and idt.")
    var entries: [String] = []

    @Option(help: "Blobs to walk, comma-separated; code elsewhere is kernel proper.")
    var walk: String = "entry-text,thunks-text"

    @Option(help: "A System.map (or kallsyms, .xz allowed) naming hand-off targets and per-CPU offsets.")
    var symbols: String?

    @Flag(help: "Print only the summary, not the listing of reached instructions.")
    var summary = false

    func run() throws {
        let requested: [LiftRun.Entry] = (entries.isEmpty ? ["lstar", "idt"] : entries).map {
            switch $0 {
            case "lstar": .lstar
            case "idt": .idt
            default: .symbol($0)
            }
        }
        let run: LiftRun
        do {
            run = try LiftRun(codePath: code, entries: requested, walked: walk.split(separator: ",").map(String.init), symbolsPath: symbols)
        } catch {
            FileHandle.standardError.write(Data("isocheck: \(error)\n".utf8))
            throw ExitCode(ExitStatus.badInput.rawValue)
        }
        print(run.render(showListing: !summary), terminator: "")
        if !run.isComplete { throw ExitCode(1) }
    }
}
