/// The header of messages.pot, written in one place for the extractor and the benchmark generator:
/// fixed fields and no dates, so unchanged content gives identical bytes.
public enum TemplateHeader {
    /// The fields in the order they are written.
    public static let fields: [(name: String, value: String)] = [
        ("Project-Id-Version", "translate"),
        ("MIME-Version", "1.0"),
        ("Content-Type", "text/plain; charset=UTF-8"),
        ("Content-Transfer-Encoding", "8bit"),
        ("X-Source-Language", "en"),
    ]

    /// A catalog with the template header and no entries.
    public static func emptyTemplate() -> Catalog {
        var catalog = Catalog()
        for field in fields { catalog.setHeaderField(field.name, field.value) }
        return catalog
    }
}
