/// Escaping for text that goes into the report's HTML: everything read from files passes through here.
public enum HTML {
    /// Text content and attribute values (MarkupEscaper's attribute rule, safe in both): `&`, `<`, `>`,
    /// `"`, `'` and CR become character references, so a `<script>` in a translation or a language
    /// name is shown, never run.
    public static func escape(_ text: String) -> String { MarkupEscaper.htmlAttribute(text) }

    /// A language's name marked up for what it is: `<bdi lang="…" dir="…">`, so screen readers
    /// pick the right voice and right-to-left names keep their order inside English text.
    public static func foreign(_ text: String, tag: String, rightToLeft: Bool) -> String {
        "<bdi lang=\"\(escape(tag))\" dir=\"\(rightToLeft ? "rtl" : "ltr")\">\(escape(text))</bdi>"
    }
}
