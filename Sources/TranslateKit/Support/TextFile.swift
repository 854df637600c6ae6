import Foundation

/// Reading text files the way translators' tools write them: UTF-8 with or without a BOM,
/// UTF-16 with a BOM. Invalid UTF-8 is an error with its position, never a crash.
public enum TextFile {
    /// Reads and decodes a file; `path` is used in errors as given.
    public static func read(_ url: URL, displayPath: String? = nil) throws -> String {
        try decode(readData(url, displayPath: displayPath), path: displayPath ?? url.path)
    }

    /// Reads a file's bytes, with the errors `read` gives for a missing or unreadable file.
    public static func readData(_ url: URL, displayPath: String? = nil) throws -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            let shown = displayPath ?? url.path
            if !FileManager.default.fileExists(atPath: url.path) {
                throw TranslateError(
                    path: shown, "file not found", hint: "check the path (relative paths start from the current folder, or from --root for project files)")
            }
            throw TranslateError(path: shown, "cannot read file: \(error.localizedDescription)")
        }
    }

    /// Decodes bytes as UTF-8 (BOM dropped) or BOM-marked UTF-16.
    public static func decode(_ data: Data, path: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)) {
            let littleEndian = bytes[0] == 0xFF
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var i = 2
            while i + 1 < bytes.count {
                units.append(littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            var text = ""
            var iterator = units.makeIterator()
            var decoder = UTF16()
            loop: while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): text.unicodeScalars.append(scalar)
                case .emptyInput: break loop
                case .error:
                    throw TranslateError(path: path, "invalid UTF-16 (an unpaired surrogate)", hint: "re-save the file as UTF-8")
                }
            }
            return text
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes.dropFirst(3) }
        if let offset = firstInvalidUTF8(body) {
            let position = position(ofByte: offset, in: body)
            throw TranslateError(
                path: path, position: position,
                "invalid UTF-8 (byte 0x\(String(body[body.startIndex + offset], radix: 16, uppercase: true)))",
                hint: "re-save the file as UTF-8; if it came from Excel or Word, choose 'UTF-8' in the save dialog")
        }
        return String(decoding: body, as: UTF8.self)
    }

    /// Offset (from the slice start) of the first byte that is not valid UTF-8, or nil.
    public static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
                scalar = UInt32(byte & 0x1F)
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
                scalar = UInt32(byte & 0x0F)
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
                scalar = UInt32(byte & 0x07)
            default: return index - bytes.startIndex
            }
            if index + length > end { return index - bytes.startIndex }
            for k in 1..<length {
                let next = bytes[index + k]
                if next & 0xC0 != 0x80 { return index - bytes.startIndex }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index - bytes.startIndex }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in scalars) of a byte offset in valid-prefix UTF-8.
    static func position(ofByte offset: Int, in bytes: ArraySlice<UInt8>) -> TextPosition {
        var line = 1
        var column = 1
        var index = bytes.startIndex
        let stop = bytes.startIndex + offset
        while index < stop {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return TextPosition(line: line, column: column)
    }
}
