import Autograder
import EMKit
import Foundation
import Testing

/// The chapter recipes drawn from the submission: real figures from finished code,
/// placeholders (never NaN on a plot) from unfinished code.
@Suite("figures from the submission")
struct FigureRecipeTests {
    static let session: SubmissionSession? = IsolatedRunner.locate().map(SubmissionSession.init(runner:))

    @Test("every chapter has figures with distinct file names, each naming a notebook cell")
    func catalog() {
        let recipes = FigureCatalog.chapters.flatMap(\.recipes)
        #expect(recipes.count >= 6)
        #expect(Set(recipes.map(\.fileName)).count == recipes.count)
        for chapter in FigureCatalog.chapters {
            for recipe in chapter.recipes {
                #expect(recipe.fileName.hasPrefix(String(format: "%02d-", chapter.number)) && recipe.fileName.hasSuffix(".svg"))
                #expect(recipe.notebookCell.contains("In ["), "\(recipe.fileName)")
            }
        }
    }

    @Test("chapter 01 figures: the clusters and the trace, or a placeholder that names the unfinished part")
    func chapter01() throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let finished = try SubmissionRun.unfinishedReason(session.runEM(Chapter01Quiz.fullRun).result) == nil
        for recipe in try #require(FigureCatalog.chapter(1)).recipes {
            let plot = recipe.draw(session)
            let svg = plot.svg()
            // Swift writes NaN as "nan"; a placeholder's message may say "NaN" in words.
            #expect(svg.range(of: "(^|[^A-Za-z])nan([^A-Za-z]|$)", options: .regularExpression) == nil,
                    "\(recipe.fileName) draws no NaN")
            #expect(svg.hasPrefix("<?xml") && svg.contains("</svg>"))
            if recipe.fileName == "01-data.svg" || recipe.fileName == "01-initial-clusters.svg" || finished {
                #expect(plot.placeholderMessage == nil, "\(recipe.fileName): \(plot.placeholderMessage ?? "")")
            } else {
                #expect(plot.placeholderMessage?.contains("runEM is not finished yet") == true, "\(recipe.fileName)")
            }
            if recipe.fileName.contains("clusters") && plot.placeholderMessage == nil {
                #expect(svg.components(separatedBy: "<ellipse").count - 1 == 9, "\(recipe.fileName): 3 components × 3 sd")
                #expect(svg.components(separatedBy: "<circle").count - 1 == 100, "\(recipe.fileName): the 100 points")
            }
        }
    }

    @Test("an unfinished run is described by its earliest NaN quantity and part")
    func unfinishedReason() {
        let good = NotebookEMResult(weights: [0.5, 0.5], means: [[0, 0], [1, 1]], covs: [[[1, 0], [0, 1]], [[1, 0], [0, 1]]],
                                    loglik: [-10, -9], resp: [[0.5, 0.5]])
        #expect(SubmissionRun.unfinishedReason(good) == nil)
        var skeleton = good
        skeleton.resp = [[.nan, .nan]]
        skeleton.loglik = [-10, .nan]
        #expect(SubmissionRun.unfinishedReason(skeleton)?.contains("responsibilities are NaN (part 1)") == true)
        var noCovariance = good
        noCovariance.covs[1][0][0] = .infinity
        #expect(SubmissionRun.unfinishedReason(noCovariance)?.contains("covariances are infinite (parts 5–6)") == true)
    }
}
