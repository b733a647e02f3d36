import Autograder
import EMKit
import Foundation

// `emkit __sandbox …` sets up the sandbox for one call into a submission and becomes the call
// host; it must run before anything else in this program (no threads, no other state).
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "__sandbox" {
    SandboxLauncher.run(Array(CommandLine.arguments.dropFirst(2)))
}

/// The commands of `emkit`, in the order `--help` lists them.
enum Commands {
    static let all: [any EmkitCommand.Type] = [
        QuizCommand.self, CheckCommand.self, WatchCommand.self, HintCommand.self, PlotCommand.self, SampleCommand.self,
    ] + instructorCommands

    /// Commands that need the reference or serve instructors, left out of the student edition.
    static var instructorCommands: [any EmkitCommand.Type] {
        #if STUDENT_EDITION
        return []
        #else
        return [
            FitCommand.self, BenchCommand.self, GradeCommand.self, GradeAllCommand.self, GradescopeCommand.self, ReleaseCommand.self,
        ]
        #endif
    }

    static func named(_ name: String) -> (any EmkitCommand.Type)? { all.first { $0.name == name } }
}

/// `emkit --help`: the commands with their one-line abstracts, from their declarations.
func helpText() -> String {
    let width = (Commands.all.map { $0.name.count }.max() ?? 0) + 4
    var text = """
        emkit: the EM algorithm for Gaussian mixtures, as graded exercises.

        Usage: emkit COMMAND [OPTIONS]
               emkit COMMAND --help

        Commands:

        """
    for command in Commands.all {
        let first = "  " + command.name + String(repeating: " ", count: width - command.name.count)
        text += HelpText.wrap(command.abstract, indent: String(repeating: " ", count: width + 2), width: HelpText.width, firstIndent: first) + "\n"
    }
    text += "\nRun emkit COMMAND --help for a command's arguments and options.\n"
    return text
}

let words = Array(CommandLine.arguments.dropFirst())
guard let name = words.first else {
    // No command is a usage error: the help goes to stderr and the exit is 64 (EX_USAGE), so
    // nothing reading stdout mistakes it for output. `emkit --help` prints it on stdout, exit 0.
    FileHandle.standardError.write(Data((helpText() + "emkit: no command given\n").utf8))
    exit(64)
}
guard !["--help", "-h", "help"].contains(name) else {
    // `emkit help COMMAND` is `emkit COMMAND --help`.
    if name == "help", words.count == 2, let command = Commands.named(words[1]) {
        Output.write(command.help)
    } else {
        Output.write(helpText())
    }
    exit(0)
}
guard let command = Commands.named(name) else {
    Output.error("unknown command \(InputError.quoted(name)) (run emkit --help for the list)")
    exit(64)
}
let rest = Array(words.dropFirst())
if rest.contains("--help") || rest.contains("-h") {
    Output.write(command.help)
    exit(0)
}
do {
    try command.main(rest)
} catch {
    // An error about the command itself (`fit: expects one data file`) already names it.
    Output.error(error.location == name ? "\(error)" : "\(name): \(error)")
    exit(1)
}
