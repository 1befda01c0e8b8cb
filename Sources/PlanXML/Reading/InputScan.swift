import PlanCore
import PlanStorage

/// A linear pass over the raw bytes before libxml2 sees them.
///
/// It refuses what must never reach the parser (gzip data, NUL bytes, DOCTYPE and other
/// declarations, excessive nesting, attributes or value sizes, input with no element at all)
/// and records where every start tag begins, so that decoded elements and schema errors get
/// exact columns.
struct InputScan {
    /// Line and column of each start tag, in document order.
    private(set) var startTags: [(line: Int32, column: Int32)] = []
    /// How many elements were still open where the input ended, when it ended without the
    /// root element's end tag (the file was cut short), and the line and column of its end.
    private(set) var openAtEnd = 0
    private(set) var end = (line: 1, column: 1)

    /// Scans the input or throws the first problem found.
    init(_ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: ReadLimits) throws(PlanReadError) {
        var cursor = Cursor(bytes: bytes, file: file)
        func fail(_ code: PlanDiagnostic.Code, _ message: String, at position: (Int, Int)? = nil) -> PlanReadError {
            let (line, column) = position ?? (cursor.line, cursor.column)
            return PlanReadError(PlanDiagnostic(.error, code, message, at: SourceLocation(file: file, line: line, column: column)))
        }
        if bytes.count > limits.maximumInputBytes {
            throw PlanReadError(PlanDiagnostic(.error, .limitExceeded,
                "the input is \(readableSize(bytes.count)), over the limit of \(readableSize(limits.maximumInputBytes))",
                at: SourceLocation(file: file, line: 1, column: 1)))
        }
        if bytes.starts(with: [0x1F, 0x8B]) {
            throw fail(.notXML, "the input is gzip-compressed data; chb reads plain UTF-8 XML only")
        }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) {
            throw fail(.notXML, "the input is UTF-16; the plan format is UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // Skip the byte order mark; it takes no column.
            cursor.index = 3
            cursor.lineStart = 3
        }
        let documentStart = cursor.index

        var depth = 0
        // The root's name, and whether the last tag so far closed an element of that name: a
        // file that stops before it does (with elements open) was cut short, while one with
        // a stray unclosed element inside still ends with the root's end tag.
        var rootName: String?
        var endedWithRoot = false
        // A text value runs from one tag to the next. Comments, processing instructions and
        // CDATA sections inside it count towards its length: the reader joins the pieces
        // around them into one value, so they must not reset the count.
        var textStart = cursor.index
        while let byte = cursor.peek() {
            if byte == 0 { throw fail(.notXML, "the input contains a NUL byte") }
            guard byte == UInt8(ascii: "<") else { cursor.advance(); continue }
            if cursor.index - textStart > limits.maximumValueBytes {
                throw fail(.limitExceeded, "a text value is longer than the limit of \(limits.maximumValueBytes) bytes")
            }
            let tagPosition = (cursor.line, cursor.column)
            if cursor.matches("<!--") {
                try cursor.skip(past: "-->", orFail: fail(.malformed, "a comment is not closed", at: tagPosition))
            } else if cursor.matches("<![CDATA[") {
                let contentStart = cursor.index
                try cursor.skip(past: "]]>", orFail: fail(.malformed, "a CDATA section is not closed", at: tagPosition))
                if cursor.index - contentStart > limits.maximumValueBytes {
                    throw fail(.limitExceeded, "a CDATA section is longer than the limit of \(limits.maximumValueBytes) bytes", at: tagPosition)
                }
            } else if cursor.matches("<?") {
                try cursor.skip(past: "?>", orFail: fail(.malformed, "a processing instruction is not closed", at: tagPosition))
            } else if cursor.matches("<!") {
                let word = cursor.word(after: 2)
                throw fail(.doctypeRefused, word == "DOCTYPE"
                    ? "a DOCTYPE is not allowed in a plan (entities and external DTDs are never loaded)"
                    : "a <!\(word)> declaration is not allowed in a plan", at: tagPosition)
            } else if cursor.matches("</") {
                depth -= 1
                endedWithRoot = cursor.word(after: 2) == rootName
                _ = try cursor.skipTag(limits: limits, orFail: { fail($0, $1, at: tagPosition) })
                textStart = cursor.index
            } else {
                if rootName == nil { rootName = cursor.word(after: 1) }
                endedWithRoot = false
                startTags.append((Int32(truncatingIfNeeded: tagPosition.0), Int32(truncatingIfNeeded: tagPosition.1)))
                let tag = try cursor.skipTag(limits: limits, orFail: { fail($0, $1, at: tagPosition) })
                if tag.attributes > limits.maximumAttributesPerElement {
                    throw fail(.limitExceeded, "an element has \(tag.attributes) attributes; the limit is \(limits.maximumAttributesPerElement)", at: tagPosition)
                }
                if !tag.selfClosing {
                    depth += 1
                    if depth > limits.maximumDepth {
                        throw fail(.limitExceeded, "elements are nested more than \(limits.maximumDepth) deep", at: tagPosition)
                    }
                }
                textStart = cursor.index
            }
        }
        openAtEnd = endedWithRoot ? 0 : max(0, depth)
        end = (cursor.line, cursor.column)
        if startTags.isEmpty {
            let blank = bytes[documentStart...].allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
            throw fail(.malformed, blank ? "the input is empty" : "the input has no root element", at: (1, 1))
        }
    }

