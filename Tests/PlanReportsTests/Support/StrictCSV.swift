/// A strict RFC 4180 reader for checking CSV output: every record ends with CR LF, quoted
/// fields may hold commas, CR, LF and doubled quotes, and anything else (a bare CR or LF, a
/// quote inside an unquoted field, text after a closing quote, a missing final CR LF) is an
/// error with its byte offset.
enum StrictCSV {
    /// Why a text is not strict RFC 4180 CSV.
    struct Failure: Error, CustomStringConvertible {
        var offset: Int
        var reason: String
        var description: String { "byte \(offset): \(reason)" }
    }

    /// The records of a CSV text, each a list of fields.
    static func parse(_ text: String) throws(Failure) -> [[String]] {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        var records: [[String]] = []
        var record: [String] = []
        var i = 0
        guard !bytes.isEmpty else { return [] }
        while i < bytes.count {
            var field: [UInt8] = []
            if bytes[i] == quote {
                i += 1
                while true {
                    guard i < bytes.count else { throw Failure(offset: i, reason: "unterminated quoted field") }
                    if bytes[i] == quote {
                        if i + 1 < bytes.count, bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                        } else {
                            i += 1
                            break
                        }
                    } else {
                        field.append(bytes[i])
                        i += 1
                    }
                }
            } else {
                while i < bytes.count, bytes[i] != comma, bytes[i] != cr {
                    if bytes[i] == quote { throw Failure(offset: i, reason: "quote inside an unquoted field") }
                    if bytes[i] == lf { throw Failure(offset: i, reason: "bare LF (records must end with CR LF)") }
                    field.append(bytes[i])
                    i += 1
                }
            }
            record.append(String(decoding: field, as: UTF8.self))
            guard i < bytes.count else { throw Failure(offset: i, reason: "the last record does not end with CR LF") }
            if bytes[i] == comma {
                i += 1
                if i == bytes.count { throw Failure(offset: i, reason: "text ends after a comma") }
            } else if bytes[i] == cr {
                guard i + 1 < bytes.count, bytes[i + 1] == lf else { throw Failure(offset: i, reason: "bare CR") }
                i += 2
                records.append(record)
                record = []
            } else {
                throw Failure(offset: i, reason: "text after a closing quote")
            }
        }
        return records
    }
}
