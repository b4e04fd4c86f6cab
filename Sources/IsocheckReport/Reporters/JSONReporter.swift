import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// The machine-readable report: the same facts as the text, keys sorted, no timestamps, so the
/// same inputs give byte-identical output.
public struct JSONReporter {
    public init() {}

    public func render(_ run: CheckRun) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Report(run))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    struct Report: Encodable {
        let version = 1
        let exitStatus: Int32
        let diagnostics: [DiagnosticJSON]
        let specs: [Spec]
        /// "I/N" when the run was one shard of a matrix; its specs hold only that shard's items.
        let shard: String?
        init(_ run: CheckRun) {
            shard = run.shard?.description
            exitStatus = run.exitStatus.rawValue
            diagnostics = run.inputDiagnostics.map(DiagnosticJSON.init)
            specs = run.results.map(Spec.init)
        }
    }

    struct DiagnosticJSON: Encodable {
        let severity: String
        let id: String
        let message: String
        let file: String?
        let line: Int?
        let column: Int?
        let notes: [String]
        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            id = diagnostic.message.id
            message = diagnostic.message.text
            file = diagnostic.location?.file
            line = diagnostic.location?.line
            column = diagnostic.location?.column
            notes = diagnostic.notes.map { note in note.location.map { "\($0): \(note.message)" } ?? note.message }
        }
    }

    struct Spec: Encodable {
        let path: String
        let queries: Int
        let diagnostics: [DiagnosticJSON]
        let properties: [Property]
        let explored: [String: Int]?
        let eventDepth: EventDepthJSON?
        init(_ result: SpecResult) {
            eventDepth = result.eventDepth.map(EventDepthJSON.init)
            explored = result.execution.map {
                ["entryPoints": $0.entryPoints, "paths": $0.paths, "boundaries": $0.boundaries, "instructions": $0.instructions, "events": $0.events]
            }
            path = result.path
            queries = result.queries
            diagnostics = result.diagnostics.map(DiagnosticJSON.init)
            properties = result.properties.map(Property.init)
        }
    }

    /// The bound the spec's verdicts hold up to: origin "command-line", "spec" (with the
    /// spec's reason and location) or "default".
    struct EventDepthJSON: Encodable {
        let depth: Int
        let origin: String
        let reason: String?
        let location: String?
        init(_ eventDepth: EventDepth) {
            depth = eventDepth.depth
            switch eventDepth.origin {
            case .commandLine: (origin, reason, location) = ("command-line", nil, nil)
            case .spec(let why, let at): (origin, reason, location) = ("spec", why, at.description)
            case .default: (origin, reason, location) = ("default", nil, nil)
            }
        }
    }

    struct Property: Encodable {
        let property: String
        let status: String
        let obligations: Int
        let counterexamples: [CounterexampleJSON]
        let waivedCounterexamples: [CounterexampleJSON]
        let unknown: [String]
        let waivers: [String]
        init(_ result: PropertyResult) {
            property = result.property.rawValue
            status = result.status.rawValue
            obligations = result.obligations
            counterexamples = result.counterexamples.map(CounterexampleJSON.init)
            waivedCounterexamples = result.waivedCounterexamples.map(CounterexampleJSON.init)
            unknown = result.unknowns.map { "\($0.location): \($0.reason)" }
            waivers = result.waivers.map { "\($0.location): \($0.reason)" }
        }
    }

    struct CounterexampleJSON: Encodable {
        struct Step: Encodable {
            let level: String
            let index: Int
            let entry: String
        }
        let reason: String
        let location: String
        let space: String?
        let derivedThrough: [String]
        let virtualAddress: String?
        /// The symbol at or below the VA, when the spec has a symbol map.
        let virtualSymbol: String?
        let pageSize: String?
        let walk: [Step]
        let flags: String?
        let physicalAddress: String?
        /// The symbol stored in the frame, when an imported mapping names it.
        let physicalSymbol: String?
        let frame: String?
        let frameOffset: String?
        let label: String?
        let labelLocation: String?
        struct TraceStepJSON: Encodable {
            let step: Int
            let kind: String
            let text: String
            let location: String?
            let cpl: Int
            let cr3Root: String
            let table: String
            let pcid: String
            let rsp: String
            let stack: String
            let gs: String
            let accesses: [String]
        }
        let parameters: [String: String]
        let indices: [String: String]
        let trace: [TraceStepJSON]
        /// Entry/exit traces: where the trace starts (as `--entry` takes it) and the values the
        /// solver chose for the path's open inputs, so `isocheck replay` can re-run it on numbers.
        let entryPoint: String?
        let inputs: [String: String]?
        init(_ counterexample: Counterexample) {
            entryPoint = counterexample.entryPoint
            inputs = counterexample.trace.isEmpty ? nil : Dictionary(uniqueKeysWithValues: counterexample.inputs.map { ($0.name, hex($0.value)) })
            trace = counterexample.trace.map {
                TraceStepJSON(step: $0.step, kind: $0.kind, text: $0.text, location: $0.location?.description, cpl: $0.cpl,
                              cr3Root: hex($0.cr3), table: $0.table, pcid: hex($0.pcid), rsp: hex($0.rsp), stack: $0.stack,
                              gs: $0.gs, accesses: $0.accesses)
            }
            reason = counterexample.reason
            location = counterexample.location.description
            space = counterexample.space
            derivedThrough = counterexample.derivedThrough.map(\.description)
            virtualAddress = counterexample.virtualAddress.map(hex)
            virtualSymbol = counterexample.virtualSymbol
            pageSize = counterexample.pageSize?.description
            walk = counterexample.walk.map { Step(level: $0.level, index: $0.index, entry: $0.entry) }
            flags = counterexample.flags
            physicalAddress = counterexample.physicalAddress.map(hex)
            physicalSymbol = counterexample.physicalSymbol
            frame = counterexample.frame?.frame
            frameOffset = counterexample.frame.map { hex($0.offset) }
            label = counterexample.frame?.label
            labelLocation = counterexample.frame?.labelLocation?.description
            parameters = Dictionary(uniqueKeysWithValues: counterexample.parameters.map { ($0.name, hex($0.value)) })
            // Index names can repeat across binders (two `i`s); keep the first.
            indices = Dictionary(counterexample.indices.map { ($0.name, String($0.value)) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
