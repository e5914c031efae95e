/// The title of an air-raid alert: "Air-raid alert in Kharkiv Oblast (1 h 44 min)", "... (ongoing)",
/// "... (35 min, end estimated)". Every part of it is something the store keeps anyway (the region,
/// the `duration_min` figure, the `ongoing` and `end-estimated` tags), so a year of alerts keeps no
/// titles: the store makes one when it is shown or searched (`EventStore.title(at:)`), by the same
/// rule the reader would have used.
enum AlertTitle {
    static let durationName = "duration_min"
    static let ongoingTag = "ongoing"
    static let estimatedTag = "end-estimated"
    static let prefix = "Air-raid alert in "

    /// The duration figure: minutes to a tenth. The title shows it to the whole minute.
    static func durationFigure(milliseconds: Int64) -> Double {
        (Double(milliseconds) / 6_000).rounded() / 10
    }

    /// The whole title; `area` is the raion or hromada of an official alert narrower than its oblast.
    static func text(region: String?, area: String?, minutes: Double?, estimated: Bool, ongoing: Bool) -> String {
        var bytes: [UInt8] = []
        write(region: region, area: area, minutes: minutes, estimated: estimated, ongoing: ongoing, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The title's UTF-8 bytes appended to `out`: what loading hashes into an alert's id, with no
    /// String made for it. ` (1 h 44 min)`, ` (9 min, end estimated)`, ` (ongoing)`, or no
    /// parenthesis when the end could not be read.
    static func write(
        region: String?, area: String?, minutes: Double?, estimated: Bool, ongoing: Bool, into out: inout [UInt8]
    ) {
        out.append(contentsOf: prefix.utf8)
        if let area { out.append(contentsOf: area.utf8); out.append(contentsOf: ", ".utf8) }
        out.append(contentsOf: (region ?? "unknown region").utf8)
        if ongoing { out.append(contentsOf: " (ongoing)".utf8); return }
        guard let minutes else { return }
        out.append(contentsOf: " (".utf8)
        let m = Int(minutes.rounded())
        if m >= 60 {
            appendNumber(m / 60, to: &out)
            out.append(contentsOf: " h ".utf8)
        }
        appendNumber(m >= 60 ? m % 60 : m, to: &out)
        out.append(contentsOf: " min".utf8)
        if estimated { out.append(contentsOf: ", end estimated".utf8) }
        out.append(UInt8(ascii: ")"))
    }

    private static func appendNumber(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        let start = out.count
        var v = n.magnitude
        repeat { out.append(UInt8(ascii: "0") + UInt8(v % 10)); v /= 10 } while v > 0
        out[start...].reverse()
    }
}
