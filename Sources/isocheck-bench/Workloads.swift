/// The benchmark's inputs, generated deterministically: the same size always gives the same
/// spec text, so results compare across commits.
struct Workload {
    let family: String
    /// The size the family grows by (mappings, instructions, CPUs), for growth exponents.
    let size: Int
    let name: String
    /// A generated spec's text, or nil for files checked as they are.
    let text: String?
    let arguments: [String]
}

enum Workloads {
    /// A kernel table of `count` leaf mappings (4 KiB pages mixed with 2 MiB and 1 GiB leaves),
    /// half of them at the symbolic KASLR slide, onto frames that alternate secret and public.
    /// Public frames are mapped in two VA windows (one fixed, one slid) that a user table derived
    /// from the kernel table keeps; it must hold no secret byte.
    static func layout(mappings count: Int) -> Workload {
        var frames: [String] = []
        var maps: [String] = []
        var physical: UInt64 = 0x1_0000_0000
        // Four VA cursors: public or secret, fixed or at the slide.
        let starts: [UInt64] = [0xffff_c900_0000_0000, 0xffff_d900_0000_0000, 0xffff_e000_0000_0000, 0xffff_f000_0000_0000]
        var cursors = starts
        for index in 0..<count {
            // Mostly 4 KiB pages, every 16th a 2 MiB leaf, every 256th a 1 GiB leaf.
            let (size, page): (UInt64, String) = index % 256 == 255 ? (1 << 30, " page 1G") : index % 16 == 15 ? (1 << 21, " page 2M") : (1 << 12, "")
            physical = (physical + size - 1) & ~(size - 1)
            let secret = index % 2 == 0
            let slid = index % 4 >= 2
            frames.append("frame f\(index) at 0x\(String(physical, radix: 16)) size \(size >> 10)K \(secret ? "secret" : "public")")
            let cursor = (secret ? 0 : 1) + (slid ? 2 : 0)
            let va = (cursors[cursor] + size - 1) & ~(size - 1)
            maps.append("  map 0x\(String(va, radix: 16))\(slid ? " + slide" : "") .. +\(size >> 10)K\(page) -> f\(index) nx")
            cursors[cursor] = va + size
            physical += size
        }
        let publicFixed = "region public_fixed = 0x\(String(starts[1], radix: 16)) .. 0x\(String(cursors[1], radix: 16))"
        let publicSlid = "region public_slid = 0x\(String(starts[3], radix: 16)) + slide .. 0x\(String(cursors[3], radix: 16)) + slide"
        let text = """
            # generated: \(count) leaf mappings, half at the KASLR slide, secret and public frames interleaved
            param slide : u64 where slide & 0x3fffffff == 0 && slide < 16G
            principal task
            \(frames.joined(separator: "\n"))
            \(publicFixed)
            \(publicSlid)
            space kernel kernel {
            \(maps.joined(separator: "\n"))
            }
            space user user of task {
              from kernel only public_fixed, public_slid
            }
            cpu {
              cr4 pge smep
            }

            """
        return Workload(family: "layout", size: count, name: "layout-\(count)", text: text, arguments: [])
    }

    /// The same per-CPU layout for up to `cpus` CPUs: one 64 KiB entry area per CPU, its first
    /// page public, in the kernel table and (that page only) in the user table.
    static func cpus(_ cpus: Int) -> Workload {
        let text = """
            # generated: per-CPU entry areas for up to \(cpus) CPUs
            param ncpu : u64 where ncpu >= 1 && ncpu <= \(cpus)
            principal task
            frame pcpu[c < ncpu] at 0x4000000 stride 64K size 64K {
              0 .. +4K:   public
              4K .. 64K:  secret
            }
            region cpu_entry[c < ncpu] = 0xfffffe0000000000 + c * 64K .. +4K
            space kernel kernel {
              for c < ncpu {
                map 0xfffffe0000000000 + c * 64K .. +64K -> pcpu[c] rw nx
              }
            }
            space user user of task {
              from kernel only cpu_entry
            }
            cpu {
              cr4 pge smep
            }

            """
        return Workload(family: "cpus", size: cpus, name: "cpus-\(cpus)", text: text, arguments: [])
    }

    /// The bundled trampoline's SYSCALL path with `count` extra register instructions in its
    /// kernel part, checked with an event at every boundary up to `depth`.
    static func code(instructions count: Int, depth: Int, trampoline: String) -> Workload? {
        let anchor = "  pushq %rcx\n  jmp do_syscall\n"
        guard let range = trampoline.range(of: anchor) else { return nil }
        let filler = (0..<count).map { index in
            ["  movq %rbx, %rdx", "  addq $1, %rdx", "  xorq %rdx, %rbx", "  pushq %rdx", "  popq %rdx"][index % 5]
        }
        // Keep push/pop balanced whatever the count.
        let balanced = filler.count % 5 == 4 ? filler.dropLast() + ["  nop"] : filler[...]
        let text = trampoline.replacingCharacters(in: range, with: "  pushq %rcx\n" + balanced.joined(separator: "\n") + "\n  jmp do_syscall\n")
        return Workload(family: "code-depth\(depth)", size: count, name: "code-\(count)-depth\(depth)", text: text,
                        arguments: ["--entry", "syscall", "--event-depth", "\(depth)"])
    }

    /// A bundled spec or folder, checked as a user would (at depth 0 for code).
    static func bundled(_ path: String) -> Workload {
        Workload(family: "bundled", size: 0, name: path, text: nil, arguments: [path, "--event-depth", "0"])
    }
}
