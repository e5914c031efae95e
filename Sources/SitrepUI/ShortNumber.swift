import Foundation

/// A number in at most five cells, for the timeline's figure mark, the trends axis and the map:
/// `188`, `1.3k`, `45k`, `2.5G`, `12T`, and past a thousand million million `1e15`, `9e307`;
/// a value too small for two decimals says so (`<0.01`) instead of showing as nothing. A
/// negative value takes one more cell for its sign. One place, so the three never disagree.
enum ShortNumber {
    static let units: [(scale: Double, unit: String)] = [(1e3, "k"), (1e6, "M"), (1e9, "G"), (1e12, "T")]

    static func text(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "?" : (value < 0 ? "-∞" : "∞") }
        let sign = value < 0 ? "-" : ""
        let v = abs(value)
        if v == 0 { return "0" }
        if v < 0.01 { return sign.isEmpty ? "<0.01" : ">-0.01" }
        if v < 1 { return sign + trimmed(v, 2) }
        if v < 999.5 { return sign + trimmed(v, v < 10 ? 1 : 0) }
        for (scale, unit) in units {
            let x = v / scale
            if x < 999.5 { return sign + trimmed(x, x < 9.95 ? 1 : 0) + unit }
        }
        return sign + scientific(v)
    }

    /// `2e18`: one digit and the power of ten.
    private static func scientific(_ v: Double) -> String {
        var exponent = Int(log10(v).rounded(.down))
        var mantissa = Int((v / pow(10, Double(exponent))).rounded())
        if mantissa >= 10 { (mantissa, exponent) = (1, exponent + 1) }
        return "\(max(1, mantissa))e\(exponent)"
    }

    private static func trimmed(_ x: Double, _ decimals: Int) -> String {
        let scale = pow(10, Double(decimals))
        let r = (x * scale).rounded() / scale
        if r == r.rounded() { return String(Int(r)) }
        return String(format: "%.\(decimals)f", r).replacingOccurrences(
            of: #"0+$"#, with: "", options: .regularExpression)
    }
}
