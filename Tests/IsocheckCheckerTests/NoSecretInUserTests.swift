import IsocheckChecker
import IsocheckModel
import XCTest

/// Each known way a secret reaches a user table must give a counterexample; each safe twin proves.
final class NoSecretInUserTests: XCTestCase {
    func testDirectSecretMappingIsViolated() throws {
        let result = try checkSpec(basicFrames + """
            space user user of task {
              map 0x1000 .. +4K -> public_page
              map 0x2000 .. +4K -> secret_page
            }
            """)
        XCTAssertEqual(result.status(.noSecretInUser), .violated)
        XCTAssertEqual(result.result(.noSecretInUser)?.counterexamples.first?.virtualAddress, 0x2000)
    }

    func testPublicOnlyUserTableProves() throws {
        let result = try checkSpec(basicFrames + """
            space user user of task {
              map 0x1000 .. +4K -> public_page
            }
            """)
        XCTAssertEqual(result.status(.noSecretInUser), .proved)
    }

    func testAliasOfASecretFrameThroughPhysIsFound() throws {
        // Two names, one physical page: the alias through `phys` must be judged by the frame it hits.
        let result = try checkSpec("""
            principal task
            frame key at 0x5000 size 4K secret
            space user user of task {
              map 0x7000 .. +4K -> phys 0x5000
            }
            """)
        let counterexample = try XCTUnwrap(result.result(.noSecretInUser)?.counterexamples.first)
        XCTAssertEqual(counterexample.frame?.frame, "key")
    }

    func testAnotherProcessesPageIsViolatedAndOwnPageProves() throws {
        let spec = { (target: String) in """
            param nproc : u64 where nproc >= 1 && nproc <= 16
            principal proc[p < nproc]
            frame upage[p < nproc] at 0x100000 stride 4K size 4K owned by proc[p]
            space user[p < nproc] user of proc[p] {
              map 0x400000 .. +4K -> upage[\(target)] rw user
            }
            """ }
        XCTAssertEqual(try checkSpec(spec("p")).status(.noSecretInUser), .proved)
        let crossed = try checkSpec(spec("(p + 1) % nproc"))
        XCTAssertEqual(crossed.status(.noSecretInUser), .violated)
        let counterexample = try XCTUnwrap(crossed.result(.noSecretInUser)?.counterexamples.first)
        XCTAssertEqual(counterexample.parameters.first { $0.name == "nproc" }?.value, 2)
        XCTAssertEqual(counterexample.frame?.label, "owned by proc[1]")
    }

    func testMappingPastTheEndOfItsFrameReachesUndeclaredMemory() throws {
        let spec = { (defaultLabel: String) in """
            memory default \(defaultLabel)
            principal task
            frame page at 0x10000 size 4K public
            space user user of task {
              map 0x1000 .. +8K -> page
            }
            """ }
        let secret = try checkSpec(spec("secret"))
        XCTAssertEqual(secret.status(.noSecretInUser), .violated)
        XCTAssertEqual(secret.result(.noSecretInUser)?.counterexamples.first?.physicalAddress, 0x11000)
        XCTAssertNil(secret.result(.noSecretInUser)?.counterexamples.first?.frame?.frame)
        XCTAssertEqual(try checkSpec(spec("public")).status(.noSecretInUser), .proved)
    }

    func testByteSplitFrameLeaksThroughItsPage() throws {
        // NetBSD SVS: the last stack page may hold only the trapframe; if the rest of the page is
        // secret, mapping the page leaks it even though the trapframe itself is the thread's.
        let spec = { (split: String) in """
            principal thread
            frame kstack_last size 4K {
              \(split)
              0xf00 .. 4K: owned by thread
            }
            space user user of thread {
              map 0xfffffe8000000000 .. +4K -> kstack_last rw nx
            }
            """ }
        let leaky = try checkSpec(spec("0 .. 0xf00: secret"))
        XCTAssertEqual(leaky.status(.noSecretInUser), .violated)
        XCTAssertEqual(leaky.result(.noSecretInUser)?.counterexamples.first?.frame?.offset, 0, "the smallest leaking offset")
        XCTAssertEqual(try checkSpec(spec("0 .. 0xf00: owned by thread")).status(.noSecretInUser), .proved)
    }

