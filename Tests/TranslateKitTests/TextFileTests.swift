import Foundation
import Testing

@testable import TranslateKit

@Suite struct TextFileTests {
    @Test func invalidUTF8IsReportedWithPosition() {
        let bytes: [UInt8] = Array("line one\nłódź \u{00E9}".utf8) + [0xC3, 0x28] + Array(" tail".utf8)
        do {
            _ = try TextFile.decode(Data(bytes), path: "pl.po")
            Issue.record("invalid UTF-8 was accepted")
        } catch let error as TranslateError {
            #expect(error.position == TextPosition(line: 2, column: 7))
            #expect(error.description.hasPrefix("pl.po:2:7: error: invalid UTF-8"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func utf16WithBOMDecodes() throws {
        var data = Data([0xFF, 0xFE])
        for unit in "مرحبا".utf16 {
            data.append(UInt8(unit & 0xFF))
            data.append(UInt8(unit >> 8))
        }
        #expect(try TextFile.decode(data, path: "x") == "مرحبا")
    }

    @Test func utf8BOMIsDropped() throws {
        #expect(try TextFile.decode(Data([0xEF, 0xBB, 0xBF] + Array("hola".utf8)), path: "x") == "hola")
    }

    @Test func overlongAndSurrogatesRejected() {
        #expect(TextFile.firstInvalidUTF8([0xC0, 0x80][...]) == 0)
        #expect(TextFile.firstInvalidUTF8([0x41, 0xED, 0xA0, 0x80][...]) == 1)
        #expect(TextFile.firstInvalidUTF8(Array("日本語🎒".utf8)[...]) == nil)
    }

    @Test func atomicWriteReplacesWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        let file = folder.appendingPathComponent("a.txt")
        try AtomicFile.write("one", to: file)
        try AtomicFile.write("two", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
        #expect(try AtomicFile.writeIfChanged(Data("two".utf8), to: file) == false)
    }
}
