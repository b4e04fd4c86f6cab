import IsocheckChecker
import IsocheckModel
import XCTest

/// no-user-access-to-kernel, no-stale-kernel-tlb and well-formed-layout, each with a case that
/// must be violated and one that must hold.
final class OtherLayoutPropertyTests: XCTestCase {
    func testUserBitOnSecretIsViolatedAndOnOwnedPageHolds() throws {
        let result = try checkSpec("""
            principal proc[p < 2]
            frame kdata size 4K secret
            frame ubuf[p < 2] at 0x200000000 stride 4K size 4K owned by proc[p]
            space kernel kernel {
              map 0x7f0000000000 .. +4K -> ubuf[1] rw user
              map 0xffff888000000000 .. +4K -> kdata rw user
            }
            """)
        let property = try XCTUnwrap(result.result(.noUserAccessToKernel))
        XCTAssertEqual(property.status, .violated)
        XCTAssertEqual(property.obligations, 2)
        XCTAssertEqual(property.counterexamples.map(\.virtualAddress), [0xffff_8880_0000_0000])
    }

    func testGlobalSecretNeedsPGEAndAUserTable() throws {
        let spec = { (cr4: String, user: String) in basicFrames + """
            space kernel kernel {
              map 0xffffffff81000000 .. +4K -> secret_page global
            }
            \(user)
            cpu {
              cr4 \(cr4)
            }
            """ }
        let userSpace = "space user user of task {\n  map 0x1000 .. +4K -> public_page\n}"
        XCTAssertEqual(try checkSpec(spec("pge", userSpace)).status(.noStaleKernelTLB), .violated)
        XCTAssertEqual(try checkSpec(spec("smep", userSpace)).status(.noStaleKernelTLB), .notApplicable, "G is ignored without CR4.PGE")
        XCTAssertEqual(try checkSpec(spec("pge", "")).status(.noStaleKernelTLB), .notApplicable, "no user table to leak into")
    }

    func testPGEIsOnWhenNoCPUBlockIsGiven() throws {
        let result = try checkSpec(basicFrames + """
            space kernel kernel {
              map 0xffffffff81000000 .. +4K -> secret_page global
            }
            space user user of task {
              map 0x1000 .. +4K -> public_page
            }
            """)
        XCTAssertEqual(result.status(.noStaleKernelTLB), .violated)
    }

    func testGlobalMappingOfOwnedFrameIsViolated() throws {
        // A global entry for one process's page outlives the switch to another process's table.
        let result = try checkSpec("""
            principal proc[p < 2]
            frame ubuf[p < 2] at 0x200000000 stride 4K size 4K owned by proc[p]
            space user[p < 2] user of proc[p] {
              map 0x400000 .. +4K -> ubuf[p] rw user global
            }
            """)
        XCTAssertEqual(result.status(.noStaleKernelTLB), .violated)
        XCTAssertEqual(result.status(.noSecretInUser), .proved)
    }

    func testNonCanonicalAndWrappingMappingsAreMalformed() throws {
        for (range, fragment) in [
            ("0x0000800000000000 .. +4K", "not canonical"),
            ("0x00007ffffffff000 .. +8K", "not canonical"),
            ("0xfffffffffffff000 .. +8K", "wraps"),
            ("0x1800 .. +4K", "not aligned"),
            ("0x1000 .. +0x1800", "not a multiple"),
        ] {
            let result = try checkSpec(basicFrames + "space user user of task {\n  map \(range) -> public_page\n}\n")
            XCTAssertEqual(result.status(.wellFormedLayout), .violated, range)
            let reason = result.result(.wellFormedLayout)?.counterexamples.first?.reason ?? ""
            XCTAssertTrue(reason.contains(fragment), "\(range): \(reason)")
        }
    }

    func testUpperHalfCanonicalMappingIsWellFormed() throws {
        let result = try checkSpec(basicFrames + "space user user of task {\n  map 0xffff800000000000 .. +4K -> public_page\n}\n")
        XCTAssertEqual(result.status(.wellFormedLayout), .proved)
    }

    func testFrameFamilyThatOverlapsItselfIsMalformed() throws {
        let spec = { (stride: String) in """
            param n : u64 where n >= 1 && n <= 4
            principal task
            frame f[i < n] at 0x10000 stride \(stride) size 8K public
            space user user of task {
              map 0x1000 .. +4K -> f[0]
            }
            """ }
        XCTAssertEqual(try checkSpec(spec("8K")).status(.wellFormedLayout), .proved)
        let overlapping = try checkSpec(spec("4K"))
        XCTAssertEqual(overlapping.status(.wellFormedLayout), .violated)
        let counterexample = try XCTUnwrap(overlapping.result(.wellFormedLayout)?.counterexamples.first)
        XCTAssertTrue(counterexample.reason.contains("smaller than the member size"), counterexample.reason)
        // Even one member is malformed: the closed-form member index looks one stride far, so
        // bytes past the stride would fall outside the frame (found by the differential test).
        XCTAssertEqual(counterexample.parameters.first?.value, 1)
        XCTAssertEqual(overlapping.status(.noSecretInUser), .unknown, "no other verdict is proved on a malformed layout")
    }

    func testFamilyIndexOutOfRangeIsMalformed() throws {
        let result = try checkSpec("""
            param n : u64 where n >= 1 && n <= 4
            principal task
            frame f[i < n] at 0x10000 stride 4K size 4K public
            space user user of task {
              map 0x1000 .. +4K -> f[n]
            }
            """)
        XCTAssertEqual(result.status(.wellFormedLayout), .violated)
    }
}
