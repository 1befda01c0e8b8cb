import ArgumentParser
import PlanCore
import PlanStorage
import PlanXML

/// Reading plans, and the one safe way to change, create or write one.
///
/// Every command that loads a plan reads and validates it here; every command that writes a
/// file goes through `PlanStorage` here, so the rules of "Files and safety" in the README
/// hold for all of them. Failures are thrown as ``Failure`` for ``Chb/main()`` to print.
enum PlanSession {
    /// The bytes of a plan argument: the file's, or standard input's for `-`.
    static func bytes(of file: FileArgument) throws(Failure) -> [UInt8] {
        do {
            return try storedBytes(of: file)
        } catch {
            throw Failure(reading: file.displayName, error)
        }
    }

    /// The bytes of a plan argument, or why they cannot be read.
    static func storedBytes(of file: FileArgument) throws(StorageError) -> [UInt8] {
        let limit = ReadLimits.standard.maximumInputBytes
        return file.isStandardStream
            ? try FileReader.readStandardInput(limit: limit)
            : try FileReader.read(file.path, limit: limit)
    }

    /// Reads and checks a document: the plan when it could be read, and every diagnostic
    /// (read errors, or the validator's errors and warnings).
    static func check(
        _ bytes: [UInt8], file: String, today: CalendarDate? = nil
    ) -> (document: PlanDocument?, diagnostics: [PlanDiagnostic]) {
        do {
            let document = try PlanReader().read(bytes, file: file)
            return (document, PlanValidator(today: today).validate(document.plan, sourceMap: document.sourceMap))
        } catch {
            return (nil, error.diagnostics)
        }
    }

    /// Reads and validates a plan: the one function every command that loads a plan uses.
    ///
    /// - Returns: The document, when it is readable and has no errors (warnings are allowed).
    /// - Throws: ``Failure`` listing the read errors or the validation errors.
    /// - Parameters:
    ///   - bytes: The document.
    ///   - file: The name used in messages.
    ///   - invalid: A line to print before the validation errors, if any.
    static func load(_ bytes: [UInt8], file: String, invalid: String? = nil) throws(Failure) -> PlanDocument {
        let (document, diagnostics) = check(bytes, file: file)
        guard let document else { throw Failure(diagnostics.lines(file: file)) }
        let errors = diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else {
            throw Failure((invalid.map { [Diagnostic(file: file, message: $0)] } ?? []) + errors.lines(file: file))
        }
        return document
    }

    /// Reads and validates the plan a file argument names (`-`: standard input).
    static func load(_ file: FileArgument) throws(Failure) -> PlanDocument {
        try load(bytes(of: file), file: file.displayName)
    }

    /// Changes a plan on disk: lock, read, validate, change, validate, save atomically, unlock.
    ///
    /// The lock (see `LockedFile`) is held from the read to the rename, so concurrent chb
    /// processes take turns and never lose an update; just before the rename the file is
    /// compared with the bytes read, and a file changed behind the lock's back is not saved.
    /// A refused or failed change leaves the file byte-for-byte as it was; a change that
    /// leaves the plan exactly as it was saves nothing.
    /// - Parameters:
    ///   - file: The plan file (edited at the file a symbolic link names; messages use the
    ///     name as given).
    ///   - waiting: How long to wait for another process's lock.
    ///   - report: Where the success line goes (stderr when stdout carries data).
    ///   - shouldSave: When `false` (a dry run), everything happens except the save.
    ///   - beforeSave: Runs under the lock once the changed plan is checked and its bytes are
    ///     ready, just before they replace the file (an export writes its output here, so
    ///     that a refused output never leaves a recorded export); not in a dry run. When it
    ///     throws, nothing is saved.
    ///   - ifSaveFails: When `beforeSave` ran and the save then failed: a line saying what
    ///     became of what it did, printed under the save's error.
    ///   - change: Applies the change to the plan and returns the line to print on success.
    /// - Throws: ``Failure``, or what `change` or `beforeSave` throws other than a ``PlanChangeError``.
    static func modify(
        _ file: FileArgument, waiting: WaitOption, report: Terminal.Stream = .standardOutput, save shouldSave: Bool = true,
        beforeSave: (() throws -> Void)? = nil,
        ifSaveFails: (() -> String)? = nil,
        _ change: (inout Plan) throws -> String
    ) throws {
        let path = file.description
        if file.isStandardStream {
            throw Failure("chb", "a change needs the plan's file; standard input ('-') cannot be saved back",
                exitCode: .validationFailure)
        }
        let locked: LockedFile
        do {
            locked = try LockedFile(file.path, wait: waiting.seconds, limit: ReadLimits.standard.maximumInputBytes)
        } catch {
            throw Failure(reading: path, error)
        }
        defer { locked.release() }
        let document = try load(locked.contents, file: path, invalid: "the plan is invalid; fix these before changing it:")
        var plan = document.plan
        let message: String
        do {
            message = try change(&plan)
        } catch let refusal as PlanChangeError {
            throw Failure(path, refusal.cliMessage(in: document.plan))
        }
        let after = PlanValidator().validate(plan).filter { $0.severity == .error }
        if !after.isEmpty {
            throw Failure([Diagnostic(file: path, message: "the change would make the plan invalid; nothing was saved:")]
                + after.map { .detail($0.message) })
        }
        if shouldSave, plan != document.plan {
            let bytes: [UInt8]
            do {
                bytes = try PlanWriter().write(plan)
            } catch {
                throw Failure(path, error.message)
            }
            try beforeSave?()
            do {
                try locked.replace(with: bytes)
            } catch {
                let saving = Diagnostic(file: path, message: error.message)
                throw Failure(ifSaveFails.map { [saving, .detail($0())] } ?? [saving])
            }
        } else if shouldSave {
            // Nothing to save, but the step still belongs to the change.
            try beforeSave?()
        }
        if !message.isEmpty { Terminal.say(message, to: report) }
        if shouldSave, plan != document.plan, document.isSigned { Terminal.say(SignatureReport.removedNote(path), to: report) }
    }

