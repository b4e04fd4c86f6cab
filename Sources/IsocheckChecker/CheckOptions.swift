import IsocheckDiagnostics
import IsocheckModel

/// Solver budgets. The resource limit counts work, so a CI verdict under it does not depend
/// on the machine's load; the timeout is wall-clock. Running out of either is "unknown".
public struct CheckOptions: Sendable {
    public var timeoutMilliseconds: UInt32?
    public var resourceLimit: UInt32?
    /// How many asynchronous events one path may take, nested or in sequence (DESIGN.md §4).
    /// nil leaves it to the spec (`events depth`), and to `EventDepth.defaultDepth` when the
    /// spec says nothing.
    public var eventDepth: Int?
    /// Entry points to run, by name (`syscall`, `vector 2 from user`, `vector 2 from kernel`,
    /// `exit syscall_exit`); nil runs them all. A filtered run says so in its report.
    public var entryPoints: Set<String>?
    /// Asynchronous events offered at instruction boundaries, by vector; nil offers every one.
    /// Entry points are unaffected. A restricted run says so in its report: it proves nothing
    /// about the events it left out.
    public var offeredEvents: Set<UInt64>?
    /// Keep every solver answer a verdict rests on as a standalone SMT-LIB2 problem (export-smt).
    public var recordProofs = false
    /// The benchmark's baseline: every layout query tests membership in every frame, instead
    /// of only the frames a constant physical range can reach. Same verdicts, slower.
    public var naiveLayoutEncoding = false
    /// End the run at the first violation of one of these: mutation testing needs one
    /// counterexample, not all of them. The item that finds it stops exploring, and items not yet
    /// started are skipped. Every property they leave without a counterexample is unknown,
    /// never proved.
    public var stopAtViolationOf: Set<PropertyID> = []
    /// Check only the items these properties need, and well-formed-layout, on which every
    /// verdict relies; the other properties are absent from the result, neither proved nor
    /// violated. nil checks them all.
    public var onlyProperties: Set<PropertyID>?
    public init(timeoutMilliseconds: UInt32? = 30_000, resourceLimit: UInt32? = nil, eventDepth: Int? = nil, entryPoints: Set<String>? = nil,
                offeredEvents: Set<UInt64>? = nil) {
        self.timeoutMilliseconds = timeoutMilliseconds
        self.resourceLimit = resourceLimit
        self.eventDepth = eventDepth
        self.entryPoints = entryPoints
        self.offeredEvents = offeredEvents
    }

    /// The bound this run uses on `model`, and who chose it.
    public func eventDepth(for model: SystemModel) -> EventDepth {
        if let eventDepth { return EventDepth(depth: eventDepth, origin: .commandLine) }
        if let declared = model.eventDepth {
            return EventDepth(depth: declared.depth, origin: .spec(reason: declared.reason, location: declared.range.start))
        }
        return EventDepth(depth: EventDepth.defaultDepth, origin: .default)
    }

    /// Whether every entry point runs with every event offered: only then can a run tell that
    /// code is unreachable.
    public var coversEverything: Bool { entryPoints == nil && offeredEvents == nil }
}
