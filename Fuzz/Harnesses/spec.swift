// libFuzzer harness for the spec front end: arbitrary bytes, decoded as UTF-8, go through the
// lexer, the parser and the elaborator (`Elaborator.load`, what the CLI calls per file), and
// every diagnostic is rendered as the CLI would print it. The CLI rejects a file that is not
// UTF-8 before this point; here invalid sequences become U+FFFD instead, a superset. Diagnostics are the
// normal outcome for bad input; only a trap, a sanitizer report, a hang or a memory blow-up
// is a finding.
#if canImport(Glibc)
import Glibc
#endif
import IsocheckDiagnostics
import IsocheckModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpec(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let source = SourceFile(path: specPath, text: String(decoding: bytes, as: UTF8.self))
    let (model, diagnostics) = Elaborator.load(source)
    let rendered = DiagnosticRenderer(sources: [source]).render(diagnostics)
    report("model: \(model != nil), \(diagnostics.count) diagnostics\n\(rendered)")
    // Keep the results alive so the optimiser cannot drop any of the work.
    blackHole(model != nil, rendered.utf8.count)
    return 0
}

/// Where the input pretends to be. A spec imports dumps (`symbols`, `space ... import core` or
/// `ptdump`) by paths relative to its own folder. run.sh copies small fixtures (`core`,
/// `ptdump`, `System.map`) to `$ISOCHECK_FUZZ_TMPDIR/spec/`, so imports elaborate on known
/// data, and a mutated `../` cannot reach the repository or the real captures in ../shared
/// (decompressing and walking those would take minutes). Without the variable the folder does
/// not exist and every relative import fails to open. An absolute path is still opened as written.
private let specPath: String = {
    if let folder = getenv("ISOCHECK_FUZZ_TMPDIR") {
        return String(cString: folder) + "/spec/fuzz.isospec"
    }
    return "/nonexistent-isocheck-fuzz/fuzz.isospec"
}()


@inline(never)
func blackHole(_ flag: Bool, _ count: Int) {
    if flag && count == Int.min { print("unreachable") }
}
