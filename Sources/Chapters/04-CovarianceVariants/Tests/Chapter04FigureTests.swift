import Autograder
import EMKit
import Foundation
import Testing

/// Chapter 04's figures from the submission: drawn from finished code, placeholders naming
/// the part from unfinished code, never NaN on a plot.
@Suite("chapter 04 figures")
struct Chapter04FigureTests {
    static let session: SubmissionSession? = IsolatedRunner.locate().map(SubmissionSession.init(runner:))

    @Test("every chapter 04 figure draws, or names the unfinished part")
    func figures() throws {
        let session = try #require(Self.session, "the emkit program was not built next to the tests")
        let recipes = try #require(FigureCatalog.chapter(4)).recipes
        #expect(recipes.count == 12)
        // With finished code every figure runs EM; the test draws one of each kind to stay fast.
        #if Solutions
        let drawn = ["04-moons-2-components.svg", "04-moons-16-components.svg", "04-moons-new-points.svg",
                     "04-memberships-circles.svg", "04-anisotropic-diagonal.svg"]
        #else
        let drawn = recipes.map(\.fileName)
        #endif
        for recipe in recipes where drawn.contains(recipe.fileName) {
            let plot = recipe.draw(session)
            let svg = plot.svg()
            #expect(svg.range(of: "(^|[^A-Za-z])nan([^A-Za-z]|$)", options: .regularExpression) == nil, "\(recipe.fileName) draws no NaN")
            #expect(svg.hasPrefix("<?xml") && svg.contains("</svg>"))
            #if Solutions
            #expect(plot.placeholderMessage == nil, "\(recipe.fileName): \(plot.placeholderMessage ?? "")")
            if recipe.fileName == "04-moons-16-components.svg" {
                #expect(svg.components(separatedBy: "<ellipse").count - 1 == 48, "16 components × 3 sd")
                #expect(svg.components(separatedBy: "<circle").count - 1 == 200, "the 200 moons")
            }
            #else
            if let message = plot.placeholderMessage { #expect(message.contains("(part"), "\(recipe.fileName): \(message)") }
            #endif
        }
    }
}
