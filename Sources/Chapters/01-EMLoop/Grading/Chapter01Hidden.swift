// edition: omit (hidden checks run the reference EM on fresh data; they run when the instructor grades)
import EMKit
import SubmissionCalls
import Reference

/// Hidden checks: the student's EM against the kit's reference EM on fresh random data, with
/// the place where they part if they do.
enum Chapter01Hidden {
    static func item(_ id: String, dimension: Int, components: Int) -> GradedItem {
        // The problem is made when the item runs: building the catalog (every `emkit` process,
        // including each child that runs one call) must not run the reference.
        let seed = UInt32.random(in: 0...UInt32.max - 100)
        return GradedItem("01.hidden.\(id)", chapter: 1, title: "hidden: EM on fresh \(dimension)-D data with \(components) components matches the reference",
                          points: 2, visibility: .hidden) { session throws(CallFailure) in
            guard let problem = FreshProblem.make(dimension: dimension, components: components, seed: seed),
                  let last = problem.steps.last else { return .fail("the kit could not make a test problem") }
            let student = try session.runEM(RunEMRequest(data: problem.data, initial: problem.initial)).result
            if firstDifference(student: student, iterations: last.number, reference: KeyState(last, hidden: false)) == nil, student.loglik.count == last.number + 1 {
                return .pass("matches after \(last.number) iterations (seed \(problem.seed))")
            }
            let where_ = try locateDivergence(session: session, data: problem.data, initial: problem.initial, reference: problem.steps.map { KeyState($0, hidden: false) }, exercise: .runEM)
            return .fail("seed \(problem.seed): " + (where_ ?? "every iteration matches, but your run has \(student.loglik.count - 1) iterations where the reference has \(last.number)"))
        }
    }

    static let all: [GradedItem] = [
        item("2d", dimension: 2, components: 3),
        item("3d", dimension: 3, components: 2),
    ]
}
