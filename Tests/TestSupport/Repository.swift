public import Foundation
public import Testing

/// Paths inside the repository the tests run from: example plans, fixtures, scripts.
///
/// Tests always run from a checkout, so files are found from this source file's path, not
/// from the working directory (which `swift test` does not fix).
public enum Repository {
    /// The repository root: the nearest folder above this file that holds `Package.swift`.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// A file or folder given by its path relative to the repository root.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The example plan `plans/NAME`.
    public static func plan(_ name: String) -> URL { url("plans/\(name)") }

    /// The file names of the example plans in `plans/`, sorted.
    public static var examplePlans: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url("plans").path)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted()
    }

    /// A fixture in the source tree: `Tests/TARGET/Fixtures/NAME`. Tests that hand a path to the
    /// `chb` executable use this; tests that read bytes may use their bundle's resources.
    public static func fixture(_ name: String, of target: String) -> URL {
        url("Tests/\(target)/Fixtures/\(name)")
    }

    /// The names of the files in a fixtures folder (`Tests/TARGET/Fixtures/FOLDER`), sorted.
    public static func fixtures(in folder: String, of target: String) -> [String] {
        let path = fixture(folder, of: target).path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }
}

/// The team's shared test data, `../shared` beside the clone: third-party samples that must
/// not be copied into the repository. It exists on the team's machines only, so every test that
/// reads it is skipped, with the reason shown, where it is absent (``Trait/sharedData(_:)``);
/// the repository's own fixtures cover the same ground everywhere.
public enum SharedData {
    /// `../shared`, beside the repository root, or the folder `CHB_SHARED_DATA` names.
    public static let root: URL = {
        if let folder = ProcessInfo.processInfo.environment["CHB_SHARED_DATA"], !folder.isEmpty {
            return URL(fileURLWithPath: folder, isDirectory: true)
        }
        return Repository.root.appendingPathComponent("../shared").standardizedFileURL
    }()

    /// The MPXJ MS Project samples (`../shared/samples/mspdi`).
    public static let mspdiSamples = root.appendingPathComponent("samples/mspdi")

    /// The defusedxml attack samples (`../shared/xml-attacks/defusedxml`).
    public static let defusedXML = root.appendingPathComponent("xml-attacks/defusedxml")

    /// Whether a shared folder is present.
    public static func isPresent(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test only when the shared folder is present beside the clone; otherwise the
    /// test is reported as skipped with "../shared absent" and the folder it needs.
    public static func sharedData(_ folder: URL) -> Self {
        .enabled(
            if: SharedData.isPresent(folder),
            Comment(rawValue: "skipped: ../shared absent (no \(folder.path)); the repository's own fixtures cover this")
        )
    }
}
