// libFuzzer harness for the System.map / kallsyms reader: arbitrary bytes, decoded as UTF-8
// as `SymbolMap(contentsOfFile:)` decodes a file, then the lookups a report makes. A thrown
// ImportError is the normal outcome for bad input (it is rendered as the CLI would); only a
// trap, a sanitizer report, a hang or a memory blow-up is a finding.
#if canImport(Glibc)
import Glibc
#endif
import IsocheckDiagnostics
import IsocheckImport

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSymbols(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        let map = try SymbolMap(parsing: text, path: "fuzz.map")
        var checksum: UInt64 = 0
        // Every symbol's own address, one byte past it and one byte before it, bounded so a
        // long map stays fast; the names a policy asks for; per-CPU offsets.
        for symbol in map.symbols.prefix(256) {
            for probe in [symbol.address, symbol.address &+ 1, symbol.address &- 1] {
                checksum &+= UInt64(map.nearestSymbol(atOrBelow: probe)?.description.utf8.count ?? 0)
                checksum &+= UInt64(map.nearestSymbol(atOrBelow: probe, maximumOffset: 0x1000)?.offset ?? 0)
                checksum &+= UInt64(map.nearestPerCPUSymbol(atOffset: probe)?.description.utf8.count ?? 0)
            }
            checksum &+= map.address(of: symbol.name) ?? 0
            checksum &+= UInt64(map.symbols(named: symbol.name).count)
            checksum &+= UInt64(symbol.module?.utf8.count ?? 0) &+ (symbol.isGlobal ? 1 : 0) &+ (symbol.isAbsolute ? 2 : 0)
        }
        for name in ["_text", "entry_SYSCALL_64", "__per_cpu_start", "__per_cpu_end", "cpu_tss_rw"] {
            checksum &+= map.address(of: name) ?? 0
        }
        for probe: UInt64 in [0, 1, 0x7fff_ffff_ffff, 0xffff_8000_0000_0000, 0xffff_ffff_8100_0000, .max] {
            checksum &+= UInt64(map.nearestSymbol(atOrBelow: probe)?.description.utf8.count ?? 0)
            checksum &+= UInt64(map.nearestPerCPUSymbol(atOffset: probe)?.description.utf8.count ?? 0)
        }
        report("\(map.symbols.count) symbols")
        blackHole(checksum)
    } catch {
        let rendered = DiagnosticRenderer(sources: [SourceFile(path: "fuzz.map", text: text)]).render(error.diagnostic)
        report(rendered)
        blackHole(UInt64(rendered.utf8.count &+ error.description.utf8.count))
    }
    return 0
}
