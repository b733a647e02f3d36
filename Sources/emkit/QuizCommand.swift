import Autograder
import EMKit

/// `emkit quiz [--chapter N] [--json]`: a chapter's quiz, run as its notebook runs it.
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
        guard let chapter = Catalog.chapter(number), let quiz = chapter.quiz else {
            throw InputError(parameter: "--chapter", "chapter \(number) has no quiz")
        }
        let session = try Session.make()
        let answers = quiz.answers(session)
        Output.write(arguments.has("--json") ? json(chapter: number, answers, settings: quiz.settings) + "\n" : text(chapter: chapter, summary: quiz.summary, answers))
    }

    /// A chapter's quiz as text: its questions, each ✓ or ✗ (values reported by --json only are left out).
    static func text(chapter: Chapter, summary: String, _ answers: [QuizAnswer]) -> String {
        let questions = answers.filter(\.isQuestion)
        let width = questions.map(\.question.count).max() ?? 0
        var lines = [String(format: "Chapter %02d quiz, ", chapter.number) + summary + ":"]
        for answer in questions {
            let pad = String(repeating: " ", count: max(0, width - answer.question.count))
            lines.append("  \(answer.correct ? "✓" : "✗") \(answer.question)\(pad)  \(answer.value.shown)" + (answer.note.map { " " + $0 } ?? ""))
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
        case .matrix(let m): return JSONText.matrix(m)
        case .matrices(let ms): return JSONText.matrices(ms)
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
        fields.append(("correct", JSONText.object(answers.filter(\.isQuestion).map { ($0.key, "\($0.correct)") }).replacingOccurrences(of: "\n", with: " ")))
        fields.append(("settings", settings(experiments)))
        return JSONText.object(fields)
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
