/// Where a translation stands.
public enum EntryState: String, Codable, Sendable, CaseIterable {
    /// No translation yet (empty msgstr).
    case untranslated
    /// A translation exists but needs review (`#, fuzzy`): never shipped.
    case fuzzy
    /// Translated and reviewed.
    case translated
}

/// One message of a PO catalog.
///
/// translate's convention: the stable key is in msgctxt, the English source (an ICU
/// MessageFormat string) in msgid, the translation in msgstr. Plurals live inside the
/// message; gettext's msgid_plural entries from other tools are read and kept, not created.
public struct CatalogEntry: Hashable, Sendable {
    /// msgctxt: the stable key (nil when the file has no context, as in most gettext files).
    public var key: String?
    /// msgid: the source text.
    public var source: String
    /// msgid_plural, for gettext plural entries.
    public var sourcePlural: String?
    /// msgstr, or msgstr[0] for plural entries ("" when untranslated).
    public var translation: String
    /// msgstr[1…] for gettext plural entries.
    public var pluralTranslations: [String]
    /// `# ` comments: the translator's own notes.
    public var translatorComments: [String]
    /// `#.` comments: notes for translators from the source (extraction, pretranslation).
    public var extractedComments: [String]
    /// `#:` references: source files (no line numbers in files translate writes).
    public var references: [String]
    /// `#,` flags: fuzzy, ignore-<check>, critical, sms, sorted, c-format…
    public var flags: [String]
    /// `#| msgctxt` and `#| msgid`: the source before it changed (kept with fuzzy entries).
    public var previousKey: String?
    public var previousSource: String?
    public var previousSourcePlural: String?
    /// `#~`: the source no longer has this message; kept so no translation is ever lost.
    public var isObsolete: Bool
    /// Where the entry was read from, for diagnostics (nil for entries built in memory).
    public var location: EntryLocation?
    /// The exact text the entry was read from, so POWriter can re-emit it unchanged
    /// (nil for entries built in memory). Not part of equality.
    public var originalText: POEntryText?

    public init(
        key: String? = nil, source: String, translation: String = "", sourcePlural: String? = nil,
        pluralTranslations: [String] = [], translatorComments: [String] = [], extractedComments: [String] = [],
        references: [String] = [], flags: [String] = [], previousKey: String? = nil, previousSource: String? = nil,
        previousSourcePlural: String? = nil, isObsolete: Bool = false, location: EntryLocation? = nil
    ) {
        self.key = key
        self.source = source
        self.translation = translation
        self.sourcePlural = sourcePlural
        self.pluralTranslations = pluralTranslations
        self.translatorComments = translatorComments
        self.extractedComments = extractedComments
        self.references = references
        self.flags = flags
        self.previousKey = previousKey
        self.previousSource = previousSource
        self.previousSourcePlural = previousSourcePlural
        self.isObsolete = isObsolete
        self.location = location
    }

    /// The identity of an entry within a catalog: key (msgctxt) and source, as gettext does.
    public var id: String { (key ?? "") + "\u{4}" + source }

    /// The key translate uses: msgctxt, else the source text (gettext files without contexts).
    public var effectiveKey: String { key ?? source }

    public var isFuzzy: Bool { flags.contains("fuzzy") }

    public var isHeader: Bool { key == nil && source.isEmpty && !isObsolete }

    public var state: EntryState {
        let translated = !translation.isEmpty || pluralTranslations.contains { !$0.isEmpty }
        if !translated { return .untranslated }
        return isFuzzy ? .fuzzy : .translated
    }

    public func hasFlag(_ flag: String) -> Bool { flags.contains(flag) }

    public mutating func setFlag(_ flag: String, _ on: Bool) {
        if on { if !flags.contains(flag) { flags.append(flag) } } else { flags.removeAll { $0 == flag } }
    }

