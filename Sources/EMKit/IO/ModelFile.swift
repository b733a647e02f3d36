import Foundation

/// Reads and validates a mixture model from JSON:
/// `{"weights": [..], "means": [[..]], "covariances": [[[..]]]}`.
///
/// - Throws: `InputError` naming the file and, where it can, the field:
///   `model.json: not valid JSON (…)`, `model.json: missing field "weights"`,
///   `model.json: covariances[1]: is not positive definite`.
public func readModelFile(_ path: String) throws(InputError) -> GaussianMixture {
    try parseModel(Data(readTextFile(path).utf8), source: path)
}

/// Parses and validates a mixture model from JSON bytes; `source` names it in errors.
public func parseModel(_ json: Data, source: String) throws(InputError) -> GaussianMixture {
    let model: GaussianMixture
    do {
        model = try JSONDecoder().decode(GaussianMixture.self, from: json)
    } catch let error as DecodingError {
        throw InputError(location: source, describe(error))
    } catch {
        throw InputError(location: source, "not valid JSON (\(error.localizedDescription))")
    }
    try model.validate(source: source)
    return model
}

/// One line for a decoding failure, with the field path written the way the JSON is indexed.
private func describe(_ error: DecodingError) -> String {
    func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return text
    }
    switch error {
    case .keyNotFound(let key, let context):
        let parent = path(context.codingPath)
        return "missing field \"\(key.stringValue)\"" + (parent.isEmpty ? "" : " in \(parent)")
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
        let field = path(context.codingPath)
        // A wrong value at an index (`means[0][1]`) is a bad number; anywhere else, a bad shape.
        let what = field.hasSuffix("]") ? "expected a number" : "has the wrong shape (weights: [..], means: [[..]], covariances: [[[..]]])"
        return "\(field.isEmpty ? "top level" : field): \(what)"
    case .dataCorrupted(let context):
        if context.codingPath.isEmpty {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "not valid JSON" + (detail.map { " (\($0))" } ?? "")
        }
        return "\(path(context.codingPath)): \(context.debugDescription)"
    @unknown default:
        return "not a valid model (\(error))"
    }
}
