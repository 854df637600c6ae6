/// One translated string to check: the entry and the (source, translation) pair.
public struct CheckUnit: Sendable {
    public var entry: CatalogEntry
    /// msgid, or msgid_plural for gettext plural forms after the first.
    public var source: String
    /// msgstr, or msgstr[n].
    public var translation: String
    /// 0 for msgstr / msgstr[0]; n for msgstr[n].
    public var formIndex: Int

    /// Parses shared by every check of this unit (several checks read the same message's tree).
    let parses = MessageParses()

    public init(entry: CatalogEntry, source: String? = nil, translation: String? = nil, formIndex: Int = 0) {
        self.entry = entry
        self.source = source ?? entry.source
        self.translation = translation ?? entry.translation
        self.formIndex = formIndex
    }

    /// The MessageFormat parse of the source or the translation, parsed once per unit.
    func parsed(_ target: Finding.Target) -> MessageParseResult {
        target == .source ? parses.source(source) : parses.translation(translation)
    }

    /// The outline (arguments, tags) of the source or the translation; nil when it does not parse.
    func outline(_ target: Finding.Target) -> MessageOutline? {
        target == .source ? parses.sourceOutline(source) : parses.translationOutline(translation)
    }
}

/// A unit's parses, made on first use. A unit is checked on one thread (the runner makes a unit per
/// entry and form and runs its checks in turn), so the lazy fields need no lock.
final class MessageParses: @unchecked Sendable {
    private var sourceResult: MessageParseResult?
    private var translationResult: MessageParseResult?
    private var sourceOutlineResult: MessageOutline??
    private var translationOutlineResult: MessageOutline??

    func source(_ text: String) -> MessageParseResult {
        if let sourceResult { return sourceResult }
        let result = MessageFormatParser.parse(text)
        sourceResult = result
        return result
    }

    func translation(_ text: String) -> MessageParseResult {
        if let translationResult { return translationResult }
        let result = MessageFormatParser.parse(text)
        translationResult = result
        return result
    }

    func sourceOutline(_ text: String) -> MessageOutline? {
        if let sourceOutlineResult { return sourceOutlineResult }
        let outline = MessageOutline(source(text))
        sourceOutlineResult = .some(outline)
        return outline
    }

    func translationOutline(_ text: String) -> MessageOutline? {
        if let translationOutlineResult { return translationOutlineResult }
        let outline = MessageOutline(translation(text))
        translationOutlineResult = .some(outline)
        return outline
    }
}
