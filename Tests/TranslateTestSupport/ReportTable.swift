/// Reading the report's coverage table back, for the report's unit and end-to-end tests.
public enum ReportTable {
    /// The `<tr data-tag="…">` row of the coverage table, and the contents of its numeric cells.
    public static func row(_ html: String, tag: String) -> (html: String, numbers: [String])? {
        guard let start = html.range(of: "<tr data-tag=\"\(tag)\">") else { return nil }
        guard let end = html.range(of: "</tr>", range: start.upperBound..<html.endIndex) else { return nil }
        let row = String(html[start.lowerBound..<end.upperBound])
        var numbers: [String] = []
        var rest = row[...]
        while let open = rest.range(of: "<td class=\"num\">") {
            guard let close = rest.range(of: "</td>", range: open.upperBound..<rest.endIndex) else { break }
            numbers.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return (row, numbers)
    }
}