    /// The column of the first start tag on a line, for errors that know only their line.
    func firstColumn(onLine line: Int) -> Int? {
        // Start tags are in document order, so their lines are sorted: binary search.
        var (low, high) = (0, startTags.count)
        while low < high {
            let mid = (low + high) / 2
            if Int(startTags[mid].line) < line { low = mid + 1 } else { high = mid }
        }
        return low < startTags.count && Int(startTags[low].line) == line ? Int(startTags[low].column) : nil
    }

    /// How many start tags begin before a position: the same for every position in one run of
    /// text, so it tells apart the elements an error about character content is in.
    ///
    /// - Parameter near: A count returned before; checked first, since errors come in
    ///   document order and a flood of them mostly in one run of text.
    func startTagsBefore(line: Int, column: Int, near: Int? = nil) -> Int {
        startTags.withUnsafeBufferPointer { tags in
            func before(_ index: Int) -> Bool {
                let (tagLine, tagColumn) = (Int(tags[index].line), Int(tags[index].column))
                return tagLine < line || (tagLine == line && tagColumn < column)
            }
            if let near, near <= tags.count, near == 0 || before(near - 1), near == tags.count || !before(near) {
                return near
            }
            var (low, high) = (0, tags.count)
            while low < high {
                let mid = (low + high) / 2
                if before(mid) { low = mid + 1 } else { high = mid }
            }
            return low
        }
    }

    /// A position in the input that keeps count of lines and columns (columns in characters).
    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        var index = 0
        var line = 1
        var lineStart = 0
        var continuationBytesOnLine = 0

        init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = bytes
            self.file = file
        }

        var column: Int { index - lineStart - continuationBytesOnLine + 1 }

        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func advance() {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = index
                continuationBytesOnLine = 0
            } else if byte & 0xC0 == 0x80 {
                continuationBytesOnLine += 1
            }
        }

        func matches(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for i in 0..<count where bytes[index + i] != literal.utf8Start[i] { return false }
            return true
        }

        /// The ASCII letters after `offset`, for naming a declaration.
        func word(after offset: Int) -> String {
            var end = index + offset
            while end < bytes.count, end < index + offset + 16,
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[end] & 0xDF) { end += 1 }
            return String(decoding: bytes[(index + offset)..<end], as: UTF8.self)
        }

        mutating func skip(past literal: StaticString, orFail error: @autoclosure () -> PlanReadError) throws(PlanReadError) {
            while index < bytes.count {
                if matches(literal) {
                    for _ in 0..<literal.utf8CodeUnitCount { advance() }
                    return
                }
                if bytes[index] == 0 {
                    throw PlanReadError(PlanDiagnostic(.error, .notXML, "the input contains a NUL byte",
                        at: SourceLocation(file: file, line: line, column: column)))
                }
                advance()
            }
            throw error()
        }

        /// Skips a start or end tag, counting attributes (`=` outside quotes).
        mutating func skipTag(
            limits: ReadLimits, orFail fail: (PlanDiagnostic.Code, String) -> PlanReadError
        ) throws(PlanReadError) -> (attributes: Int, selfClosing: Bool) {
            var attributes = 0
            var quote: UInt8? = nil
            var valueStart = 0
            var previous: UInt8 = 0
            advance()
            while let byte = peek() {
                if byte == 0 { throw fail(.notXML, "the input contains a NUL byte") }
                if let q = quote {
                    if byte == q {
                        quote = nil
                        if index - valueStart > limits.maximumValueBytes {
                            throw fail(.limitExceeded, "an attribute value is longer than the limit of \(limits.maximumValueBytes) bytes")
                        }
                    }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                    valueStart = index
                } else if byte == UInt8(ascii: "=") {
                    attributes += 1
                } else if byte == UInt8(ascii: ">") {
                    advance()
                    return (attributes, previous == UInt8(ascii: "/"))
                } else if byte == UInt8(ascii: "<") {
                    // Not well-formed; let libxml2 describe it precisely.
                    return (attributes, true)
                }
                previous = byte
                advance()
            }
            return (attributes, true)
        }
    }
}
