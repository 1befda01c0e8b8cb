/// An exact decimal number as measures use it (`41`, `29.5`, `-0.25`).
///
/// Stored as `significand × 10^-scale` so that reading and writing never goes through binary
/// floating point: the text a partner wrote is the value chb keeps, written back in its
/// shortest form.
public struct DecimalValue: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The digits as an integer.
    public let significand: Int64
    /// How many of the digits are after the decimal point (never negative, never with
    /// trailing zeros after normalisation).
    public let scale: Int

    /// Creates a value from a significand and scale, normalised to its shortest form.
    /// A negative scale multiplies by a power of ten (`significand: 4, scale: -2` is 400).
    public init(significand: Int64, scale: Int) {
        var (s, k) = (significand, scale)
        while k < 0 { s *= 10; k += 1 }
        while k > 0, s % 10 == 0 { s /= 10; k -= 1 }
        self.significand = s
        self.scale = s == 0 ? 0 : k
    }

    /// Creates a whole number.
    public init(_ integer: Int) { self.init(significand: Int64(integer), scale: 0) }

    /// Parses an `xs:decimal` literal (optional sign, digits, optional fraction; no exponent),
    /// or returns `nil` when it is not one or has more than 18 significant digits.
    public init?(_ text: some StringProtocol) {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                seenDigit = true
                if digits.isEmpty && byte == UInt8(ascii: "0") && !seenPoint { continue }
                digits.append(byte - UInt8(ascii: "0"))
                if seenPoint { scale += 1 }
            } else {
                return nil
            }
        }
        guard seenDigit else { return nil }
        // Drop leading zeros of the fraction from the digit count, keep them in the scale.
        while let first = digits.first, first == 0, digits.count > 1 { digits.removeFirst() }
        while scale > 0, digits.last == 0 { digits.removeLast(); scale -= 1 }
        guard digits.count <= 18 else { return nil }
        var value: Int64 = 0
        for digit in digits { value = value * 10 + Int64(digit) }
        self.init(significand: negative ? -value : value, scale: scale)
    }

    /// The value as a `Double`, for arithmetic where exactness does not matter (trends, charts).
    public var doubleValue: Double {
        var divisor = 1.0
        for _ in 0..<scale { divisor *= 10 }
        return Double(significand) / divisor
    }

    /// The shortest `xs:decimal` literal for the value: `41`, `29.5`, `-0.25`.
    public var description: String {
        let magnitude = String(significand.magnitude)
        let sign = significand < 0 ? "-" : ""
        guard scale > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, scale + 1 - magnitude.count)) + magnitude
        let point = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<point] + "." + padded[point...]
    }

    /// Orders values numerically (exactly, unless the digits do not fit 64 bits at a common
    /// scale, where the `Double` values decide).
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        if let l = lhs.significand(atScale: scale), let r = rhs.significand(atScale: scale) {
            return l < r
        }
        return lhs.doubleValue < rhs.doubleValue
    }

    private func significand(atScale target: Int) -> Int64? {
        var value = significand
        for _ in scale..<target {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            value = next
        }
        return value
    }
}
