/// A size as people read it: `64 MiB`, `512 KiB`, `1 GiB` for a whole number of them, else the
/// bytes (`67,108,865 bytes`, or `67108865 bytes` without `grouped`), so two sizes that differ
/// never read the same. The one size wording of chb's messages (file limits here, input limits
/// in PlanXML).
package func readableSize(_ bytes: Int, grouped: Bool = true) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] where bytes >= 1 << shift && bytes % (1 << shift) == 0 {
        return "\(bytes >> shift) \(unit)"
    }
    if bytes == 1 { return "1 byte" }
    guard grouped else { return "\(bytes) bytes" }
    var digits = String(bytes.magnitude)
    var grouped = ""
    while digits.count > 3 {
        grouped = "," + digits.suffix(3) + grouped
        digits.removeLast(3)
    }
    return (bytes < 0 ? "-" : "") + digits + grouped + " bytes"
}
