/// A problem with what the user gave the kit: a file, a cell, a model or a parameter.
///
/// Its description is one line that says where the problem is and what it is, in the style of
/// compiler diagnostics: `data.csv:3:2: "abc" is not a number`, or
/// `--components: must be at least 1 (got 0)`. The command-line tool prints it and exits
/// non-zero; nothing in the kit traps on bad input.
public struct InputError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Where: `file`, `file:line`, `file:line:column`, or a parameter name such as `--seed`.
    public var location: String
    /// What is wrong, in one sentence without a trailing period.
    public var message: String

    public init(location: String, _ message: String) {
        self.location = location
        self.message = message
    }

    /// An error about a named parameter or field, e.g. `weights[2]` or `--count`.
    public init(parameter: String, _ message: String) {
        self.init(location: parameter, message)
    }

    /// An error at a place in a file; line and column count from 1.
    public init(file: String, line: Int? = nil, column: Int? = nil, _ message: String) {
        var location = file
        if let line { location += ":\(line)" }
        if line != nil, let column { location += ":\(column)" }
        self.init(location: location, message)
    }

    public var description: String {
        location.isEmpty ? message : "\(location): \(message)"
    }
}
