/// Renders diagnostics the way compilers do: `file:line:col: error: message`, the source line,
/// and a caret under the column, so a developer can jump straight to the spot.
public struct DiagnosticRenderer {
    private let sources: [String: SourceFile]

    public init(sources: [SourceFile]) {
        var byPath: [String: SourceFile] = [:]
        for source in sources { byPath[source.path] = source }
        self.sources = byPath
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let prefix = diagnostic.location.map { "\($0): " } ?? "isocheck: "
        lines.append("\(prefix)\(diagnostic.severity.rawValue): \(diagnostic.message.text) [\(diagnostic.message.id)]")
        if let location = diagnostic.location { lines.append(contentsOf: excerpt(at: location)) }
        for note in diagnostic.notes {
            let notePrefix = note.location.map { "\($0): " } ?? ""
            lines.append("\(notePrefix)note: \(note.message)")
            if let location = note.location { lines.append(contentsOf: excerpt(at: location)) }
        }
        return lines.joined(separator: "\n")
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    private func excerpt(at location: SourceLocation) -> [String] {
        guard let source = sources[location.file] else { return [] }
        let text = source.lineText(location.line)
        // Tabs stay tabs in the caret line so the caret lines up in a terminal.
        let pad = text.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return ["    \(text)", "    \(pad)^"]
    }
}
