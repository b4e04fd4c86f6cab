import Foundation
import IsocheckImport
import XCTest

/// The kernel's own ptdump text of the captures, parsed and cross-checked against our walks.
final class CapturePtdumpTests: XCTestCase {
    private func ptdumpFiles(_ configuration: String) throws -> [String] {
        let folder = try CaptureData.path("\(configuration)/guest/ptdump")
        return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    }

    /// Every ptdump file of every capture parses, and its ranges tile the address space from 0
    /// to 2^64, except where ptdump says it skipped entries.
    func testEveryPtdumpFileParsesAndTilesTheAddressSpace() throws {
        var files = 0
        for configuration in CaptureData.configurations {
            for name in try ptdumpFiles(configuration) {
                let path = try CaptureData.path("\(configuration)/guest/ptdump/\(name)")
                let listing = try PtdumpParser.parse(contentsOfFile: path)
                files += 1
                XCTAssertEqual(listing.ranges.first?.start, 0, path)
                XCTAssertEqual(listing.ranges.last?.lastAddress, .max, path)
                XCTAssertEqual(listing.regionMarkers.first?.name, "User Space", path)
                let skippedAfter = Set(listing.skips.compactMap(\.afterAddress))
                for (previous, next) in zip(listing.ranges, listing.ranges.dropFirst()) {
                    let end = previous.lastAddress &+ 1
                    XCTAssertTrue(next.start == end || skippedAfter.contains(end),
                                  "\(path):\(next.location.line): gap after \(String(end, radix: 16))")
                }
            }
        }
        XCTAssertEqual(files, 44)
    }

    /// check.txt compares each ptdump taken around a snapshot with the walk of the same PGD
    /// (ranges merged by printed attributes and level; the ESPfix lines ptdump did not print
    /// left out). Our parser and walker must reach the same verdict on every one, including the
    /// two pti-on disagreements the README explains (a transient kernel stack of `cat`, freed
    /// before the snapshot), down to the range that differs.
    func testPtdumpAgreesWithTheWalkWhereTheChecksSay() throws {
        var comparisons = 0
        var differences = 0
        for configuration in CaptureData.configurations {
            for snapshot in CaptureData.snapshots {
                let meta = try CaptureData.meta(configuration, snapshot)
                let core = try ELFCore(path: try CaptureData.decompressed("\(configuration)/\(snapshot)/pgtables.elf.xz"))
                let walks = [
                    "user": try PageTableWalker(memory: core).walk(rootTable: try XCTUnwrap(hexValue(meta["user_pgd_pa"]))),
                    "kernel": try PageTableWalker(memory: core).walk(rootTable: try XCTUnwrap(hexValue(meta["kernel_pgd_pa"]))),
                ]
                for check in try PtdumpCheck.all(in: try CaptureData.text("\(configuration)/\(snapshot)/check.txt")) {
                    let where_ = "\(configuration)/\(snapshot) \(check.file) vs \(check.walk)"
                    let listing = try PtdumpParser.parse(contentsOfFile: try CaptureData.path("\(configuration)/guest/ptdump/\(check.file)"))
                    let result = PrintedRange.compare(listing, try XCTUnwrap(walks[check.walk]))
                    XCTAssertEqual(result.ptdumpCount, check.ptdumpCount, where_)
                    XCTAssertEqual(result.walkCount, check.walkCount, where_)
                    XCTAssertEqual(result.onlyInPtdump.isEmpty && result.onlyInWalk.isEmpty, check.agrees, where_)
                    XCTAssertEqual(result.onlyInPtdump.map(\.description), check.onlyInPtdump, where_)
                    XCTAssertEqual(result.onlyInWalk.map(\.description), check.onlyInWalk, where_)
                    comparisons += 1
                    if !check.agrees { differences += 1 }
                }
            }
        }
        XCTAssertEqual(comparisons, 48)
        XCTAssertEqual(differences, 2)
    }
}

