import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// The human report: per spec, one line per property, then each counterexample as a block a
/// developer can follow from the spec line to the frame. Colour only when asked (a terminal).
public struct TextReporter {
    public let useColor: Bool
    public init(useColor: Bool) { self.useColor = useColor }

    public func render(_ run: CheckRun) -> String {
        var out: [String] = []
        let renderer = DiagnosticRenderer(sources: run.sources + run.listings)
        if !run.inputDiagnostics.isEmpty {
            out.append(renderer.render(run.inputDiagnostics))
        }
        for result in run.results {
            out.append(contentsOf: render(result, renderer: renderer))
        }
        out.append(summary(run))
        return out.joined(separator: "\n") + "\n"
    }

    func render(_ result: SpecResult, renderer: DiagnosticRenderer) -> [String] {
        var out = [bold(result.path)]
        if !result.diagnostics.isEmpty {
            out.append(renderer.render(result.diagnostics))
        }
        if let execution = result.execution {
            out.append("  explored \(execution.entryPoints) entry points, \(execution.paths) paths, \(execution.boundaries) instruction boundaries, \(execution.events) events offered")
        }
        if let eventDepth = result.eventDepth { out.append("  events: \(eventDepth.description)") }
        for property in result.properties {
            let status = colored(property.status)
            let name = property.property.rawValue.padding(toLength: 26, withPad: " ", startingAt: 0)
            var line = "  \(status) \(name) \(property.obligations) obligation\(property.obligations == 1 ? "" : "s")"
            if !property.counterexamples.isEmpty { line += ", \(property.counterexamples.count) counterexample\(property.counterexamples.count == 1 ? "" : "s")" }
            out.append(line)
            for waiver in property.waivers {
                out.append("      waived\(waiver.space.map { " in \($0)" } ?? "") at \(waiver.location): \(waiver.reason)")
            }
            for unknown in property.unknowns {
                out.append("      unknown at \(unknown.location): \(unknown.reason)")
            }
            for counterexample in property.counterexamples {
                out.append(contentsOf: render(counterexample))
            }
            for counterexample in property.waivedCounterexamples {
                out.append(contentsOf: render(counterexample, waived: true))
            }
        }
        return out
    }

    func render(_ counterexample: Counterexample, waived: Bool = false) -> [String] {
        var out = ["    \(waived ? "waived: " : "")\(counterexample.location): \(counterexample.reason)"]
        func row(_ key: String, _ value: String) { out.append("      \(key.padding(toLength: 8, withPad: " ", startingAt: 0)) \(value)") }
        if let space = counterexample.space { row("space", space) }
        for through in counterexample.derivedThrough { row("via", "from at \(through)") }
        if let virtualAddress = counterexample.virtualAddress {
            row("VA", hex(virtualAddress) + (counterexample.pageSize.map { " (\($0) page)" } ?? "")
                + (counterexample.virtualSymbol.map { " <\($0)>" } ?? ""))
        }
        if !counterexample.walk.isEmpty {
            row("walk", counterexample.walk.map { "\($0.level)[\($0.index)]" }.joined(separator: " -> ")
                + (counterexample.walk.last.map { ": \($0.entry)" } ?? ""))
        } else if let flags = counterexample.flags {
            row("flags", flags)
        }
        if let physical = counterexample.physicalAddress {
            if let frame = counterexample.frame, let name = frame.frame {
                row("PA", "\(hex(physical)) = \(name) + \(hex(frame.offset))" + (counterexample.physicalSymbol.map { " <\($0)>" } ?? ""))
            } else {
                row("PA", hex(physical) + (counterexample.physicalSymbol.map { " <\($0)>" } ?? ""))
            }
        }
        if let frame = counterexample.frame {
            row("label", frame.label + (frame.labelLocation.map { " (\($0))" } ?? ""))
        }
        let values = counterexample.parameters.map { "\($0.name) = \(readable($0.value))" }
        if !values.isEmpty { row("params", values.joined(separator: ", ")) }
        let indices = counterexample.indices.map { "\($0.name) = \(readable($0.value))" }
        if !indices.isEmpty { row("indices", indices.joined(separator: ", ")) }
        if !counterexample.trace.isEmpty { out.append(contentsOf: renderTrace(counterexample.trace)) }
        return out
    }

    /// One row per step; a '*' marks the columns that changed from the step before.
    func renderTrace(_ trace: [TraceRow]) -> [String] {
        var out = ["      trace:"]
        var previous: TraceRow?
        for row in trace {
            func mark(_ changed: Bool) -> String { previous != nil && changed ? "*" : " " }
            let line = row.location.map { "\($0.line)" } ?? "-"
            let cpl = "\(mark(row.cpl != previous?.cpl))CPL\(row.cpl)"
            let table = "\(mark(row.table != previous?.table || row.pcid != previous?.pcid))\(row.table) pcid \(hex(row.pcid))"
            let stack = "\(mark(row.rsp != previous?.rsp))rsp \(hex(row.rsp)) (\(row.stack))"
            let gs = "\(mark(row.gs != previous?.gs))gs \(row.gs)"
            let text = row.text.padding(toLength: max(row.text.count, 44), withPad: " ", startingAt: 0)
            out.append("      \(String(row.step).padding(toLength: 3, withPad: " ", startingAt: 0)) \(text) line \(line.padding(toLength: 4, withPad: " ", startingAt: 0)) \(cpl) \(table) \(stack) \(gs)")
            if !row.accesses.isEmpty { out.append("          accesses: \(row.accesses.joined(separator: ", "))") }
            previous = row
        }
        return out
    }

    func summary(_ run: CheckRun) -> String {
        let statuses = run.results.flatMap { $0.properties.map(\.status) }
        func count(_ status: PropertyStatus) -> Int { statuses.filter { $0 == status }.count }
        let queries = run.results.map(\.queries).reduce(0, +)
        let errors = run.inputDiagnostics.filter { $0.severity == .error }.count + run.results.flatMap(\.diagnostics).filter { $0.severity == .error }.count
        var parts = [
            "\(count(.proved)) proved", "\(count(.violated)) violated", "\(count(.unknown)) unknown",
            "\(count(.waived)) waived", "\(count(.notApplicable)) not applicable",
        ]
        if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
        let verdict: String
        switch run.exitStatus {
        case .proved: verdict = "all properties proved"
        case .violated: verdict = "VIOLATED"
        case .badInput: verdict = "bad input: nothing is reported as proved"
        case .unknown: verdict = "UNKNOWN: some obligations were not decided"
        }
        let slice = run.shard.map { " [shard \($0): \(run.itemsChecked) of \(run.itemsInRun) items]" } ?? ""
        return "\(run.sources.count) spec\(run.sources.count == 1 ? "" : "s")\(slice): \(parts.joined(separator: ", ")) (\(queries) queries) - \(verdict)"
    }

    func colored(_ status: PropertyStatus) -> String {
        let text = status.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0)
        guard useColor else { return text }
        let code: String
        switch status {
        case .proved: code = "32"
        case .violated: code = "31;1"
        case .unknown: code = "33;1"
        case .waived: code = "35"
        case .notApplicable: code = "2"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    func bold(_ text: String) -> String { useColor ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
}
