import Foundation
import Testing
import TestSupport

/// Issue 11 item 3: chb behaves like the Unix tools around it.
@Suite("Unix manners")
struct UnixMannersTests {
    let folder: Scratch
    let plan: String

    init() throws {
        folder = try Scratch()
        plan = try folder.copy(plan: "heron-hold.xml")
    }

    @Test("--version prints the version, which also heads --help")
    func version() throws {
        let result = try chb(["--version"])
        #expect(result.status == 0)
        let version = result.stdout.trimmingCharacters(in: .newlines)
        #expect(version.range(of: #"^\d+\.\d+\.\d+$"#, options: .regularExpression) != nil, "\(result)")
        #expect(try chb(["--help"]).stdout.hasPrefix("OVERVIEW: chb \(version): "))
    }

    @Test("- reads the plan from standard input", arguments: [
        ["validate", "-"], ["show", "-"], ["status", "-", "--as-of", "2026-11-30"], ["schedule", "-"], ["log", "-"], ["export", "-"],
    ])
    func standardInput(_ arguments: [String]) throws {
        let viaFile = try chb(arguments.map { $0 == "-" ? plan : $0 })
        let viaStdin = try Shell.run("\"$CHB\" \(arguments.joined(separator: " ")) < heron-hold.xml", in: folder.url)
        #expect(viaStdin.status == 0, "\(viaStdin)")
        #expect(viaStdin.stdout == viaFile.stdout.replacingOccurrences(of: plan, with: "<stdin>"))
    }

    @Test("a change cannot be made to standard input")
    func noChangeToStandardInput() throws {
        let result = try Shell.run("\"$CHB\" task note - t-h-hub --text x --agency smc < heron-hold.xml", in: folder.url)
        #expect(result.status == 64)
        #expect(result.stderr.contains("standard input ('-') cannot be saved back"))
    }

