import Foundation
import IsocheckDiagnostics

/// Reads ptdump text (see `PtdumpListing`). Strict about what the kernel prints, so a line that
/// is not ptdump is an error at its line and column rather than a range silently dropped.
public enum PtdumpParser {
    public static func parse(contentsOfFile path: String) throws(ImportError) -> PtdumpListing {
        try parse(try readText(path), path: path)
    }

    public static func parse(_ text: String, path: String) throws(ImportError) -> PtdumpListing {
        let source = SourceFile(path: path, text: text)
        var ranges: [PtdumpRange] = []
        var markers: [PtdumpRegionMarker] = []
        var skips: [PtdumpSkip] = []
        var lineStart = 0
        let bytes = source.bytes
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            var scanner = LineScanner(source: source, start: lineStart, end: lineEnd)
            defer { lineStart = lineEnd + 1 }
            if scanner.isBlank { continue }
            if scanner.startsWith("---[") {
                markers.append(try scanner.regionMarker())
            } else if scanner.startsWith("...") {
                skips.append(try scanner.skip(after: ranges.last.map { $0.start &+ $0.byteCount }))
            } else {
                ranges.append(try scanner.range(region: markers.last?.name))
            }
        }
        return PtdumpListing(path: path, ranges: ranges, regionMarkers: markers, skips: skips)
    }
}

/// Reads a whole text file for the text readers (they are small: a few MB at most).
func readText(_ path: String) throws(ImportError) -> String {
    do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return String(decoding: data, as: UTF8.self)
    } catch {
        throw ImportError(file: path, position: nil, .cannotOpen(reason: error.localizedDescription))
    }
}

/// A cursor over one line of ptdump text.
private struct LineScanner {
    let source: SourceFile
    var position: Int
    let end: Int

    init(source: SourceFile, start: Int, end: Int) {
        self.source = source
        self.position = start
        var end = end
        if end > start && source.bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        self.end = end
    }

    private var bytes: [UInt8] { source.bytes }

