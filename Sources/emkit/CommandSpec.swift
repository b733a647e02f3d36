import EMKit

/// One option of a command, declared once: the parser accepts exactly the declared options and
/// the help text is written from the same declarations.
struct OptionSpec: Sendable {
    enum Kind: Sendable, Equatable {
        /// `--json`: present or absent, takes no value.
        case flag
        /// `--seed S`: takes a value, shown in the help as `placeholder`.
        case valued(placeholder: String)
    }

    var name: String
    var kind: Kind
    var help: String
    /// Used when the option is absent (and shown in the help as "default: …").
    var defaultValue: String?
    /// Shown without brackets in the synopsis, and "(required)" in the help.
    var required: Bool

    /// An option that takes a value, e.g. `.value("--seed", "S", "the seed", default: "4")`.
    static func value(_ name: String, _ placeholder: String, _ help: String, default defaultValue: String? = nil, required: Bool = false) -> OptionSpec {
        OptionSpec(name: name, kind: .valued(placeholder: placeholder), help: help, defaultValue: defaultValue, required: required)
    }

    /// A switch, e.g. `.flag("--json", "print JSON")`.
    static func flag(_ name: String, _ help: String) -> OptionSpec {
        OptionSpec(name: name, kind: .flag, help: help, defaultValue: nil, required: false)
    }

    var isFlag: Bool { kind == .flag }

    /// `--seed S`, or `--json`.
    var synopsis: String {
        switch kind {
        case .flag: return name
        case .valued(let placeholder): return "\(name) \(placeholder)"
        }
    }
}

/// A word without a leading `--` that a command expects, e.g. `DATA.csv`.
struct PositionalSpec: Sendable {
    var name: String
    var help: String
    /// The error when the word is missing or more than one is given.
    var expected: String
}

/// A subcommand of `emkit`: its name, what it does, what it accepts and what it runs.
protocol EmkitCommand: Sendable {
    static var name: String { get }
    /// One line for `emkit --help`.
    static var abstract: String { get }
    /// Paragraphs for `emkit NAME --help`, after the abstract (may be empty).
    static var discussion: String { get }
    static var positionals: [PositionalSpec] { get }
    static var options: [OptionSpec] { get }
    static func run(_ arguments: Arguments) throws(InputError)
}

extension EmkitCommand {
    static var discussion: String { "" }
    static var positionals: [PositionalSpec] { [] }

    /// Parses `words` against the declarations, then runs the command.
    static func main(_ words: [String]) throws(InputError) {
        do {
            try run(Arguments(words, command: name, options: options, positionals: positionals))
        } catch {
            throw named(error)
        }
    }

    /// The core names a bad value by its parameter (`maxIterations`); the command line names it
    /// by the option that set it (`--max-iterations`), when this command declares one.
    static func named(_ error: InputError) -> InputError {
        let kebab = error.location.reduce(into: "") { text, character in
            if character.isUppercase { text += "-" + character.lowercased() } else { text.append(character) }
        }
        guard !error.location.hasPrefix("-"), options.contains(where: { $0.name == "--" + kebab }) else { return error }
        var renamed = error
        renamed.location = "--" + kebab
        return renamed
    }

    /// The usage line, wrapped: `emkit fit DATA.csv --components K [--init …] …`.
    static var synopsis: String {
        let parts = positionals.map { $0.name } + options.map { $0.required ? $0.synopsis : "[\($0.synopsis)]" }
        return HelpText.synopsis(command: name, parts: parts)
    }

    /// What `emkit NAME --help` prints.
    static var help: String {
        var text = "Usage: " + synopsis + "\n\n" + HelpText.wrap(abstract, indent: "", width: HelpText.width) + "\n"
        if !discussion.isEmpty {
            for paragraph in discussion.components(separatedBy: "\n\n") {
                text += "\n" + HelpText.wrap(paragraph.replacingOccurrences(of: "\n", with: " "), indent: "", width: HelpText.width) + "\n"
            }
        }
        if !positionals.isEmpty {
            text += "\nArguments:\n" + HelpText.table(positionals.map { ($0.name, $0.help) })
        }
        let rows = options.map { option -> (String, String) in
            var help = option.help
            if option.required { help += " (required)" }
            if let value = option.defaultValue { help += " (default: \(value))" }
            return (option.synopsis, help)
        } + [("-h, --help", "show this help")]
        text += "\nOptions:\n" + HelpText.table(rows)
        return text
    }
}

/// Word wrapping for the help texts.
enum HelpText {
    static let width = 100
    static let column = 26

    /// `text` wrapped to `width`, every line starting with `indent`.
    static func wrap(_ text: String, indent: String, width: Int, firstIndent: String? = nil) -> String {
        var lines: [String] = []
        var line = firstIndent ?? indent
        var empty = true
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !empty, line.count + 1 + word.count > width {
                lines.append(line)
                line = indent
                empty = true
            }
            line += (empty ? "" : " ") + word
            empty = false
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// The usage line `emkit NAME parts…` (after "Usage: "), wrapped at `width` with
    /// continuation lines aligned under the first part.
    static func synopsis(command: String, parts: [String]) -> String {
        let head = "emkit \(command)"
        let prefix = "Usage: ".count
        let indent = String(repeating: " ", count: prefix + head.count + 1)
        var lines: [String] = []
        var line = head
        var used = prefix
        var hasPart = false
        for part in parts {
            if hasPart, used + line.count + 1 + part.count > width {
                lines.append(line)
                line = indent + part
                used = 0
                continue
            }
            line += " " + part
            hasPart = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Two columns: names left, help right; a name wider than the column puts its help below.
    static func table(_ rows: [(String, String)]) -> String {
        var text = ""
        let pad = String(repeating: " ", count: column)
        for (name, help) in rows {
            let left = "  " + name
            if left.count + 2 <= column {
                let first = left + String(repeating: " ", count: column - left.count)
                text += wrap(help, indent: pad, width: width, firstIndent: first) + "\n"
            } else {
                text += left + "\n" + wrap(help, indent: pad, width: width) + "\n"
            }
        }
        return text
    }
}
