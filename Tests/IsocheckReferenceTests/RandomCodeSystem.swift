/// A random small system with entry and exit code: a correct mini trampoline (SYSCALL entry,
/// SYSRET exit, an interrupt, a paranoid NMI on IST) and a few random edits of its code and CPU
/// block. Most edits break something; which property, the two sides must agree on.
struct RandomCodeSystem {
    var lines: [String]
    let eventDepth: Int
    let edits: [String]
    static let domains: [String: [UInt64]] = ["ncpu": [1, 2]]

    var text: String { lines.joined(separator: "\n") + "\n" }

    static let template = """
        # generated entry/exit code
        param ncpu : u64 where ncpu >= 1 && ncpu <= 2
        principal proc
        frame text at 0x1000000 size 4K public
        frame kstack[c < ncpu] at 0x2000000 stride 16K size 16K secret
        frame area[c < ncpu] at 0x3000000 stride 16K size 12K public
        frame upage at 0x4000000 size 4K owned by proc
        space kernel kernel root 0x100000 {
          map 0xffffffff81000000 .. +4K -> text
          for c < ncpu {
            map 0xffffc90000000000 + c * 16K .. +16K -> kstack[c] rw nx
            map 0xfffffe0000000000 + c * 16K .. +12K -> area[c] rw nx
          }
          map 0x400000 .. +4K -> upage rw user nx
        }
        region low = 0 .. 0x800000000000
        region entry_text = 0xffffffff81000000 .. +4K
        region entry_area[c < ncpu] = 0xfffffe0000000000 + c * 16K .. +12K
        space user user of proc root 0x101000 {
          from kernel only low, entry_text, entry_area
        }
        stack kstacks[c < ncpu] = 0xffffc90000000000 + c * 16K .. +16K
        stack estacks[c < ncpu] = 0xfffffe0000000000 + c * 16K + 4K .. +8K
        percpu {
          field scratch at 0x0
          field top at 0x8 = 0xffffc90000000000 + c * 16K + 16K
        }
        handoff work returns
        handoff done
        cpu[c < ncpu] {
          user user
          kernel kernel
          kernel_cr3 = 0x100000
          user_cr3 = 0x101000
          kernel_gs = 0xfffffe0000000000 + c * 16K
          kernel_rsp = 0xffffc90000000000 + c * 16K + 16K - 16
          rsp0 = 0xfffffe0000000000 + c * 16K + 8K
          ist1 = 0xfffffe0000000000 + c * 16K + 12K
          lstar entry
          vector 2 nmi ist 1
          vector 32 irq
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
          movq $0xffff800000000000, %rax
          testq %rax, %rcx
          jnz done
          movq %cr3, %rax
          orq $0x1000, %rax
          movq %rax, %cr3
          movq %rdi, %rsp
          swapgs
          sysretq
        irq:
          testq $3, 8(%rsp)
          jz irq_kernel
          swapgs
          pushq %rax
          movq %cr3, %rax
          andq $~0x1000, %rax
          movq %rax, %cr3
          popq %rax
          call work
          movq %cr3, %rax
          orq $0x1000, %rax
          movq %rax, %cr3
          swapgs
          iretq
        irq_kernel:
          call work
          iretq
        nmi:
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
        }
        """

    /// Instructions an edit may put in place of another.
    static let pool = [
        "swapgs", "movq %cr3, %rax", "movq %rax, %cr3", "orq $0x1000, %rax", "andq $~0x1000, %rax",
        "pushq %rax", "popq %rax", "movq %gs:top, %rsp", "movq %rsp, %gs:scratch", "movq %gs:scratch, %rsp",
        "movq %rdi, %rsp", "nop", "cli", "sti", "movq $0x101000, %rax", "movq (%rsp), %rax", "movq %rax, 8(%rsp)",
        // Forms lifted machine code uses: shifts, sign extension, narrow operand sizes, verw.
        "shlq $12, %rax", "shrq $12, %rax", "sarq $1, %rax", "movslq %eax, %rax", "movl %eax, %eax",
        "andl $0xfffff000, %eax", "testb $3, 8(%rsp)", "cmpl $0x33, 8(%rsp)", "verw (%rsp)",
    ]

    /// Edits of the CPU block and layout: each weakens one thing a design relies on.
    static let configurationEdits: [(String, String)] = [
        ("vector 2 nmi ist 1", "vector 2 nmi"),
        ("rsp0 = 0xfffffe0000000000 + c * 16K + 8K", "rsp0 = 0xffffc90000000000 + c * 16K + 16K"),
        ("ist1 = 0xfffffe0000000000 + c * 16K + 12K", "ist1 = 0xffffc90000000000 + c * 16K + 16K"),
        ("from kernel only low, entry_text, entry_area", "from kernel only low, entry_text"),
        ("stack estacks[c < ncpu] = 0xfffffe0000000000 + c * 16K + 4K .. +8K", "stack estacks[c < ncpu] = 0xfffffe0000000000 + c * 16K + 8K .. +4K"),
        ("kernel_rsp = 0xffffc90000000000 + c * 16K + 16K - 16", "kernel_rsp = 0xffffc90000000000 + c * 16K + 16K"),
        ("lstar entry", "lstar irq"),
    ]

    static func generate(seed: UInt64) -> RandomCodeSystem {
        var random = SplitMix64(state: seed &* 0x2545_f491_4f6c_dd1d)
        func below(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
        var lines = template.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[0] = "# generated entry/exit code, seed \(seed)"
        let codeStart = lines.firstIndex { $0.hasPrefix("code ") }! + 1
        var edits: [String] = []
        let editCount = [0, 1, 1, 1, 2, 2, 3][below(7)]
        for _ in 0..<editCount {
            // Code lines are the indented ones between `code` and the closing brace.
            let code = (codeStart..<lines.count).filter { lines[$0].hasPrefix("  ") }
            switch below(6) {
            case 0:
                let at = code[below(code.count)]
                edits.append("delete line \(at + 1): \(lines[at])")
                lines.remove(at: at)
            case 1:
                let at = code[below(code.count)]
                edits.append("duplicate line \(at + 1): \(lines[at])")
                lines.insert(lines[at], at: at)
            case 2:
                let at = code[below(code.count)]
                guard at + 1 < lines.count, lines[at + 1].hasPrefix("  ") else { continue }
                edits.append("swap lines \(at + 1) and \(at + 2)")
                lines.swapAt(at, at + 1)
            case 3, 4:
                let at = code[below(code.count)]
                let replacement = "  " + pool[below(pool.count)]
                edits.append("line \(at + 1): \(lines[at]) -> \(replacement)")
                lines[at] = replacement
            default:
                let (old, new) = configurationEdits[below(configurationEdits.count)]
                guard let at = lines.firstIndex(where: { $0.contains(old) }) else { continue }
                edits.append("\(old) -> \(new)")
                lines[at] = lines[at].replacingOccurrences(of: old, with: new)
            }
        }
        // One system in ten takes an event: in a debug build such a system costs about 3 s,
        // seven times one without, and 500 systems must fit in a CI run.
        return RandomCodeSystem(lines: lines, eventDepth: below(10) < 1 ? 1 : 0, edits: edits)
    }
}
