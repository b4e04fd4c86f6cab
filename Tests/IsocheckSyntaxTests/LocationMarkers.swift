import XCTest

/// Location markers in the style of swift-syntax's test helpers: spec text carries emoji markers
/// (`1️⃣`, `2️⃣`, ...) where a diagnostic (or one of its notes) is expected. The markers are stripped
/// and each is turned into the 1-based line and column it stood at in the clean text, columns
/// counting characters as `SourceFile.location(at:)` does.
struct MarkedLocation: Equatable, CustomStringConvertible {
    let line: Int
    let column: Int
    var description: String { "\(line):\(column)" }
}

struct MarkedSource {
    /// The text with every marker removed.
    let text: String
    /// Marker name ("1️⃣") -> where it stood in `text`.
    let markers: [String: MarkedLocation]
}

enum LocationMarkerError: Error, CustomStringConvertible {
    case missing(String)
    case duplicate(String)

    var description: String {
        switch self {
        case .missing(let marker): "the spec has no \(marker) marker"
        case .duplicate(let marker): "the spec has more than one \(marker) marker"
        }
    }
}

let locationMarkerNames: [String] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

/// Strips every marker, recording where each stood. A marker given twice is an error.
func extractMarkers(_ marked: String) throws -> MarkedSource {
    var clean = ""
    var markers: [String: MarkedLocation] = [:]
    var line = 1
    var column = 1
    for character in marked {
        let text = String(character)
        if locationMarkerNames.contains(text) {
            guard markers[text] == nil else { throw LocationMarkerError.duplicate(text) }
            markers[text] = MarkedLocation(line: line, column: column)
            continue
        }
        clean.append(character)
        if character == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }
    return MarkedSource(text: clean, markers: markers)
}

/// The clean text and the location of its single `1️⃣` marker (exactly one is required).
func extractMarker(_ marked: String) throws -> (text: String, location: MarkedLocation) {
    let source = try extractMarkers(marked)
    guard let location = source.markers["1️⃣"] else { throw LocationMarkerError.missing("1️⃣") }
    return (source.text, location)
}

final class LocationMarkerTests: XCTestCase {
    func testMarkerAtStartOfFile() throws {
        let (text, location) = try extractMarker("1️⃣const X = 1")
        XCTAssertEqual(text, "const X = 1")
        XCTAssertEqual(location, MarkedLocation(line: 1, column: 1))
    }

    func testMarkerOnLaterLineCountsCharactersNotBytes() throws {
        let (text, location) = try extractMarker("a\n# é€\n  é1️⃣x")
        XCTAssertEqual(text, "a\n# é€\n  éx")
        XCTAssertEqual(location, MarkedLocation(line: 3, column: 4))
    }

    func testMarkerAtEndOfFileAfterNewline() throws {
        let (text, location) = try extractMarker("a\n1️⃣")
        XCTAssertEqual(text, "a\n")
        XCTAssertEqual(location, MarkedLocation(line: 2, column: 1))
    }

    func testSecondaryMarkers() throws {
        let source = try extractMarkers("1️⃣a\nb2️⃣c")
        XCTAssertEqual(source.text, "a\nbc")
        XCTAssertEqual(source.markers["1️⃣"], MarkedLocation(line: 1, column: 1))
        XCTAssertEqual(source.markers["2️⃣"], MarkedLocation(line: 2, column: 2))
    }

    func testMissingAndDuplicateMarkersAreRejected() {
        XCTAssertThrowsError(try extractMarker("no marker"))
        XCTAssertThrowsError(try extractMarker("1️⃣a 1️⃣b"))
    }
}
