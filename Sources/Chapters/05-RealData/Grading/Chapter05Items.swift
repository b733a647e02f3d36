import EMKit
import SubmissionCalls

/// The graded items of chapter 05 (clustering real measurements): parts 1 to 8 on fixed inputs,
/// then the notebook's questions on the shipped data; hidden checks on fresh data are added in
/// the full kit.
public enum Chapter05Items {
    static let visible: [GradedItem] = Chapter05Parts.all + Chapter05Questions.all

    public static var all: [GradedItem] {
        #if STUDENT_EDITION
        return visible
        #else
        return visible + Chapter05Hidden.all
        #endif
    }
}
