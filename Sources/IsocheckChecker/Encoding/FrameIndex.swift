import IsocheckModel

/// Frames at constant physical ranges, sorted, so a query about a mapping at a constant PA range
/// names only the frames that can own its bytes. Without it every query carried a membership
/// test for every frame, and a layout of n mappings cost O(n^2) (issue 8).
struct FrameIndex {
    /// (start, end, position in model.frames) of single frames with constant base and size.
    private let constant: [(start: UInt64, end: UInt64, frame: Int)]
    private let largest: UInt64
    /// Families and frames whose placement depends on parameters: in every query.
    private let always: [Int]

    init(frames: [Frame]) {
        var constant: [(UInt64, UInt64, Int)] = []
        var always: [Int] = []
        for (position, frame) in frames.enumerated() {
            if frame.binder == nil, let base = frame.base.constantValue, let size = frame.size.constantValue,
               base.addingReportingOverflow(size).overflow == false {
                constant.append((base, base + size, position))
            } else {
                always.append(position)
            }
        }
        self.constant = constant.sorted { $0.0 < $1.0 }
        largest = constant.map { $0.1 - $0.0 }.max() ?? 0
        self.always = always
    }

    /// Positions (in model order) of the frames that may hold a byte of [start, end): exactly
    /// the frames whose membership test is not false for every address in the range.
    func frames(overlapping start: UInt64, _ end: UInt64) -> [Int] {
        // A frame overlapping [start, end) starts below `end` and, being at most `largest` long,
        // at or above start - largest.
        let low = start >= largest ? start - largest : 0
        var index = firstStart(atOrAbove: low)
        var found = always
        while index < constant.count, constant[index].start < end {
            if constant[index].end > start { found.append(constant[index].frame) }
            index += 1
        }
        return found.sorted()
    }

    private func firstStart(atOrAbove value: UInt64) -> Int {
        var low = 0
        var high = constant.count
        while low < high {
            let middle = (low + high) / 2
            if constant[middle].start < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
