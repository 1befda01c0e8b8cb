/// `--format` of `chb schedule`, `chb log` and `chb task list|show` read forgivingly: see
/// ``ForgivingArgument`` (ForgivingArgument.swift).
