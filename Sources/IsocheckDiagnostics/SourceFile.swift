/// The text of one input file with its line table, so any byte offset can be turned into the
/// 1-based line and column a developer's editor shows.
public struct SourceFile: Sendable {
    public let path: String
    public let text: String
    /// UTF-8 bytes of `text`; offsets in `SourceLocation` index into these.
    public let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.bytes = Array(text.utf8)
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(index + 1)
        }
        self.lineStarts = starts
    }

    /// The location of a byte offset (clamped to the file).
    public func location(at offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        // Columns count characters, not bytes, so carets line up under non-ASCII text too.
        let lineStart = lineStarts[low]
        let prefix = bytes[lineStart..<clamped]
        let column = (String(decoding: prefix, as: UTF8.self).count) + 1
        return SourceLocation(file: path, line: low + 1, column: column, offset: clamped)
    }

    public func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(at: start), end: location(at: end))
    }

    /// The text of a 1-based line, without its newline.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
