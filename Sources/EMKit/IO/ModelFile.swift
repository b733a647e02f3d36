import Foundation

/// Reads and validates a mixture model from JSON:
/// `{"weights": [..], "means": [[..]], "covariances": [[[..]]]}`.
///
/// - Throws: `InputError` naming the file and the place: `model.json:3:14: not valid JSON:
///   expected "," or "]" after an array element, found "}"`, `model.json: missing field
///   "weights"`, `model.json: covariances[1]: is not positive definite`.
public func readModelFile(_ path: String) throws(InputError) -> GaussianMixture {
    try parseModel(readFileBytes(path, limit: InputLimits.maxModelFileBytes), source: path)
}

/// Parses and validates a mixture model from JSON bytes; `source` names it in errors.
///
/// The JSON is read strictly (RFC 8259) by `JSONReader`, so a syntax error names its line,
/// column and reason, and a number beyond ±`InputLimits.maxMagnitude` is refused as
/// overflowing. Fields other than the three are ignored.
public func parseModel(_ json: Data, source: String) throws(InputError) -> GaussianMixture {
    let value = try JSONReader.parse(json, source: source)
    func fail(_ field: String, _ message: String) -> InputError {
        InputError(location: "\(source): \(field)", message)
    }
    guard case .object(let members) = value else {
        throw fail("top level", "expected an object {\"weights\": [..], \"means\": [[..]], \"covariances\": [[[..]]]}, found \(value.kind)")
    }
    func field(_ name: String) throws(InputError) -> JSONValue {
        guard let member = members.first(where: { $0.key == name }) else {
            throw InputError(location: source, "missing field \"\(name)\"")
        }
        return member.value
    }
    func numbers(_ value: JSONValue, _ path: String) throws(InputError) -> Vector {
        guard case .array(let elements) = value else { throw fail(path, "expected an array of numbers, found \(value.kind)") }
        var out = Vector()
        out.reserveCapacity(elements.count)
        for (i, element) in elements.enumerated() {
            guard case .number(let x) = element else { throw fail("\(path)[\(i)]", "expected a number, found \(element.kind)") }
            out.append(x)
        }
        return out
    }
    func rows(_ value: JSONValue, _ path: String) throws(InputError) -> Matrix {
        guard case .array(let elements) = value else { throw fail(path, "expected an array of arrays of numbers, found \(value.kind)") }
        var out = Matrix()
        for (i, element) in elements.enumerated() { out.append(try numbers(element, "\(path)[\(i)]")) }
        return out
    }
    let weights = try numbers(try field("weights"), "weights")
    let means = try rows(try field("means"), "means")
    let covariancesValue = try field("covariances")
    guard case .array(let covarianceElements) = covariancesValue else {
        throw fail("covariances", "expected an array of matrices (arrays of arrays of numbers), found \(covariancesValue.kind)")
    }
    var covariances: [Matrix] = []
    for (i, element) in covarianceElements.enumerated() { covariances.append(try rows(element, "covariances[\(i)]")) }
    if let first = means.first, first.count > InputLimits.maxColumns {
        throw fail("means[0]", "has \(first.count.thousandsGrouped) coordinates; the kit reads at most \(InputLimits.maxColumns.thousandsGrouped)")
    }
    let model = GaussianMixture(weights: weights, means: means, covariances: covariances)
    try model.validate(source: source)
    return model
}
