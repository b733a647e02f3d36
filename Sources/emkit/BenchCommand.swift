// edition: omit (the reference mixture engine; it would answer the exercises)
import EMKit
import Reference
import Foundation

/// `emkit bench --data FILE --components K --iterations N`: how fast the reference EM runs.
enum BenchCommand: EmkitCommand {
    static let name = "bench"
    static let abstract = "Time the mixture EM: seconds per iteration, parse time and peak memory."
    static let discussion = """
        Reads FILE (timed on its own), starts as fit --init random does with seed S, then runs \
        exactly N EM iterations (no early stop, regularisation 1e-6) and reports seconds per \
        iteration, the parse time and the peak memory (VmHWM).
        """
    static let options: [OptionSpec] = [
        .value("--data", "FILE", "the points, one a line, coordinates comma-separated", required: true),
        .value("--components", "K", "the number of components", required: true),
        .value("--iterations", "N", "how many EM iterations to run", required: true),
        .value("--seed", "S", "numpy's seed for the random start", default: "0"),
        .value("--covariance", "full|diagonal|spherical|tied", "the covariance type", default: "full"),
        .flag("--json", "print the figures as JSON"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        let path = try arguments.requiredString("--data")
        let components = try arguments.integer("--components", in: 1...10_000)
        let iterations = try arguments.integer("--iterations", in: 1...1_000_000)
        let seed = try arguments.seed(default: 0)
        let covarianceText = arguments.string("--covariance") ?? "full"
        guard let covarianceType = CovarianceType(argument: covarianceText) else {
            throw InputError(parameter: "--covariance", "expected full, diagonal, spherical or tied, got \(InputError.quoted(covarianceText))")
        }
        let clock = ContinuousClock()
        var data: DataMatrix? = nil
        let parseTime = try measure(clock) { () throws(InputError) in data = try readDataMatrix(path: path) }
        guard let data else { throw InputError(file: path, "could not be read") }
        let options = MixtureFitOptions(covarianceType: covarianceType, initialization: .random, seed: seed)
        try options.validate(components: components, points: data.rows)
        try FitCommand.checkFitSize(points: data.rows, dimension: data.columns, components: components, path: path, notebook: false)
        var start: GaussianMixture? = nil
        var model: GaussianMixture? = nil
        let initTime = try measure(clock) { () throws(InputError) in
            do { start = try initialMixture(data, components: components, options: options) } catch {
                throw InputError(location: path, "EM cannot start: \(error)")
            }
        }
        guard let start else { throw InputError(location: path, "EM cannot start") }
        let cpuBefore = processCPUSeconds()
        let emTime = try measure(clock) { () throws(InputError) in
            do {
                model = try mixtureEMIterations(data, from: start, covarianceType: covarianceType, iterations: iterations)
            } catch {
                throw InputError(location: path, "EM cannot go on: \(error)")
            }
        }
        let emCPU = processCPUSeconds() - cpuBefore
        if let model, !(model.weights + model.means.joined() + model.covariances.joined().joined()).allSatisfy(\.isFinite) {
            throw InputError(location: path, "EM overflowed: the model is no longer finite numbers (the data's scale is too wide for double precision)")
        }
        let report = Report(
            points: data.rows, dimension: data.columns, components: components, iterations: iterations,
            covarianceType: covarianceType, parseSeconds: parseTime, initSeconds: initTime, emSeconds: emTime, emCPUSeconds: emCPU,
            peakMemoryBytes: peakMemoryBytes(), dataBytes: data.rows * data.columns * 8,
            threads: ProcessInfo.processInfo.activeProcessorCount, firstWeight: model?.weights.first ?? .nan)
        Output.write(arguments.has("--json") ? report.json + "\n" : report.text)
    }

    private static func measure(_ clock: ContinuousClock, _ body: () throws(InputError) -> Void) throws(InputError) -> Double {
        let start = clock.now
        try body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    /// User plus system CPU time of the whole process (all threads) so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
        getrusage(RUSAGE_SELF, &usage)
        #endif
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) * 1e-6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The peak resident set size: `VmHWM` from /proc/self/status, else `getrusage`.
    static func peakMemoryBytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
           let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") {
            return kilobytes * 1024
        }
        var usage = rusage()
        #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024  // kilobytes on Linux
        #else
        getrusage(RUSAGE_SELF, &usage)
        return Int(usage.ru_maxrss)  // bytes on macOS
        #endif
    }

    struct Report {
        var points, dimension, components, iterations: Int
        var covarianceType: CovarianceType
        var parseSeconds, initSeconds, emSeconds, emCPUSeconds: Double
        var peakMemoryBytes, dataBytes, threads: Int
        var firstWeight: Double

        var secondsPerIteration: Double { emSeconds / Double(iterations) }

        var json: String {
            JSONText.object([
                ("points", "\(points)"), ("dimension", "\(dimension)"), ("components", "\(components)"),
                ("covariance_type", JSONText.string(covarianceType.rawValue)),
                ("iterations", "\(iterations)"), ("threads", "\(threads)"),
                ("parse_seconds", JSONText.number(parseSeconds)), ("init_seconds", JSONText.number(initSeconds)),
                ("em_seconds", JSONText.number(emSeconds)), ("seconds_per_iteration", JSONText.number(secondsPerIteration)),
                ("cpu_seconds_per_iteration", JSONText.number(emCPUSeconds / Double(iterations))),
                ("peak_memory_bytes", "\(peakMemoryBytes)"), ("data_bytes", "\(dataBytes)"),
                ("first_weight", JSONText.number(firstWeight)),
            ])
        }

        var text: String {
            func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }
            return """
                data        \(points) points × \(dimension) dimensions, K = \(components), \(covarianceType.rawValue) covariances, \(threads) threads
                parse       \(ms(parseSeconds))
                start       \(ms(initSeconds)) (random responsibilities, one M-step)
                EM          \(iterations) iterations in \(ms(emSeconds)): \(ms(secondsPerIteration)) per iteration (CPU time of all threads: \(ms(emCPUSeconds / Double(iterations))))
                peak memory \(String(format: "%.1f", Double(peakMemoryBytes) / 1_048_576)) MiB (data \(String(format: "%.1f", Double(dataBytes) / 1_048_576)) MiB)

                """
        }
    }
}
