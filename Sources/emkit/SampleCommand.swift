import EMKit

/// `emkit sample --model MODEL.json --count N --seed S`: `np.random.seed(S)` followed by the
/// notebook's `generate_MoG_data` loop; one point a line, coordinates comma-separated.
enum SampleCommand: EmkitCommand {
    static let name = "sample"
    static let abstract = "Draw points from a Gaussian mixture as the notebooks' generate_MoG_data does."
    static let discussion = """
        np.random.seed(S), then the notebook's loop. MODEL.json holds \
        {"weights": [..], "means": [[..]], "covariances": [[[..]]]}. Prints one point per line, \
        coordinates separated by commas, each number written so that reading it back gives the same double.
        """
    static let options: [OptionSpec] = [
        .value("--model", "MODEL.json", "the mixture to draw from", required: true),
        .value("--count", "N", "how many points to draw", required: true),
        .value("--seed", "S", "numpy's seed", default: "4"),
        .flag("--components", "add the index of the component each point came from as a last column"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        let path = try arguments.requiredString("--model")
        let count = try arguments.integer("--count", in: 0...100_000_000)
        let seed = try arguments.seed(default: 4)
        let model = try readModelFile(path)
        var random = NumpyRandom(seed: seed)
        // Streams: each point is written as it is drawn, through a 64 KiB buffer, so memory
        // stays constant whatever N is; the random stream is consumed exactly as before.
        let withComponents = arguments.has("--components")
        var text = ""
        text.reserveCapacity(1 << 17)
        try forEachMoGDraw(count: count, model: model, random: &random, source: path) { point, component in
            for (i, x) in point.enumerated() {
                if i > 0 { text += "," }
                text += x.roundTripText
            }
            if withComponents { text += ",\(component)" }
            text += "\n"
            if text.utf8.count > 1 << 16 { Output.write(text); text.removeAll(keepingCapacity: true) }
        }
        Output.write(text)
    }
}
