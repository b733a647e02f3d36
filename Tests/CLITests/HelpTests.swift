import Foundation
import Testing

/// `--help` and usage errors, word for word: every command's help is written from the same
/// declarations the parser accepts, so these strings pin both. When a command or an option
/// changes, its golden text here changes with it.
@Suite("help texts and usage errors, word for word")
struct HelpTests {

    static let overview = #"""
            emkit: the EM algorithm for Gaussian mixtures, as graded exercises.

            Usage: emkit COMMAND [OPTIONS]
                   emkit COMMAND --help

            Commands:
              quiz          Print a chapter's quiz answers from your code, each ✓ or ✗ against the reference.
              check         Run the graded items on your exercises: a progress list and your points.
              watch         Re-check the chapter in progress whenever an exercise file is saved.
              hint          Print the hints for one exercise: nudges toward the formulas, not answers.
              plot          Draw the notebooks' figures from your code as SVG files, with an index.html.
              sample        Draw points from a Gaussian mixture as the notebooks' generate_MoG_data does.
              fit           Fit a K-component Gaussian mixture to a data file by EM (the kit's reference EM).
              bench         Time the mixture EM: seconds per iteration, parse time and peak memory.
              grade         Grade one student's exercises; writes Gradescope's results.json.
              grade-all     Grade a folder of submissions: a CSV row and a results.json per student.
              gradescope    Write Gradescope's autograder package (setup.sh, run_autograder, the kit) as a zip.
              release       Write the student edition of this kit: no solutions, no answers.

            Run emkit COMMAND --help for a command's arguments and options.
            """#
    static let commands: [(String, String)] = [
        ("quiz", #"""
            Usage: emkit quiz [--chapter N] [--json]

            Print a chapter's quiz answers from your code, each ✓ or ✗ against the reference.

            Runs your code (or the reference, with --traits Solutions) as the chapter's notebook does. Chapter
            01 runs runEM on the first notebook's data and compares at six decimals.

            Options:
              --chapter N             the chapter, 1 to 5 (default: 1)
              --json                  print the answers as JSON
              -h, --help              show this help
            """#),
        ("check", #"""
            Usage: emkit check [--chapter N] [--all]

            Run the graded items on your exercises: a progress list and your points.

            By default the chapter in progress is listed in full: the chapters are checked in order until one
            has an item that does not pass. The chapters before it get one line each; the chapters after it get
            one line and are not run, so the check stays fast. The list ends with your points and, when an item
            fails, the part to look at next and its hint command.

            Each item is marked ✓ or ✗ with what to look at. Your code runs in a separate process, so a crash or
            an endless loop costs only the items that run it. With --traits Solutions the reference is checked
            instead.

            Options:
              --chapter N             check only chapter N, 1 to 5, listing every item
              --all                   check every chapter and list every item
              -h, --help              show this help
            """#),
        ("watch", #"""
            Usage: emkit watch [--chapter N] [--interval SECONDS] [--warnings]

            Re-check the chapter in progress whenever an exercise file is saved.

            Looks at every .swift file in Exercises/ (size and modification time) every interval. When one
            changes, rebuilds your code (swift build --product emkit-call) and shows the compiler's errors, or
            re-checks that file's chapter, moving on to the next chapter when it passes, and prints the
            chapter's list, the next unfinished part and its hint command. The chapter you were on and the items
            that passed are kept in .build/emkit-watch.json, so a restart begins there. Type q and Enter, or
            press Ctrl-C, to stop.

            Options:
              --chapter N             start at chapter N, 1 to 5 (default: where you were last time)
              --interval SECONDS      how often to look for changes, 0.1 to 60 (default: 1)
              --warnings              show every compiler warning, also those of unfinished parts
              -h, --help              show this help
            """#),
        ("hint", #"""
            Usage: emkit hint EXERCISE [--part N]

            Print the hints for one exercise: nudges toward the formulas, not answers.

            For example emkit hint 01, or emkit hint 01 --part 3 for one part. The hints live in
            Exercises/NN-Topic/HINTS.md.

            Arguments:
              EXERCISE                the exercise's chapter number, e.g. 01

            Options:
              --part N                only the hint for part N
              -h, --help              show this help
            """#),
        ("plot", #"""
            Usage: emkit plot [--chapter N] [--out DIR]

            Draw the notebooks' figures from your code as SVG files, with an index.html.

            The figures come from your code (or the reference, with --traits Solutions), each a standalone SVG
            file; index.html shows each one beside its caption and the notebook cell it mirrors. Where your code
            is not finished yet, the figure says so instead of plotting NaN.

            Options:
              --chapter N             only this chapter's figures (default: every chapter's)
              --out DIR               the folder to write to (default: figures)
              -h, --help              show this help
            """#),
        ("sample", #"""
            Usage: emkit sample --model MODEL.json --count N [--seed S] [--components]

