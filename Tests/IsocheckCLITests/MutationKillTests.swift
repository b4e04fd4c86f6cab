import Foundation
import XCTest

/// `isocheck mutate` (issue 7): every operator's mutants of the proved bundled specs are killed,
/// and a mutant that survives fails the command and is listed.
final class MutationKillTests: XCTestCase {
    func testEveryMutantOfTheProvedLayoutSpecsIsKilled() throws {
        let result = try runIsocheck(["mutate", "Specs/tutorial.isospec", "Specs/examples"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("Specs/tutorial.isospec\n  global-on-secret   3/3 killed"), result.stdout)
        XCTAssertTrue(result.stdout.contains("skipped: does not prove (no-secret-in-user violated)"), "broken examples are not mutated")
        XCTAssertFalse(result.stdout.contains("SURVIVED"))
        XCTAssertTrue(result.stdout.contains("mutants killed (100%)"), result.stdout)
    }

    func testASurvivingMutantFailsTheCommandAndIsListed() throws {
        // Widening the user page runs into public memory: no isolation is lost, so the mutant
        // survives, and the command must say so rather than pass.
        let spec = try temporarySpec("""
            principal task
            memory default public
            frame page at 0x200000 size 4K owned by task
            space user user of task {
              map 0x400000 .. +4K -> page user rw
            }
            """)
        let result = try runIsocheck(["mutate", spec])
        XCTAssertEqual(result.status, 1, result.stdout)
        XCTAssertTrue(result.stdout.contains("SURVIVED line 5: mapping one 4K page longer: nothing violated"), result.stdout)
        XCTAssertTrue(result.stdout.contains("widen-mapping      0/1 0%"), result.stdout)
        // Each mutant is told on standard error as it is decided, so a long run is not silent.
        XCTAssertTrue(result.stderr.contains(": proves ("), result.stderr)
        // Mutants run side by side, so lines are numbered in the order they finish.
        XCTAssertTrue(result.stderr.contains("; 2 mutants\n  [1/2] ") && result.stderr.contains("\n  [2/2] "), result.stderr)
        XCTAssertTrue(result.stderr.contains("/2] global-on-secret line 5: map ... -> page gets global: killed, no-stale-kernel-tlb violated at line 5 ("),
                      result.stderr)
        XCTAssertTrue(result.stderr.contains("/2] widen-mapping line 5: mapping one 4K page longer: SURVIVED, nothing violated ("), result.stderr)
        let quiet = try runIsocheck(["mutate", "--quiet", spec])
        XCTAssertEqual(quiet.status, 1, quiet.stdout)
        XCTAssertEqual(quiet.stderr, "")
        XCTAssertEqual(quiet.stdout, result.stdout, "progress lines must not reach the report")
    }

    func testCodeMutantsThatOnlyAnEventReachesAreKilledWithOne() throws {
        // At depth 0 an NMI from kernel proper already runs on the kernel table and GS base, so
        // dropping the handler's second swapgs or its CR3 restore changes nothing there: those
        // mutants die only when the NMI hits SYSCALL's entry or the SYSRET exit.
        let result = try runIsocheck(["mutate", try temporarySpec(Self.nmiWindows)])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("drop-cr3-write     6/6 killed (2 only with one event)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("drop-swapgs        6/6 killed (2 only with one event)"), result.stdout)
        XCTAssertTrue(result.stdout.contains("duplicate-swapgs   6/6 killed (2 only with one event)"), result.stdout)
        // Every gate has an IST, so RSP0 serves no event: no mutant of it.
        XCTAssertTrue(result.stdout.contains("rsp0-kernel-only   0/0 no sites"), result.stdout)
        // One progress line per mutant, the last numbered as the report's total.
        let total = try XCTUnwrap(result.stdout.split(separator: "\n").last { $0.hasSuffix("mutants killed (100%)") }?.split(separator: " ").first?.split(separator: "/").last)
        XCTAssertEqual(result.stderr.components(separatedBy: "\n  [").count - 1, Int(total), result.stderr)
        XCTAssertTrue(result.stderr.contains("; \(total) mutants\n") && result.stderr.contains("[\(total)/\(total)]"), result.stderr)
        XCTAssertTrue(result.stderr.contains("killed, cr3-matches-privilege violated at line"), result.stderr)
        XCTAssertTrue(result.stderr.contains("with one event from"), result.stderr)
    }

    func testDroppingAnAllowFromThePolicyOverImportedTablesIsKilled() throws {
        // The real pti-on tables have no written mapping or instruction to mutate; only their
        // policy can be narrowed. Each allow but one covers bytes that only it makes public, and
        // the checker must find them in the imported user table. The TSS behind the per-CPU
        // cpu_tss_rw alias is also reached through the allowed cpu_entry_area, so dropping that
        // allow relabels nothing and is not a mutant.
        let result = try runIsocheck(["mutate", "Specs/linux-kpti/pti-on.isospec"])
        XCTAssertEqual(result.status, 0, result.stdout)
        XCTAssertTrue(result.stdout.contains("drop-allow         3/3 killed"), result.stdout)
        XCTAssertFalse(result.stdout.contains("SURVIVED"), result.stdout)
        XCTAssertTrue(result.stdout.contains("secret-in-user     0/0 no sites"), result.stdout)
    }

    static let nmiWindows = """
            # SYSCALL entry, SYSRET exit and an NMI handler on IST. For an NMI from kernel mode it tests the
            # GS base and saves, switches and restores CR3: steps that matter only for an NMI in a window.
            principal proc
            frame text at 0x1000000 size 4K public
            frame kstack at 0x2000000 size 16K secret
            frame area at 0x3000000 size 12K public
            frame upage at 0x4000000 size 4K owned by proc
            space kernel kernel root 0x100000 {
              map 0xffffffff81000000 .. +4K -> text
              map 0xffffc90000000000 .. +16K -> kstack rw nx
              map 0xfffffe0000000000 .. +12K -> area rw nx
              map 0x400000 .. +4K -> upage rw user nx
            }
            region low = 0 .. 0x800000000000
            region entry_text = 0xffffffff81000000 .. +4K
            region entry_area = 0xfffffe0000000000 .. +12K
            space user user of proc root 0x101000 {
              from kernel only low, entry_text, entry_area
            }
            stack kstacks = 0xffffc90000000000 .. +16K
            stack estacks = 0xfffffe0000000000 + 4K .. +8K
            percpu {
              field scratch at 0x0
              field top at 0x8 = 0xffffc90000000000 + 16K
            }
            handoff work returns
            handoff done
            cpu {
              user user
              kernel kernel
              kernel_cr3 = 0x100000
              user_cr3 = 0x101000
              kernel_gs = 0xfffffe0000000000
              kernel_rsp = 0xffffc90000000000 + 16K - 16
              rsp0 = 0xfffffe0000000000 + 8K
              ist1 = 0xfffffe0000000000 + 12K
              lstar entry
              vector 2 nmi ist 1
              exit leave
            }
            code tramp at 0xffffffff81000000 trampoline {
            entry:
              swapgs
              movq %rsp, %gs:scratch
              movq %cr3, %rsp
              andq $~0x1000, %rsp
              movq %rsp, %cr3
              movq %gs:top, %rsp
              pushq %gs:scratch
              pushq %r11
              pushq %rcx
              jmp done
            leave:
              popq %rcx
              popq %r11
              movq %cr3, %rax
              orq $0x1000, %rax
              movq %rax, %cr3
              movq %rdi, %rsp
              swapgs
              sysretq
            nmi:
              testq $3, 8(%rsp)
              jnz nmi_user
              pushq %rax
              pushq %rcx
              pushq %rdx
              movq %cr3, %rax
              pushq %rax
              andq $~0x1000, %rax
              movq %rax, %cr3
              movq $0xc0000101, %rcx
              rdmsr
              btq $31, %rdx
              jc nmi_kernel_gs
              swapgs
              call work
              swapgs
              jmp nmi_out
            nmi_kernel_gs:
              call work
            nmi_out:
              popq %rax
              movq %rax, %cr3
              popq %rdx
              popq %rcx
              popq %rax
              iretq
            nmi_user:
              swapgs
              pushq %rax
              movq %cr3, %rax
              andq $~0x1000, %rax
              movq %rax, %cr3
              popq %rax
              call work
              pushq %rax
              movq %cr3, %rax
              orq $0x1000, %rax
              movq %rax, %cr3
              popq %rax
              swapgs
              iretq
            }
            """

    func testBadInputExitsTwo() throws {
        let result = try runIsocheck(["mutate", try temporarySpec("frame f at\n")])
        XCTAssertEqual(result.status, 2)
    }
}