    @Test("a closed pipe ends chb quietly with status 141, after any change was saved")
    func closedPipe() throws {
        for arguments in [["status", plan, "--as-of", "2026-11-30"], ["export", plan], ["log", plan]] {
            let process = Process()
            process.executableURL = try ChbProcess.requireBinary()
            process.arguments = arguments
            let output = Pipe(), errors = Pipe()
            process.standardOutput = output
            process.standardError = errors
            try output.fileHandleForReading.close()
            try process.run()
            try output.fileHandleForWriting.close()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationReason == .exit && process.terminationStatus == 141, "\(arguments): \(stderr)")
            #expect(stderr.isEmpty, "\(arguments): \(stderr)")
        }
        let head = try Shell.run("\"$CHB\" log heron-hold.xml | head -n 1", in: folder.url)
        #expect(head.stderr.isEmpty && head.stdout.split(separator: "\n").count == 1, "\(head)")
    }

    @Test("--color always and never; NO_COLOR counts only when it is not empty",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "SKIPPED: util-linux script(1) is needed to give chb a terminal"))
    func colour() throws {
        let status = "\"$CHB\" status heron-hold.xml --as-of 2026-11-30"
        let always = try Shell.run(status + " --color always", in: folder.url, environment: ["NO_COLOR": "1"])
        #expect(always.stdout.contains("\u{1B}["))
        let never = try Shell.run("script -qec '\(status) --color never' /dev/null", in: folder.url)
        #expect(never.status == 0 && !never.stdout.contains("\u{1B}["), "\(never)")
        let emptyNoColor = try Shell.run("script -qec '\(status)' /dev/null", in: folder.url, environment: ["NO_COLOR": ""])
        #expect(emptyNoColor.stdout.contains("\u{1B}["), "NO_COLOR= (empty) turned colour off")
        let setNoColor = try Shell.run("script -qec '\(status)' /dev/null", in: folder.url, environment: ["NO_COLOR": "1"])
        #expect(setNoColor.status == 0 && !setNoColor.stdout.contains("\u{1B}["))
    }

    @Test("a mistyped subcommand is blamed, with the nearest command suggested", arguments: [
        (["strat", "x"], "'strat' is not a 'chb' command"),
        (["task", "strat", "plan.xml", "t-1"], "'strat' is not a 'chb task' command; did you mean 'start'?"),
        (["statsu", "plan.xml"], "'statsu' is not a 'chb' command; did you mean 'status'?"),
        (["stage", "compleet", "plan.xml", "hold"], "did you mean 'complete'?"),
    ])
    func suggestions(_ arguments: [String], _ message: String) throws {
        let result = try chb(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("chb: error: '") && result.stderr.contains(message), "\(result)")
        #expect(!result.stderr.contains("--agency"), "\(result)")
    }

    @Test("negative numbers are option values")
    func negativeNumbers() throws {
        let result = try chb(["measure", "record", plan, "m-h-feel-safe", "--date", "2026-11-30", "--value", "-5", "--agency", "smc"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("recorded -5 for m-h-feel-safe"))
        let duration = try chb(["task", "edit", plan, "t-h-hub", "--duration", "-3", "--agency", "smc"])
        #expect(duration.status == 1 && !duration.stderr.contains("Unknown option"), "\(duration)")
    }

    @Test("every option that takes a number takes a negative one as its value, and answers with its range", arguments: [
        (["task", "edit", "PLAN", "t-h-hub", "--duration", "-3"], "duration"),
        (["task", "edit", "PLAN", "t-h-hub", "--progress", "-5"], "progress -5"),
        (["risk", "edit", "PLAN", "r-h-rival-line", "--likelihood", "-2"], "likelihood must be 1 to 5, not -2"),
        (["risk", "edit", "PLAN", "r-h-rival-line", "--impact", "-2"], "impact must be 1 to 5, not -2"),
        (["objective", "edit", "PLAN", "--stage", "hold", "--number", "-1", "--text", "x"], "objectives 1 to 3, not -1"),
        (["plan", "edit", "PLAN", "--review-cadence", "-3"], "review cadence must be"),
    ])
    func negativeValuesEverywhere(_ arguments: [String], _ message: String) throws {
        let before = plan.fileBytes
        let result = try chb(arguments.map { $0 == "PLAN" ? plan : $0 } + ["--agency", "smc"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains(message) && !result.stderr.contains("Missing value"), "\(result)")
        #expect(plan.fileBytes == before)
        let measure = try chb(["measure", "edit", plan, "m-h-feel-safe", "--baseline", "-4", "--target", "-2", "--agency", "smc"])
        #expect(measure.status == 0 && measure.stdout.contains("baseline 38 → -4"), "\(measure)")
    }

    @Test("--wait takes seconds from 0 to 86400; negative, infinite and non-numeric values say so", arguments: ["-1", "inf", "nan", "abc", "1e3", "86401", ""])
    func waitValues(_ value: String) throws {
        let before = plan.fileBytes
        let result = try chb(["task", "note", plan, "t-h-hub", "--text", "x", "--agency", "smc", "--wait", value])
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.hasPrefix("Error: --wait takes a number of seconds from 0 to 86400, such as 5 or 0.5; not '\(value)'\n"), "\(result)")
        #expect(plan.fileBytes == before)
        for good in ["0", "0.5", "2"] {
            #expect(try chb(["task", "note", plan, "t-h-hub", "--text", "x", "--agency", "smc", "--wait", good]).status == 0)
        }
    }

    @Test("status --agency ghost lists the plan's agencies")
    func unknownAgencyListsAgencies() throws {
        let result = try chb(["status", plan, "--agency", "ghost"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("agency 'ghost' is not an agency of this plan; its agencies: smc, smcc, sht"), "\(result)")
    }

    @Test("every failure is printed once, compiler style")
    func failuresPrintedOnce() throws {
        let missing = try chb(["show", folder.path("missing.xml")])
        #expect(missing.status == 1)
        #expect(missing.stderr == "\(folder.path("missing.xml")): error: no such file\n")
        let refused = try chb(["task", "start", plan, "t-ghost", "--agency", "smc"])
        #expect(refused.status == 1)
        #expect(refused.stderr.split(separator: "\n").count == 1 && refused.stderr.hasPrefix("\(plan): error: "), "\(refused)")
    }

    @Test("a file that cannot be opened is named without a line or column, by every kind of command")
    func unopenableFiles() throws {
        let missing = folder.path("missing.xml")
        for arguments in [["validate", missing], ["status", missing], ["log", missing], ["task", "note", missing, "t-1", "--text", "x", "--agency", "smc"],
                          ["merge", plan, missing, "--agency", "smc"]] {
            let result = try chb(arguments)
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr == "\(missing): error: no such file\n", "\(arguments): \(result)")
        }
        let json = try chb(["validate", missing, "--format", "json"])
        #expect(json.stdout.contains(#""code" : "unreadable""#) && json.stdout.contains(#""message" : "no such file""#) && !json.stdout.contains("line"), "\(json)")
        let portfolio = try chb(["status", plan, missing, "--as-of", "2026-11-30"])
        #expect(portfolio.status == 1 && portfolio.stdout.contains("\(missing): no such file"), "\(portfolio)")
    }

    @Test("a file over the input limit is refused with the limit in MiB")
    func sizeLimitInMiB() throws {
        let big = folder.path("big.xml")
        #expect(FileManager.default.createFile(atPath: big, contents: nil))
        #expect(truncate(big, 64 << 20 + 1) == 0)
        let result = try chb(["validate", big])
        #expect(result.status == 1)
        #expect(result.stderr == "\(big): error: the file is larger than the limit of 64 MiB\n", "\(result)")
    }

    @Test("an output in a folder that does not exist says so")
    func outputInMissingFolder() throws {
        let output = folder.path("nodir/report.txt")
        for arguments in [["status", plan, "--as-of", "2026-11-30", "-o", output], ["export", plan, "-o", output],
                          ["new", output, "--id", "op-x", "--title", "T", "--area", "A", "--lead-agency", "p", "--lead-agency-name", "P"]] {
            let result = try chb(arguments)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.hasPrefix("\(output): error: the folder \(folder.path("nodir")) does not exist"), "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path("nodir")))
    }
}
