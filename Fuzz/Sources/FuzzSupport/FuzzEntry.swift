import Foundation
import PlanCore
import PlanXML

/// What every fuzz target's `LLVMFuzzerTestOneInput` calls.
public enum FuzzEntry {
    /// Checks one input with the named target's oracle, trapping (so libFuzzer saves the
    /// input as a crash) when a property fails.
    ///
    /// - Parameters:
    ///   - target: The fuzz target's name (see `FuzzOracles.targets`).
    ///   - data: The input libFuzzer made.
    ///   - size: Its length in bytes.
    /// - Returns: 0, as libFuzzer requires.
    public static func run(_ target: String, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        do {
            try FuzzOracles.check(target, bytes, examplePlans: target == "merge" ? examplePlans : [])
        } catch {
            fatalError("fuzz oracle failed (\(target)): \(error.description)")
        }
        return 0
    }

    /// The repository's example plans, read once: the plans the `merge` target merges into.
    /// `CHB_ROOT` names the repository (scripts/fuzz sets it); otherwise it is found from
    /// this file's path.
    static let examplePlans: [Plan] = {
        let root = ProcessInfo.processInfo.environment["CHB_ROOT"]
            ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().deletingLastPathComponent().path
        let folder = root + "/plans"
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
        let plans = names.compactMap { try? PlanReader().read(contentsOf: "\(folder)/\($0)").plan }
        guard !plans.isEmpty else { fatalError("no example plans in \(folder); set CHB_ROOT to the repository") }
        return plans
    }()
}
