import EMKit

/// A parsed command line: `--name value` options, `--flag` switches and positional words.
///
/// Deliberately tiny (the kit has no dependencies): it accepts exactly the options a command
/// declares (`EmkitCommand.options`, which the help text is written from too); anything else is
/// a usage error naming the offending word.
struct Arguments {
    private var values: [String: String] = [:]
    private var switches: Set<String> = []
    private(set) var positionals: [String] = []
    /// The declared defaults, used by `string(_:)` and the number accessors when an option is absent.
    private var defaults: [String: String] = [:]

    init(_ words: [String], command: String, options declared: [OptionSpec], positionals expected: [PositionalSpec] = []) throws(InputError) {
        let options = Set(declared.filter { !$0.isFlag }.map(\.name))
        let flags = Set(declared.filter(\.isFlag).map(\.name))
        for option in declared { if let value = option.defaultValue { defaults[option.name] = value } }
        let known = options.union(flags).sorted().joined(separator: ", ")
        let takes = known.isEmpty ? "this command takes no options" : "this command takes \(known)"
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            if word.hasPrefix("--") {
                var name = word
                var inlineValue: String? = nil
                if let equals = word.firstIndex(of: "=") {
                    name = String(word[..<equals])
                    inlineValue = String(word[word.index(after: equals)...])
                }
                let shown = InputError.shortened(name)
                guard values[name] == nil, !switches.contains(name) else {
                    throw InputError(parameter: shown, "is given twice")
                }
                if flags.contains(name) {
                    if let inlineValue {
                        throw InputError(parameter: name, "is a switch and takes no value (got \(InputError.quoted(inlineValue)); write \(name) alone)")
                    }
                    switches.insert(name)
                } else if options.contains(name) {
                    if let inlineValue {
                        values[name] = inlineValue
                    } else {
                        guard index < words.count else { throw InputError(parameter: name, "needs a value") }
                        values[name] = words[index]
                        index += 1
                    }
                } else {
                    throw InputError(parameter: shown, "unknown option (\(takes))")
                }
            } else if word.count > 1, word.hasPrefix("-"), Double(word) == nil {
                // `-k 2`: single-dash options do not exist; say so rather than take it as a file.
                let shown = InputError.shortened(word)
                throw InputError(parameter: shown, "unknown option; options start with -- (\(takes))")
            } else {
                positionals.append(word)
            }
        }
        if expected.isEmpty {
            if let extra = positionals.first { throw InputError(parameter: command, "unexpected argument \(InputError.quoted(extra))") }
        } else if positionals.count != expected.count, let first = expected.first {
            throw InputError(parameter: command, first.expected)
        }
    }

    func has(_ flag: String) -> Bool { switches.contains(flag) }

    /// Whether the option was given on the command line (its default does not count).
    func isGiven(_ name: String) -> Bool { values[name] != nil }

    /// The option's value, or its declared default.
    func string(_ name: String) -> String? { values[name] ?? defaults[name] }

    func requiredString(_ name: String) throws(InputError) -> String {
        guard let value = string(name) else { throw InputError(parameter: name, "is required") }
        return value
    }

    /// An integer option within `range`, or `defaultValue` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int? = nil) throws(InputError) -> Int {
        guard let text = string(name) else {
            if let defaultValue { return defaultValue }
            throw InputError(parameter: name, "is required")
        }
        guard let value = Int(text) else { throw InputError(parameter: name, "expected a whole number, got \(InputError.quoted(text))") }
        guard range.contains(value) else {
            throw InputError(parameter: name, "must be between \(range.lowerBound) and \(range.upperBound) (got \(value))")
        }
        return value
    }

    /// A positive finite number option, or `defaultValue` when absent.
    func positiveDouble(_ name: String, default defaultValue: Double) throws(InputError) -> Double {
        guard let text = string(name) else { return defaultValue }
        guard let value = Double(text), value.isFinite, value > 0 else {
            throw InputError(parameter: name, "expected a positive number, got \(InputError.quoted(text))")
        }
        return value
    }

    /// A finite number ≥ 0 option, or `defaultValue` when absent.
    func nonNegativeDouble(_ name: String, default defaultValue: Double) throws(InputError) -> Double {
        guard let text = string(name) else { return defaultValue }
        guard let value = Double(text), value.isFinite, value >= 0 else {
            throw InputError(parameter: name, "expected a number ≥ 0, got \(InputError.quoted(text))")
        }
        return value
    }

    /// `--seed S` as numpy accepts it: a whole number in 0 ..< 2³².
    func seed(default defaultValue: UInt32) throws(InputError) -> UInt32 {
        UInt32(try integer("--seed", in: 0...Int(UInt32.max), default: Int(defaultValue)))
    }
}
