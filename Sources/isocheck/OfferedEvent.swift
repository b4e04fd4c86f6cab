import ArgumentParser

/// One `--event` value: the asynchronous events offered at instruction boundaries. Only the
/// vectors the checker can offer are accepted, so a typo cannot silently offer nothing.
struct OfferedEvent {
    let vectors: Set<UInt64>

    static let accepted = "nmi, mc, db, intr (every external interrupt, vector >= 32) or a vector number 1, 2, 18 or 32-255"

    init(_ text: String) throws {
        switch text.lowercased() {
        case "nmi": vectors = [2]
        case "mc": vectors = [18]
        case "db": vectors = [1]
        case "intr": vectors = Set(32...255)
        default:
            let number = text.lowercased().hasPrefix("0x") ? UInt64(text.dropFirst(2), radix: 16) : UInt64(text)
            guard let vector = number, [1, 2, 18].contains(vector) || (32...255).contains(vector) else {
                throw ValidationError("--event must be \(Self.accepted), got '\(text)'")
            }
            vectors = [vector]
        }
    }

    /// The union of every `--event`; nil (every event) when none was given.
    static func vectors(_ values: [String]) throws -> Set<UInt64>? {
        guard !values.isEmpty else { return nil }
        return try values.reduce(into: Set<UInt64>()) { $0.formUnion(try OfferedEvent($1).vectors) }
    }
}
