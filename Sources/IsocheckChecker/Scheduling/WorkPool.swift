import Foundation

/// Runs independent jobs on `threads` threads of its own and returns their results in job
/// order, whatever order they finished in. Solver calls block, so they get real threads rather
/// than Swift concurrency's cooperative pool.
public enum WorkPool {
    public static func map<Result: Sendable>(count: Int, threads: Int, _ job: @escaping @Sendable (Int) -> Result) -> [Result] {
        let state = SharedState<Result>(count: count)
        let workers = max(1, min(threads, count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let index = state.claim() { state.store(job(index), at: index) }
                group.leave()
            }
            // Z3 recurses over deep terms: more stack than a secondary thread's default.
            thread.stackSize = 64 << 20
            thread.start()
        }
        group.wait()
        return state.results()
    }

    private final class SharedState<Result>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var slots: [Result?]

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func claim() -> Int? {
            lock.withLock {
                guard next < slots.count else { return nil }
                defer { next += 1 }
                return next
            }
        }

        func store(_ result: Result, at index: Int) { lock.withLock { slots[index] = result } }

        func results() -> [Result] { lock.withLock { slots.map { $0! } } }
    }
}
