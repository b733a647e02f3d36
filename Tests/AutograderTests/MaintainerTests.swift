import Autograder
import EMKit
import Foundation
import SubmissionCalls
import Testing

/// A chapter is declared in one place (`ChapterRegistry`, `Sources/Chapters/NN-Name/`) and
/// used everywhere else; these checks fail when the registry, `Package.swift`, the chapter
/// folders, the exercise files, the hints and the graded items disagree (as rustlings' `dev check`
/// does for its exercise list).
@Suite("maintainer checks")
struct MaintainerTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ path: String) -> String? {
        (try? Data(contentsOf: root.appendingPathComponent(path))).map { String(decoding: $0, as: UTF8.self) }
    }

    static func folders(in path: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(path).path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
    }

    static func swiftFiles(in path: String) -> [String] {
        folders(in: path).filter { $0.hasSuffix(".swift") }
    }

    @Test("the registry numbers its chapters 1, 2, … and every one is graded")
    func registryOrder() {
        #expect(ChapterRegistry.all.map { $0.number } == Array(1...ChapterRegistry.all.count))
        #expect(Catalog.ungraded.isEmpty, "registered but without a Grading/ folder: \(Catalog.ungraded)")
        for chapter in ChapterRegistry.all {
            #expect(chapter.folder.hasPrefix(String(format: "%02d-", chapter.number)), "\(chapter.folder) does not start with its number")
        }
    }

    @Test("Package.swift's chapter list is the registry's folders, in order")
    func manifestAgrees() throws {
        let manifest = try #require(Self.text("Package.swift"))
        let line = try #require(manifest.split(separator: "\n").first { $0.hasPrefix("let chapters = [") })
        let listed = line.split(separator: "\"").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect(listed == ChapterRegistry.all.map { $0.folder })
    }

    @Test("every chapter folder is registered, and every registered chapter has its folders")
    func foldersAgree() {
        let registered = ChapterRegistry.all.map { $0.folder }
        #expect(Self.folders(in: "Sources/Chapters") == registered, "Sources/Chapters")
        #expect(Self.folders(in: "Exercises") == registered, "Exercises")
        #expect(Self.folders(in: "Solutions") == registered, "Solutions")
        for folder in registered {
            #expect(Self.swiftFiles(in: "Exercises/\(folder)") == Self.swiftFiles(in: "Solutions/\(folder)"),
                    "Exercises/\(folder) and Solutions/\(folder) hold different files")
            #expect(!Self.swiftFiles(in: "Sources/Chapters/\(folder)/Calls").isEmpty, "Sources/Chapters/\(folder)/Calls is empty")
            #expect(!Self.swiftFiles(in: "Sources/Chapters/\(folder)/Grading").isEmpty, "Sources/Chapters/\(folder)/Grading is empty")
        }
    }

    @Test("every call a chapter declares is performed by its Host folder", arguments: ChapterRegistry.all.map { $0.folder })
    func callsPerformed(_ folder: String) throws {
        let chapter = try #require(ChapterRegistry.all.first { $0.folder == folder })
        let host = Self.swiftFiles(in: "Sources/Chapters/\(folder)/Host")
            .compactMap { Self.text("Sources/Chapters/\(folder)/Host/\($0)") }.joined(separator: "\n")
        for call in chapter.calls {
            #expect(host.contains("extension \(call): Performable"), "\(call) (\(call.function)) has no perform() in Sources/Chapters/\(folder)/Host")
        }
        let functions = ChapterRegistry.calls.map { $0.function }
        #expect(Set(functions).count == functions.count, "two calls share a function name")
    }

    @Test("every part has its marker, its function, a hint and an item", arguments: ChapterRegistry.all.map { $0.folder })
    func partsAgree(_ folder: String) throws {
        let declared = try #require(ChapterRegistry.all.first { $0.folder == folder })
        let chapter = try #require(Catalog.chapter(declared.number))
        #expect(chapter.parts.map(\.number) == Array(1...chapter.parts.count), "parts are numbered 1, 2, …")
        let hints = try #require(Self.text("Exercises/\(folder)/HINTS.md"), "Exercises/\(folder)/HINTS.md is missing")
        let hinted = Set(hints.split(separator: "\n").flatMap { GradedItem.partsOfHeading(String($0)) })
        for part in chapter.parts {
            let path = "Exercises/\(folder)/\(part.file)"
            let source = try #require(Self.text(path), "\(path) is missing (part \(part.number))")
            #expect(source.contains("YOUR CODE HERE (part \(part.number))") || source.contains("YOUR CODE HERE (part \(part.number)):")
                        || source.contains("YOUR CODE HERE (part \(part.number)."),
                    "\(path) has no YOUR CODE HERE (part \(part.number))")
            #expect(source.contains("func \(part.function)("), "\(path) has no func \(part.function)( (part \(part.number))")
            #expect(hinted.contains(part.number), "Exercises/\(folder)/HINTS.md has no heading for part \(part.number)")
            #expect(!chapter.items(ofPart: part.number).isEmpty, "no graded item grades part \(part.number) of chapter \(folder)")
        }
        // And the other way: every marker in the exercise files is a declared part.
        for file in Self.swiftFiles(in: "Exercises/\(folder)") {
            let source = Self.text("Exercises/\(folder)/\(file)") ?? ""
            let marked = source.components(separatedBy: "YOUR CODE HERE (part ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
            for number in marked {
                #expect(chapter.part(number)?.file == file, "Exercises/\(folder)/\(file) marks part \(number), which the chapter declares \(chapter.part(number).map { "in \($0.file)" } ?? "nowhere")")
            }
        }
        for item in chapter.items {
            #expect(item.chapter == chapter.number, "\(item.id) says chapter \(item.chapter)")
            #expect(item.id.hasPrefix(String(format: "%02d.", chapter.number)), "\(item.id) does not start with its chapter")
            for number in item.parts { #expect(chapter.part(number) != nil, "\(item.id) grades part \(number), which chapter \(folder) does not have") }
        }
    }

    @Test("no code outside the chapter folders names a chapter's folder", arguments: ChapterRegistry.all.map { $0.folder })
    func nothingOutside(_ folder: String) throws {
        // The kit's own code outside the chapter folders may not name a chapter's folder: the
        // registry and Package.swift are the only lists.
        for top in ["Sources/Autograder", "Sources/SubmissionCalls", "Sources/CallHost", "Sources/EMKit", "Sources/Reference", "Sources/emkit"] {
            let files = FileManager.default.enumerator(atPath: Self.root.appendingPathComponent(top).path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") {
                let code = (Self.text("\(top)/\(file)") ?? "").split(separator: "\n").enumerated()
                    .filter { !$0.element.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                for (number, line) in code where line.contains(folder) {
                    Issue.record("\(top)/\(file):\(number + 1) names \(folder); take it from the registry instead")
                }
            }
        }
    }
}
