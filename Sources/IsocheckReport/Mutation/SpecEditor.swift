import IsocheckDiagnostics

/// Text edits at source ranges of one spec, each returning the whole edited text.
struct SpecEditor {
    let source: SourceFile
    var bytes: [UInt8] { Array(source.text.utf8) }

    init(source: SourceFile) { self.source = source }

    /// Whether `range` is text of this spec. Lifted machine code points into a listing of the
    /// capture, not into the spec: there is nothing there to edit.
    func holds(_ range: SourceRange) -> Bool {
        range.start.file == source.path && range.start.offset <= range.end.offset && range.end.offset <= bytes.count
    }

    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    func replacing(_ range: SourceRange, with replacement: String) -> String {
        replacing(range.start.offset..<range.end.offset, with: replacement)
    }

    func replacing(_ range: Range<Int>, with replacement: String) -> String {
        var edited = bytes
        edited.replaceSubrange(range, with: Array(replacement.utf8))
        return String(decoding: edited, as: UTF8.self)
    }

    func inserting(_ insertion: String, at location: SourceLocation) -> String { inserting(insertion, at: location.offset) }

    func inserting(_ insertion: String, at offset: Int) -> String { replacing(offset..<offset, with: insertion) }

    /// The byte offset of the last `}` inside `range` (a block's closing brace).
    func lastBrace(in range: SourceRange) -> Int? {
        (range.start.offset..<min(range.end.offset, bytes.count)).last { bytes[$0] == UInt8(ascii: "}") }
    }

    /// The first occurrence of `needle` inside `range`.
    func find(_ needle: String, in range: SourceRange) -> Range<Int>? {
        let pattern = Array(needle.utf8)
        let end = min(range.end.offset, bytes.count)
        guard end - range.start.offset >= pattern.count else { return nil }
        for start in range.start.offset...(end - pattern.count) where Array(bytes[start..<start + pattern.count]) == pattern {
            return start..<start + pattern.count
        }
        return nil
    }

    /// Where a `map` line's size expression ends: before ` page` or ` ->` (only a ` page`
    /// before the arrow counts: a frame may be called `page`).
    func sizeEnd(of range: SourceRange) -> Int? {
        guard let arrow = find(" ->", in: range) else { return nil }
        let head = SourceRange(start: range.start, end: SourceLocation(file: range.start.file, line: 0, column: 0, offset: arrow.lowerBound))
        return find(" page ", in: head)?.lowerBound ?? arrow.lowerBound
    }

    /// The expression of a `key = value` setting (up to a comment or the line's end).
    func valueRange(ofSetting key: SourceRange) -> Range<Int>? {
        var start = key.end.offset
        while start < bytes.count, bytes[start] != UInt8(ascii: "="), bytes[start] != UInt8(ascii: "\n") { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "=") else { return nil }
        start += 1
        while start < bytes.count, bytes[start] == UInt8(ascii: " ") { start += 1 }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\n"), bytes[end] != UInt8(ascii: "#") { end += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return start < end ? start..<end : nil
    }

    func value(ofSetting range: SourceRange) -> String? { valueRange(ofSetting: range).map(text) }
}
