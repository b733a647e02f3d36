@testable import Autograder
import SubmissionCalls
import EMKit
import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The figures of chapters 02, 03 and 05, drawn from the submission through the graded items'
/// session (so the runs they share are made once): well-formed SVG, no NaN, the series each
/// promises, a few geometric facts; and placeholders, not traps, for unfinished code.
@Suite("figures of chapters 02, 03 and 05")
struct ChapterFigureTests {
    /// One drawn figure: its recipe, plot, SVG text and parsed elements.
    struct Drawn: Sendable {
        var recipe: FigureRecipe
        var plot: Plot
        var svg: String
        var elements: [FigureElement]?

        var name: String { recipe.fileName }
        var isPlaceholder: Bool { plot.placeholderMessage != nil }
        func all(_ name: String) -> [FigureElement] { elements?.filter { $0.name == name } ?? [] }
        /// The elements inside the series labelled `label`.
        func series(_ label: String) -> [FigureElement] { elements?.filter { $0.seriesLabel == label } ?? [] }
        var seriesLabels: Set<String> { Set(elements?.compactMap(\.seriesLabel) ?? []) }
    }

    static let chapters = [2, 3, 5]
    static let reference = GradedCode.name == "Solutions"

    /// Every figure of the three chapters, drawn once.
    static let drawn: [Drawn]? = GradedItemTests.session.map { session in
        FigureCatalog.chapters.filter { chapters.contains($0.number) }.flatMap(\.recipes).map { recipe in
            let plot = recipe.draw(session)
            let svg = plot.svg()
            return Drawn(recipe: recipe, plot: plot, svg: svg, elements: FigureElement.parse(svg))
        }
    }

    func figures() throws -> [Drawn] {
        try #require(Self.drawn, "the emkit program was not built next to the tests")
    }

    func figure(_ name: String) throws -> Drawn {
        try #require(try figures().first { $0.name == name }, "no figure \(name)")
    }

