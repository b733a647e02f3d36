import EMKit
import Testing

@Suite("choice and permutation as numpy draws them")
struct ChoiceTests {
    static let file: Fixtures.ChoiceFile? = try? Fixtures.load("choice.json")

    @Test("choice(100, 3, replace=False) after seed 4 is [20, 10, 96]")
    func notebookChoice() throws {
        var random = NumpyRandom(seed: 4)
        #expect(try random.choice(100, count: 3) == [20, 10, 96])
        var one = NumpyRandom(seed: 1)
        #expect(try one.choice(1328, count: 4) == [452, 705, 989, 115])
    }

    @Test("weighted choice matches numpy draw for draw")
    func weighted() throws {
        let file = try #require(Self.file)
        #expect(file.weighted.count >= 10)
        for fixture in file.weighted {
            var random = NumpyRandom(seed: fixture.seed)
            let draws = try fixture.draws.map { _ in try random.choice(probabilities: fixture.p) }
            #expect(draws == fixture.draws, "seed \(fixture.seed), p \(fixture.p)")
        }
    }

    @Test("choice without replacement consumes the whole shuffle, as numpy does")
    func withoutReplacement() throws {
        let file = try #require(Self.file)
        for fixture in file.without_replacement {
            var random = NumpyRandom(seed: fixture.seed)
            #expect(try random.choice(fixture.n, count: fixture.k) == fixture.result, "seed \(fixture.seed), n \(fixture.n), k \(fixture.k)")
            #expect(random.uniform() == fixture.next_uniform, "the draw after choice: seed \(fixture.seed), n \(fixture.n)")
        }
    }

    @Test("permutations match")
    func permutations() throws {
        let file = try #require(Self.file)
        for fixture in file.permutations {
            var random = NumpyRandom(seed: fixture.seed)
            #expect(random.permutation(fixture.n) == fixture.result, "seed \(fixture.seed), n \(fixture.n)")
        }
    }

    @Test("bad probabilities and sizes are errors, not traps")
    func badInput() {
        var random = NumpyRandom(seed: 0)
        #expect(throws: InputError.self) { try random.choice(probabilities: []) }
        #expect(throws: InputError.self) { try random.choice(probabilities: [0.5, 0.6]) }
        #expect(throws: InputError.self) { try random.choice(probabilities: [1.5, -0.5]) }
        #expect(throws: InputError.self) { try random.choice(probabilities: [.nan, 1]) }
        #expect(throws: InputError.self) { try random.choice(3, count: 4) }
        #expect(throws: InputError.self) { try random.choice(3, count: -1) }
    }
}
