import Autograder
import EMKit

/// `emkit quiz [--json]`: chapter 01 run as the notebook runs it, with the quiz answers.
enum QuizCommand: EmkitCommand {
    static let name = "quiz"
    static let abstract = "Print a chapter's quiz answers from your code, each ✓ or ✗ against the reference."
    static let discussion = """
        Runs your code (or the reference, with --traits Solutions) as the chapter's notebook does. \
        Chapter 01 runs runEM on the first notebook's data and compares at six decimals.
        """
    static let options: [OptionSpec] = [
        .value("--chapter", "N", "the chapter, 1 to \(Catalog.chapters.count)", default: "1"),
        .flag("--json", "print the answers as JSON"),
    ]

    static func run(_ arguments: Arguments) throws(InputError) {
        let number = try arguments.integer("--chapter", in: 1...(Catalog.chapters.map(\.number).max() ?? 1))
        let session = try Session.make()
        if number != 1 {
            guard let chapter = Catalog.chapter(number), let quiz = chapter.quiz else {
                throw InputError(parameter: "--chapter", "chapter \(number) has no quiz")
            }
            let answers = quiz.answers(session)
            Output.write(arguments.has("--json") ? json(chapter: number, answers, settings: quiz.settings) + "\n" : text(chapter: chapter, summary: quiz.summary, answers))
            return
        }
        let answers: Chapter01Answers
        do {
            answers = try Chapter01Quiz.studentAnswers(session)
        } catch {
            throw InputError(location: Catalog.chapter(1).flatMap { c in c.parts.first.map { "Exercises/\(c.folder)/\($0.file)" } } ?? "Exercises", "runEM \(error)")
        }
        let right = QuizMarks(answers: answers)
        Output.write(arguments.has("--json") ? json(answers, right) + "\n" : text(answers, right))
    }

    /// The generic quiz of chapters 02 onwards, as text.
    static func text(chapter: Chapter, summary: String, _ answers: [QuizAnswer]) -> String {
        let width = answers.map(\.question.count).max() ?? 0
        var lines = [String(format: "Chapter %02d quiz, ", chapter.number) + summary + ":"]
        for answer in answers {
            let pad = String(repeating: " ", count: max(0, width - answer.question.count))
            lines.append("  \(answer.correct ? "✓" : "✗") \(answer.question)\(pad)  \(answer.value.shown)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func value(_ v: QuizValue) -> String {
        switch v {
        case .number(let x): return JSONText.number(x)
        case .integer(let n): return "\(n)"
        case .text(let s): return JSONText.string(s)
        case .numbers(let xs): return JSONText.array(xs)
        case .integers(let ns): return "[" + ns.map(String.init).joined(separator: ", ") + "]"
        case .missing: return "null"
        }
    }

    /// `settings`: one object per experiment with its sizes, each on one line.
    static func settings(_ experiments: [QuizExperiment]) -> String {
        JSONText.object(experiments.map { experiment in
            (experiment.name, JSONText.object(experiment.fields.map { ($0.key, value($0.value)) }).replacingOccurrences(of: "\n", with: " "))
        }).replacingOccurrences(of: "\n", with: "\n  ")
    }

    /// The generic quiz as JSON: one key per answer, `correct` per key, and the `settings` run.
    static func json(chapter: Int, _ answers: [QuizAnswer], settings experiments: [QuizExperiment]) -> String {
        var fields = [("submission", JSONText.string(GradedCode.name)), ("chapter", "\(chapter)")]
        fields += answers.map { ($0.key, value($0.value)) }
        fields.append(("correct", JSONText.object(answers.map { ($0.key, "\($0.correct)") }).replacingOccurrences(of: "\n", with: " ")))
        fields.append(("settings", settings(experiments)))
        return JSONText.object(fields)
    }

    static func json(_ a: Chapter01Answers, _ right: QuizMarks) -> String {
        func optional(_ x: Double?) -> String { x.map(JSONText.number) ?? "null" }
        return JSONText.object([
            ("submission", JSONText.string(GradedCode.name)),
            ("first_component_weight", optional(a.first_component_weight)),
            ("second_component_mean_x", optional(a.second_component_mean_x)),
            ("third_component_variance_x", optional(a.third_component_variance_x)),
            ("loglikelihood_trend", JSONText.string(a.loglikelihood_trend)),
            ("iterations", "\(a.iterations)"),
            ("last_progress_line", a.last_progress_line.map(JSONText.string) ?? "null"),
            ("weights", JSONText.array(a.weights)),
            ("means", JSONText.matrix(a.means)),
            ("covariances", JSONText.matrices(a.covariances)),
            ("loglikelihoods", JSONText.array(a.loglikelihoods)),
            ("correct", JSONText.object(right.all.map { ($0.key, "\($0.right)") }).replacingOccurrences(of: "\n", with: " ")),
            ("settings", settings(Chapter01Quiz.settings)),
        ])
    }

    static func text(_ a: Chapter01Answers, _ right: QuizMarks) -> String {
        func mark(_ ok: Bool) -> String { ok ? "✓" : "✗" }
        func value(_ x: Double?) -> String { x.map { String(format: "%.8f", $0) } ?? "none" }
        let first = a.loglikelihoods.first.map { String(format: "%.3f", $0) } ?? "none"
        let last = a.loglikelihoods.last.map { String(format: "%.3f", $0) } ?? "none"
        return """
            Chapter 01 quiz, from runEM in \(GradedCode.name) on the notebook's data (seed 4, 100 points):
              \(mark(right.weight)) weight of the first component                 \(value(a.first_component_weight))
              \(mark(right.mean)) mean of the second component, 1st dimension    \(value(a.second_component_mean_x))
              \(mark(right.variance)) variance of the third component, 1st dimension \(value(a.third_component_variance_x))
              \(mark(right.trend)) the log-likelihood is                          \(a.loglikelihood_trend) (\(a.loglikelihoods.count) values, \(first) → \(last))
              \(mark(right.iterations)) checkpoint: iterations                         \(a.iterations) (last line "\(a.last_progress_line ?? "none")")

            """
    }
}

/// A grading session on the submission this build was made with.
enum Session {
    static func make(timeLimit: Double = 10) throws(InputError) -> SubmissionSession {
        guard let runner = IsolatedRunner.locate(timeLimit: timeLimit) else {
            throw InputError(parameter: "emkit", "cannot find the emkit program to run the submission in")
        }
        return SubmissionSession(runner: runner)
    }
}
