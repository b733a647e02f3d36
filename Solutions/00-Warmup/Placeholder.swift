import EMKit
public let chapterPlaceholder = 0