    @Test("each chapter has its figures in the catalog")
    func catalog() {
        let names = Set(FigureCatalog.chapters.flatMap(\.recipes).map(\.fileName))
        for name in ["02-two-clusters-initial.svg", "02-two-clusters-final.svg", "02-three-clusters-initial.svg", "02-three-clusters-final.svg",
                     "03-samples.svg", "03-nll-per-iteration.svg", "03-mixing-weights.svg", "03-nll-against-k.svg", "03-criteria-against-k.svg",
                     "05-faithful-clusters.svg", "05-penguins-clusters.svg", "05-faithful-loglikelihood.svg", "05-penguins-uncertainty.svg"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test("every figure is well-formed SVG without NaN: a titled plot with axes and its series, or a placeholder naming what to finish")
    func wellFormed() throws {
        for figure in try figures() {
            #expect(figure.elements != nil, "\(figure.name) is not well-formed XML")
            #expect(figure.svg.range(of: "(^|[^A-Za-z])(nan|inf)([^A-Za-z]|$)", options: .regularExpression) == nil, "\(figure.name) draws no NaN")
            #expect(figure.all("title").first?.text == figure.recipe.title, "\(figure.name) is titled")
            if let message = figure.plot.placeholderMessage {
                #expect(!Self.reference, "\(figure.name): the reference draws every figure, but: \(message)")
                #expect(message.contains("part") || message.contains("could not finish"), "\(figure.name): \(message)")
                #expect(figure.all("tspan").count >= 2, "\(figure.name): the message is wrapped into lines")
            } else {
                #expect(!figure.all("g").filter { $0.attributes["class"] == "x-axis" }.isEmpty, "\(figure.name) has an x axis")
                #expect(figure.all("text").contains { $0.attributes["class"] == "x-label" && !$0.text.isEmpty }, "\(figure.name) labels x")
                #expect(figure.all("text").contains { $0.attributes["class"] == "y-label" && !$0.text.isEmpty }, "\(figure.name) labels y")
                let labelled = figure.plot.layers.compactMap(\.label)
                #expect(!labelled.isEmpty, "\(figure.name) names its series")
                for label in labelled { #expect(figure.seriesLabels.contains(label), "\(figure.name) draws “\(label)”") }
                let legend = figure.all("g").contains { $0.attributes["class"] == "legend" }
                #expect(legend == (labelled.count >= 2), "\(figure.name): a legend exactly when there are several series")
            }
        }
    }

    @Test("figures that need no student code are always drawn")
    func alwaysDrawn() throws {
        for name in ["02-two-clusters-initial.svg", "02-three-clusters-initial.svg", "05-penguins-species.svg"] {
            let figure = try figure(name)
            #expect(!figure.isPlaceholder, "\(name): \(figure.plot.placeholderMessage ?? "")")
        }
        let species = try figure("05-penguins-species.svg")
        #expect(species.all("circle").count == Chapter05Runs.penguins.points.count)
        #expect(species.seriesLabels.count == 3)
    }

    @Test("chapter 02: every point drawn, three ellipses a component, in the notebook's green, red, magenta")
    func chapter02() throws {
        for (slug, request) in [("two-clusters", Chapter02Quiz.twoClustersRun), ("three-clusters", Chapter02Quiz.threeClustersRun)] {
            for stage in ["initial", "final"] {
                let figure = try figure("02-\(slug)-\(stage).svg")
                if figure.isPlaceholder { continue }
                let k = request.initial.means.count
                #expect(figure.all("circle").count == request.data.count, "\(figure.name)")
                #expect(figure.all("ellipse").count == 3 * k, "\(figure.name)")
                let strokes = Set(figure.all("ellipse").compactMap { $0.attributes["stroke"] })
                #expect(strokes == Set(Palette.modularComponents.prefix(k).map(\.hex)), "\(figure.name)")
            }
        }
    }

    @Test("chapter 03: the weight traces against the true weights, and the smallest BIC marked at the lowest point")
    func chapter03() throws {
        let weights = try figure("03-mixing-weights.svg")
        if !weights.isPlaceholder {
            // The dashed lines at 0.5, 0.3 and 0.2 run from top to bottom in that order (SVG y grows downwards).
            // The true weights are drawn in the notebook's order 0.3, 0.5, 0.2.
            let heights = weights.all("line").filter(\.inReference).compactMap { $0.number("y1") }
            #expect(heights.count == 3 && heights[1] < heights[0] && heights[0] < heights[2], "\(heights)")
            let traces = (1...3).map { weights.series("weight \($0)").first { $0.name == "polyline" }?.vertexCount ?? -1 }
            let nll = try figure("03-nll-per-iteration.svg").all("polyline").first?.vertexCount
            #expect(Set(traces).count == 1 && traces[0] > 1, "three traces of one length: \(traces)")
            #expect(nll == nil || nll == traces[0], "one weight per iteration of the NLL trace")
        }
        let criteria = try figure("03-criteria-against-k.svg")
        if !criteria.isPlaceholder {
            let line = try #require(criteria.series("BIC").first { $0.name == "polyline" })
            let marker = try #require(criteria.all("circle").first { $0.seriesLabel?.hasPrefix("smallest BIC") == true })
            let lowest = line.vertices.max { $0.1 < $1.1 }
            #expect(lowest.map { abs($0.0 - (marker.number("cx") ?? 0)) < 0.01 && abs($0.1 - (marker.number("cy") ?? 0)) < 0.01 } == true)
            if Self.reference { #expect(marker.seriesLabel == "smallest BIC: K = 3") }
        }
        let samples = try figure("03-samples.svg")
        if !samples.isPlaceholder {
            #expect(samples.all("circle").count == Chapter03Notebook.sampleCount)
            #expect(samples.all("ellipse").count == 9, "the three true Gaussians at 1, 2, 3 sd")
        }
    }

    @Test("chapter 05: every eruption and penguin drawn, by cluster; the most uncertain on top")
    func chapter05() throws {
        let faithful = try figure("05-faithful-clusters.svg")
        if !faithful.isPlaceholder {
            #expect(faithful.all("circle").count == Chapter05Runs.faithful.count)
            #expect(faithful.all("ellipse").count == 6)
            #expect(faithful.seriesLabels.filter { $0.hasPrefix("cluster") }.count == 2)
        }
        for name in ["05-penguins-clusters.svg", "05-penguins-clusters-restart.svg"] {
            let penguins = try figure(name)
            if penguins.isPlaceholder { continue }
            #expect(penguins.all("circle").count == Chapter05Runs.penguins.points.count, "\(name)")
        }
        let uncertainty = try figure("05-penguins-uncertainty.svg")
        if !uncertainty.isPlaceholder {
            let marked = uncertainty.all("circle").filter { $0.seriesLabel?.contains("most uncertain") == true }
            #expect(marked.count == Chapter05Runs.uncertainCount)
            #expect(uncertainty.all("circle").count == Chapter05Runs.penguins.points.count + Chapter05Runs.uncertainCount)
        }
    }

    @Test("the skeleton's answers become placeholders that name the function and part to finish")
    func skeletonAnswers() throws {
        // emAlgorithm with part 6 empty: the log-likelihood after the first iteration is NaN.
        let start = Chapter02Quiz.twoClustersRun.initial
        let loop = NotebookEMResult(weights: start.weights, means: start.means, covs: start.covariances, loglik: [-1000, .nan],
                                    resp: LinearAlgebra.zeros(3, 2))
        let loopReason = try #require(SubmissionRun.unfinishedReason(loop, of: .emAlgorithm))
        #expect(loopReason.contains("emAlgorithm is not finished yet") && loopReason.contains("(part 6)") && loopReason.contains("02-ModularEM"))

        func reason(_ check: () throws(CallFailure) -> Void) -> String? {
            do throws(CallFailure) { try check(); return nil } catch { return error.description }
        }
        let zeros = SampleResponse(samples: LinearAlgebra.zeros(900, 2), labels: Array(repeating: 0, count: 900))
        #expect(reason { () throws(CallFailure) in _ = try Chapter03Figures.checked(zeros) }?.contains("sampleMixture is not finished yet (part 1)") == true)
        let noTrace = FitTracesResponse(model: Chapter03Notebook.initialParameters(), meanNLL: [], weightTrace: [])
        #expect(reason { () throws(CallFailure) in _ = try Chapter03Figures.checked(noTrace) }?.contains("fitWithTraces is not finished yet (part 2)") == true)
        #expect(reason { () throws(CallFailure) in _ = try Chapter03Figures.checked([], needsCriteria: false) }?.contains("(part 5)") == true)
        let noCriteria = [SweepRow(components: 1, meanNLL: 4.7, bic: .nan, aic: .nan)]
        #expect(reason { () throws(CallFailure) in _ = try Chapter03Figures.checked(noCriteria, needsCriteria: false) } == nil)
        #expect(reason { () throws(CallFailure) in _ = try Chapter03Figures.checked(noCriteria, needsCriteria: true) }?.contains("(part 4)") == true)

        let placeholder = Plot.attempt(title: "T") { () throws(CallFailure) in throw CallFailure.unusable("finish part 9") }
        #expect(placeholder.placeholderMessage == "finish part 9")
        #expect(!placeholder.svg().lowercased().contains("nan"))
    }
}

/// One element of a figure's SVG, parsed with XMLParser, with the label of the series it is in.
struct FigureElement: Sendable {
    var name: String
    var attributes: [String: String]
    var text = ""
    var seriesLabel: String?
    var inReference = false

    func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

    /// The vertices of a polyline, in pixels.
    var vertices: [(Double, Double)] {
        (attributes["points"] ?? "").split(separator: " ").compactMap { pair in
            let xy = pair.split(separator: ",").compactMap { Double($0) }
            return xy.count == 2 ? (xy[0], xy[1]) : nil
        }
    }
    var vertexCount: Int { vertices.count }

    /// The elements of `svg` in document order, or nil when it is not well-formed XML.
    static func parse(_ svg: String) -> [FigureElement]? {
        final class Collector: NSObject, XMLParserDelegate {
            var elements: [FigureElement] = []
            var open: [Int] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                let parent = open.last.map { elements[$0] }
                var element = FigureElement(name: name, attributes: attributes, seriesLabel: parent?.seriesLabel,
                                            inReference: parent?.inReference ?? false)
                if let cls = attributes["class"], cls.hasPrefix("series") {
                    element.seriesLabel = attributes["data-label"]
                    element.inReference = cls.contains("reference")
                }
                elements.append(element)
                open.append(elements.count - 1)
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                open.removeLast()
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if let last = open.last { elements[last].text += string }
            }
        }
        let collector = Collector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        return parser.parse() ? collector.elements : nil
    }
}
