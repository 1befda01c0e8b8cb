import ArgumentParser

/// Finds a mistyped subcommand before parsing, so the error blames the typo and suggests the
/// nearest command (`chb task strat` → "did you mean 'start'?") instead of complaining about
/// an option the misread command lacks; ``nearest(to:among:)`` suggests names elsewhere too
/// (`chb log --subject`).
enum CommandSuggestion {
    /// A usage failure for the first word that should name a subcommand and does not, or `nil`.
    static func failure(for arguments: [String], root: any ParsableCommand.Type = Chb.self) -> Failure? {
        var command = root
        var path = [root._commandName]
        for word in arguments {
            // Options, `--` and the built-in `help` are the parser's business.
            if word.hasPrefix("-") || (word == "help" && command == root) { return nil }
            let subcommands = command.configuration.subcommands
            if subcommands.isEmpty { return nil }
            let names = subcommands.map { [$0._commandName] + $0.configuration.aliases }
            if let index = names.firstIndex(where: { $0.contains(word) }) {
                command = subcommands[index]
                path.append(word)
                continue
            }
            let known = names.map { $0[0] }
            let scope = path.joined(separator: " ")
            var message = "'\(word)' is not a '\(scope)' command"
            if let best = nearest(to: word, among: known) { message += "; did you mean '\(best)'?" }
            return Failure([
                Diagnostic(file: "chb", message: message),
                .detail("commands: \(known.joined(separator: ", ")) (see '\(scope) --help')"),
            ], exitCode: .validationFailure)
        }
        return nil
    }

    /// The name nearest to a mistyped `word`: within one edit for short names and two for
    /// longer ones, or starting with `word`; the closest first, ties by name. `nil` when none is near.
    static func nearest(to word: String, among names: some Sequence<String>) -> String? {
        names.map { (name: $0, distance: editDistance($0, word)) }
            .filter { $0.distance <= max(1, min(2, $0.name.count / 3)) || $0.name.hasPrefix(word) }
            .min { ($0.distance, $0.name) < ($1.distance, $1.name) }?.name
    }

    /// The edit distance between two words: insertions, deletions, substitutions and swaps of
    /// two neighbouring letters, one each (optimal string alignment), so `strat` is one from `start`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
