import EMKit
#if Solutions
import Solutions
#else
import Exercises
#endif
public let autograderPlaceholder = chapterPlaceholder
