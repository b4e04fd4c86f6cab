import Foundation
import IsocheckDiagnostics
import IsocheckModel
import IsocheckReference

/// `isocheck replay REPORT.json SPEC`: re-runs each counterexample of a JSON report in the
/// brute-force reference evaluators, with the counterexample's parameter values (and, for entry
/// and exit traces, its entry point, CPU and user indices and input values), so a user can
/// confirm a finding without trusting the solver or the encoding.
public struct CounterexampleReplay {
    public enum Verdict: String, Sendable {
        case reproduced
        case notReproduced = "NOT reproduced"
        /// A report without what replay needs (one written before entry points were recorded).
        case notReplayable = "not replayable"
    }

    public struct Line: Sendable {
        public let property: String
        public let location: String
        public let verdict: Verdict
        public let detail: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The parts of a JSON report replay needs.
    struct Report: Decodable {
        struct Spec: Decodable {
            let path: String
            let properties: [Property]
        }
        struct Property: Decodable {
            let property: String
            let counterexamples: [Counterexample]
        }
        struct Counterexample: Decodable {
            let location: String
            let reason: String
            let space: String?
            let virtualAddress: String?
            let parameters: [String: String]
            let indices: [String: String]?
            let trace: [TraceStep]
            let entryPoint: String?
            let inputs: [String: String]?
        }
        struct TraceStep: Decodable {
            let kind: String
        }
        let specs: [Spec]
    }

    public static func replay(reportPath: String, specPath: String) throws -> [Line] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: reportPath)) } catch {
            throw Failure(description: "\(reportPath): cannot read the report (\(error.localizedDescription))")
        }
        let report: Report
        do { report = try JSONDecoder().decode(Report.self, from: data) } catch {
            throw Failure(description: "\(reportPath): not an isocheck JSON report (`isocheck check --format json`): \(error)")
        }
        let text: String
        do { text = try String(contentsOfFile: specPath, encoding: .utf8) } catch {
            throw Failure(description: "\(specPath): cannot read the spec (\(error.localizedDescription))")
        }
        let source = SourceFile(path: specPath, text: text)
        let (loaded, diagnostics) = Elaborator.load(source)
        guard let model = loaded, !diagnostics.contains(where: { $0.severity == .error }) else {
            throw Failure(description: DiagnosticRenderer(sources: [source]).render(diagnostics.filter { $0.severity == .error }))
        }
        let specs = report.specs.filter { $0.path == specPath || URL(fileURLWithPath: $0.path).lastPathComponent == URL(fileURLWithPath: specPath).lastPathComponent }
        guard !specs.isEmpty else { throw Failure(description: "\(reportPath): the report has no results for \(specPath)") }
        var lines: [Line] = []
        for spec in specs {
            for property in spec.properties {
                for counterexample in property.counterexamples {
                    lines.append(try replay(counterexample, property: property.property, model: model))
                }
            }
        }
        return lines
    }

    static func replay(_ counterexample: Report.Counterexample, property name: String, model: SystemModel) throws -> Line {
        func line(_ verdict: Verdict, _ detail: String) -> Line {
            Line(property: name, location: counterexample.location, verdict: verdict, detail: detail)
        }
        guard let property = PropertyID(rawValue: name) else { throw Failure(description: "unknown property \(name) in the report") }
        var domains: [String: [UInt64]] = [:]
        for parameter in model.parameters {
            guard let text = counterexample.parameters[parameter.name], let value = parse(text) else {
                return line(.notReproduced, "the report gives no value for parameter \(parameter.name)")
            }
            domains[parameter.name] = [value]
        }
        if !counterexample.trace.isEmpty {
            return try replayTrace(counterexample, property: property, model: model, domains: domains, line: line)
        }
        let result = try ReferenceEvaluator(model: model, domains: domains).evaluate()
        guard result.valuations == 1 else { return line(.notReproduced, "these parameter values violate the spec's constraints") }
        guard let found = result.violations[property], !found.isEmpty else {
            return line(.notReproduced, "the reference finds no \(name) violation with these parameter values")
        }
        let address = counterexample.virtualAddress.flatMap(parse)
        let same = found.first { $0.space == counterexample.space && ($0.virtualAddress.map { address == nil || $0 <= address! } ?? true) }
        return line(.reproduced, (same ?? found[0]).description)
    }

    /// An entry/exit trace: the code reference runs from the same entry point with the same
    /// indices, the solver's input values among those it tries, and as many events as the trace
    /// takes, until a run breaks the same property at the same line.
    static func replayTrace(_ counterexample: Report.Counterexample, property: PropertyID, model: SystemModel,
                            domains: [String: [UInt64]], line: (Verdict, String) -> Line) throws -> Line {
        guard let entryPoint = counterexample.entryPoint, let inputValues = counterexample.inputs else {
            return line(.notReplayable, "the report does not say where the trace starts (written by an older isocheck)")
        }
        var inputs = InputDomains.standard
        for (name, text) in inputValues.sorted(by: { $0.key < $1.key }) {
            guard let value = parse(text) else { return line(.notReproduced, "input \(name) has no value") }
            inputs = inputs.adding(value, to: InputDomains.kind(ofInputNamed: name)).addingToFallback(value)
        }
        let events = counterexample.trace.filter { $0.kind == "event" }.count
        var reference = CodeReference(model: model, domains: domains, inputs: inputs, eventBound: events, entryPoints: [entryPoint])
        guard reference.knowsEntryPoint(entryPoint) else { return line(.notReproduced, "the spec has no entry point \(entryPoint)") }
        for (name, text) in counterexample.indices ?? [:] {
            guard let value = parse(text) else { return line(.notReproduced, "index \(name) has no value") }
            reference.pinnedIndices[name] = value
        }
        let ranCode = counterexample.trace.contains { $0.kind == "instruction" }
        let sourceLine = ranCode ? counterexample.location.split(separator: ":").dropLast().last.flatMap { Int($0) } : nil
        reference.stopAt = (property, sourceLine)
        let result = try reference.evaluate()
        guard result.stoppedEarly, let run = result.violations[property]?.last else {
            let elsewhere = Set((result.violations[property] ?? []).compactMap { $0.location?.line }).sorted()
            return line(.notReproduced, "no run from \(entryPoint) breaks \(property.rawValue) there"
                        + (elsewhere.isEmpty ? "" : "; it does at lines \(elsewhere.map(String.init).joined(separator: ", "))"))
        }
        return line(.reproduced, "\(run.entryPoint): \(run.reason) (\(result.runs) runs)")
    }

    static func parse(_ text: String) -> UInt64? {
        text.hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
    }
}
