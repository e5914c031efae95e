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
        var out = prefix
        if let area { out += area + ", " }
        out += region ?? "unknown region"
        out += suffix(minutes: minutes, estimated: estimated, ongoing: ongoing)
        return out
    }

    /// ` (1 h 44 min)`, ` (9 min, end estimated)`, ` (ongoing)`, or nothing when the end could not be read.
    static func suffix(minutes: Double?, estimated: Bool, ongoing: Bool) -> String {
        if ongoing { return " (ongoing)" }
        guard let minutes else { return "" }
        return " (\(durationText(minutes))\(estimated ? ", end estimated" : ""))"
    }

    /// `1 h 44 min`, `9 min`.
    static func durationText(_ minutes: Double) -> String {
        let m = Int(minutes.rounded())
        return m >= 60 ? "\(m / 60) h \(m % 60) min" : "\(m) min"
    }
}
