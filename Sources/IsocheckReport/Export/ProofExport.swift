import Foundation
import IsocheckChecker
import IsocheckDiagnostics
import IsocheckModel

/// `isocheck export-smt`: every answer the run's verdicts rest on, one standalone SMT-LIB2 file
/// each, plus a manifest of what each file is and the answer isocheck acted on, so the verdicts
/// can be re-checked by solvers other than the Z3 that produced them.
///
/// Layout: DIR/<spec path without .isospec>/<item>/<NNNN>.smt2 and DIR/manifest.json.
public struct ProofExport {
    public struct Entry: Codable, Equatable, Sendable {
        public let file: String
        public let spec: String
        public let item: String
        public let property: String?
        public let purpose: String
        public let location: String?
        public let expected: String
    }

    public struct Manifest: Codable, Equatable, Sendable {
        public var version = 1
        /// The --event-depth of the run whose obligations these are; absent when each spec used
        /// its own bound.
        public let eventDepth: Int?
        public let obligations: [Entry]
    }

    public let manifest: Manifest
    /// File contents by path relative to the export folder.
    public let files: [(path: String, text: String)]

    public init(run: CheckRun, eventDepth: Int?) {
        var entries: [Entry] = []
        var files: [(String, String)] = []
        for spec in run.results {
            let specFolder = Self.folderName(forSpec: spec.path)
            for part in spec.parts {
                let itemFolder = Self.slug(part.item.description)
                for (number, obligation) in part.proofs.enumerated() {
                    let path = "\(specFolder)/\(itemFolder)/\(String(format: "%04d", number + 1)).smt2"
                    let location = obligation.location?.description
                    var header = [
                        "; isocheck proof obligation",
                        "; spec: \(spec.path)",
                        "; item: \(part.item)",
                        "; property: \(obligation.property?.rawValue ?? "(exploration)")",
                        "; purpose: \(obligation.purpose)",
                    ]
                    if let location { header.append("; at: \(location)") }
                    header.append("; expected: \(obligation.expected.rawValue)")
                    files.append((path, Self.comment(header) + obligation.smtlib + (obligation.smtlib.hasSuffix("\n") ? "" : "\n")))
                    entries.append(Entry(
                        file: path, spec: spec.path, item: part.item.description, property: obligation.property?.rawValue,
                        purpose: obligation.purpose, location: location, expected: obligation.expected.rawValue))
                }
            }
        }
        manifest = Manifest(eventDepth: eventDepth, obligations: entries)
        self.files = files
    }

    /// Comment lines must not break out of the comment: one physical line each.
    static func comment(_ lines: [String]) -> String {
        lines.map { $0.replacingOccurrences(of: "\n", with: " ") + "\n" }.joined()
    }

    /// `Specs/trampoline/kpti-trampoline.isospec` -> `Specs/trampoline/kpti-trampoline`; no
    /// absolute or parent components, so an export never writes outside its folder.
    static func folderName(forSpec path: String) -> String {
        let components = path.split(separator: "/").filter { $0 != "." && $0 != ".." }.map(String.init)
        var joined = components.joined(separator: "/")
        if joined.hasSuffix(".isospec") { joined.removeLast(".isospec".count) }
        return joined.isEmpty ? "spec" : joined
    }

    static func slug(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" ? $0 : "-" })
    }

    public func manifestJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(manifest), as: UTF8.self) + "\n"
    }

    /// Writes the export into `folder`, first removing the files an earlier export listed in its
    /// manifest there, so a regenerated export holds exactly the current obligations.
    public func write(to folder: URL) throws {
        let fileManager = FileManager.default
        let manifestURL = folder.appendingPathComponent("manifest.json")
        if let data = try? Data(contentsOf: manifestURL),
           let old = try? JSONDecoder().decode(Manifest.self, from: data) {
            for entry in old.obligations {
                try? fileManager.removeItem(at: folder.appendingPathComponent(entry.file))
            }
        }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try Data(try manifestJSON().utf8).write(to: manifestURL)
    }
}