            Draw points from a Gaussian mixture as the notebooks' generate_MoG_data does.

            np.random.seed(S), then the notebook's loop. MODEL.json holds {"weights": [..], "means": [[..]],
            "covariances": [[[..]]]}. Prints one point per line, coordinates separated by commas, each number
            written so that reading it back gives the same double.

            Options:
              --model MODEL.json      the mixture to draw from (required)
              --count N               how many points to draw (required)
              --seed S                numpy's seed (default: 4)
              --components            add the index of the component each point came from as a last column
              -h, --help              show this help
            """#),
        ("fit", #"""
            Usage: emkit fit DATA.csv --components K [--init notebook|random|kmeans++] [--seed S] [--restarts R]
                             [--covariance full|diagonal|spherical|tied] [--regularization X]
                             [--max-iterations N] [--tolerance T] [--json]

            Fit a K-component Gaussian mixture to a data file by EM (the kit's reference EM).

            --init notebook does what the first notebook does: np.random.seed(S), K points chosen without
            replacement as the means, np.cov of the data for every covariance, weights 1/K; full covariances, no
            regularisation; it stops when the total log-likelihood gains less than T or after N iterations.

            --init random and --init kmeans++ run scikit-learn's GaussianMixture EM: random draws uniform
            responsibilities from numpy's generator seeded with S, as sklearn's init_params='random' with
            random_state=S; kmeans++ seeds with k-means++ and assigns each point to its nearest seed. Each
            restart continues the stream and the best final lower bound wins. It stops when the mean
            log-likelihood per point changes by less than T or after N iterations.

            Arguments:
              DATA.csv                the points, one a line, coordinates comma-separated

            Options:
              --components K          the number of components (required)
              --init notebook|random|kmeans++
                                      the start and the engine (default: notebook)
              --seed S                numpy's seed for the start (default: 4)
              --restarts R            starts to try; random and kmeans++ only (default: 1)
              --covariance full|diagonal|spherical|tied
                                      the covariance type; random and kmeans++ only (default: full)
              --regularization X      added to every covariance diagonal, sklearn's reg_covar; random and
                                      kmeans++ only (default: 1e-6)
              --max-iterations N      the most EM iterations (default: 1000 with --init notebook, else 100)
              --tolerance T           the convergence threshold (default: 1e-4 with --init notebook, else 1e-3)
              --json                  print weights, means, covariances, loglikelihoods, iterations, converged,
                                      bic, aic and covariance_type as JSON
              -h, --help              show this help
            """#),
        ("bench", #"""
            Usage: emkit bench --data FILE --components K --iterations N [--seed S]
                               [--covariance full|diagonal|spherical|tied] [--json]

            Time the mixture EM: seconds per iteration, parse time and peak memory.

            Reads FILE (timed on its own), starts as fit --init random does with seed S, then runs exactly N EM
            iterations (no early stop, regularisation 1e-6) and reports seconds per iteration, the parse time
            and the peak memory (VmHWM).

            Options:
              --data FILE             the points, one a line, coordinates comma-separated (required)
              --components K          the number of components (required)
              --iterations N          how many EM iterations to run (required)
              --seed S                numpy's seed for the random start (default: 0)
              --covariance full|diagonal|spherical|tied
                                      the covariance type (default: full)
              --json                  print the figures as JSON
              -h, --help              show this help
            """#),
        ("grade", #"""
            Usage: emkit grade [--submission DIR] [--results FILE] [--time-limit SECONDS] [--chapter N,...]
                               [--deadline SECONDS]

            Grade one student's exercises; writes Gradescope's results.json.

            The submission may be a copy of Exercises/, a whole kit, or loose chapter files (EM.swift,
            ModularEM.swift, …). The student's chapters are built into a call host of their own (the kit's core
            and their code, nothing else) in .build/emkit-grade; every graded item runs in this program, the
            hidden checks with fresh seeds, and each call into the student's code runs sandboxed with the time
            limit. Prints a summary. A student's failures are a successful run (exit 0).

            Options:
              --submission DIR        the student's folder (default: this kit's Exercises)
              --results FILE          where to write Gradescope's results.json (default: results.json)
              --time-limit SECONDS    the limit of each call into the student's code (default: 10)
              --chapter N,...         grade only these chapters, comma-separated (default: all)
              --deadline SECONDS      start no item after this many seconds; the rest are reported as not run
              -h, --help              show this help
            """#),
        ("grade-all", #"""
            Usage: emkit grade-all FOLDER --csv FILE [--results-dir DIR] [--time-limit SECONDS] [--resume]
                                   [--jobs N] [--chapter N,...] [--deadline SECONDS]

            Grade a folder of submissions: a CSV row and a results.json per student.

            Each student's row (score, maximum, whether it compiled, notes, and each item's points) is added to
            the CSV as soon as that student is graded, and their results.json written into the results folder.
            Each job builds in a folder of its own, shared by its students, so each student after a job's first
            takes seconds, not minutes; the CSV is sorted by student at the end, so it is the same for any
            number of jobs.

            Arguments:
              FOLDER                  one sub-folder per student, named after the student

            Options:
              --csv FILE              the grade sheet to write (required)
              --results-dir DIR       where each student's results.json goes (default: results/ next to the CSV)
              --time-limit SECONDS    the limit of each call into a student's code (default: 10)
              --resume                skip the students who already have a row in the CSV
              --jobs N                students graded at once (default: the number of cores)
              --chapter N,...         grade only these chapters, comma-separated (default: all)
              --deadline SECONDS      for one student: items not started by then are reported as not run
                                      (default: 600)
              -h, --help              show this help
            """#),
        ("gradescope", #"""
            Usage: emkit gradescope --out FILE [--chapter N,...] [--time-limit SECONDS] [--deadline SECONDS]

            Write Gradescope's autograder package (setup.sh, run_autograder, the kit) as a zip.

            setup.sh installs the pinned Swift unless present and builds the grader and a first call host;
            run_autograder grades one upload: loose chapter files, a zip of Exercises/, or a whole kit. The
            package holds the kit without its solutions and tests.

            Options:
              --out FILE              the zip to write (required)
              --chapter N,...         an assignment of these chapters only, comma-separated (default: all)
              --time-limit SECONDS    the limit of each call into a student's code (default: 10)
              --deadline SECONDS      when grading stops starting items, within Gradescope's limit (default:
                                      480)
              -h, --help              show this help
            """#),
        ("release", #"""
            Usage: emkit release --out DIR

            Write the student edition of this kit: no solutions, no answers.

            The edition is the kit without Solutions/, the maintainers' scripts and tests, the adversarial
            submissions, and every source file marked `// edition: omit` (the reference EM and the hidden
            checks). Visible checks and quizzes compare with an answer key recorded now, in which quiz answers
            and final states are kept only as digests of their rounded values; so swift test, emkit check and
            emkit quiz work in the edition without the answers.

            Options:
              --out DIR               the folder to write, new or empty (required)
              -h, --help              show this help
            """#),
    ]


    @Test("emkit --help, -h and help list the commands with their abstracts")
    func overviewText() throws {
        for words in [["--help"], ["-h"], ["help"]] {
            let run = try Emkit.run(words)
            #expect(run.status == 0)
            #expect(run.stderr.isEmpty)
            #expect(run.stdout == Self.overview + "\n", "\(words)")
        }
    }

    @Test("emkit COMMAND --help prints the command's help on stdout, exit 0", arguments: commands.map(\.0))
    func commandHelp(_ name: String) throws {
        let expected = try #require(Self.commands.first { $0.0 == name }?.1) + "\n"
        for words in [[name, "--help"], [name, "-h"], ["help", name], [name, "--json", "--help"]] {
            let run = try Emkit.run(words)
            #expect(run.status == 0, "\(words)")
            #expect(run.stderr.isEmpty, "\(words): \(run.stderr)")
            #expect(run.stdout == expected, "\(words)")
        }
    }

    @Test("every command in the overview has its help here, in the same order")
    func everyCommandCovered() {
        let listed = Self.overview.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
        #expect(listed == Self.commands.map(\.0))
    }

    /// The options a help text lists (without -h, --help).
    static func listedOptions(_ help: String) -> [String] {
        guard let section = help.components(separatedBy: "\nOptions:\n").last else { return [] }
        return section.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  --") else { return nil }
            return line.dropFirst(2).split(separator: " ").first.map(String.init)
        }
    }

    @Test("the parser accepts exactly the options the help lists", arguments: commands.map(\.0))
    func parserMatchesHelp(_ name: String) throws {
        let help = try #require(Self.commands.first { $0.0 == name }?.1)
        let run = try Emkit.run([name, "--no-such-option"])
        #expect(run.status == 1)
        let listed = Self.listedOptions(help).sorted().joined(separator: ", ")
        #expect(run.stderr == "emkit: \(name): --no-such-option: unknown option (this command takes \(listed))\n")
    }

    static let errors: [([String], String)] = [
        ([], "emkit: no command given"),
        (["frobnicate"], #"emkit: unknown command "frobnicate" (run emkit --help for the list)"#),
        (["quiz", "extra"], #"emkit: quiz: unexpected argument "extra""#),
        (["quiz", "--chapter", "9"], "emkit: quiz: --chapter: must be between 1 and 5 (got 9)"),
        (["quiz", "--chapter=two"], #"emkit: quiz: --chapter: expected a whole number, got "two""#),
        (["quiz", "--json", "--json"], "emkit: quiz: --json: is given twice"),
        (["check", "--chapter"], "emkit: check: --chapter: needs a value"),
        (["check", "--all", "--chapter", "2"], "emkit: check: --all: checks every chapter; give --all or --chapter, not both"),
        (["watch", "--interval", "fast"], #"emkit: watch: --interval: expected a positive number, got "fast""#),
        (["hint"], "emkit: hint: expects one exercise, e.g. emkit hint 01"),
        (["hint", "01", "02"], "emkit: hint: expects one exercise, e.g. emkit hint 01"),
        (["hint", "abc"], #"emkit: hint: EXERCISE: "abc" is not an exercise number (try 01)"#),
        (["plot", "--out", "x", "--out", "y"], "emkit: plot: --out: is given twice"),
        (["sample", "--count", "3"], "emkit: sample: --model: is required"),
        (["sample", "-n", "3"], "emkit: sample: -n: unknown option; options start with -- (this command takes --components, --count, --model, --seed)"),
        (["fit", "--components", "2"], "emkit: fit: expects one data file (emkit fit DATA.csv --components K)"),
        (["fit", "x.csv", "--components", "2", "--init", "em"], #"emkit: fit: --init: expected notebook, random or kmeans++, got "em""#),
        (["fit", "x.csv", "--components", "2", "--covariance", "tied"], "emkit: fit: --covariance: the notebook EM fits full covariances from one start without regularisation; use --init random or kmeans++"),
        (["bench", "--data", "x.csv", "--components", "2"], "emkit: bench: --iterations: is required"),
        (["grade", "--chapter", "1,9"], #"emkit: grade: --chapter: expected chapter numbers between 1 and 5, comma-separated (got "1,9")"#),
        (["grade-all"], "emkit: grade-all: expects one folder of submissions (emkit grade-all FOLDER --csv FILE)"),
        (["release", "--out"], "emkit: release: --out: needs a value"),
    ]

    @Test("usage errors: one line on stderr, word for word, and a non-zero exit", arguments: errors)
    func usageError(_ words: [String], _ line: String) throws {
        let run = try Emkit.run(words)
        #expect(!run.crashed)
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.split(separator: "\n").last.map(String.init) == line, "stderr: \(run.stderr)")
        if !words.isEmpty { #expect(run.stderr == line + "\n") }
    }
}
