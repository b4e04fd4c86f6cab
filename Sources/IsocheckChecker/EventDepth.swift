import IsocheckDiagnostics

/// The bound on asynchronous events per path that a run used on one spec, and who chose it. A
/// verdict holds only up to this bound, so every report states it beside the verdict.
public struct EventDepth: Sendable, Equatable {
    /// DESIGN.md §4: nested events up to depth 2 unless the run or the spec says otherwise.
    public static let defaultDepth = 2

    public enum Origin: Sendable, Equatable {
        case commandLine
        case spec(reason: String, location: SourceLocation)
        case `default`
    }

    public let depth: Int
    public let origin: Origin

    public init(depth: Int, origin: Origin) {
        self.depth = depth
        self.origin = origin
    }

    /// "up to 1 asynchronous event per path (the spec's bound at FILE:LINE:COL: REASON)".
    public var description: String {
        let bound = depth == 0 ? "none offered (depth 0)" : "up to \(depth) asynchronous event\(depth == 1 ? "" : "s") per path"
        switch origin {
        case .commandLine: return "\(bound) (--event-depth)"
        case .spec(let reason, let location): return "\(bound) (the spec's bound at \(location): \(reason))"
        case .default: return "\(bound) (the default)"
        }
    }
}
