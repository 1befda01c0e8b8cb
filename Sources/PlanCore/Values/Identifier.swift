/// A typed identifier: an `xs:NCName` naming one kind of thing in a plan.
///
/// The `Tag` phantom type keeps an agency's id from being passed where a task's is expected,
/// while the raw value stays the plain string written in the XML.
public struct Identifier<Tag>: RawRepresentable, Hashable, Comparable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    /// The id as written in the document.
    public let rawValue: String

    /// Wraps a raw id without checking it; ``PlanValidator`` checks names.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps a raw id without checking it; ``PlanValidator`` checks names.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Creates an id from a string literal, as in `let lead: AgencyID = "nwp"`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The raw id.
    public var description: String { rawValue }

    /// Orders ids by their raw string.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Tag for ``PlanID``.
public enum PlanTag {}
/// Tag for ``AgencyID``.
public enum AgencyTag {}
/// Tag for ``TaskID``.
public enum TaskTag {}
/// Tag for ``CriterionID``.
public enum CriterionTag {}
/// Tag for ``MeasureID``.
public enum MeasureTag {}
/// Tag for ``RiskID``.
public enum RiskTag {}

/// The id of a plan.
public typealias PlanID = Identifier<PlanTag>
/// The id of a partner agency.
public typealias AgencyID = Identifier<AgencyTag>
/// The id of a task.
public typealias TaskID = Identifier<TaskTag>
/// The id of a stage exit criterion.
public typealias CriterionID = Identifier<CriterionTag>
/// The id of a measure.
public typealias MeasureID = Identifier<MeasureTag>
/// The id of a risk.
public typealias RiskID = Identifier<RiskTag>

extension String {
    /// Whether the string is an `xs:NCName`: a name without a colon, as XML ids must be.
    package var isNCName: Bool {
        guard let first = unicodeScalars.first, first.isNCNameStart else { return false }
        return unicodeScalars.dropFirst().allSatisfy(\.isNCNameChar)
    }

    /// Whether the string is an id every XML tool accepts: an ASCII letter or `_`, then ASCII
    /// letters, digits, `-`, `_` or `.`. chb creates only such ids (libxml2 2.9 checks
    /// `xs:NCName` by the older XML rules, so some names valid today would fail there).
    package var isPortableID: Bool {
        guard let first = utf8.first, first == UInt8(ascii: "_") || (first | 0x20 >= UInt8(ascii: "a") && first | 0x20 <= UInt8(ascii: "z")) else { return false }
        return utf8.allSatisfy { b in
            (b | 0x20 >= UInt8(ascii: "a") && b | 0x20 <= UInt8(ascii: "z")) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
        }
    }
}

extension Unicode.Scalar {
    /// `NameStartChar` of XML 1.0 (5th edition) without the colon.
    var isNCNameStart: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF,
            0x200C...0x200D, 0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF,
            0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF: true
        default: false
        }
    }

    /// `NameChar` of XML 1.0 (5th edition) without the colon.
    var isNCNameChar: Bool {
        if isNCNameStart { return true }
        switch value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }

    /// Whether XML 1.0 allows the scalar in a document (`Char` production).
    public var isXMLCharacter: Bool {
        switch value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
