import Foundation

/// Times read the way the tests read them, with Foundation's calendar rather than sitrep's own
/// reader: the second way of getting a row's time.
public enum RowTime {
    /// `2024-04-08 00:04:06+00:00`, `2024-11-20T09:00:00Z` or `2024-11-20` (midnight UTC).
    public static func seconds(_ text: Substring) -> Int64 {
        let digits = text.split { !$0.isNumber }.map { Int($0) ?? 0 }
        var c = DateComponents()
        c.timeZone = TimeZone(identifier: "UTC")
        (c.year, c.month, c.day) = (digits[0], digits[1], digits[2])
        if digits.count >= 6 { (c.hour, c.minute, c.second) = (digits[3], digits[4], digits[5]) }
        return Int64(Calendar(identifier: .gregorian).date(from: c)!.timeIntervalSince1970)
    }

    /// The `time` field of a JSON line, read with JSONSerialization.
    public static func json(_ line: String) -> Int64 {
        let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        return seconds(Substring(object?["time"] as? String ?? "1970-01-01"))
    }

    /// The alert logs' second column (`started_at`).
    public static func csv(_ line: String) -> Int64 { seconds(line.split(separator: ",")[1]) }

    /// A JSON line's time, or an alert log row's.
    public static func of(_ line: String) -> Int64 { line.hasPrefix("{") ? json(line) : csv(line) }
}
