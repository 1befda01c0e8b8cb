public import ArgumentParser
public import PlanReports

/// `--format text|json` of `chb schedule` and `chb log`.
extension ListingFormat: ExpressibleByArgument {}
extension TaskListing.Format: ExpressibleByArgument {}
extension TaskDetail.Format: ExpressibleByArgument {}
