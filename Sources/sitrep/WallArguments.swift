/// How the wall's options are written on the command line.
enum WallArguments {
    /// The longest duration taken: a hundred years, far past any wall's need, and small enough
    /// that no clock arithmetic on it (milliseconds, now plus it) can overflow.
    static let longest: Int64 = 100 * 366 * 86_400

    /// `30s`, `30m`, `2h`, `1d`, or plain seconds; nil for anything else, a negative duration, or
    /// one longer than `longest`.
    static func seconds(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        let value: Int64?
        if let unit = text.last, let factor = units[unit], let n = Int64(text.dropLast()), n >= 0 {
            let (product, overflow) = n.multipliedReportingOverflow(by: factor)
            value = overflow ? nil : product
        } else {
            value = Int64(text)
        }
        guard let value, value >= 0, value <= longest else { return nil }
        return value
    }

    /// `22:00-07:00` as minutes of the day.
    static func window(_ text: String) -> (from: Int, to: Int)? {
        let parts = text.split(separator: "-")
        guard parts.count == 2 else { return nil }
        func minutes(_ s: Substring) -> Int? {
            let hm = s.split(separator: ":").compactMap { Int($0) }
            guard hm.count == 2, (0..<24).contains(hm[0]), (0..<60).contains(hm[1]) else { return nil }
            return hm[0] * 60 + hm[1]
        }
        guard let from = minutes(parts[0]), let to = minutes(parts[1]), from != to else { return nil }
        return (from, to)
    }
}
