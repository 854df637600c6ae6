import Foundation

/// One remembered translation: an English source, its translation in the memory's language,
/// when it was made, where it came from and what surrounded it.
public struct MemoryUnit: Hashable, Sendable {
    public var source: [TMXInline]
    public var target: [TMXInline]
    /// TMX dates (YYYYMMDDThhmmssZ), from the data that made the unit.
    public var creationDate: String?
    public var changeDate: String?
    /// The file the translation came from (`x-origin-file`).
    public var originFile: String?
    /// The catalog key (msgctxt) it translated (`x-key`).
    public var key: String?
    /// The catalog state it had (`x-state`); entries added from catalogs are translated.
    public var state: EntryState?
    /// Source text of the neighbouring messages, for in-context (101%) matches.
    public var previousSource: String?
    public var nextSource: String?
    /// Properties and notes from other tools, kept as read.
    public var otherProperties: [TMXProperty]
    public var notes: [String]
    /// Other `<tu>` attributes (tuid, usagecount, creationid…), kept as read.
    public var otherAttributes: [String: String]
    /// `<tuv>` attributes (besides dates) of the source and target variants, kept as read.
    public var sourceAttributes: [String: String]
    public var targetAttributes: [String: String]

    public init(
        source: [TMXInline], target: [TMXInline], creationDate: String? = nil, changeDate: String? = nil,
        originFile: String? = nil, key: String? = nil, state: EntryState? = nil, previousSource: String? = nil,
        nextSource: String? = nil, otherProperties: [TMXProperty] = [], notes: [String] = [],
        otherAttributes: [String: String] = [:], sourceAttributes: [String: String] = [:],
        targetAttributes: [String: String] = [:]
    ) {
        self.source = TMXInline.coalesced(source)
        self.target = TMXInline.coalesced(target)
        self.creationDate = creationDate
        self.changeDate = changeDate
        self.originFile = originFile
        self.key = key
        self.state = state
        self.previousSource = previousSource
        self.nextSource = nextSource
        self.otherProperties = otherProperties
        self.notes = notes
        self.otherAttributes = otherAttributes
        self.sourceAttributes = sourceAttributes
        self.targetAttributes = targetAttributes
    }

    /// Builds a unit from translate's messages.
    public init(
        sourceMessage: String, targetMessage: String, key: String? = nil, originFile: String? = nil,
        state: EntryState? = .translated, date: String? = nil, previousSource: String? = nil, nextSource: String? = nil
    ) {
        self.init(
            source: MessageSegment.segment(from: sourceMessage), target: MessageSegment.segment(from: targetMessage),
            creationDate: date, changeDate: date, originFile: originFile, key: key, state: state,
            previousSource: previousSource, nextSource: nextSource)
    }

    /// Where the translation came from, for people: translate's origin file, else the
    /// document other tools record (OmegaT's `file`, memoQ's `x-document`), else the key.
    public var origin: String? {
        originFile ?? otherProperties.first { ["file", "x-document", "x-Document", "x-filename"].contains($0.type) }?.value ?? key
    }

    /// The source before and after this one, from translate's properties or the ones OmegaT
    /// (`prev`/`next`) and memoQ (`x-context-pre`/`x-context-post`) write.
    public var contextBefore: String? {
        previousSource ?? otherProperties.first { $0.type == "prev" || $0.type == "x-context-pre" }?.value
    }

    public var contextAfter: String? {
        nextSource ?? otherProperties.first { $0.type == "next" || $0.type == "x-context-post" }?.value
    }

    /// The key an in-context (101%) match compares: translate's `x-key`, else the `tuid`, which
    /// tools that export from gettext catalogs (Translate Toolkit, hence Weblate) fill with msgctxt.
    public var contextKey: String? { key ?? otherAttributes["tuid"] }

    public var sourceText: String { TMXInline.plainText(source) }
    public var targetText: String { TMXInline.plainText(target) }

    /// Two units are the same memory entry when source, translation and key agree.
    public var identity: MemoryUnitIdentity { MemoryUnitIdentity(source: sourceText, target: targetText, key: key ?? "") }

    static let propertyOrigin = "x-origin-file"
    static let propertyKey = "x-key"
    static let propertyState = "x-state"
    static let propertyPrevious = "x-context-prev"
    static let propertyNext = "x-context-next"

