/// JSON for reports, written deterministically: object keys sorted, fixed indentation, no trailing spaces.
public indirect enum ReportJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([ReportJSON])
    case object([String: ReportJSON])

    /// Pretty JSON with two-space indentation and keys in code-point order.
    public func rendered() -> String {
        var out = ""
        write(to: &out, indent: 0)
        return out
    }

    private func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .int(let value): out += String(value)
        case .string(let value): JSONString.append(value, to: &out, escapingInvisible: true)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                item.write(to: &out, indent: indent + 1)
                out += index == items.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            let keys = members.keys.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            for (index, key) in keys.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                JSONString.append(key, to: &out, escapingInvisible: true)
                out += ": "
                members[key]!.write(to: &out, indent: indent + 1)
                out += index == keys.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

}

extension Optional where Wrapped == String {
    var json: ReportJSON { map(ReportJSON.string) ?? .null }
}
