import Foundation

// emkit-call FUNCTION
//
// The call host: the only program a submission is linked into. It reads one request (JSON) on
// standard input, runs the submission's function and writes the reply (JSON) to the descriptor
// that was standard output when it started. Whatever the submission prints goes to standard
// error instead, so it can never mix with the reply. The grader starts it inside a sandbox
// (`emkit __sandbox`) with a time limit and resource limits, and decodes the reply itself.
//
// Exit status: 0 with a reply; 2 when the request cannot be served (unknown function or a
// request that does not decode): the grader reports that as its own failure, not the student's.

let reply = dup(STDOUT_FILENO)
dup2(STDERR_FILENO, STDOUT_FILENO)

func refuse(_ message: String) -> Never {
    FileHandle.standardError.write(Data("emkit-call: \(message)\n".utf8))
    exit(2)
}

let arguments = CommandLine.arguments.dropFirst()
guard reply >= 0, arguments.count == 1, let name = arguments.first else { refuse("usage: emkit-call FUNCTION < request.json") }
guard let performer = Performers.named(name) else { refuse("no submission function named \"\(name)\"") }
let request = FileHandle.standardInput.readDataToEndOfFile()
let answer: Data
do {
    answer = try performer.serve(request)
} catch {
    refuse("the request for \(name) does not decode: \(error)")
}
let out = FileHandle(fileDescriptor: reply, closeOnDealloc: true)
do {
    try out.write(contentsOf: answer)
} catch {
    refuse("cannot write the reply: \(error)")
}
exit(0)
