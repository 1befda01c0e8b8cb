import PlanCore
import Testing

@Suite("DecimalValue")
struct DecimalValueTests {
    @Test("Parses xs:decimal literals into their shortest form", arguments: [
        ("41", "41"), ("29.5", "29.5"), ("-0.25", "-0.25"), ("+7", "7"), ("007", "7"), ("1.50", "1.5"), ("10.0", "10"),
        ("100", "100"), ("-0", "0"), ("0.0", "0"), ("-0.000", "0"), (".5", "0.5"), ("5.", "5"), ("0.000123", "0.000123"),
        ("-.5", "-0.5"), ("999999999999999999", "999999999999999999"), ("-999999999999999999", "-999999999999999999"),
        ("0.000000000000000001", "0.000000000000000001"), ("1.00000000000000000000000", "1"), ("000000000000000000000001", "1"),
        ("12345678901234567.8", "12345678901234567.8"), ("123456789012345678.000001", "123456789012345678.000001"),
        ("123456789012345678901234", "123456789012345678901234"), ("0.000000000000000000000001", "0.000000000000000000000001"),
        ("-12.3456789012345678901234", "-12.3456789012345678901234"),
    ])
    func parses(_ text: String, _ shortest: String) throws {
        let value = try #require(DecimalValue(text), "\(text)")
        #expect(value.description == shortest)
        #expect(DecimalValue(shortest) == value, "the shortest form reads back as the same value")
    }

    @Test("Refuses what is not an xs:decimal libxml2 accepts (24 digits at most)", arguments: [
        "1e3", "1E3", "", "-", "+", ".", "-.", "1.2.3", "1234567890123456789012345", "0.0000000000000000000000001",
        "1.000000000000000000000000", "1,5", " 1", "1 ",
        "0x10", "NaN", "INF", "∞", "١", "--1", "+-1", "1-", "1.-5", "½", "１",
    ])
    func refuses(_ text: String) {
        #expect(DecimalValue(text) == nil, "\(text)")
    }

    @Test("Equal values compare equal whatever their written form")
    func equality() {
        #expect(DecimalValue("1.50") == DecimalValue("1.5"))
        #expect(DecimalValue("-0") == DecimalValue("0"))
        #expect(DecimalValue(significand: 1500, scale: 3) == DecimalValue("1.5"))
        #expect(DecimalValue(significand: 1500, scale: 3).scale == 1)
        #expect(DecimalValue(significand: 0, scale: 5).scale == 0)
        #expect(DecimalValue(42) == DecimalValue("42.000"))
        #expect(Set([DecimalValue("2.0")!, DecimalValue("2")!, DecimalValue("2.00")!]).count == 1)
    }

    @Test("Orders numerically, across scales and signs")
    func ordering() {
        let texts = ["3", "-1", "2.5", "-1.25", "0", "0.001", "-0.001", "100", "99.99", "2.50001"]
        let sorted = texts.compactMap { DecimalValue($0) }.sorted().map(\.description)
        #expect(sorted == ["-1.25", "-1", "-0.001", "0", "0.001", "2.5", "2.50001", "3", "99.99", "100"])
        #expect(!(DecimalValue("1.5")! < DecimalValue("1.50")!) && !(DecimalValue("1.50")! < DecimalValue("1.5")!))
        // Far apart in scale, still compared exactly.
        let big = DecimalValue("999999999999999999")!, tiny = DecimalValue("0.000000000000000001")!
        #expect(tiny < big && !(big < tiny))
        #expect(DecimalValue("-999999999999999999")! < tiny)
    }

    @Test("Converts to Double for charts")
    func doubleValue() {
        #expect(DecimalValue("29.5")!.doubleValue == 29.5)
        #expect(DecimalValue("-0.25")!.doubleValue == -0.25)
        #expect(DecimalValue(41).doubleValue == 41)
    }

    @Test("Text round-trips for many significands and scales")
    func roundTrip() {
        // A fixed, well-spread sequence (Weyl sequence) so that failures reproduce.
        var state: UInt64 = 0x1234_5678
        for i in 0..<2_000 {
            state &+= 0x9E37_79B9_7F4A_7C15
            let digits = Int64(bitPattern: state % 1_000_000_000_000_000_000) / Int64([1, 10, 1_000, 1_000_000_000][i % 4])
            let value = DecimalValue(significand: i % 2 == 0 ? digits : -digits, scale: i % 19)
            #expect(DecimalValue(value.description) == value, "\(value.digits) × 10^-\(value.scale) → \(value)")
        }
    }
}

@Suite("DecimalValue from parts")
struct DecimalValuePartsTests {
    @Test("a negative scale multiplies by a power of ten")
    func negativeScale() {
        #expect(DecimalValue(significand: 4, scale: -2).description == "400")
        #expect(DecimalValue(significand: 4, scale: -2) == DecimalValue(400))
        #expect(DecimalValue(significand: -15, scale: 1).description == "-1.5")
    }
}

@Suite("DecimalValue and the schema")
struct DecimalValueSchemaTests {
    @Test("values with more digits than libxml2 reads do not fit the schema")
    func fitsSchema() {
        #expect(DecimalValue("123456789012345678901234")!.fitsSchema)
        #expect(!DecimalValue(significand: 1, scale: 25).fitsSchema)
        #expect(DecimalValue(significand: 1, scale: 24).fitsSchema)
        #expect(DecimalValue("0.1")! < DecimalValue("123456789012345678901234")!)
        #expect(DecimalValue("-123456789012345678901234")! < DecimalValue("-0.000000000000000000000001")!)
    }
}
