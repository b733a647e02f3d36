import EMKit

/// Every graded item of the kit, chapter by chapter.
public enum Catalog {
    public static let chapters: [(number: Int, title: String, items: [GradedItem])] = [
        (1, "The EM loop", Chapter01Items.all),
    ]

    public static var allItems: [GradedItem] { chapters.flatMap(\.items) }
}
