import Foundation

/// Writes the reference workload: the same shape as `gen_events.py` of the project's benchmark
/// notes (27 regions, 8 categories, 10 sources, bodies of 200-600 characters, times spread over
/// 1,000 days from 2022-02-24, sorted, about 630 bytes an event). Its own random numbers, so the
/// bytes differ from the Python script's, the shape does not.
enum Workload {
    static let regions = [
        "Cherkasy", "Chernihiv", "Chernivtsi", "Dnipropetrovsk", "Donetsk", "Ivano-Frankivsk", "Kharkiv", "Kherson",
        "Khmelnytskyi", "Kirovohrad", "Kyiv", "Kyiv City", "Luhansk", "Lviv", "Mykolaiv", "Odesa", "Poltava",
        "Rivne", "Sumy", "Ternopil", "Vinnytsia", "Volyn", "Zakarpattia", "Zaporizhzhia", "Zhytomyr", "Crimea",
        "Sevastopol",
    ]
    static let categories = [
        "strike", "shelling", "air-alert", "drone", "infrastructure", "humanitarian", "politics", "frontline",
    ]
    static let sources = [
        "Ukrinform", "Kyiv Independent", "Suspilne", "Reuters", "AP", "RBC-Ukraine", "Ukrainska Pravda",
        "Regional administration", "General Staff", "Telegram channel",
    ]
    static let words = """
        the of and to in a on at was were reported regional officials said attack missile drones air defense destroyed \
        damaged residential building energy facility power outage emergency services fire injured killed evacuation \
        civilians village city district morning night overnight according governor military administration \
        infrastructure strike shelling artillery frontline positions advance repelled assault humanitarian aid convoy \
        delivered water heating restored repair crews working hospital school damaged windows roof railway bridge road \
        electricity grid substation alert sirens sounded shelters residents warned enemy forces launched ballistic \
        cruise intercepted shot down wreckage fell area debris investigators police prosecutor documented
        """.split(separator: " ").map(String.init)

    /// SplitMix64: small, fast and the same on every machine.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ a: [T]) -> T { a[Int(next() % UInt64(a.count))] }
    }

    static func sentence(_ r: inout Random, _ lo: Int, _ hi: Int) -> String {
        let s = (0..<r.int(lo...hi)).map { _ in r.pick(words) }.joined(separator: " ")
        return s.prefix(1).uppercased() + s.dropFirst() + "."
    }

    static func body(_ r: inout Random) -> String {
        let target = r.int(200...600)
        var parts: [String] = []
        var length = 0
        while length < target {
            let s = sentence(&r, 6, 18)
            parts.append(s)
            length += s.count + 1
        }
        var b = String(parts.joined(separator: " ").prefix(target))
        while b.hasSuffix(" ") { b.removeLast() }
        return b + "."
    }

    /// Writes `count` events to `path` (seed 43, like the reference command).
    static func write(count: Int, to path: String) throws {
        var r = Random(state: 43)
        let start: Int64 = 1_645_660_800 // 2022-02-24T00:00:00Z
        let offsets = (0..<count).map { _ in Int64(r.next() % 86_400_000) }.sorted()
        _ = FileManager.default.createFile(atPath: path + ".part", contents: nil)
        guard let out = FileHandle(forWritingAtPath: path + ".part") else { throw CocoaError(.fileWriteUnknown) }
        var buffer = ""
        for (i, offset) in offsets.enumerated() {
            let t = CivilTimeText.iso(start + offset)
            let region = r.pick(regions), category = r.pick(categories)
            let title = "\(region): \(category) - " + String(sentence(&r, 4, 10).dropLast())
            let id = "ev-" + String(String(100_000_000 + i).dropFirst())
            buffer +=
                #"{"id": "\#(id)", "time": "\#(t)", "region": "\#(region)", "category": "\#(category)", "title": "\#(title)", "body": "\#(body(&r))", "source": "\#(r.pick(sources))"}"#
            buffer += "\n"
            if buffer.utf8.count > 1 << 20 {
                out.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        out.write(Data(buffer.utf8))
        try out.close()
        try FileManager.default.moveItem(atPath: path + ".part", toPath: path)
    }
}

enum CivilTimeText {
    static func iso(_ seconds: Int64) -> String {
        var tm = tm()
        var t = time_t(seconds)
        gmtime_r(&t, &tm)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
            tm.tm_min, tm.tm_sec)
    }
}
