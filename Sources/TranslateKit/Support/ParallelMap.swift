import Foundation

/// `(0..<count).map(transform)` spread over the machine's cores, results in index order, so the
/// output never depends on which core finished first. Each worker takes every n-th index, so long
/// and short items spread evenly. `transform` runs concurrently: it may only read shared state.
/// With fewer than `minimumPerWorker` items per core, fewer workers start (threads cost more than tiny work).
func parallelMap<T>(_ count: Int, minimumPerWorker: Int = 1, _ transform: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), max(1, count / max(1, minimumPerWorker)))
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
        let base = buffer.baseAddress!
        // Every index is initialized exactly once, by the one worker whose stride reaches it.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: count, by: workers) {
                (base + index).initialize(to: transform(index))
            }
        }
        initialized = count
    }
}