    // Locations are bookkeeping, not content: two entries with the same text are equal.
    public static func == (a: Self, b: Self) -> Bool {
        a.key == b.key && a.source == b.source && a.sourcePlural == b.sourcePlural && a.translation == b.translation
            && a.pluralTranslations == b.pluralTranslations && a.translatorComments == b.translatorComments
            && a.extractedComments == b.extractedComments && a.references == b.references && a.flags == b.flags
            && a.previousKey == b.previousKey && a.previousSource == b.previousSource
            && a.previousSourcePlural == b.previousSourcePlural && a.isObsolete == b.isObsolete
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(source)
        hasher.combine(translation)
    }
}

/// The text one entry was read from, and the entry as it was read: when the entry still
/// equals `entry`, POWriter writes `leading + body` back instead of reformatting it, so
/// files from msgmerge, Poedit or Weblate keep their exact layout.
public final class POEntryText: Hashable, Sendable {
    /// Blank lines (and any unparseable text) between the previous entry and this one.
    public let leading: String
    /// The entry's own lines, from its first comment to the end of its last string line.
    public let body: String
    /// The entry's content when it was read.
    public let entry: CatalogEntry

    /// Records an entry's text as read.
    public init(leading: String, body: String, entry: CatalogEntry) {
        self.leading = leading
        self.body = body
        self.entry = entry
    }

    /// Same text and same entry.
    public static func == (a: POEntryText, b: POEntryText) -> Bool {
        a === b || (a.leading == b.leading && a.body == b.body && a.entry == b.entry)
    }

    /// Hashes the text only.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(leading)
        hasher.combine(body)
    }
}

/// Where an entry and its strings sit in the file it was read from.
public struct EntryLocation: Hashable, Sendable {
    /// The first line of the entry (its first comment, or its first keyword).
    public var start: TextPosition
    /// The position of the `msgid` keyword.
    public var source: TextPosition?
    /// The position of the `msgstr` keyword.
    public var translation: TextPosition?
    /// Maps offsets inside the decoded strings back to file positions.
    public var sourceMap: StringSourceMap?
    public var translationMap: StringSourceMap?

    public init(
        start: TextPosition, source: TextPosition? = nil, translation: TextPosition? = nil,
        sourceMap: StringSourceMap? = nil, translationMap: StringSourceMap? = nil
    ) {
        self.start = start
        self.source = source
        self.translation = translation
        self.sourceMap = sourceMap
        self.translationMap = translationMap
    }
}

/// Maps a position inside a decoded PO string (which may span several quoted lines and
/// contain escapes) to the line and column in the file, so a diagnostic about the 14th
/// character of a translation points at the right place.
public struct StringSourceMap: Hashable, Sendable {
    /// One segment per quoted line: the scalar offset in the decoded string where the segment
    /// starts, and the file position of each decoded scalar's first source character.
    public struct Segment: Hashable, Sendable {
        public var decodedStart: Int
        public var line: Int
        /// File column (1-based, in scalars) of each decoded scalar of this segment, plus one
        /// past the end (the closing quote).
        public var columns: [Int]

        public init(decodedStart: Int, line: Int, columns: [Int]) {
            self.decodedStart = decodedStart
            self.line = line
            self.columns = columns
        }
    }

    public var segments: [Segment]

    public init(segments: [Segment]) { self.segments = segments }

    /// The file position of the scalar at `offset` (in Unicode scalars) of the decoded string.
    public func position(ofScalarOffset offset: Int) -> TextPosition? {
        guard !segments.isEmpty else { return nil }
        var chosen = segments[0]
        for segment in segments where segment.decodedStart <= offset {
            // Skip empty segments (a leading "" line) unless nothing else applies.
            if segment.columns.count > 1 || segment.decodedStart < offset || chosen.columns.count <= 1 { chosen = segment }
        }
        let local = offset - chosen.decodedStart
        let column = local < chosen.columns.count ? chosen.columns[max(local, 0)] : (chosen.columns.last ?? 1)
        return TextPosition(line: chosen.line, column: column)
    }
}
