// Times a status report in process, after reading: the figure a board paper of any size is
// bounded by ("rendering after reading under 1 s at 100,000 tasks").
//
//   swift run -c release chb-report-bench PLAN AS-OF [RUNS]
//
// Reads and validates the plan RUNS times (the reference, measured in the same run), then
// builds the status report and renders each format RUNS times. Prints the fastest and the
// median of each, and the median as a ratio of reading. The fastest run is the steadier figure
// on a shared machine: the others count time spent waiting for a core or a cache.
import Foundation
import PlanCore
import PlanReports
import PlanStorage
import PlanXML

let arguments = CommandLine.arguments
guard arguments.count >= 3, let asOf = CalendarDate(arguments[2]) else {
    print("usage: chb-report-bench PLAN AS-OF [RUNS]")
    exit(2)
}
let runs = arguments.count > 3 ? max(1, Int(arguments[3]) ?? 5) : 5
let path = arguments[1]

/// Seconds as a Double.
func seconds(_ duration: Duration) -> Double {
    let (s, attoseconds) = duration.components
    return Double(s) + Double(attoseconds) / 1e18
}

/// Runs `body` `runs` times; the fastest and median seconds, and the last result.
func measure<T>(_ body: () throws -> T) rethrows -> (fastest: Double, median: Double, result: T) {
    let clock = ContinuousClock()
    var times: [Double] = []
    var result: T?
    for _ in 0..<runs {
        let start = clock.now
        result = try body()
        times.append(seconds(clock.now - start))
    }
    times.sort()
    return (times[0], times[times.count / 2], result!)
}

func line(_ name: String, _ m: (fastest: Double, median: Double), reference: Double? = nil) {
    let ratio = reference.map { String(format: "   %.2f× reading", m.median / $0) } ?? ""
    print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
        + String(format: "fastest %6.3f s   median %6.3f s", m.fastest, m.median) + ratio)
}

let bytes: [UInt8]
do {
    bytes = try FileReader.read(PathName(path), limit: ReadLimits.standard.maximumInputBytes)
} catch {
    print("cannot read \(path): \(error)")
    exit(1)
}
let reading = try measure { () throws -> Plan in
    let document = try PlanReader().read(bytes, file: path)
    let errors = PlanValidator().validate(document.plan, sourceMap: document.sourceMap).filter { $0.severity == .error }
    guard errors.isEmpty else { print("\(path) is not valid: \(errors[0].message)"); exit(1) }
    return document.plan
}
let plan = reading.result
let tasks = plan.stages.reduce(0) { $0 + $1.tasks.count }
print("\(path): \(tasks) tasks, as of \(asOf), \(runs) runs each")
line("reading (parse, schema, validate)", (reading.fastest, reading.median))
let building = try measure { try StatusReport(plan: plan, asOf: asOf) }
line("building the report", (building.fastest, building.median), reference: reading.median)
for format in ReportFormat.allCases {
    let rendering = measure { building.result.rendered(as: format) }
    line("rendering \(format.rawValue)", (rendering.fastest, rendering.median), reference: reading.median)
}
let whole = try measure { try StatusReport(plan: plan, asOf: asOf).rendered(as: .html) }
line("status html after reading", (whole.fastest, whole.median), reference: reading.median)
print("html \(whole.result.utf8.count) bytes")
