import Foundation

/// Converts offsets in a string between Unicode scalars and UTF-16 code units, both ways.
public struct TextOffsetMap: Hashable, Sendable {
    /// UTF-16 offset of each scalar offset (count + 1 entries); nil when every scalar is in the BMP,
    /// where both counts agree and no table is needed.
    private let utf16Starts: [Int]?
    /// Number of scalars in the text.
    public let scalarCount: Int
    /// Number of UTF-16 code units in the text.
    public let utf16Count: Int

    /// Creates a value from its parts.
    public init(_ text: String) {
        self.init(scalars: Array(text.unicodeScalars))
    }

    /// For a string whose counts are known: a table is built only when they differ.
    init(plainText text: String, scalarCount: Int, utf16Count: Int) {
        if scalarCount == utf16Count {
            self.init(utf16Starts: nil, scalarCount: scalarCount, utf16Count: utf16Count)
        } else {
            self.init(scalars: Array(text.unicodeScalars))
        }
    }

    private init(utf16Starts: [Int]?, scalarCount: Int, utf16Count: Int) {
        self.utf16Starts = utf16Starts
        self.scalarCount = scalarCount
        self.utf16Count = utf16Count
    }

    init(scalars: [Unicode.Scalar]) {
        scalarCount = scalars.count
        if scalars.allSatisfy({ $0.value < 0x10000 }) {
            utf16Starts = nil
            utf16Count = scalars.count
        } else {
            var starts: [Int] = []
            starts.reserveCapacity(scalars.count + 1)
            var unit = 0
            for scalar in scalars {
                starts.append(unit)
                unit += scalar.value < 0x10000 ? 1 : 2
            }
            starts.append(unit)
            utf16Starts = starts
            utf16Count = unit
        }
    }

    /// The UTF-16 offset where the scalar at `scalarOffset` starts (clamped to the text).
    public func utf16Offset(ofScalar scalarOffset: Int) -> Int {
        let offset = min(max(scalarOffset, 0), scalarCount)
        return utf16Starts?[offset] ?? offset
    }

    /// The scalar offset containing the UTF-16 unit at `utf16Offset` (the low half of a pair maps to its scalar).
    public func scalarOffset(ofUTF16 utf16Offset: Int) -> Int {
        let offset = min(max(utf16Offset, 0), utf16Count)
        guard let starts = utf16Starts else { return offset }
        // Largest scalar index whose start is <= offset.
        var low = 0
        var high = scalarCount
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// A `SourceRange` for scalar offsets `lower..<upper`.
    public func range(_ scalars: Range<Int>) -> SourceRange {
        SourceRange(scalars: scalars, utf16: utf16Offset(ofScalar: scalars.lowerBound)..<utf16Offset(ofScalar: scalars.upperBound))
    }
}
