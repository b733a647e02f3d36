import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `emkit plot`: the files it writes, and bad flags.
@Suite("emkit plot")
struct PlotCommandTests {
    static let chapter01Files = [
        "01-data.svg", "01-initial-clusters.svg", "01-clusters-12-iterations.svg", "01-final-clusters.svg",
        "01-loglikelihood.svg", "01-loglikelihood-from-3.svg",
    ]

    /// Counts the elements of a well-formed XML file by name; nil when it does not parse.
    final class ElementCounter: NSObject, XMLParserDelegate {
        var counts: [String: Int] = [:]
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            counts[name, default: 0] += 1
        }

        static func count(_ data: Data) -> [String: Int]? {
            let counter = ElementCounter()
            let parser = XMLParser(data: data)
            parser.delegate = counter
            return parser.parse() ? counter.counts : nil
        }
    }

    @Test("writes every chapter 01 figure as well-formed SVG, and an index page that shows them")
    func writesFigures() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("emkit-plot-\(UUID().uuidString)/figs")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let run = try Emkit.run(["plot", "--chapter", "1", "--out", folder.path])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        #expect(run.stdout.contains("Solutions") || run.stdout.contains("Exercises"), "says which code drew them")
        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        for name in Self.chapter01Files {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let counts = try #require(ElementCounter.count(data), "\(name) is not well-formed")
            #expect(counts["svg"] == 1 && counts["title"] == 1, "\(name)")
            #expect(index.contains(#"src="\#(name)""#), "index.html shows \(name)")
        }
        // The data figure needs no student code: always the notebook's 100 points.
        let data = try #require(ElementCounter.count(try Data(contentsOf: folder.appendingPathComponent("01-data.svg"))))
        #expect(data["circle"] == 100)
        #expect(index.contains("In [18]"), "captions name the notebook cell")
    }

    @Test("bad flags get one line on stderr and a non-zero exit", arguments: [
        (["plot", "--chapter", "9"], "--chapter"),
        (["plot", "--chapter", "one"], "--chapter"),
        (["plot", "--colour", "red"], "--colour"),
        (["plot", "extra"], "unexpected argument"),
        (["plot", "--out"], "--out"),
    ])
    func badFlags(_ arguments: [String], _ mentions: String) throws {
        let run = try Emkit.run(arguments)
        #expect(!run.crashed)
        #expect(run.status != 0)
        #expect(run.stderr.split(separator: "\n").count == 1, "stderr: \(run.stderr)")
        #expect(run.stderr.contains(mentions), "stderr: \(run.stderr)")
    }

    @Test("an --out that is a file is refused in one line")
    func outIsAFile() throws {
        let file = try Emkit.temporaryFile("not a folder", name: "figures")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = try Emkit.run(["plot", "--out", file])
        #expect(run.status != 0)
        #expect(run.stderr.contains("not a folder"), "stderr: \(run.stderr)")
    }
}
