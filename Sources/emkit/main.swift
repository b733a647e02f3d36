import Autograder
import EMKit
import Foundation

// `emkit __sandbox …` sets up the sandbox for one call into a submission and becomes the call
// host; it must run before anything else in this program (no threads, no other state).
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "__sandbox" {
    SandboxLauncher.run(Array(CommandLine.arguments.dropFirst(2)))
}

/// One subcommand of `emkit`.
struct Command: Sendable {
    var name: String
    var usage: String
    var run: @Sendable ([String]) throws(InputError) -> Void
}

/// The commands of `emkit`, in the order `--help` lists them.
enum Commands {
    static let all: [Command] = [
        Command(name: "quiz", usage: QuizCommand.usage, run: QuizCommand.run),
        Command(name: "check", usage: CheckCommand.usage, run: CheckCommand.run),
        Command(name: "hint", usage: HintCommand.usage, run: HintCommand.run),
        Command(name: "plot", usage: PlotCommand.usage, run: PlotCommand.run),
        Command(name: "sample", usage: SampleCommand.usage, run: SampleCommand.run),
    ] + instructorCommands

    /// Commands that need the reference or serve instructors, left out of the student edition.
    static var instructorCommands: [Command] {
        #if STUDENT_EDITION
        return []
        #else
        return [
            Command(name: "fit", usage: FitCommand.usage, run: FitCommand.run),
            Command(name: "bench", usage: BenchCommand.usage, run: BenchCommand.run),
            Command(name: "grade", usage: GradeCommand.usage, run: GradeCommand.run),
            Command(name: "grade-all", usage: GradeAllCommand.usage, run: GradeAllCommand.run),
            Command(name: "gradescope", usage: GradescopeCommand.usage, run: GradescopeCommand.run),
            Command(name: "release", usage: ReleaseCommand.usage, run: ReleaseCommand.run),
        ]
        #endif
    }

    /// Internal commands, not listed by --help (`__sandbox` is served before any of these).
    static let hidden: [Command] = []
}

let overview = """
    emkit: the EM algorithm for Gaussian mixtures, as graded exercises.

    Usage: emkit COMMAND [OPTIONS]
           emkit COMMAND --help

    Commands:
    """

func helpText() -> String {
    overview + "\n" + Commands.all.map { $0.usage }.joined(separator: "\n\n") + "\n"
}

func printHelp() {
    Output.write(helpText())
}

let words = Array(CommandLine.arguments.dropFirst())
guard let name = words.first else {
    // No command is a usage error: the help goes to stderr and the exit is 64 (EX_USAGE), so
    // nothing reading stdout mistakes it for output. `emkit --help` prints it on stdout, exit 0.
    FileHandle.standardError.write(Data((helpText() + "emkit: no command given\n").utf8))
    exit(64)
}
guard !["--help", "-h", "help"].contains(name) else {
    printHelp()
    exit(0)
}
guard let command = (Commands.all + Commands.hidden).first(where: { $0.name == name }) else {
    Output.error("unknown command \(InputError.quoted(name)) (run emkit --help for the list)")
    exit(64)
}
let rest = Array(words.dropFirst())
if rest.contains("--help") || rest.contains("-h") {
    Output.write(command.usage + "\n")
    exit(0)
}
do {
    try command.run(rest)
} catch {
    // An error about the command itself (`fit: expects one data file`) already names it.
    Output.error(error.location == name ? "\(error)" : "\(name): \(error)")
    exit(1)
}
