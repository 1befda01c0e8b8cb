import Foundation
import TestSupport
import Testing

/// The README replays itself: every shell example in `README.md` that runs `chb` is run, as
/// written, in one shell from the top of the file to the bottom, in a scratch copy of the
/// repository root, as someone following the README in a fresh clone would.
///
/// The conventions, which the README's contributor notes repeat:
/// - A ```` ```console ```` block is a transcript: `$ ` starts a command (a line ending in `\`
///   continues it), the lines after it up to the next `$ ` are its output, standard error
///   merged, compared exactly; a line `…` stands for any number of lines. The command must exit
///   0, unless `[exit N]` follows its output or the next command is `echo $?`, which shows it.
/// - A ```` ```sh ```` block is commands only: each must exit 0; its output is not compared.
/// - `<!-- readme: no-replay REASON -->` on the line before a block leaves it out (blocks that
///   install software or write outside the copy). `swift run chb` runs the `chb` these tests
///   were built with; `swift build` and `swift test` commands are not run (they are what runs
///   this test).
/// - Any other fenced block that starts with `$ ` is an error: a shell example must say which
///   kind it is, so that none escapes the replay.
@Suite("README examples replay")
struct ReadmeTests {
    /// One command of a README example.
    struct Example: CustomStringConvertible {
        /// The README line the command starts on.
        var line: Int
        /// The command as written (continuation lines included).
        var command: String
        /// The output the README shows, or `nil` when it shows none (a `sh` block).
        var output: [String]?
        /// The exit status the README shows with `[exit N]`.
        var status: Int32 = 0

        var description: String { "README.md:\(line): \(command)" }
    }

    /// A fenced block of the README.
    struct Block {
        var language: String
        var line: Int
        var lines: [String]
        var replayed: Bool
    }

    static let skipMarker = "<!-- readme: no-replay"

    static let readme: String = (try? String(contentsOf: Repository.url("README.md"), encoding: .utf8)) ?? ""

