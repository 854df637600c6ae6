import Foundation
import TranslateKit

extension FuzzTarget {
    /// HTML: the tokenizer's tokens and errors come in source order with valid positions, the token dump
    /// (`extract --dump-tokens`) and extraction of a page never crash.
    static let html = FuzzTarget(name: "html", maximumLength: 16_384) { data in
        guard let (text, _) = decodedText(data, path: "page.html") else { return }
        let (tokens, errors) = HTMLTokenizer(text).tokenize()
        let scalars = text.unicodeScalars.count
        var previous = 0
        for token in tokens {
            invariant(token.offset >= previous && token.offset <= scalars, "token offset \(token.offset) out of order or outside the text")
            invariant(isValid(token.position), "token without a valid position at offset \(token.offset)")
            previous = token.offset
        }
        for error in errors {
            invariant(
                error.offset >= 0 && error.offset <= scalars && isValid(error.position),
                "parse error \(error.code) at offset \(error.offset), \(error.position), outside the text")
        }
        _ = HTMLTokenizer.dumpJSON(text)
        _ = ContentExtractor.extract(text: text, path: "Content/page.html", format: .html)
    }
}
