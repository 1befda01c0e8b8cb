import PlanStorage

/// What a file holds, as far as its first bytes tell: a full chb plan (and its id), a partner
/// view, or something else.
///
/// Only the prolog and the root element's start tag are looked at, within the first
/// ``window`` bytes: never the whole file, and never through an XML parser, so any file (an old
/// report, a stranger's upload, a huge or hostile one) is recognised safely and in constant
/// time. A plan is the root element `plan` in chb's namespace (`urn:x-chb:plan:1`, as the
/// default namespace or bound to the root's prefix); it is a partner view when the root has
/// `view="partner"`, the full plan otherwise.
enum PlanFileHead: Equatable {
    /// A full chb plan; its id, when the start tag gives one within the window.
    case fullPlan(id: String?)
    /// A partner's view of a plan.
    case partnerView
    /// Anything else: a report, an MSPDI file, an empty file, text.
    case other

    /// How many bytes are read: a chb plan's start tag takes about a hundred.
    static let window = 16 * 1024

    /// chb's plan namespace (`PlanNamespace.uri` in PlanXML).
    static let namespace = "urn:x-chb:plan:1"

    /// What the file at `path` holds; `.other` when it cannot be read (the write that follows
    /// reports why) or is not a regular file.
    static func of(_ path: PathName) -> PlanFileHead {
        guard let bytes = try? FileReader.head(of: path, count: window) else { return .other }
        return PlanFileHead(bytes, complete: bytes.count < window)
    }

    /// What `bytes`, the start of a document, hold.
    ///
    /// - Parameter complete: Whether `bytes` are the whole file. A start tag of `plan` cut off
    ///   by the end of a partial read counts as a full plan (of unknown id when the id was not
    ///   reached): the safe answer when in doubt.
    init(_ bytes: [UInt8], complete: Bool = true) {
        var scanner = Scanner(bytes: bytes)
        self = scanner.root(complete: complete)
    }

    /// A byte scanner over the prolog and the root's start tag.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        }

        var atEnd: Bool { index >= bytes.count }

        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

        mutating func skipSpace() { while !atEnd, isSpace(bytes[index]) { index += 1 } }

        func starts(with text: String) -> Bool { bytes[index...].starts(with: Array(text.utf8)) }

        /// Moves past the next `text`; `false` when it does not occur.
        mutating func skip(past text: String) -> Bool {
            let target = Array(text.utf8)
            while index + target.count <= bytes.count {
                if bytes[index..<(index + target.count)].elementsEqual(target) {
                    index += target.count
                    return true
                }
                index += 1
            }
            index = bytes.count
            return false
        }

        /// A name: everything up to space, `=`, `>`, `/` or the end.
        mutating func name() -> String {
            let start = index
            while !atEnd, !isSpace(bytes[index]), ![UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/")].contains(bytes[index]) {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func root(complete: Bool) -> PlanFileHead {
            // The prolog: an XML declaration, processing instructions, comments, space.
            while true {
                skipSpace()
                if starts(with: "<?") {
                    guard skip(past: "?>") else { return .other }
                } else if starts(with: "<!--") {
                    guard skip(past: "-->") else { return .other }
                } else {
                    break
                }
            }
            // A DOCTYPE, text, or nothing: chb reads none of these as a plan.
            guard starts(with: "<"), !starts(with: "<!") else { return .other }
            index += 1
            let qualified = name()
            let parts = qualified.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let prefix = parts.count == 2 ? String(parts[0]) : ""
            guard parts.last == "plan" else { return .other }
            var attributes: [String: String] = [:]
            // Attributes up to the end of the start tag.
            while true {
                skipSpace()
                if atEnd { return cutOff(attributes, prefix: prefix, complete: complete) }
                if starts(with: ">") || starts(with: "/>") { break }
                let attribute = name()
                skipSpace()
                guard !attribute.isEmpty, !atEnd, bytes[index] == UInt8(ascii: "=") else {
                    return atEnd ? cutOff(attributes, prefix: prefix, complete: complete) : .other
                }
                index += 1
                skipSpace()
                guard !atEnd else { return cutOff(attributes, prefix: prefix, complete: complete) }
                let quote = bytes[index]
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return .other }
                index += 1
                let start = index
                while !atEnd, bytes[index] != quote { index += 1 }
                guard !atEnd else { return cutOff(attributes, prefix: prefix, complete: complete) }
                attributes[attribute] = String(decoding: bytes[start..<index], as: UTF8.self)
                index += 1
            }
            guard attributes[prefix.isEmpty ? "xmlns" : "xmlns:" + prefix] == PlanFileHead.namespace else { return .other }
            return attributes["view"] == "partner" ? .partnerView : .fullPlan(id: attributes["id"])
        }

        /// A `plan` start tag that the read ended inside: a full plan unless what was read says
        /// otherwise, when the file goes on beyond the read; not a plan when the file ends there.
        func cutOff(_ attributes: [String: String], prefix: String, complete: Bool) -> PlanFileHead {
            guard !complete else { return .other }
            if let declared = attributes[prefix.isEmpty ? "xmlns" : "xmlns:" + prefix], declared != PlanFileHead.namespace { return .other }
            return attributes["view"] == "partner" ? .partnerView : .fullPlan(id: attributes["id"])
        }
    }
}