    /// Every fenced block, with the language of its fence and whether it is replayed.
    static func blocks(_ text: String) -> [Block] {
        let lines = text.components(separatedBy: "\n")
        var blocks: [Block] = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("```") else { index += 1; continue }
            let language = String(lines[index].dropFirst(3)).trimmingCharacters(in: .whitespaces)
            let previous = lines[..<index].last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            let start = index + 1
            index += 1
            while index < lines.count, !lines[index].hasPrefix("```") { index += 1 }
            blocks.append(Block(language: language, line: start, lines: Array(lines[start..<min(index, lines.count)]),
                                replayed: !previous.hasPrefix(skipMarker)))
            index += 1
        }
        return blocks
    }

    /// The commands of a `console` or `sh` block.
    static func examples(in block: Block) -> [Example] {
        var examples: [Example] = []
        var index = 0
        let lines = block.lines
        while index < lines.count {
            let line = lines[index]
            let isCommand = block.language == "console"
                ? line.hasPrefix("$ ")
                : !line.trimmingCharacters(in: .whitespaces).isEmpty && !line.hasPrefix("#")
            if isCommand {
                var command = block.language == "console" ? String(line.dropFirst(2)) : line
                let number = block.line + index + 1
                while command.hasSuffix("\\"), index + 1 < lines.count {
                    index += 1
                    command += "\n" + lines[index]
                }
                examples.append(Example(line: number, command: command, output: block.language == "console" ? [] : nil))
            } else if block.language == "console", !examples.isEmpty {
                if line.hasPrefix("[exit "), line.hasSuffix("]"), let status = Int32(line.dropFirst(6).dropLast()) {
                    examples[examples.count - 1].status = status
                } else {
                    examples[examples.count - 1].output?.append(line)
                }
            }
            index += 1
        }
        return examples
    }

    /// Whether a command runs chb.
    static func runsChb(_ command: String) -> Bool {
        command.range(of: #"(^|[\s;|&(])chb\s"#, options: .regularExpression) != nil
    }

    /// The examples to replay, in README order: those of every replayed block that runs chb.
    static var replayed: [Example] {
        let shell = blocks(readme).filter { block in ["console", "sh"].contains(block.language) && block.replayed }
        let parsed: [[Example]] = shell.map { block in Self.examples(in: block) }
        return parsed.filter { block in block.contains { example in runsChb(example.command) } }.flatMap { $0 }
    }

    /// Whether `actual` matches `expected`, where an expected line `…` matches any run of lines.
    static func matches(_ expected: ArraySlice<String>, _ actual: ArraySlice<String>) -> Bool {
        guard let first = expected.first else { return actual.isEmpty }
        if first == "…" {
            return (actual.startIndex...actual.endIndex).contains { matches(expected.dropFirst(), actual[$0...]) }
        }
        return actual.first == first && matches(expected.dropFirst(), actual.dropFirst())
    }

    /// `CHB_UPDATE_README=1 swift test --filter ReadmeTests`: writes what each transcript printed
    /// into README.md where it differs, as goldens are regenerated, for transcripts with no `…`
    /// (those are left for a person to mend, and still fail). Read the diff before committing.
    static func update(_ examples: [Example], with outputs: [[String]]) throws {
        var lines = readme.components(separatedBy: "\n")
        for (example, output) in zip(examples, outputs).reversed() {
            guard let expected = example.output, !expected.contains("…"), !matches(expected[...], output[...]) else { continue }
            let first = example.line - 1 + example.command.components(separatedBy: "\n").count
            lines.replaceSubrange(first..<(first + expected.count), with: output)
        }
        try lines.joined(separator: "\n").write(to: Repository.url("README.md"), atomically: true, encoding: .utf8)
    }

    @Test("Every shell example says whether it is a transcript (console) or commands (sh)")
    func everyExampleIsLabelled() {
        #expect(!Self.readme.isEmpty, "README.md was not found at \(Repository.url("README.md").path)")
        for block in Self.blocks(Self.readme) where block.language.isEmpty || block.language == "shell" || block.language == "bash" {
            #expect(!(block.lines.first ?? "").hasPrefix("$ "),
                "README.md:\(block.line): a shell example in a ``` block; mark it ```console (or ```sh) so the replay runs it")
        }
        #expect(Self.replayed.count > 50, "the replay found only \(Self.replayed.count) commands")
    }

    /// Top-level entries never copied: the build products, and the fuzzing package (its build,
    /// corpora and findings are large and change while a fuzzer runs). No README example needs them.
    static let neverCopied: Set<String> = [".build", ".git", ".swiftpm", "Fuzz"]

    /// What a fresh clone holds, relative to the repository root: the files git tracks, when the
    /// root is a git checkout, so that files left by following the README in the clone itself
    /// (`wren.xml`, `heron-hold.xml`, `.wren.xml.lock`…) never reach the replay; otherwise every
    /// top-level entry but ``neverCopied``.
    static func repositoryFiles(root: URL = Repository.root) throws -> [String] {
        let manager = FileManager.default
        if manager.fileExists(atPath: root.appendingPathComponent(".git").path), let git = ChildProcess.find("git") {
            let listed = try ChildProcess.run(git, ["-C", root.path, "ls-files", "-z"])
            if listed.status == 0 {
                return listed.stdout.split(separator: "\0").map(String.init).filter { path in
                    // Tracked but deleted in this checkout: a fresh clone would have it, but the copy cannot.
                    !neverCopied.contains(String(path.prefix { $0 != "/" }))
                        && (try? manager.attributesOfItem(atPath: root.appendingPathComponent(path).path)) != nil
                }
            }
        }
        return try manager.contentsOfDirectory(atPath: root.path).filter { !neverCopied.contains($0) }.sorted()
    }

    @Test("The replay copies what git tracks: files left by following the README in the clone are not copied")
    func copiesTrackedFilesOnly() throws {
        let files = try Self.repositoryFiles()
        #expect(files.contains("README.md") && files.contains("plans/heron-hold.xml") && files.contains("Package.swift"))
        #expect(!files.contains { $0.hasPrefix(".build/") || $0.hasPrefix("Fuzz/") || $0.hasPrefix(".git/") })
        // A checkout with a stray plan and lock file, as following the README from the clone leaves.
        let scratch = try Scratch()
        let clone = scratch.url.appendingPathComponent("clone")
        try FileManager.default.createDirectory(at: clone.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try Data("tracked".utf8).write(to: clone.appendingPathComponent("plans/kept.xml"))
        try Data("".utf8).write(to: clone.appendingPathComponent("Package.swift"))
        let git = try #require(ChildProcess.find("git"), "git is needed to build the test checkout")
        for arguments in [["init", "-q"], ["add", "plans/kept.xml", "Package.swift"]] {
            let result = try ChildProcess.run(git, ["-C", clone.path] + arguments)
            try #require(result.status == 0, "\(result)")
        }
        for stray in ["wren.xml", ".wren.xml.lock", "plans/new.xml"] {
            try Data("left behind".utf8).write(to: clone.appendingPathComponent(stray))
        }
        #expect(try Self.repositoryFiles(root: clone).sorted() == ["Package.swift", "plans/kept.xml"])
        // Not a git checkout: every top-level entry but the build products.
        try FileManager.default.removeItem(at: clone.appendingPathComponent(".git"))
        try FileManager.default.createDirectory(at: clone.appendingPathComponent(".build"), withIntermediateDirectories: true)
        #expect(try Self.repositoryFiles(root: clone) == [".wren.xml.lock", "Package.swift", "plans", "wren.xml"])
    }

    @Test("Every example runs as written from a scratch copy of the repository root")
    func replay() throws {
        let examples = Self.replayed
        let scratch = try Scratch()
        let root = scratch.url.appendingPathComponent("chb")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for path in try Self.repositoryFiles() {
            let target = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(path), to: target)
        }
        let bin = scratch.url.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("chb"), withDestinationURL: try ChbProcess.requireBinary())

        // One shell, so that files and `export`s carry from one example to the next. Each
        // command's output is framed by a record separator and its number; its status follows
        // a unit separator and is handed on, so that a following `echo $?` shows it.
        var script = "printf '\\036%d\\n' 0\n"
        for (number, example) in examples.enumerated() {
            var command = example.command.replacingOccurrences(of: "swift run chb", with: "chb")
            if command.range(of: #"^\s*swift (build|test)\b"#, options: .regularExpression) != nil { command = ":" }
            script += "{ \(command)\n} 2>&1\n"
            script += "__s=$?; printf '\\037%d\\n\\036%d\\n' \"$__s\" \(number + 1); (exit $__s)\n"
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let result = try ChildProcess.run(URL(fileURLWithPath: "/bin/bash"), ["--noprofile", "--norc", "-c", script],
            environment: ["PATH": bin.path + ":" + path, "CHB_NOW": nil, "NO_COLOR": nil], in: root, timeout: 600)
        let parts = result.stdout.components(separatedBy: "\u{1E}").dropFirst().map { part -> (output: [String], status: Int32?) in
            let body = part.drop { $0 != "\n" }.dropFirst()
            guard let separator = body.lastIndex(of: "\u{1F}") else { return ([], nil) }
            var output = body[..<separator].components(separatedBy: "\n")
            if output.last == "" { output.removeLast() }
            return (output, Int32(body[body.index(after: separator)...].trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        try #require(parts.count >= examples.count, "the replay stopped early: \(result)")
        if ProcessInfo.processInfo.environment["CHB_UPDATE_README"] == "1" {
            try Self.update(examples, with: parts.map(\.output))
        }
        for (number, example) in examples.enumerated() {
            let (output, status) = parts[number]
            let shownByEcho = number + 1 < examples.count && examples[number + 1].command == "echo $?"
            if !shownByEcho {
                #expect(status == example.status, "\(example)\nexit \(status.map { "\($0)" } ?? "?"), not \(example.status):\n\(output.joined(separator: "\n"))")
            }
            if let expected = example.output {
                #expect(Self.matches(expected[...], output[...]),
                    "\(example)\nthe README shows:\n\(expected.joined(separator: "\n"))\nbut it printed:\n\(output.joined(separator: "\n"))")
            }
        }
    }
}
