import EMKit
import SubmissionCalls

/// The quiz `emkit quiz --chapter 4` answers from the student's fits, queries and sampler.
public enum Chapter04Quiz {
    public static let quiz = ChapterQuiz(
        summary: "fitCovarianceVariant, mixtureLogDensities and sampleFromFit in \(GradedCode.name) on the lecture's two moons and anisotropic blobs, from the kit's k-means++ starts",
        answers: answers)

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
            guard let (k2, run2) = try fit(session, key, "moons-k2"), let (k16, run16) = try fit(session, key, "moons-k16") else { return answers }
            let ll2 = k2.meanLogLikelihoods.last ?? .nan, ll16 = k16.meanLogLikelihoods.last ?? .nan
            answers.append(QuizAnswer(key: "moons_k2_mean_loglik", question: "two moons, K = 2 (clustering view): final mean log-likelihood",
                                      value: .number(ll2), correct: run2.finalMeanLogLikelihood.matches(ll2)))
            answers.append(QuizAnswer(key: "moons_k16_mean_loglik", question: "two moons, K = 16 (density view): final mean log-likelihood",
                                      value: .number(ll16), correct: run16.finalMeanLogLikelihood.matches(ll16)))
            answers.append(QuizAnswer(key: "moons_k16_iterations", question: "two moons, K = 16: EM iterations",
                                      value: .integer(k16.meanLogLikelihoods.count), correct: run16.iterations.matches(Double(k16.meanLogLikelihoods.count))))
            answers.append(QuizAnswer(key: "better_density_model", question: "which models the moons' density better, K = 2 or K = 16?",
                                      value: ll2.isFinite && ll16.isFinite ? .text(ll16 > ll2 ? "K = 16" : "K = 2") : unfinished,
                                      correct: ll16 > ll2 && run2.finalMeanLogLikelihood.matches(ll2) && run16.finalMeanLogLikelihood.matches(ll16)))
            let drawn = try session.call(SampleFromFitRequest(count: Chapter04Cases.newPoints, seed: Chapter04Cases.newPointsSeed, model: k16.model))
            let scored = try session.call(LogDensitiesRequest(points: drawn.samples, model: k16.model))
            let mean = scored.isEmpty ? Double.nan : scored.sum / Double(scored.count)
            answers.append(QuizAnswer(key: "new_points_mean_log_density",
                                      question: "\(Chapter04Cases.newPoints) new points from your K = 16 fit: mean log-density (within 5.5 SE)",
                                      value: .number(mean),
                                      correct: run16.finalMeanLogLikelihood.matches(ll16) && abs(mean - key.newPointsMeanLogDensity) <= key.newPointsBand))
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
                answers.append(QuizAnswer(key: "unbalanced_weights", question: "unbalanced blobs (167, 100, 10 points), random start: fitted weights, smallest first",
                                          value: got.meanLogLikelihoods.last?.isFinite == true ? .numbers(weights) : unfinished, correct: KeyComparison.vector(weights, run.sortedWeights, name: "") == nil))
            }
        } catch {
            answers.append(QuizAnswer(key: "unbalanced", question: "the unbalanced fit", value: .missing("\(error)"), correct: false))
        }
        return answers
    }
}
