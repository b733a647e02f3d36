/// A failure of the kit itself, never of a student's code or an instructor's input: its
/// reference, its recorded key, a folder it cannot write, a program it cannot start. It says what
/// broke; the grader stops grading that student with it, and the tool prints it.
public struct KitError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
