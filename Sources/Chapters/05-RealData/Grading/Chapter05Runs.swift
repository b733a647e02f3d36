import EMKit
import SubmissionCalls

/// The runs chapter 05 makes on the shipped data, and the small fixed inputs its part items use.
public enum Chapter05Runs {
    /// The notebook's image cell seeds with `np.random.seed(1)`; the same seed here.
    public static let notebookSeed: UInt32 = 1
    /// A second start for the penguins: seed 1 ends in a local optimum, seed 2 does not.
    public static let restartSeed: UInt32 = 2
    /// The notebook's uncertainty snapshots after 1 and 20 iterations, then the full run
    /// (`maxiter` 1000); "iteration 0" is the state before EM, every point 1/K.
    public static let uncertaintyIterations = [1, 20, 1000]
    /// How many of the most uncertain penguins the quiz names.
    public static let uncertainCount = 5

    public static let faithful = RealDatasets.oldFaithful()
    public static let penguins = RealDatasets.penguins()
    public static let faithfulComponents = 2
    public static var penguinComponents: Int { penguins.classNames.count }

    /// Responsibilities for the entropy and assignment items: a sure point, a two-way tie, a
    /// three-way tie and an uneven one.
    static let exampleResp: Matrix = [[1, 0, 0], [0, 0.5, 0.5], [1 / 3.0, 1 / 3.0, 1 / 3.0], [0.7, 0.2, 0.1], [0.1, 0.6, 0.3]]
    /// Entropies with a tie, for the most-uncertain item.
    static let exampleEntropy: Vector = [0.2, 0.9, 0.05, 0.9, 0.6, 0.0]
    /// Assignments and classes for the contingency item (3 clusters, 2 classes).
    static let exampleAssignments = [0, 2, 2, 1, 0, 2, 1]
    static let exampleLabels = [1, 0, 1, 1, 1, 0, 0]
    /// A table for the purity item.
    static let exampleTable = [[5, 1, 0], [0, 2, 8], [3, 3, 0]]
}