    /// The unit as a `<tu>`: properties in a fixed order, then the source and target variants.
    public func tmxUnit(sourceLanguage: String, language: String) -> TMXUnit {
        var attributes = otherAttributes
        if let creationDate { attributes["creationdate"] = creationDate }
        if let changeDate { attributes["changedate"] = changeDate }
        var properties: [TMXProperty] = []
        if let originFile { properties.append(TMXProperty(type: Self.propertyOrigin, value: originFile)) }
        if let key { properties.append(TMXProperty(type: Self.propertyKey, value: key)) }
        if let state { properties.append(TMXProperty(type: Self.propertyState, value: state.rawValue)) }
        if let previousSource { properties.append(TMXProperty(type: Self.propertyPrevious, value: previousSource)) }
        if let nextSource { properties.append(TMXProperty(type: Self.propertyNext, value: nextSource)) }
        properties += otherProperties
        return TMXUnit(
            attributes: attributes, properties: properties, notes: notes,
            variants: [
                TMXVariant(language: sourceLanguage, segment: source, attributes: sourceAttributes),
                TMXVariant(language: language, segment: target, attributes: targetAttributes),
            ])
    }

    /// Reads a `<tu>`: nil when it lacks the source or the target language.
    /// The source is the variant in the memory's source language (translate's is English),
    /// whatever the file's or the unit's srclang says: a German-source TM's English variant
    /// is what English messages match.
    public init?(_ unit: TMXUnit, sourceLanguage: String, language: String) {
        guard let sourceVariant = unit.variant(for: sourceLanguage),
            let targetVariant = unit.variants.first(where: { $0 != sourceVariant && TMXLanguage.primary($0.language) == TMXLanguage.primary(language) })
                ?? (TMXLanguage.primary(sourceLanguage) == TMXLanguage.primary(language) ? nil : unit.variant(for: language))
        else { return nil }
        var attributes = unit.attributes
        // TMX allows dates on the unit or on each variant; the target's are the translation's.
        let creation = targetVariant.attributes["creationdate"] ?? attributes["creationdate"]
        let change = targetVariant.attributes["changedate"] ?? attributes["changedate"] ?? creation
        attributes.removeValue(forKey: "creationdate")
        attributes.removeValue(forKey: "changedate")
        var targetAttributes = targetVariant.attributes
        targetAttributes.removeValue(forKey: "creationdate")
        targetAttributes.removeValue(forKey: "changedate")
        var others: [TMXProperty] = []
        var origin: String?
        var key: String?
        var state: EntryState?
        var previous: String?
        var next: String?
        for property in unit.properties + sourceVariant.properties + targetVariant.properties {
            switch property.type {
            case Self.propertyOrigin where origin == nil: origin = property.value
            case Self.propertyKey where key == nil: key = property.value
            case Self.propertyState where state == nil && EntryState(rawValue: property.value) != nil: state = EntryState(rawValue: property.value)
            case Self.propertyPrevious where previous == nil: previous = property.value
            case Self.propertyNext where next == nil: next = property.value
            default: others.append(property)
            }
        }
        var source = sourceVariant.segment
        var target = targetVariant.segment
        // A memory made before tags were named `<x1>` holds `<1>…</1>`: read in the new spelling (context
        // included), its units still match today's messages exactly and in context.
        let sourceMessage = MessageSegment.message(from: source)
        if LegacyTags.isLegacy(sourceMessage) {
            source = MessageSegment.segment(from: LegacyTags.modernize(sourceMessage))
            target = MessageSegment.segment(from: LegacyTags.modernize(MessageSegment.message(from: target)))
            previous = previous.map(LegacyTags.modernize)
            next = next.map(LegacyTags.modernize)
        }
        self.init(
            source: source, target: target, creationDate: creation, changeDate: change,
            originFile: origin, key: key, state: state, previousSource: previous, nextSource: next,
            otherProperties: others, notes: unit.notes + sourceVariant.notes + targetVariant.notes,
            otherAttributes: attributes, sourceAttributes: sourceVariant.attributes.filter { $0.key != "creationdate" && $0.key != "changedate" },
            targetAttributes: targetAttributes)
    }
}

/// What makes two memory units the same entry.
public struct MemoryUnitIdentity: Hashable, Comparable, Sendable {
    public var source: String
    public var target: String
    public var key: String

    public static func < (a: Self, b: Self) -> Bool { (a.source, a.key, a.target) < (b.source, b.key, b.target) }
}
