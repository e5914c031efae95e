/// Counts as people read them, the same in the commands and on the screen: `1,909 events`,
/// `1 error`, `0 warnings`.
public enum Counting {
    /// `1909` -> `1,909`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    /// `1 event`, `2 events`, `1,909 stories` (with `plural` where adding `s` is wrong).
    public static func of(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(grouped(n)) \(n == 1 ? noun : plural ?? noun + "s")"
    }
}
