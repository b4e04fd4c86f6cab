import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// SARIF 2.1.0, the format CI systems show natively (GitHub code scanning among them): one rule
/// per property, one result per counterexample with the trace as a code flow, undecided
/// obligations as warnings, waived findings as suppressed results, and input problems as tool
/// notifications. Keys sorted and no timestamps: the same run gives the same bytes.
public struct SARIFReporter {
    public init() {}

    public func render(_ run: CheckRun) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Log(run: makeRun(run)))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static let rules = PropertyID.allCases

    func makeRun(_ run: CheckRun) -> Run {
        var results: [Result] = []
        for spec in run.results {
            for property in spec.properties {
                let ruleIndex = Self.rules.firstIndex(of: property.property) ?? 0
                for counterexample in property.counterexamples {
                    results.append(result(counterexample, spec: spec.path, ruleIndex: ruleIndex, suppression: nil))
                }
                for counterexample in property.waivedCounterexamples {
                    let reasons = property.waivers.map(\.reason).joined(separator: "; ")
                    results.append(result(counterexample, spec: spec.path, ruleIndex: ruleIndex, suppression: reasons))
                }
                for unknown in property.unknowns {
                    results.append(Result(
                        ruleId: property.property.rawValue, ruleIndex: ruleIndex, level: "warning",
                        message: Message(text: "not decided: \(unknown.reason)"),
                        locations: [Location(unknown.location, fallbackPath: spec.path)], codeFlows: nil,
                        partialFingerprints: ["isocheck/v1": fingerprint([property.property.rawValue, spec.path, "unknown", unknown.reason])],
                        suppressions: nil))
                }
            }
        }
        let diagnostics = run.inputDiagnostics + run.results.flatMap(\.diagnostics)
        let notifications = diagnostics.map { diagnostic in
            Notification(
                level: diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "note",
                message: Message(text: diagnostic.message.text),
                locations: diagnostic.location.map { [Location($0, fallbackPath: $0.file)] },
                descriptor: Reference(id: diagnostic.message.id))
        }
        var eventDepths: [String: String] = [:]
        for spec in run.results { if let bound = spec.eventDepth { eventDepths[spec.path] = bound.description } }
        let rules = Self.rules.map { property in
            Rule(id: property.rawValue, name: property.rawValue, shortDescription: Message(text: property.summary),
                 fullDescription: Message(text: property.summary), defaultConfiguration: Configuration(level: "error"))
        }
        return Run(
            tool: Tool(driver: Driver(name: "isocheck", informationUri: "https://github.com/isocheck/isocheck", semanticVersion: "0.1.0", rules: rules)),
            invocations: [Invocation(executionSuccessful: run.exitStatus != .badInput, exitCode: Int(run.exitStatus.rawValue),
                                     toolExecutionNotifications: notifications)],
            results: results, columnKind: "unicodeCodePoints", properties: eventDepths.isEmpty ? nil : RunProperties(eventDepths: eventDepths))
    }

    func result(_ counterexample: Counterexample, spec: String, ruleIndex: Int, suppression: String?) -> Result {
        let property = counterexample.property.rawValue
        var flow: [ThreadFlowLocation] = counterexample.trace.enumerated().map { order, row in
            let where_ = row.location.map { Location($0, fallbackPath: spec, text: "\(row.text) (CPL\(row.cpl), \(row.table), rsp \(hex(row.rsp)) \(row.stack), gs \(row.gs))") }
                ?? Location(path: spec, line: nil, column: nil, text: "\(row.text) (CPL\(row.cpl), \(row.table))")
            return ThreadFlowLocation(location: where_, executionOrder: order + 1)
        }
        if flow.isEmpty {
            // A layout finding's flow: the `map` line, each `from` it was inherited through, the label.
            var steps = [Location(counterexample.location, fallbackPath: spec, text: layoutSummary(counterexample))]
            steps += counterexample.derivedThrough.map { Location($0, fallbackPath: spec, text: "inherited through this derivation") }
            if let frame = counterexample.frame, let labelLocation = frame.labelLocation {
                steps.append(Location(labelLocation, fallbackPath: spec, text: "\(frame.frame ?? "memory") + \(hex(frame.offset)) is labelled \(frame.label)"))
            }
            flow = steps.enumerated().map { ThreadFlowLocation(location: $1, executionOrder: $0 + 1) }
        }
        let identity = [property, spec, counterexample.reason, counterexample.space ?? "", counterexample.frame?.frame ?? "",
                        counterexample.trace.last?.text ?? ""]
        return Result(
            ruleId: property, ruleIndex: ruleIndex, level: "error", message: Message(text: counterexample.reason),
            locations: [Location(counterexample.location, fallbackPath: spec)],
            codeFlows: [CodeFlow(threadFlows: [ThreadFlow(locations: flow)])],
            partialFingerprints: ["isocheck/v1": fingerprint(identity)],
            suppressions: suppression.map { [Suppression(kind: "inSource", justification: $0)] })
    }

    func layoutSummary(_ counterexample: Counterexample) -> String {
        var parts: [String] = []
        if let space = counterexample.space { parts.append("in \(space)") }
        if let va = counterexample.virtualAddress { parts.append("VA \(hex(va))") }
        if let pa = counterexample.physicalAddress { parts.append("maps PA \(hex(pa))") }
        let values = counterexample.parameters.map { "\($0.name) = \(hex($0.value))" }
        if !values.isEmpty { parts.append("with " + values.joined(separator: ", ")) }
        return parts.isEmpty ? counterexample.reason : parts.joined(separator: " ")
    }

    /// Stable across runs and across edits that only move lines: no line numbers in it.
    func fingerprint(_ fields: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in fields.joined(separator: "\u{1F}").utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }

    // MARK: the SARIF objects isocheck writes (a subset of the 2.1.0 schema)

    struct Log: Encodable {
        let schema = "https://json.schemastore.org/sarif-2.1.0.json"
        let version = "2.1.0"
        let runs: [Run]
        init(run: Run) { runs = [run] }
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        let tool: Tool
        let invocations: [Invocation]
        let results: [Result]
        let columnKind: String
        let properties: RunProperties?
    }
    /// A proof holds only up to its event bound: per spec with code, which bound and who chose it.
    struct RunProperties: Encodable {
        let eventDepths: [String: String]
    }
    struct Tool: Encodable { let driver: Driver }
    struct Driver: Encodable {
        let name: String
        let informationUri: String
        let semanticVersion: String
        let rules: [Rule]
    }
    struct Rule: Encodable {
        let id: String
        let name: String
        let shortDescription: Message
        let fullDescription: Message
        let defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { let level: String }
    struct Invocation: Encodable {
        let executionSuccessful: Bool
        let exitCode: Int
        let toolExecutionNotifications: [Notification]
    }
    struct Notification: Encodable {
        let level: String
        let message: Message
        let locations: [Location]?
        let descriptor: Reference
    }
    struct Reference: Encodable { let id: String }
    struct Message: Encodable { let text: String }
    struct Result: Encodable {
        let ruleId: String
        let ruleIndex: Int
        let level: String
        let message: Message
        let locations: [Location]
        let codeFlows: [CodeFlow]?
        let partialFingerprints: [String: String]
        let suppressions: [Suppression]?
    }
    struct Suppression: Encodable {
        let kind: String
        let justification: String
    }
    struct CodeFlow: Encodable { let threadFlows: [ThreadFlow] }
    struct ThreadFlow: Encodable { let locations: [ThreadFlowLocation] }
    struct ThreadFlowLocation: Encodable {
        let location: Location
        let executionOrder: Int
    }
    struct Location: Encodable {
        struct Physical: Encodable {
            let artifactLocation: Artifact
            let region: Region?
        }
        struct Artifact: Encodable { let uri: String }
        struct Region: Encodable {
            let startLine: Int
            let startColumn: Int
        }
        let physicalLocation: Physical
        let message: Message?

        init(path: String, line: Int?, column: Int?, text: String? = nil) {
            let region = line.map { Region(startLine: max(1, $0), startColumn: max(1, column ?? 1)) }
            physicalLocation = Physical(artifactLocation: Artifact(uri: Self.uri(path)), region: region)
            message = text.map(Message.init)
        }

        init(_ location: SourceLocation, fallbackPath: String, text: String? = nil) {
            self.init(path: location.file.isEmpty ? fallbackPath : location.file, line: location.line, column: location.column, text: text)
        }

        /// A relative path stays relative (CI systems resolve it against the checkout); an
        /// absolute one becomes a file URI. Either is percent-encoded.
        static func uri(_ path: String) -> String {
            let allowed = CharacterSet.urlPathAllowed
            let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
            return path.hasPrefix("/") ? "file://" + encoded : encoded
        }
    }
}
