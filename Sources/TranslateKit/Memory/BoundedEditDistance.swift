/// Levenshtein distance by Myers' bit-parallel algorithm in Hyyrö's block form: 64 pattern
/// characters per machine word, so a 60-character segment costs one word operation per text
/// character. Built once per query (the pattern) and run against many texts.
struct BoundedEditDistance {
    let pattern: [UInt32]
    let blocks: Int
    /// Match masks for scalars below 0x800 (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic…).
    private var small: [UInt64]
    /// Match masks for other scalars: row index into `largeRows`.
    private var large: [UInt32: Int] = [:]
    private var largeRows: [UInt64] = []
    private static let smallLimit: UInt32 = 0x800

    init(_ pattern: [UInt32]) {
        self.pattern = pattern
        blocks = max(1, (pattern.count + 63) / 64)
        small = [UInt64](repeating: 0, count: Int(Self.smallLimit) * blocks)
        for (i, c) in pattern.enumerated() {
            let bit: UInt64 = 1 << UInt64(i % 64)
            let block = i / 64
            if c < Self.smallLimit {
                small[Int(c) * blocks + block] |= bit
            } else {
                let row: Int
                if let existing = large[c] {
                    row = existing
                } else {
                    row = largeRows.count / blocks
                    large[c] = row
                    largeRows.append(contentsOf: repeatElement(0, count: blocks))
                }
                largeRows[row * blocks + block] |= bit
            }
        }
    }

    /// The edit distance to `text`, or nil as soon as it is certain to exceed `bound`.
    func distance(to text: [UInt32], bound: Int) -> Int? {
        let m = pattern.count
        let n = text.count
        if abs(m - n) > bound { return nil }
        if m == 0 { return n }
        if n == 0 { return m }
        if blocks == 1 { return singleBlock(text, bound: bound) }
        // Column state on the stack: this runs for every candidate of every lookup.
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * blocks) { state in
            multiBlock(
                text, bound: bound, positive: UnsafeMutableBufferPointer(rebasing: state[0..<blocks]),
                negative: UnsafeMutableBufferPointer(rebasing: state[blocks...]))
        }
    }

    private func multiBlock(
        _ text: [UInt32], bound: Int, positive: UnsafeMutableBufferPointer<UInt64>,
        negative: UnsafeMutableBufferPointer<UInt64>
    ) -> Int? {
        let m = pattern.count
        let n = text.count
        positive.initialize(repeating: ~0)
        negative.initialize(repeating: 0)
        var score = m
        let lastBit: UInt64 = 1 << UInt64((m - 1) % 64)
        let topBit: UInt64 = 1 << 63
        return small.withUnsafeBufferPointer { small in
            largeRows.withUnsafeBufferPointer { largeRows in
                for j in 0..<n {
                    let c = text[j]
                    var base = -1
                    var isLarge = false
                    if c < Self.smallLimit {
                        base = Int(c) * blocks
                    } else if let row = large[c] {
                        base = row * blocks
                        isLarge = true
                    }
                    var carry = 1
                    for b in 0..<blocks {
                        var eq: UInt64 = 0
                        if base >= 0 { eq = isLarge ? largeRows[base + b] : small[base + b] }
                        let pv = positive[b]
                        let mv = negative[b]
                        let xv = eq | mv
                        if carry < 0 { eq |= 1 }
                        let xh = (((eq & pv) &+ pv) ^ pv) | eq
                        var ph = mv | ~(xh | pv)
                        var mh = pv & xh
                        let high = b == blocks - 1 ? lastBit : topBit
                        var out = 0
                        if ph & high != 0 { out = 1 } else if mh & high != 0 { out = -1 }
                        ph <<= 1
                        mh <<= 1
                        if carry < 0 { mh |= 1 } else if carry > 0 { ph |= 1 }
                        positive[b] = mh | ~(xv | ph)
                        negative[b] = ph & xv
                        carry = out
                    }
                    score += carry
                    // Each remaining column lowers the last row by at most one.
                    if score - (n - j - 1) > bound { return nil }
                }
                return score <= bound ? score : nil
            }
        }
    }

    private func singleBlock(_ text: [UInt32], bound: Int) -> Int? {
        let m = pattern.count
        let n = text.count
        var pv: UInt64 = ~0
        var mv: UInt64 = 0
        var score = m
        let high: UInt64 = 1 << UInt64(m - 1)
        for j in 0..<n {
            let c = text[j]
            var eq: UInt64 = 0
            if c < Self.smallLimit { eq = small[Int(c)] } else if let row = large[c] { eq = largeRows[row] }
            let xv = eq | mv
            let xh = (((eq & pv) &+ pv) ^ pv) | eq
            var ph = mv | ~(xh | pv)
            let mh = pv & xh
            if ph & high != 0 { score += 1 } else if mh & high != 0 { score -= 1 }
            ph = (ph << 1) | 1
            let mhs = mh << 1
            pv = mhs | ~(xv | ph)
            mv = ph & xv
            if score - (n - j - 1) > bound { return nil }
        }
        return score <= bound ? score : nil
    }

    /// The textbook dynamic programme, for tests and as the reference the fast path must equal.
    static func reference(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = previous
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
