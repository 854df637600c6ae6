import Foundation
import Testing

@testable import TranslateKit

/// A malformed JSON message catalog is reported at path:line:col, never "around character N".
@Suite struct MessageCatalogPositionTests {
    @Test func deeplyNestedOrBrokenJSONPointsAtLineAndColumn() {
        let deep = "{\n  \"nav\":\n" + String(repeating: "{\"a\":", count: 600) + "\"Home\"" + String(repeating: "}", count: 600) + "\n}\n"
        let (units, diagnostics) = MessageCatalogExtractor.extract(deep, path: "Content/app/en.json")
        #expect(units.isEmpty)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.position?.line == 3, "\(diagnostics.map(\.formatted))")
        #expect(
            diagnostics.first?.formatted.hasPrefix("Content/app/en.json:3:") == true && !(diagnostics.first?.message.contains("around character") ?? true),
            "\(diagnostics.map(\.formatted))")
        let broken = "{\n  \"home\": \"Home\",\n  \"closed\": \"School is closed\"\n  \"open\": \"Open\"\n}\n"
        let found = MessageCatalogExtractor.extract(broken, path: "en.json").diagnostics
        #expect(found.first?.position?.line == 4, "\(found.map(\.formatted))")
    }
}
