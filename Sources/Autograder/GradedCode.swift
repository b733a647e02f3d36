/// Which code this build's call host runs: the reference `Solutions` with the trait on,
/// the student's `Exercises` otherwise.
public enum GradedCode {
    public static var name: String {
        #if Solutions
        return "Solutions"
        #else
        return "Exercises"
        #endif
    }
}
