import Testing

@testable import TranslateKit

@Suite("LegacyTags")
struct LegacyTagsTests {
    @Test("old numbered tags become x-tags; a void tag an empty pair; nothing else moves")
    func modernizes() {
        #expect(LegacyTags.modernize("Call <1>the main office</1> at {phone1}.") == "Call <x1>the main office</x1> at {phone1}.")
        #expect(
            LegacyTags.modernize("Hartford Public Schools<1/>280 Trumbull Street<2 />Hartford")
                == "Hartford Public Schools<x1></x1>280 Trumbull Street<x2></x2>Hartford")
        // Arabic translation, tags inside plural branches, quoting and `#` untouched.
        #expect(
            LegacyTags.modernize("{n, plural, zero {لا <1>ملفات</1>} other {<1>#</1> ملف '{'…'}'}}")
                == "{n, plural, zero {لا <x1>ملفات</x1>} other {<x1>#</x1> ملف '{'…'}'}}")
        // Polish with an apostrophe that is text.
        #expect(LegacyTags.modernize("Zobacz <1>plan</1> d'Artagnana") == "Zobacz <x1>plan</x1> d'Artagnana")
    }

    @Test("messages that are new already, mix named tags, or quote the tag stay as they are")
    func leavesAlone() {
        for message in [
            "Call <x1>us</x1>.", "<b>Read</b> <1>this</1>", "Plain text", "a < b and 3 > 2",
            "'{<1>}' is literal", "{count, plural, one {# file} other {# files}}",
        ] {
            #expect(LegacyTags.modernize(message) == message, "\(message)")
            #expect(!LegacyTags.isLegacy(message))
        }
        // A broken translation still gets its tags renamed, so it keeps following the source.
        #expect(LegacyTags.modernize("<1>Lea {name</1>") == "<x1>Lea {name</x1>")
    }
}
