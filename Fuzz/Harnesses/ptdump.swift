// libFuzzer harness for the ptdump text reader: arbitrary bytes, decoded as UTF-8 as
// `PtdumpParser.parse(contentsOfFile:)` decodes a file, then the listing is read the way a
// layout check reads it. A thrown ImportError is the normal outcome for bad input (it is
// rendered as the CLI would); only a trap, a sanitizer report, a hang or a memory blow-up
// is a finding.
#if canImport(Glibc)
import Glibc
#endif
import IsocheckDiagnostics
import IsocheckImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPtdump(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let listing = try PtdumpParser.parse(text, path: "fuzz.txt")
        var checksum: UInt64 = 0
        for range in listing.presentRanges {
            checksum &+= range.lastAddress &+ UInt64(range.attributes?.description.utf8.count ?? 0)
            checksum &+= UInt64(range.level.rawValue.utf8.count) &+ UInt64(range.region?.utf8.count ?? 0)
        }
        for skip in listing.skips { checksum &+= skip.count &+ (skip.afterAddress ?? 0) }
        for marker in listing.regionMarkers { checksum &+= UInt64(marker.location.line) }
        report("\(listing.ranges.count) ranges, \(listing.regionMarkers.count) markers, \(listing.skips.count) skips")
        blackHole(checksum)
    } catch {
        let rendered = DiagnosticRenderer(sources: [SourceFile(path: "fuzz.txt", text: text)]).render(error.diagnostic)
        report(rendered)
        blackHole(UInt64(rendered.utf8.count &+ error.description.utf8.count))
    }
    return 0
}
