extension CheckSettings {
    /// The settings a project's translate.json and language registry give: severities and 'off' per
    /// check (globally and per language), the languages critical messages must reach, and each
    /// registered language's completeness threshold from its tier.
    public init(config: ProjectConfig, registry: LanguageRegistry?) {
        self.init()
        for (id, setting) in config.checks {
            switch setting.severity {
            case .severity(let severity)?: severities[id] = severity
            case .off?: disabled.insert(id)
            case nil: break
            }
            if let messages = setting.messages { checkSourceMessages[id] = messages }
            if let grade = setting.targetGrade { targetReadingGrade = grade }
            if let words = setting.sentenceWords { maximumSentenceWords = words }
            for (language, value) in setting.languages {
                switch value {
                case .severity(let severity): languageSeverities[language, default: [:]][id] = severity
                case .off: languageDisabled[language, default: []].insert(id)
                }
            }
        }
        requiredLanguages = Set(config.criticalLanguages)
        if let registry {
            knownLanguages = Set(registry.tags)
            for language in registry.languages {
                minimumCoverage[language.tag] = config.threshold(for: language.tier) / 100
            }
        }
        minimumCoverage["*"] = config.threshold(for: .onRequest) / 100
    }
}
