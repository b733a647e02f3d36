import Foundation
import Testing
@testable import Autograder

/// A call that traps is reported with the student's file and line, read from the Swift
/// runtime's backtrace on the call's stderr.
@Suite("crash location")
struct CrashLocationTests {
    /// The shape of `swift-backtrace`'s text output (crashed thread only, no registers or images).
    static let log = """
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

        *** Signal 4: Backtracing from 0x7f8c6096df7f... done ***

        *** Program crashed: Illegal instruction at 0x00007f8c6096df7f ***

        Thread 0 "emkit-call" crashed:

          0                         0x00007f8c6096df7f closure #1 in closure #1 in _assertionFailure(_:_:file:line:flags:) + 623 in libswiftCore.so
          1 [ra]                    0x00007f8c60af961f _assertionFailure(_:_:file:line:flags:) + 302 in libswiftCore.so
          2 [ra] [inlined] [system] 0x000055e996c81e73 specialized Array.subscript.getter in emkit-call at //<compiler-generated>
          3 [ra]                    0x000055e996c81e73 gaussianDensity(_:mean:covariance:) + 130 in emkit-call at /k/Sources/EMKit/Statistics/MultivariateNormal.swift:70:28
          4 [ra]                    0x000055e996c81f3b runEM(data:initMeans:initCovariances:initWeights:maxiter:thresh:progress:) + 122 in emkit-call at /k/.build/emkit-grade/copy/Exercises/01-EMLoop/EM.swift:57:13
          5 [ra]                    0x000055e996c81f3b closure #1 in RunEM.perform() + 12 in emkit-call at /k/Sources/CallHost/Chapter01Performers.swift:20:9
        ...

        Backtrace took 0.02s
        """

    @Test("the innermost frame in a chapter file, relative to the kit")
    func innermostChapterFrame() {
        #expect(CrashLocation.chapterLocation(in: Self.log) == "Exercises/01-EMLoop/EM.swift:57")
        let reference = Self.log.replacingOccurrences(of: "/k/.build/emkit-grade/copy/Exercises/", with: "/kit/Solutions/")
        #expect(CrashLocation.chapterLocation(in: reference) == "Solutions/01-EMLoop/EM.swift:57")
    }

    @Test("the crash message adds the place to the runtime's own line")
    func crashMessage() {
        let message = IsolatedRunner.explain(signal: SIGILL, log: Self.log, policy: SandboxPolicy(seconds: 10))
        #expect(message == "Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range at Exercises/01-EMLoop/EM.swift:57")
    }

    @Test("no frame in a chapter file (or no backtrace): the message stays as it was")
    func noChapterFrame() {
        let withoutStudent = Self.log.split(separator: "\n").filter { !$0.contains("/Exercises/") }.joined(separator: "\n")
        #expect(CrashLocation.chapterLocation(in: withoutStudent) == nil)
        #expect(CrashLocation.chapterLocation(in: "Fatal error: Index out of range") == nil)
        let message = IsolatedRunner.explain(signal: SIGSEGV, log: "", policy: SandboxPolicy(seconds: 10))
        #expect(message.hasPrefix("a memory fault") && !message.contains(" at "))
    }

    /// What the backtracer writes inside the sandbox, where it cannot read the call host.
    static let unsymbolicated = """
        Swift/ContiguousArrayBuffer.swift:692: Fatal error: Index out of range

        Thread 0 "emkit-call" crashed:

        0      0x00007f6c3156df7f
        1 [ra] 0x00007f6c316f961f
        2 [ra] 0x000055b170e9bd34
        3 [ra] 0x000055b170ecd6f6
        4      ...


        Images (18 omitted):

        0x000055b170e31000–0x000055b170f12ea0 ad967e8cbe08674010257f63217c19e69e303d58 emkit-call      /k/.build/debug/emkit-call
        0x00007f6c31400000–0x00007f6c319d2d40 b521f25fdeacf504eca83d97c7308e8fc11be729 libswiftCore.so /opt/swift/usr/lib/swift/linux/libswiftCore.so

        Backtrace took 0.01s
        """

    @Test("the call host's frames become offsets into it, return addresses moved onto their call")
    func hostOffsets() {
        #expect(CrashLocation.hostOffsets(in: Self.unsymbolicated, hostName: "emkit-call") == [0x6AD33, 0x9C6F5])
        #expect(CrashLocation.hostOffsets(in: Self.unsymbolicated, hostName: "other-host").isEmpty)
    }

    @Test("the symbolizer's innermost location in a chapter file, past line 0 and the kit's own files")
    func symbolizerOutput() {
        let output = """
            /k/Sources/EMKit/Statistics/MultivariateNormal.swift:70:28
            /k/Solutions/01-EMLoop/EM.swift:0:0

            /k/.build/emkit-grade/copy/Exercises/02-ModularEM/ModularEM.swift:19:41
            /k/Sources/CallHost/Chapter02Performers.swift:13:22
            """
        #expect(CrashLocation.chapterLocation(inSymbolizerOutput: output) == "Exercises/02-ModularEM/ModularEM.swift:19")
        #expect(CrashLocation.chapterLocation(inSymbolizerOutput: "??:0:0\n") == nil)
        // Only line 0 in a chapter file: the file, without a line.
        #expect(CrashLocation.chapterLocation(inSymbolizerOutput: "/k/Solutions/01-EMLoop/EM.swift:0:0\n/k/Sources/CallHost/main.swift:28:28\n")
                == "Solutions/01-EMLoop/EM.swift")
    }

    @Test("the sandbox asks the runtime for a plain, non-interactive backtrace on stderr")
    func backtraceSettings() {
        let settings = Set(SandboxPolicy.backtrace.split(separator: ","))
        #expect(settings.isSuperset(of: ["enable=yes", "interactive=no", "color=no", "output-to=stderr"]))
    }
}
