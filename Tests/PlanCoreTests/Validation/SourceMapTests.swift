import PlanCore
import Testing

/// The compact ``SourceMap`` (sorted packed keys) against the dictionary it replaced: the same
/// location for every element, whatever order elements are recorded in, with overwrites and
/// elements or positions too large to pack.
@Suite("SourceMap: the compact map answers as a dictionary would")
struct SourceMapTests {
    /// A small deterministic generator (SplitMix64).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    static func element(_ g: inout Generator) -> PlanElement {
        // Mostly small indices; now and then one too large to pack.
        func index(_ g: inout Generator) -> Int { g.next(20) == 0 ? (1 << 28) + g.next(5) : g.next(6) }
        switch g.next(15) {
        case 0: return .plan
        case 1: return .area
        case 2: return .governance
        case 3: return .agency(index(&g))
        case 4: return .stage(index(&g))
        case 5: return .objective(index(&g), index(&g))
        case 6: return .criterion(index(&g), index(&g))
        case 7: return .task(index(&g), index(&g))
        case 8: return .dependency(index(&g), index(&g), index(&g))
        case 9: return .note(index(&g), index(&g), index(&g))
        case 10: return .measure(index(&g))
        case 11: return .observation(index(&g), index(&g))
        case 12: return .risk(index(&g))
        case 13: return .support(index(&g), index(&g), index(&g))
        default: return .event(index(&g))
        }
    }

    @Test("Random records in random order read back as a dictionary's", arguments: 0..<40)
    func randomRecords(seed: Int) {
        var g = Generator(state: UInt64(seed) &* 7919 &+ 1)
        var map = SourceMap(file: "plan.xml")
        var reference: [PlanElement: PlanCore.SourceLocation] = [:]
        for _ in 0..<400 {
            let element = Self.element(&g)
            // Now and then a line past Int32, which does not pack.
            let line = g.next(30) == 0 ? Int(Int32.max) + 1 + g.next(9) : 1 + g.next(100_000)
            let column = g.next(200)
            map.record(element, line: line, column: column)
            reference[element] = PlanCore.SourceLocation(file: "plan.xml", line: line, column: column)
        }
        for _ in 0..<400 {
            let element = Self.element(&g)
            #expect(map[element] == reference[element], "\(element)")
        }
        for (element, location) in reference {
            #expect(map[element] == location, "\(element)")
        }
    }

    @Test("Maps with the same records are equal and hash alike, whatever the order of recording")
    func equality() {
        var g = Generator(state: 42)
        var records: [(PlanElement, Int, Int)] = []
        for _ in 0..<300 { records.append((Self.element(&g), 1 + g.next(1000), g.next(80))) }
        // Keep the last record of each element, then record those in two different orders.
        var last: [PlanElement: (Int, Int)] = [:]
        for (element, line, column) in records { last[element] = (line, column) }
        var forward = SourceMap(file: "a.xml"), backward = SourceMap(file: "a.xml")
        let entries = Array(last)
        for (element, position) in entries { forward.record(element, line: position.0, column: position.1) }
        for (element, position) in entries.reversed() { backward.record(element, line: position.0, column: position.1) }
        #expect(forward == backward)
        #expect(forward.hashValue == backward.hashValue)
        backward.record(entries[0].key, line: entries[0].value.0 + 1, column: 0)
        #expect(forward != backward)
    }

    @Test("A reader's order (document order) appends, and a task's links sort between it and the next task")
    func documentOrder() {
        var map = SourceMap()
        map.record(.task(0, 0), line: 10, column: 9)
        map.record(.support(0, 0, 0), line: 11, column: 11)
        map.record(.dependency(0, 0, 0), line: 12, column: 11)
        map.record(.note(0, 0, 0), line: 13, column: 11)
        map.record(.task(0, 1), line: 14, column: 9)
        map.record(.dependency(0, 1, 0), line: 15, column: 11)
        #expect(map[.task(0, 0)]?.line == 10)
        #expect(map[.support(0, 0, 0)]?.line == 11)
        #expect(map[.support(0, 1, 0)] == nil)
        #expect(map[.dependency(0, 0, 0)]?.line == 12)
        #expect(map[.note(0, 0, 0)]?.line == 13)
        #expect(map[.task(0, 1)]?.line == 14)
        #expect(map[.dependency(0, 1, 0)]?.line == 15)
        #expect(map[.note(0, 1, 0)] == nil)
        #expect(map[.dependency(-1, 0, 0)] == nil)
    }
}
