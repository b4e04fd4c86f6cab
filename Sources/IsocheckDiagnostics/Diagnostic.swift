/// One finding about the input: the single type used by the parser, the elaborator, importers
/// and CLI misuse, so every front end renders and serialises errors the same way.
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case note, warning, error
        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A related place, e.g. the earlier declaration a duplicate clashes with.
    public struct Note: Hashable, Sendable {
        public let message: String
        public let location: SourceLocation?
        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public let severity: Severity
    public let message: Message
    /// Where the caret goes; nil only for problems with no file (a missing path, a bad flag).
    public let location: SourceLocation?
    public let notes: [Note]

    public init(_ severity: Severity, _ message: Message, at location: SourceLocation?, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    public static func error(_ message: Message, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    public static func warning(_ message: Message, at location: SourceLocation?, notes: [Note] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }
}

extension Diagnostic {
    /// A message with a stable, domain-qualified id ("parse.expected"), so tests assert by id
    /// and tools can filter on it while the wording stays free to improve.
    public struct Message: Hashable, Sendable, CustomStringConvertible {
        public let id: String
        public let text: String
        public init(id: String, _ text: String) {
            self.id = id
            self.text = text
        }
        public var description: String { text }
    }
}

/// Diagnostics that stop a run: thrown as one error so callers map it to exit status 2.
public struct DiagnosticsError: Error, Sendable {
    public let diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