    var isBlank: Bool { (position..<end).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 } }

    func startsWith(_ prefix: String) -> Bool {
        let utf8 = Array(prefix.utf8)
        return end - position >= utf8.count && Array(bytes[position..<position + utf8.count]) == utf8
    }

    func error(at offset: Int, _ message: Diagnostic.Message) -> ImportError {
        ImportError(file: source.path, position: .text(source.location(at: offset)), message)
    }

    mutating func skipSpaces() {
        while position < end && (bytes[position] == 0x20 || bytes[position] == 0x09) { position += 1 }
    }

    /// The next run of non-blank bytes, and where it starts.
    mutating func word() -> (text: String, offset: Int)? {
        skipSpaces()
        guard position < end else { return nil }
        let start = position
        while position < end && bytes[position] != 0x20 && bytes[position] != 0x09 { position += 1 }
        return (String(decoding: bytes[start..<position], as: UTF8.self), start)
    }

    /// `---[ NAME ]---`
    mutating func regionMarker() throws(ImportError) -> PtdumpRegionMarker {
        let start = position
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        let nameStart = text.utf8.index(text.startIndex, offsetBy: 5, limitedBy: text.endIndex) ?? text.endIndex
        guard text.hasPrefix("---[ "), let close = text.range(of: " ]---", options: .backwards),
              close.upperBound == text.endIndex, close.lowerBound > nameStart
        else {
            throw error(at: start, .ptdumpExpected("a region marker '---[ NAME ]---'"))
        }
        let name = String(text[nameStart..<close.lowerBound])
        return PtdumpRegionMarker(name: name, location: source.location(at: start))
    }

    /// `... N entries skipped ...`
    mutating func skip(after address: UInt64?) throws(ImportError) -> PtdumpSkip {
        let start = position
        _ = word()  // the leading "..."
        let number = word()
        guard let number, let count = UInt64(number.text) else {
            throw error(at: number?.offset ?? position, .ptdumpExpected("the number of skipped entries after '...'"))
        }
        guard let noun = word(), noun.text == "entries" || noun.text == "entry",
              let verb = word(), verb.text == "skipped", let dots = word(), dots.text == "...", word() == nil
        else {
            throw error(at: start, .ptdumpExpected("'... N entries skipped ...'"))
        }
        return PtdumpSkip(count: count, afterAddress: address, location: source.location(at: start))
    }

    /// `0xSTART-0xEND  SIZE  [ATTRIBUTES] LEVEL`
    mutating func range(region: String?) throws(ImportError) -> PtdumpRange {
        let lineStart = position
        let start = try address()
        guard position < end, bytes[position] == UInt8(ascii: "-") else {
            throw error(at: position, .ptdumpExpected("'-' between the start and end addresses"))
        }
        position += 1
        let endAddress = try address()
        // The last range of the address space ends at 2^64, which prints as 0.
        let byteCount = endAddress &- start
        guard byteCount != 0, endAddress == 0 || endAddress > start else {
            throw error(at: lineStart, .ptdumpEmptyRange(start: start, end: endAddress))
        }
        try size(matching: byteCount)
        var words: [(text: String, offset: Int)] = []
        while let next = word() { words.append(next) }
        guard let last = words.last, let level = PtdumpLevel(rawValue: last.text) else {
            throw error(at: words.last?.offset ?? position, .ptdumpExpected("the level (pgd, p4d, pud, pmd or pte) at the end of the line"))
        }
        words.removeLast()
        let attributes = try Self.attributes(words, levelOffset: last.offset, scanner: self)
        return PtdumpRange(start: start, byteCount: byteCount, level: level, attributes: attributes, region: region,
                           location: source.location(at: lineStart))
    }

    private mutating func address() throws(ImportError) -> UInt64 {
        let start = position
        guard startsWith("0x") else {
            throw error(at: start, .ptdumpExpected("an address such as 0xffffffff81000000"))
        }
        position += 2
        let digitsStart = position
        var value: UInt64 = 0
        while position < end, let digit = hexDigit(bytes[position]) {
            guard position - digitsStart < 16 else {
                throw error(at: start, .ptdumpExpected("an address of at most 16 hexadecimal digits"))
            }
            value = value << 4 | digit
            position += 1
        }
        guard position > digitsStart else {
            throw error(at: digitsStart, .ptdumpExpected("hexadecimal digits after '0x'"))
        }
        return value
    }

    /// ptdump prints `end - start` divided by 1024 while it divides evenly, with the unit.
    private mutating func size(matching byteCount: UInt64) throws(ImportError) {
        guard let token = word() else {
            throw error(at: position, .ptdumpExpected("the size of the range, such as 4K"))
        }
        let units: [Character] = ["B", "K", "M", "G", "T", "P", "E"]
        guard let unit = token.text.last, let power = units.firstIndex(of: unit),
              let number = UInt64(token.text.dropLast())
        else {
            throw error(at: token.offset, .ptdumpExpected("a size such as 4K, 2M or 512G"))
        }
        let (scaled, overflow) = number.multipliedReportingOverflow(by: UInt64(1) << (10 * UInt64(power)))
        guard !overflow, scaled == byteCount else {
            throw error(at: token.offset, .ptdumpSizeMismatch(printed: token.text, byteCount: byteCount))
        }
    }

    private func hexDigit(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// printk_prot() prints, in this order: USR? (RW|ro) PWT? PCD? PSE? PAT? GLB? (NX|x).
    private static let vocabulary: [(word: String, rank: Int, attribute: PtdumpAttributes)] = [
        ("USR", 0, .user), ("RW", 1, .writable), ("ro", 1, []), ("PWT", 2, .writeThrough), ("PCD", 3, .cacheDisabled),
        ("PSE", 4, .largePage), ("PAT", 5, .pat), ("GLB", 6, .global), ("NX", 7, .noExecute), ("x", 7, []),
    ]

    private static func attributes(_ words: [(text: String, offset: Int)], levelOffset: Int,
                                   scanner: LineScanner) throws(ImportError) -> PtdumpAttributes? {
        guard !words.isEmpty else { return nil }  // not present
        var attributes: PtdumpAttributes = []
        var lastRank = -1
        var sawAccess = false
        for word in words {
            guard let known = vocabulary.first(where: { $0.word == word.text }) else {
                throw scanner.error(at: word.offset, .ptdumpUnknownAttribute(word.text))
            }
            if known.rank <= lastRank {
                throw scanner.error(at: word.offset, .ptdumpAttributeOutOfOrder(word.text))
            }
            if known.rank > 1 && !sawAccess {
                throw scanner.error(at: word.offset, .ptdumpExpected("RW or ro before '\(word.text)'"))
            }
            sawAccess = sawAccess || known.rank == 1
            lastRank = known.rank
            attributes.insert(known.attribute)
        }
        guard sawAccess else {
            throw scanner.error(at: levelOffset, .ptdumpExpected("RW or ro in a present range"))
        }
        guard lastRank == 7 else {
            throw scanner.error(at: levelOffset, .ptdumpExpected("NX or x before the level"))
        }
        return attributes
    }
}