/// One "ptdump (FILE) vs walker[user]: N ptdump ranges, M walker ranges ... -> AGREE" line of
/// check.txt, with the "only ptdump:" / "only walker:" lines under it.
private struct PtdumpCheck {
    let file: String
    let walk: String
    let ptdumpCount: Int
    let walkCount: Int
    let agrees: Bool
    var onlyInPtdump: [String] = []
    var onlyInWalk: [String] = []

    static func all(in text: String) throws -> [PtdumpCheck] {
        var checks: [PtdumpCheck] = []
        for line in text.split(separator: "\n") {
            if line.hasPrefix("ptdump (") {
                let words = line.split(separator: " ")
                checks.append(PtdumpCheck(file: String(words[1].dropFirst().dropLast()),
                                          walk: String(words[3].dropFirst("walker[".count).prefix { $0 != "]" }),
                                          ptdumpCount: Int(words[4]) ?? -1, walkCount: Int(words[7]) ?? -1,
                                          agrees: line.hasSuffix("-> AGREE")))
            } else if line.hasPrefix("   only ptdump: "), !checks.isEmpty {
                checks[checks.count - 1].onlyInPtdump.append(String(line.dropFirst("   only ptdump: ".count)))
            } else if line.hasPrefix("   only walker: "), !checks.isEmpty {
                checks[checks.count - 1].onlyInWalk.append(String(line.dropFirst("   only walker: ".count)))
            }
        }
        return checks
    }
}

/// A present range as ptdump prints it: attributes of the leaf entries and their level.
private struct PrintedRange: Hashable, Comparable, CustomStringConvertible {
    let start: UInt64
    var last: UInt64
    let attributes: PtdumpAttributes
    let level: PtdumpLevel

    static func < (lhs: PrintedRange, rhs: PrintedRange) -> Bool { (lhs.start, lhs.last) < (rhs.start, rhs.last) }

    /// check.txt's spelling: `0xSTART-0xEND attributes level`, END exclusive (2^64 in full).
    var description: String {
        let end = last == .max ? "0x10000000000000000" : "0x" + String(last + 1, radix: 16)
        return "0x\(String(start, radix: 16))-\(end) \(attributes) \(level.rawValue)"
    }

    /// Adjacent ranges with equal attributes and level become one.
    static func merged(_ ranges: [PrintedRange]) -> [PrintedRange] {
        var out: [PrintedRange] = []
        for range in ranges.sorted() {
            if let lastRange = out.last, lastRange.last != .max, lastRange.last + 1 == range.start,
               lastRange.attributes == range.attributes, lastRange.level == range.level {
                out[out.count - 1].last = range.last
            } else {
                out.append(range)
            }
        }
        return out
    }

    /// The comparison of extract.py's check_ptdump(): present ranges on both sides, merged,
    /// leaving out the part of the ESPfix area after ptdump's "entries skipped".
    static func compare(_ listing: PtdumpListing, _ walk: PageTableWalk)
        -> (ptdumpCount: Int, walkCount: Int, onlyInPtdump: [PrintedRange], onlyInWalk: [PrintedRange]) {
        let espfix: ClosedRange<UInt64> = 0xffff_ff00_0000_0000...0xffff_ff7f_ffff_ffff
        let excludedFrom = listing.skips.compactMap(\.afterAddress).filter { espfix.contains($0) }
        let kept = { (range: PrintedRange) in !excludedFrom.contains { $0 <= range.start && range.start <= espfix.upperBound } }
        let printed = merged(listing.presentRanges.map {
            PrintedRange(start: $0.start, last: $0.lastAddress, attributes: $0.attributes!, level: $0.level)
        }.filter(kept))
        let walked = merged(walk.runs.map {
            PrintedRange(start: $0.virtualAddress, last: $0.lastVirtualAddress,
                         attributes: PtdumpAttributes(leafEntry: $0.entry, size: $0.pageSize), level: PtdumpLevel(leafSize: $0.pageSize))
        }.filter(kept))
        let (printedSet, walkedSet) = (Set(printed), Set(walked))
        return (printed.count, walked.count, printedSet.subtracting(walkedSet).sorted(), walkedSet.subtracting(printedSet).sorted())
    }
}
