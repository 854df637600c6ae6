import Foundation

@testable import TranslateKit

/// Reads built pages with the project's own HTML tokenizer and finds what would read wrong in a
/// browser: a page whose direction is not the registry's, and an element in a language that runs
/// against the page (a `lang` whose registry direction differs) without the matching `dir` or `<bdi>`.
struct PageDirectionAudit {
    var pages = 0
    var rightToLeftPages = 0
    /// Elements whose language runs against their page, isolated or not.
    var foreignElements = 0
    /// Of those, elements marked `lang="en"` in right-to-left pages (English fallback).
    var englishInRightToLeft = 0
    /// Each problem as `path: what`.
    var problems: [String] = []

    /// Audits every page of a build (`pages/<tag>/…` in `files`), with languages from `registry`.
    static func audit(_ files: [String: Data], registry: LanguageRegistry, sourceTag: String = "en") -> PageDirectionAudit {
        var audit = PageDirectionAudit()
        for path in files.keys.sorted() where path.hasPrefix("pages/") {
            let tag = String(path.dropFirst("pages/".count).prefix { $0 != "/" })
            guard let language = registry.language(tag) else {
                audit.problems.append("\(path): '\(tag)' is not in the registry")
                continue
            }
            audit.audit(
                String(decoding: files[path]!, as: UTF8.self), path: path,
                language: PageLanguage(language, registry: registry, sourceTag: sourceTag))
        }
        return audit
    }

    /// Audits one page; `fragment`: HTML without a root element (a Markdown renderer's output), so only its elements.
    mutating func audit(_ text: String, path: String, language: PageLanguage, fragment: Bool = false) {
        pages += 1
        if language.isRightToLeft { rightToLeftPages += 1 }
        let tokens = ContentExtractor.tokenize(text)
        if fragment {
        } else if path.hasSuffix(".md") {
            // Markdown carries a right-to-left direction on a wrapping div, and nothing for left to right.
            let wrapped = text.hasPrefix("<div dir=\"rtl\" lang=\"\(language.tag)\">\n\n") && text.hasSuffix("\n</div>\n")
            if wrapped != language.isRightToLeft { problems.append("\(path): direction wrapper \(wrapped ? "present" : "missing")") }
        } else {
            var root: [HTMLAttribute]?
            for token in tokens {
                if case .startTag(let name, let attributes, _) = token, name.lowercased() == "html" {
                    root = attributes
                    break
                }
            }
            let dir = root?.first { $0.name.lowercased() == "dir" }?.value
            let lang = root?.first { $0.name.lowercased() == "lang" }?.value
            if dir != language.direction.rawValue || lang != language.tag {
                problems.append("\(path): <html lang=\(lang ?? "nil") dir=\(dir ?? "nil")>, registry says \(language.tag) \(language.direction.rawValue)")
            }
        }
        for token in tokens {
            guard case .startTag(let name, let attributes, _) = token, name.lowercased() != "html",
                let lang = attributes.first(where: { $0.name.lowercased() == "lang" })?.value, !lang.isEmpty,
                let needed = language.isolation(for: lang)
            else { continue }
            foreignElements += 1
            if lang == language.sourceTag && language.isRightToLeft { englishInRightToLeft += 1 }
            let dir = attributes.first { $0.name.lowercased() == "dir" }?.value
            if name.lowercased() != "bdi" && dir != needed.rawValue {
                problems.append("\(path): <\(name) lang=\"\(lang)\"> runs \(needed.rawValue) in a \(language.direction.rawValue) page without dir")
            }
        }
    }

    var summary: String {
        "\(pages) pages (\(rightToLeftPages) rtl), \(foreignElements) opposite-direction elements (\(englishInRightToLeft) English in rtl pages), \(problems.count) problems"
    }
}
