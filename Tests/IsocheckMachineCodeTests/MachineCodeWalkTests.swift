import IsocheckImport
import IsocheckModel
import X86Decoding
import XCTest

/// Control flow through the captured bytes decides what runs: the same CR3 switch is in the
/// syscall entry of every configuration, and only the boot-time patched jump says whether it
/// executes.
final class MachineCodeWalkTests: XCTestCase {
    func walk(_ configuration: String, from symbol: String) throws -> (CapturedCode, MachineCodeWalk) {
        let code = try CodeData.code(configuration)
        let entry = try XCTUnwrap(code.symbol(named: symbol), "\(symbol) in \(configuration)")
        return (code, MachineCodeWalk(code: code, walked: ["entry-text", "thunks-text"], entries: [entry.address]))
    }

    func cr3Writes(_ walk: MachineCodeWalk) -> [DecodedInstruction] {
        walk.ordered.filter { $0.mnemonic == "mov" && $0.text.hasSuffix(", %cr3") }
    }

    func testSyscallEntryWithPTISwitchesCR3BeforeCallingDoSyscall64() throws {
        let (code, walk) = try walk("pti-on", from: "entry_SYSCALL_64")
        XCTAssertTrue(walk.problems.isEmpty, "\(walk.problems)")
        let writes = cr3Writes(walk)
        XCTAssertEqual(writes.map { code.describe($0.address) }.first, "entry_SYSCALL_64+0x1d",
                       "the kernel CR3 is loaded by SWITCH_TO_KERNEL_CR3")
        XCTAssertTrue(writes.contains { code.describe($0.address).hasPrefix("syscall_return_via_sysret") },
                      "the user CR3 is loaded on the SYSRET exit: \(writes.map { code.describe($0.address) })")
        let calls = walk.exits.compactMap { if case .call(let from, let to) = $0 { (from, to) } else { nil } }
        let doSyscall = try XCTUnwrap(calls.first { code.describe($0.0) == "entry_SYSCALL_64_after_hwframe+0x69" })
        XCTAssertEqual(doSyscall.1, 0xffff_ffff_86c4_3dc0, "do_syscall_64, in .noinstr.text")
        XCTAssertLessThan(writes[0].address, doSyscall.0)
        XCTAssertTrue(walk.instructions.values.contains { $0.mnemonic == "sysret" })
        XCTAssertTrue(walk.instructions.values.contains { $0.mnemonic == "iretq" },
                      "the slow exit through swapgs_restore_regs_and_return_to_usermode")
        XCTAssertFalse(walk.instructions.values.contains { $0.mnemonic == "int3" }, "no path runs into padding")
    }

    func testSyscallEntryWithoutPTIJumpsOverTheCR3Switch() throws {
        let (code, walk) = try walk("nopti", from: "entry_SYSCALL_64")
        XCTAssertTrue(walk.problems.isEmpty, "\(walk.problems)")
        XCTAssertEqual(cr3Writes(walk).map { code.describe($0.address) }, [],
                       "nopti patches a jump over every CR3 switch of this path")
        let cr3Bytes = code.blobs[0].bytes.indices.filter { index in
            index + 2 < code.blobs[0].bytes.count && code.blobs[0].bytes[index...index + 2].elementsEqual([0x0f, 0x22, 0xdc])
        }
        XCTAssertFalse(cr3Bytes.isEmpty, "the mov %rsp,%cr3 bytes are still in nopti's entry text")
        XCTAssertTrue(walk.instructions.values.contains { $0.mnemonic == "sysret" })
    }

    func testEveryIDTStubOfPTIOnIsWalkedWithoutDecodeProblems() throws {
        let code = try CodeData.code("pti-on")
        let stubs = code.gates.filter { code.blob(containing: $0.handler)?.name == "entry-text" }
        XCTAssertGreaterThan(stubs.count, 30)
        let walk = MachineCodeWalk(code: code, walked: ["entry-text", "thunks-text"], entries: stubs.map(\.handler))
        XCTAssertTrue(walk.problems.isEmpty, "\(walk.problems)")
        XCTAssertFalse(walk.instructions.values.contains { $0.mnemonic == "int3" })
        XCTAssertGreaterThan(walk.instructions.count, 300)
    }

    /// Issue 9 asks whether any path reaches the return thunks, which pti-on's user table does
    /// not map. From every entry point of pti-on, only `its_return_thunk` is reached, and only
    /// from the two `ret`s of error_entry that boot patching turned into jumps. Whether CR3 is
    /// the kernel's there is the executor's question; this pins where the question arises.
    func testOnlyErrorEntryReachesTheReturnThunksInPTIOn() throws {
        let code = try CodeData.code("pti-on")
        let entries = [try XCTUnwrap(code.lstar)] + code.gates.map(\.handler).filter { code.blob(containing: $0)?.name == "entry-text" }
        let walk = MachineCodeWalk(code: code, walked: ["entry-text", "thunks-text"], entries: entries)
        let thunks = try code.blob(named: "thunks-text")
        let reachedThunks = walk.ordered.filter { thunks.contains($0.address) }
        XCTAssertEqual(reachedThunks.map { code.describe($0.address) + " " + $0.text }, ["its_return_thunk ret"])
        let jumpsIn = walk.ordered.filter { $0.branchTarget.map(thunks.contains) ?? false }
        XCTAssertEqual(jumpsIn.map { code.describe($0.address) }, ["error_entry+0x93", "error_entry+0xd4"])
    }
}
