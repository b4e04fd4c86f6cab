import IsocheckDiagnostics

/// Messages of the captured-code reader (code.json and the blobs it names).
extension Diagnostic.Message {
    static func codeJSONInvalid(_ reason: String) -> Self {
        Self(id: "import.code.json-invalid", "not valid JSON: \(reason)")
    }
    static func codeFieldExpected(_ path: String, _ what: String) -> Self {
        Self(id: "import.code.field", "\(path): expected \(what)")
    }
    static func codeBlobSize(_ name: String, declared: Int, found: Int) -> Self {
        Self(id: "import.code.blob-size", "blob '\(name)' is declared as \(declared) bytes but its file holds \(found)")
    }
    static func codeBlobUnknown(_ name: String, known: [String]) -> Self {
        Self(id: "import.code.blob-unknown", "no blob named '\(name)'; the file has \(known.joined(separator: ", "))")
    }
}

extension Diagnostic.Message {
    public static func liftEntryMissing(_ what: String) -> Self {
        Self(id: "lift.entry-missing", "cannot start the walk: \(what)")
    }
}