    /// Writes a new plan file, refusing to overwrite anything.
    static func create(_ plan: Plan, at file: FileArgument) throws(Failure) {
        let bytes: [UInt8]
        do {
            bytes = try PlanWriter().write(plan)
        } catch {
            throw Failure(file.description, error.message)
        }
        do {
            try AtomicFile.create(bytes, at: file.path)
        } catch {
            throw Failure(file.description, error.message(for: file))
        }
    }

    /// Writes a command's output: to standard output when `output` is `nil` or `-`, otherwise
    /// to the file, which must not be one of `inputs`, must be absent or a regular file, and
    /// may hold a full plan only when `content` is that same plan (see ``refuseReplacing(_:with:)``).
    static func write(
        _ bytes: [UInt8], to output: FileArgument?, protecting inputs: [FileArgument], content: OutputContent
    ) throws(Failure) {
        guard let output, !output.isStandardStream else {
            Terminal.write(bytes)
            return
        }
        try refuseReplacing(output, with: content)
        do {
            try AtomicFile.write(bytes, to: output.path, protecting: inputs.filter { !$0.isStandardStream }.map(\.path))
        } catch {
            throw Failure(output.description, error.message(for: output))
        }
    }

    /// Refuses, before any work is done, an output that names one of the inputs, or that holds
    /// a full plan `content` would replace (when `content` is known before the work).
    static func refuseOutput(_ output: FileArgument?, overwriting inputs: [FileArgument], with content: OutputContent? = nil) throws(Failure) {
        guard let output, !output.isStandardStream, let written = try? FileStatus(of: output.path) else { return }
        for input in inputs where !input.isStandardStream {
            if let read = try? FileStatus(of: input.path), read.isSameFile(as: written) {
                throw Failure(output.description, StorageError.isInput(input.path).message(for: output))
            }
        }
        if let content { try refuseReplacing(output, with: content) }
    }

    /// The one rule for what an output may replace: a file holding a full chb plan is replaced
    /// only by that same plan (a copy from `chb export`, same plan id). A report, an export in
    /// another format or a partner view never replaces a plan; a previous report or an older
    /// partner view is replaced as the daily workflow needs. Only the file's first bytes are
    /// read (``PlanFileHead``).
    static func refuseReplacing(_ output: FileArgument, with content: OutputContent) throws(Failure) {
        guard !output.isStandardStream, case .fullPlan(let id) = PlanFileHead.of(output.path) else { return }
        let held = id.map { "the chb plan '\($0)'" } ?? "a chb plan"
        switch content {
        case .plan(let written) where id == written.rawValue:
            return
        case .plan(let written):
            throw Failure(output.description,
                "the file holds \(held), not '\(written)'; not replacing one plan with another, so nothing was written (write to another file, or remove that plan first if it is meant)")
        case .report(let what):
            throw Failure(output.description,
                "the file holds \(held); not replacing a plan with \(what), so nothing was written (write it to another file)")
        }
    }
}

/// What a command writes to `-o`, for the rule of ``PlanSession/refuseReplacing(_:with:)``.
enum OutputContent {
    /// A full plan in the chb format, with its id.
    case plan(PlanID)
    /// Anything else, in words for messages: "a status report", "the partner view for 'sht'".
    case report(String)

    /// What writing `plan` in `format` gives: the full plan itself only in the chb format, and
    /// only when the plan is not a partner view.
    init(_ plan: Plan, as format: ExportFormat) {
        switch (format, plan.view) {
        case (.chb, .full): self = .plan(plan.id)
        case (.chb, .partner(let agency, _)): self = .report("a partner view (for '\(agency)')")
        case (.mspdi, _): self = .report("an MSPDI export")
        case (.ics, _): self = .report("an iCalendar file")
        case (.html, _): self = .report("a partner update page")
        }
    }
}

extension StorageError {
    /// The message with the command line's advice for `-o` outputs.
    func message(for output: FileArgument) -> String {
        switch self {
        case .notRegularFile, .brokenSymbolicLink: "\(message); chb writes only regular files (use -o - for standard output)"
        case .isInput(let input): "-o \(output) is the plan \(input) itself; nothing was written (write to another file)"
        default: message
        }
    }
}

/// `--wait SECONDS` of the commands that change a plan.
///
/// The value is checked here rather than by the parser, so that every bad value gets the same
/// plain answer: a negative number (taken as the value, like every number chb reads, not as an
/// option), `inf`, `nan`, or a word.
struct WaitOption: ParsableArguments {
    /// The longest wait allowed, in seconds: a day.
    static let maximum = 86_400

    @Option(name: .customLong("wait"), parsing: .unconditional,
        help: ArgumentHelp("How long to wait for another chb process that is changing the plan (0 to \(maximum)).", valueName: "seconds"))
    var text = "5"

    /// The wait, in seconds.
    var seconds: Double { Self.seconds(text) ?? 5 }

    func validate() throws {
        guard Self.seconds(text) != nil else {
            throw ValidationError("--wait takes a number of seconds from 0 to \(Self.maximum), such as 5 or 0.5; not '\(text)'")
        }
    }

    /// The seconds a value gives: a plain decimal number (`5`, `0.5`) from 0 to ``maximum``.
    static func seconds(_ text: String) -> Double? {
        let digits = text.filter { ("0"..."9").contains($0) }.count
        guard digits > 0, digits + (text.contains(".") ? 1 : 0) == text.count, let value = Double(text),
              value <= Double(maximum) else { return nil }
        return value
    }
}
