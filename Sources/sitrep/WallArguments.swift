/// How the wall's options are written on the command line.
enum WallArguments {
    /// `30s`, `30m`, `2h`, `1d`, or plain seconds.
    static func seconds(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
        if let unit = text.last, let factor = units[unit], let n = Int64(text.dropLast()), n >= 0 { return n * factor }
        return Int64(text)
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
