import Foundation
import TranslateKit

extension FuzzTarget {
    /// translate.json: reading never crashes; a refusal says where in the file the problem is.
    static let config = FuzzTarget(name: "config", maximumLength: 8_192) { data in
        guard let (text, _) = decodedText(data, path: "translate.json") else { return }
        do {
            _ = try ProjectConfig.parse(text, path: "translate.json")
        } catch let error as TranslateError {
            invariant(error.path != nil, "translate.json error without a path: \(error)")
        } catch {
            fatalError("invariant broken: translate.json refused with \(type(of: error)), not a TranslateError: \(error)")
        }
    }
}
