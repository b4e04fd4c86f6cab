/// SplitMix64: a tiny, well-known generator, so a seed names the same system on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// A random small system, as spec text (so a disagreement prints as a spec a person can run)
/// plus the finite domain of each parameter, which its `where` clause pins down exactly.
struct RandomSystem {
    var lines: [String]
    let domains: [String: [UInt64]]

    var text: String { lines.joined(separator: "\n") + "\n" }

    static func generate(seed: UInt64) -> RandomSystem {
        var random = SplitMix64(state: seed)
        func pick<T>(_ choices: [T]) -> T { choices[Int(random.next() % UInt64(choices.count))] }
        func chance(_ percent: UInt64) -> Bool { random.next() % 100 < percent }

        var lines = ["# generated system, seed \(seed)"]
        let slideMax = pick([1, 2, 3] as [UInt64])
        let countMax = pick([1, 2] as [UInt64])
        lines.append("param a : u64 where a <= \(slideMax)")
        lines.append("param n : u64 where n >= 1 && n <= \(countMax)")
        let domains = ["a": Array(0...slideMax), "n": Array(1...countMax)]
        lines.append("principal proc[p < 2]")
        lines.append("memory default \(pick(["secret", "public"]))")

        // Frames: plain, segmented, and families, at distinct 256 MiB slots.
        struct FrameInfo { let name: String; let size: UInt64; let family: Bool }
        var frames: [FrameInfo] = []
        let labels = ["secret", "public", "owned by proc[0]", "owned by proc[1]"]
        for number in 0..<Int(2 + random.next() % 3) {
            let name = "f\(number)"
            // Sometimes two frames share a slot: overlapping frames, each with its own labels.
            let slot = number > 0 && chance(10) ? number : number + 1
            let base = "0x\(String(UInt64(slot) << 28, radix: 16))" + (chance(30) ? " + a * 4K" : "")
            let size = pick([0x1000, 0x2000, 0x20_0000] as [UInt64])
            switch random.next() % 3 {
            case 0:
                lines.append("frame \(name) at \(base) size \(hex(size)) \(pick(labels))")
                frames.append(FrameInfo(name: name, size: size, family: false))
            case 1:
                let cut = size / 2
                lines.append("frame \(name) at \(base) size \(hex(size)) {")
                lines.append("  0 .. +\(hex(cut)): \(pick(labels))")
                lines.append("  \(hex(cut)) .. \(hex(size)): \(pick(labels))")
                lines.append("}")
                frames.append(FrameInfo(name: name, size: size, family: false))
            default:
                // Mostly well-formed; sometimes a stride shorter than the member (overlap).
                let stride = chance(15) ? size / 2 : pick([size, 2 * size])
                let label = pick(["secret", "public", "owned by proc[i]"])
                lines.append("frame \(name)[i < n] at \(base) stride \(hex(stride)) size \(hex(size)) \(label)")
                frames.append(FrameInfo(name: name, size: size, family: true))
            }
        }

        func target() -> (text: String, size: UInt64) {
            if chance(10) { return ("phys 0x\(String(UInt64(1 + random.next() % 4) << 28, radix: 16)) + a * 4K", 0x2000) }
            let frame = pick(frames)
            var text = frame.name
            if frame.family { text += chance(80) ? "[\(pick(["0", "n - 1", "a % n"]))]" : "[n]" }
            if chance(20), frame.size > 0x1000 { text += " + 4K" }
            return (text, frame.size)
        }
        func flags() -> String {
            ["rw", "user", "nx", "global"].filter { _ in chance(35) }.joined(separator: " ")
        }
        func mapping(at address: UInt64) -> String {
            let (targetText, frameSize) = target()
            let huge = frameSize >= 0x20_0000 && chance(50)
            let size = chance(80) ? frameSize : frameSize * 2
            let misaligned = chance(15) ? " + a * 4K" : ""
            return "  map \(hex(address))\(misaligned) .. +\(hex(size))\(huge ? " page 2M" : "") -> \(targetText) \(flags())"
        }

        let kernelBase: UInt64 = 0xffff_8000_0000_0000
        var regions: [String] = []
        for number in 0..<Int(random.next() % 3) {
            let name = "r\(number)"
            let start = kernelBase + UInt64(random.next() % 3) << 30 + (chance(50) ? 0x1000 : 0)
            lines.append("region \(name) = \(hex(start))\(chance(30) ? " + a * 4K" : "") .. +\(hex(pick([0x1000, 0x2000, 0x20_0000] as [UInt64])))")
            regions.append(name)
        }
        lines.append("space kernel kernel {")
        for slot in 0..<Int(1 + random.next() % 3) { lines.append(mapping(at: kernelBase + UInt64(slot) << 30)) }
        lines.append("}")
        lines.append("space user[p < 2] user of proc[p] {")
        if !regions.isEmpty, chance(70) {
            lines.append("  from kernel only \(regions.filter { _ in chance(70) }.first ?? regions[0])")
        }
        for slot in 0..<Int(random.next() % 3) { lines.append(mapping(at: 0x40_0000 + UInt64(slot) << 30)) }
        if chance(50) {
            let family = frames.first { $0.family }
            if let family { lines.append("  map 0x7f0000000000 .. +\(hex(family.size)) -> \(family.name)[p % n] user rw nx") }
        }
        lines.append("}")
        lines.append("cpu {")
        lines.append("  cr4 \(chance(60) ? "pge " : "")smep")
        lines.append("}")
        return RandomSystem(lines: lines, domains: domains)
    }
}

func hex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }
