/// An exact decimal number as measures use it (`41`, `29.5`, `-0.25`).
///
/// Stored as its significant decimal digits and a scale, so reading and writing never goes
/// through binary floating point: the value a partner wrote is the value chb keeps, written
/// back in its shortest form. It holds what libxml2 accepts as an `xs:decimal`: at most 24
/// digits, counting the integer part without leading zeros and every fraction digit.
public struct DecimalValue: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The most digits an `xs:decimal` may have for libxml2 2.9 to accept it.
    public static let maximumDigits = 24

    /// Whether the value is below zero (never for zero).
    public let isNegative: Bool
    /// The significant digits, with neither leading zeros nor trailing fraction zeros
    /// (empty for zero).
    public let digits: String
    /// How many of the digits are after the decimal point (may exceed `digits.count`, as in
    /// `0.001`; never negative).
    public let scale: Int

    /// Creates a value from raw digits, normalising them.
    private init(negative: Bool, rawDigits: [UInt8], scale rawScale: Int) {
        var digits = rawDigits[...]
        var scale = rawScale
        while scale < 0 { digits.append(0); scale += 1 }
        while let first = digits.first, first == 0 { digits = digits.dropFirst() }
        while scale > 0, let last = digits.last, last == 0 { digits = digits.dropLast(); scale -= 1 }
        if digits.isEmpty { scale = 0 }
        self.isNegative = negative && !digits.isEmpty
        self.digits = String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        self.scale = scale
    }

    /// Creates `significand × 10^-scale`, normalised (a negative scale multiplies by a power of ten).
    public init(significand: Int64, scale: Int) {
        let raw = String(significand.magnitude).utf8.map { $0 - UInt8(ascii: "0") }
        self.init(negative: significand < 0, rawDigits: raw, scale: scale)
    }

    /// Creates a whole number.
    public init(_ integer: Int) { self.init(significand: Int64(integer), scale: 0) }

    /// Parses an `xs:decimal` literal (optional sign, digits, optional fraction; no exponent),
    /// or returns `nil` when it is not one or has more digits than libxml2 accepts
    /// (``maximumDigits``, counting integer digits after leading zeros and all fraction digits).
    public init?(_ text: some StringProtocol) {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var raw: [UInt8] = []
        var scale = 0
        var seenPoint = false
        var counted = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                let digit = byte - UInt8(ascii: "0")
                raw.append(digit)
                if seenPoint {
                    scale += 1
                    counted += 1
                } else if counted > 0 || digit != 0 {
                    counted += 1
                }
            } else {
                return nil
            }
        }
        guard !raw.isEmpty, counted <= Self.maximumDigits else { return nil }
        self.init(negative: negative, rawDigits: raw, scale: scale)
    }

    /// Whether libxml2 accepts the shortest form of this value as an `xs:decimal`.
    public var fitsSchema: Bool { max(digits.count - scale, 0) + scale <= Self.maximumDigits }

    /// The value as a `Double`, for arithmetic where exactness does not matter (trends, charts).
    public var doubleValue: Double { Double(description) ?? .nan }

    /// The shortest `xs:decimal` literal for the value: `41`, `29.5`, `-0.25`.
    public var description: String {
        guard !digits.isEmpty else { return "0" }
        let sign = isNegative ? "-" : ""
        guard scale > 0 else { return sign + digits }
        let padded = String(repeating: "0", count: max(0, scale + 1 - digits.count)) + digits
        let point = padded.index(padded.endIndex, offsetBy: -scale)
        return sign + padded[..<point] + "." + padded[point...]
    }

    /// Orders values numerically, exactly.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.isNegative != rhs.isNegative { return lhs.isNegative }
        let magnitudeLess = lhs.magnitudeCompare(rhs) < 0
        let magnitudeGreater = lhs.magnitudeCompare(rhs) > 0
        return lhs.isNegative ? magnitudeGreater : magnitudeLess
    }

    /// -1, 0 or 1 as |self| is below, equal to or above |other|.
    private func magnitudeCompare(_ other: Self) -> Int {
        if digits.isEmpty || other.digits.isEmpty { return digits.isEmpty ? (other.digits.isEmpty ? 0 : -1) : 1 }
        // With no leading zeros, more integer places means a larger magnitude.
        let (a, b) = (digits.count - scale, other.digits.count - other.scale)
        if a != b { return a < b ? -1 : 1 }
        let (x, y) = (Array(digits.utf8), Array(other.digits.utf8))
        for i in 0..<max(x.count, y.count) {
            let (p, q) = (i < x.count ? x[i] : UInt8(ascii: "0"), i < y.count ? y[i] : UInt8(ascii: "0"))
            if p != q { return p < q ? -1 : 1 }
        }
        return 0
    }
}
