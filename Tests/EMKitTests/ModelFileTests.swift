import EMKit
import Foundation
import Testing

@Suite("reading and checking model files")
struct ModelFileTests {
    func error(_ json: String) -> String? {
        do {
            _ = try parseModel(Data(json.utf8), source: "model.json")
            return nil
        } catch {
            return error.description
        }
    }

    @Test("the notebook's model reads back")
    func reads() throws {
        let json = #"{"weights": [0.25, 0.5, 0.25], "means": [[5, 0], [1, 1], [0, 5]], "covariances": [[[0.5, 0], [0, 0.5]], [[0.92, 0.38], [0.38, 0.91]], [[0.5, 0], [0, 0.5]]]}"#
        let model = try parseModel(Data(json.utf8), source: "model.json")
        #expect(model.componentCount == 3)
        #expect(model.dimension == 2)
        #expect(model.covariances[1][0][1] == 0.38)
    }

    @Test("each kind of bad model gets one line naming the field", arguments: [
        ("not json", "model.json:1:1: not valid JSON: expected a JSON value, found \"not\""),
        ("{\"weights\": [1],\n \"means\": [[0]\n}", "model.json:3:1: not valid JSON: expected \",\" or \"]\" after an array element, found \"}\""),
        ("{\"weights\": [1], \"means\": [[1e400]], \"covariances\": [[[1]]]}", "model.json:1:29: \"1e400\" overflows: the kit reads numbers within ±1e100"),
        (#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1.7e308, 1e308], [1e308, 1.7e308]]]}"#, "model.json:1:55: \"1.7e308\" overflows"),
        (#"{"weights": [1], "means": [0, 3], "covariances": [[[1]]]}"#, "model.json: means[0]: expected an array of numbers, found a number"),
        (#"{"weights": [1], "weights": [1]}"#, "model.json:1:18: not valid JSON: duplicate field \"weights\""),
        (#"[1, 2]"#, "model.json: top level: expected an object"),
        ("{\"weights\": [01]}", "model.json:1:14: not valid JSON: a number may not start with 0 followed by digits"),
        ("{\"weights\": \"a\u{1}\"}", "model.json:1:15: not valid JSON: control character U+0001 inside a string"),
        ("{\"weights\": \"abc", "model.json:1:13: not valid JSON: the string that starts here is not closed"),
        ("", "model.json: the file is empty"),
        (String(repeating: "[", count: 100_000), "model.json:1:65: not valid JSON: arrays and objects nest more than 64 deep"),
        (#"{"weights": "\uD800a\uDC00"}"#, "model.json:1:20: not valid JSON: a \\u escape leaves half a surrogate pair"),
        (#"{"w\u00e9ights": [1], "weights": [1], "means": [[0]], "covariances": [[[1]]], "x": "\uD83D\uDE00"}"#, nil),
        ("{\"weights\": [1]} x", "model.json:1:18: not valid JSON: unexpected \"x\" after the JSON value"),
        (#"{"weights": [1], "means": [[0]]}"#, "model.json: missing field \"covariances\""),
        (#"{"weights": [1], "means": [["a"]], "covariances": [[[1]]]}"#, "model.json: means[0][0]: expected a number"),
        (#"{"weights": [], "means": [], "covariances": []}"#, "model.json: weights: a mixture needs at least one component"),
        (#"{"weights": [0.6, 0.6], "means": [[0], [1]], "covariances": [[[1]], [[1]]]}"#, "model.json: weights: probabilities must sum to 1 (they sum to 1.2)"),
        (#"{"weights": [1.5, -0.5], "means": [[0], [1]], "covariances": [[[1]], [[1]]]}"#, "model.json: weights[1]: probabilities must be non-negative (got -0.5)"),
        (#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1, 0.5], [0.4, 1]]]}"#, "model.json: covariances[0]: is not symmetric"),
        (#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1, 2], [2, 1]]]}"#, "model.json: covariances[0]: is not positive definite"),
        (#"{"weights": [0.5, 0.5], "means": [[0, 0], [1]], "covariances": [[[1, 0], [0, 1]], [[1]]]}"#, "model.json: means[1]: has 1 coordinates, means[0] has 2"),
        (#"{"weights": [1], "means": [[0, 0]], "covariances": [[[1]]]}"#, "model.json: covariances[0]: must be 2 × 2 to match the means"),
        (#"{"weights": [0.5, 0.5], "means": [[0]], "covariances": [[[1]], [[1]]]}"#, "model.json: means: has 1 entries, weights has 2"),
    ])
    func badModels(_ json: String, _ expected: String?) {
        let message = error(json)
        guard let expected else { #expect(message == nil, "got \(message ?? "")"); return }
        #expect(message?.hasPrefix(expected) == true, "got \(message ?? "no error")")
        #expect(message?.contains("\n") == false)
    }
}
