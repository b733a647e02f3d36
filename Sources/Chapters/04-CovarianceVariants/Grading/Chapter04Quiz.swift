import EMKit
import SubmissionCalls

/// The quiz `emkit quiz --chapter 4` answers from the student's fits, queries and sampler.
public enum Chapter04Quiz {
    public static let quiz = ChapterQuiz(
        summary: "kMeansStart, fitCovarianceVariant, mixtureLogDensities and sampleFromFit in \(GradedCode.name) on the lecture's two moons "
            + "(its GaussianMixture calls with random_state=0) and blobs (\(Chapter04Notebook.panelPoints) points, random_state=\(Chapter04Notebook.dataSeed))",
        settings: { Chapter04Cases.settings }, answers: answers)

    /// The lecture's own call on the moons, in the student's code: their k-means start (part 12),
    /// their EM (part 9), and the mean of their log-densities (part 6) under the fit, which is
    /// what scikit-learn's `GaussianMixture(...).fit(X).score(X)` reports.
    static func lectureCall(_ session: SubmissionSession, _ name: String) throws(CallFailure) -> (fit: VariantFitResponse, score: Double)? {
        guard let spec = Chapter04Cases.run(named: name) else { return nil }
        let start = try session.call(Chapter04Cases.kmeansStart(spec))
        let fit = try session.call(VariantFitRequest(data: spec.data, initial: start, covariance: spec.covariance))
        let scores = try session.call(LogDensitiesRequest(points: spec.data, model: fit.model))
        return (fit, scores.count == spec.data.count ? scores.sum / Double(scores.count) : .nan)
    }

    /// The student's fit of a graded run from the key's start.
    static func fit(_ session: SubmissionSession, _ key: Chapter04Key, _ name: String) throws(CallFailure) -> (VariantFitResponse, Chapter04Key.Run)? {
        guard let run = key.run(name), let spec = Chapter04Cases.run(named: name) else { return nil }
        return (try session.call(VariantFitRequest(data: spec.data, initial: run.start, covariance: spec.covariance)), run)
    }

    /// The answer of a question whose fit has not produced numbers yet.
    static let unfinished = QuizValue.missing("fitCovarianceVariant does not produce a finite mean log-likelihood yet (part 9)")

    static func answers(_ session: SubmissionSession) -> [QuizAnswer] {
        guard let key = Chapter04Key.current else {
            return [QuizAnswer(key: "key", question: "chapter 04's answer key", value: .missing("the kit could not compute it"), correct: false)]
        }
        var answers: [QuizAnswer] = []
        do {
            guard let run2 = key.run("moons-k2"), let run16 = key.run("moons-k16"),
                  let (k2, ll2) = try lectureCall(session, "moons-k2"), let (k16, ll16) = try lectureCall(session, "moons-k16") else { return answers }
            answers.append(QuizAnswer(key: "moons_k2_mean_loglik", question: "two moons, K = 2 (clustering view), scikit-learn's start: mean log-likelihood of the fit",
                                      value: .number(ll2), correct: run2.finalScore.matches(ll2)))
            answers.append(QuizAnswer(key: "moons_k16_mean_loglik", question: "two moons, K = 16 (density view), scikit-learn's start: mean log-likelihood of the fit",
                                      value: .number(ll16), correct: run16.finalScore.matches(ll16)))
            answers.append(QuizAnswer(key: "moons_k16_iterations", question: "two moons, K = 16: EM iterations",
                                      value: .integer(k16.meanLogLikelihoods.count), correct: run16.iterations.matches(Double(k16.meanLogLikelihoods.count))))
            answers.append(QuizAnswer(key: "better_density_model", question: "which models the moons' density better, K = 2 or K = 16?",
                                      value: ll2.isFinite && ll16.isFinite ? .text(ll16 > ll2 ? "K = 16" : "K = 2") : unfinished,
                                      correct: ll16 > ll2 && run2.finalScore.matches(ll2) && run16.finalScore.matches(ll16)))
            _ = k2
            let drawn = try session.call(SampleFromFitRequest(count: Chapter04Cases.newPoints, seed: Chapter04Cases.newPointsSeed, model: k16.model))
            let scored = try session.call(LogDensitiesRequest(points: drawn.samples, model: k16.model))
            let mean = scored.isEmpty ? Double.nan : scored.sum / Double(scored.count)
            answers.append(QuizAnswer(key: "new_points_mean_log_density",
                                      question: "\(Chapter04Cases.newPoints) new points from your K = 16 fit: mean log-density (within 5.5 SE)",
                                      value: .number(mean),
                                      correct: run16.finalScore.matches(ll16) && abs(mean - key.newPointsMeanLogDensity) <= key.newPointsBand))
        } catch {
            answers.append(QuizAnswer(key: "moons", question: "the two-moons fits", value: .missing("\(error)"), correct: false))
        }
        do {
            var values: [Double] = [], right = true
            for name in ["aniso-spherical", "aniso-diag", "aniso-full"] {
                guard let (got, run) = try fit(session, key, name) else { continue }
                let ll = got.meanLogLikelihoods.last ?? .nan
                values.append(ll)
                right = right && run.finalMeanLogLikelihood.matches(ll)
            }
            answers.append(QuizAnswer(key: "anisotropic_mean_loglik", question: "anisotropic blobs, K = 3: final mean log-likelihood, spherical / diagonal / full",
                                      value: .numbers(values), correct: right && values.count == 3))
            let names = ["spherical", "diagonal", "full"]
            let best = values.indices.max { values[$0] < values[$1] }.map { names[$0] } ?? "none"
            answers.append(QuizAnswer(key: "anisotropic_best_shape", question: "anisotropic blobs: the covariance shape that fits best",
                                      value: values.count == 3 && values.allSatisfy(\.isFinite) ? .text(best) : unfinished,
                                      correct: right && values.count == 3))
        } catch {
            answers.append(QuizAnswer(key: "anisotropic", question: "the anisotropic fits", value: .missing("\(error)"), correct: false))
        }
        do {
            if let (got, run) = try fit(session, key, "unbalanced-full-random") {
                let weights = got.model.weights.sorted()
                let sizes = Chapter04Notebook.panel("unbalanced").labels.reduce(into: [0, 0, 0]) { if (0..<3).contains($1) { $0[$1] += 1 } }
                answers.append(QuizAnswer(key: "unbalanced_weights", question: "unbalanced blobs (\(sizes.map(String.init).joined(separator: ", ")) points), random start: fitted weights, smallest first",
                                          value: got.meanLogLikelihoods.last?.isFinite == true ? .numbers(weights) : unfinished, correct: KeyComparison.vector(weights, run.sortedWeights, name: "") == nil))
            }
        } catch {
            answers.append(QuizAnswer(key: "unbalanced", question: "the unbalanced fit", value: .missing("\(error)"), correct: false))
        }
        return answers
    }
}
