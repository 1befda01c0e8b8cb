import Foundation
import TestSupport
import Testing

/// Paths the tests read from: the repository, the shared attack samples beside it, and
/// per-test temporary folders.
enum TestFiles {
    /// The repository root.
    static var repository: URL { Repository.root }

    /// The defusedxml attack samples in `../shared/xml-attacks/defusedxml` beside the clone.
    static var defusedXML: URL { SharedData.defusedXML }

    /// The hostile documents written for these tests, in `Fixtures/hostile`.
    static let hostile: URL = Repository.fixture("hostile", of: "PlanXMLTests")

    /// The published schema.
    static let publishedSchema: URL = repository.appendingPathComponent("schema/chb-plan-1.xsd")

    /// The schema the package embeds.
    static let bundledSchemaSource: URL = repository.appendingPathComponent("Sources/PlanXML/Resources/chb-plan-1.xsd")

    /// Every example plan in `plans/`, by file name, sorted.
    static var examplePlans: [String] {
        Repository.examplePlans
    }

    /// The URL of an example plan.
    static func examplePlan(_ name: String) -> URL {
        Repository.plan(name)
    }

    /// The URL of a test fixture, from the test bundle's resources.
    static func fixture(_ name: String) throws -> URL {
        try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"),
            "fixture \(name) is missing from the test bundle")
    }

    /// The bytes of a file.
    static func bytes(_ url: URL) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url))
    }

    /// A fresh, empty temporary folder; removed by the returned cleanup.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("chb-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` with a fresh temporary folder and removes it afterwards.
    static func withTemporaryFolder<R>(_ body: (URL) throws -> R) throws -> R {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// The path of an installed `xmllint`, if any.
    static let xmllint: String? = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Runs a program and returns its exit status and its output (standard error first).
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let result = try ChildProcess.run(URL(fileURLWithPath: executable), arguments)
        return (result.status, result.stderr + result.stdout)
    }
}

extension String {
    /// The UTF-8 offset at which `needle` first occurs (a byte search, fast on large documents).
    private func utf8Offset(of needle: String) -> Int? {
        let haystack = Array(utf8), pattern = Array(needle.utf8)
        guard let first = pattern.first, haystack.count >= pattern.count else { return nil }
        var i = 0
        while i <= haystack.count - pattern.count {
            if haystack[i] == first, haystack[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    /// The 1-based line on which `needle` first occurs; records an issue when it does not.
    func line(of needle: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        guard let offset = utf8Offset(of: needle) else {
            Issue.record("'\(needle)' does not occur in the document", sourceLocation: sourceLocation)
            return -1
        }
        return utf8.prefix(offset).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    }

    /// The 1-based column (in Unicode scalars, as chb counts) at which `needle` first occurs.
    func column(of needle: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        guard let offset = utf8Offset(of: needle) else {
            Issue.record("'\(needle)' does not occur in the document", sourceLocation: sourceLocation)
            return -1
        }
        let before = Array(utf8.prefix(offset))
        let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        // Count scalars: every byte that is not a UTF-8 continuation byte starts one.
        return before[lineStart...].filter { $0 & 0xC0 != 0x80 }.count + 1
    }
}
