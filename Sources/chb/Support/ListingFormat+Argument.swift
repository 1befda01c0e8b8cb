public import ArgumentParser
public import PlanReports

/// `--format text|json` of `chb schedule` and `chb log`.
extension ListingFormat: ExpressibleByArgument {}
