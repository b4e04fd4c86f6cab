import IsocheckChecker
import XCTest

/// Queries about mappings at constant physical ranges carry only the frames that can own their
/// bytes. These layouts are where leaving a frame out would be wrong: a large frame that starts
/// far below the mapping, overlapping frames, a gap between frames, and a frame family. Memory
/// outside every frame is public here, so a secret frame wrongly left out would prove.
final class FrameIndexTests: XCTestCase {
    func verdict(_ body: String) throws -> PropertyStatus? {
        try checkSpec("memory default public\nprincipal task\n" + body + "\ncpu {\n  cr4 smep\n}\n").status(.noSecretInUser)
    }

    func testAFrameStartingFarBelowTheMappingStillOwnsItsBytes() throws {
        XCTAssertEqual(try verdict("""
            frame big at 0x0 size 1G secret
            frame far at 0x100000000 size 4K public
            space user user of task {
              map 0x400000 .. +4K -> phys 0x3ff00000
              map 0x500000 .. +4K -> far
            }
            """), .violated, "0x3ff00000 lies in `big`, 1 GiB long, starting at 0")
    }

    func testOverlappingFramesErOnTheSafeSide() throws {
        XCTAssertEqual(try verdict("""
            frame big at 0x0 size 1G secret
            frame window at 0x10000000 size 4K public
            space user user of task {
              map 0x400000 .. +4K -> window
            }
            """), .violated, "the public window lies inside a secret frame")
    }

    func testAGapBetweenFramesTakesTheDefaultLabel() throws {
        XCTAssertEqual(try checkSpec("""
            principal task
            frame low at 0x1000 size 4K public
            frame high at 0x3000 size 4K public
            space user user of task {
              map 0x400000 .. +4K -> phys 0x2000
            }
            """).status(.noSecretInUser), .violated, "no frame holds 0x2000, and memory is secret by default")
        XCTAssertEqual(try verdict("""
            frame low at 0x1000 size 4K public
            frame high at 0x3000 size 4K public
            space user user of task {
              map 0x400000 .. +4K -> phys 0x1000
              map 0x500000 .. +4K -> high
            }
            """), .proved)
    }

    func testFrameFamiliesAreAlwaysConsidered() throws {
        XCTAssertEqual(try verdict("""
            param n : u64 where n >= 1 && n <= 4
            frame pages[i < n] at 0x100000 stride 8K size 4K secret
            frame other at 0x900000 size 4K public
            space user user of task {
              map 0x400000 .. +4K -> phys 0x102000
              map 0x500000 .. +4K -> other
            }
            """), .violated, "0x102000 is pages[1] whenever n >= 2")
    }
}