    func testLaterSegmentOverridesTheFrameLabel() throws {
        let result = try checkSpec("""
            principal task
            frame mixed size 8K public {
              4K .. 8K: secret
            }
            space user user of task {
              map 0x1000 .. +4K -> mixed
              map 0x2000 .. +4K -> mixed + 4K
            }
            """)
        let counterexamples = try XCTUnwrap(result.result(.noSecretInUser)?.counterexamples)
        XCTAssertEqual(counterexamples.map(\.virtualAddress), [0x2000])
    }

    func testSymbolicSizeIsProvedUpToItsBoundAndViolatedBeyond() throws {
        let spec = { (bound: Int) in """
            param n : u64 where n <= \(bound)
            principal task
            frame buf size 16K public
            space user user of task {
              map 0x10000 .. +n * 4K -> buf
            }
            """ }
        XCTAssertEqual(try checkSpec(spec(4)).status(.noSecretInUser), .proved)
        let violated = try checkSpec(spec(5))
        XCTAssertEqual(violated.result(.noSecretInUser)?.counterexamples.first?.parameters.first?.value, 5)
    }

    func testPerCPUUserTablesKeepOnlyTheirOwnEntryArea() throws {
        // NetBSD-style per-CPU user tables derived with an indexed region.
        let spec = { (region: String) in """
            param ncpu : u64 where ncpu >= 1 && ncpu <= 64
            principal task
            frame pcpu[c < ncpu] at 0x400000 stride 64K size 64K {
              0 .. 4K: public
              4K .. 64K: secret
            }
            region entry_area[c < ncpu] = 0xfffffe0000000000 + c * 64K .. +4K
            region whole_area[c < ncpu] = 0xfffffe0000000000 + c * 64K .. +64K
            space kernel kernel {
              for c < ncpu {
                map 0xfffffe0000000000 + c * 64K .. +64K -> pcpu[c] rw nx
              }
            }
            space user[c < ncpu] user of task {
              from kernel only \(region)
            }
            """ }
        XCTAssertEqual(try checkSpec(spec("entry_area[c]")).status(.noSecretInUser), .proved)
        XCTAssertEqual(try checkSpec(spec("entry_area")).status(.noSecretInUser), .proved)
        let leaky = try checkSpec(spec("whole_area[c]"))
        XCTAssertEqual(leaky.status(.noSecretInUser), .violated)
        XCTAssertEqual(leaky.result(.noSecretInUser)?.counterexamples.first?.frame?.offset, 0x1000)
    }

    func testRestrictionKeepsWholeLeafPagesOnly() throws {
        // A region that ends inside a 4K page keeps that page; one that ends before it does not.
        let spec = { (regionEnd: String) in """
            principal task
            frame public_half size 4K public
            frame secret_next size 4K secret
            region trampoline = 0x1000 .. \(regionEnd)
            space kernel kernel {
              map 0x1000 .. +4K -> public_half
              map 0x2000 .. +4K -> secret_next
            }
            space user user of task {
              from kernel only trampoline
            }
            """ }
        XCTAssertEqual(try checkSpec(spec("0x2000")).status(.noSecretInUser), .proved)
        XCTAssertEqual(try checkSpec(spec("0x2001")).status(.noSecretInUser), .violated)
    }

    func testDerivedFromAFamilyInstantiatesTheIndex() throws {
        let spec = { (argument: String) in """
            param nproc : u64 where nproc >= 2 && nproc <= 8
            principal proc[p < nproc]
            frame upage[p < nproc] at 0x100000 stride 4K size 4K owned by proc[p]
            space base[p < nproc] kernel {
              map 0x400000 .. +4K -> upage[p] rw user
            }
            space user[p < nproc] user of proc[p] {
              from base[\(argument)]
            }
            """ }
        XCTAssertEqual(try checkSpec(spec("p")).status(.noSecretInUser), .proved)
        XCTAssertEqual(try checkSpec(spec("0")).status(.noSecretInUser), .violated)
    }
}
