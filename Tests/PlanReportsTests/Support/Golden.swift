import Foundation
import TestSupport
import Testing

/// Golden files under `Tests/PlanReportsTests/Golden/`, read from the source tree so that
/// regenerating them writes the sources, not a copy in the build folder.
///
/// Run `CHB_UPDATE_GOLDEN=1 swift test` to rewrite every golden file from the current output,
/// then read the diff before committing.
enum Golden {
    /// The folder of golden files in the source tree.
    static let folder = Repository.url("Tests/PlanReportsTests/Golden")

    /// Whether this run rewrites the golden files instead of checking them.
    static var updating: Bool { ProcessInfo.processInfo.environment["CHB_UPDATE_GOLDEN"] == "1" }

    /// The bytes of a golden file.
    static func bytes(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// Checks `actual` byte for byte against the golden file `name`, or rewrites it when updating.
    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if updating {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        guard let expectedData = FileManager.default.contents(atPath: url.path) else {
            Issue.record("missing golden file \(name); run CHB_UPDATE_GOLDEN=1 swift test to create it", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: expectedData, as: UTF8.self)
        guard actual != expected else { return }
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
        let got = line < a.count ? String(a[line]) : "<end of output>"
        let want = line < e.count ? String(e[line]) : "<end of file>"
        Issue.record("""
            \(name) differs at line \(line + 1):
              expected: \(want)
              actual:   \(got)
            (run CHB_UPDATE_GOLDEN=1 swift test to accept the new output, then review the diff)
            """, sourceLocation: sourceLocation)
    }
}
