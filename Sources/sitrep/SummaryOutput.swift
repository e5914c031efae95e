import Foundation
import SitrepKit

/// A summary written as a table for people, CSV (long form for two keys) or JSON (nested for two).
struct SummaryOutput {
    let table: Tabulation
    let format: Summary.Format
    /// What is counted: "events", or "stories" with `--group`.
    var counted = "events"

    func print() {
        if table.periodsLeftOut > 0 {
            let unit = table.keys.first { if case .period = $0 { true } else { false } }?.name ?? "period"
            FileHandle.standardError.write(
                Data(
                    "note: the events span too many \(unit)s to list each: \(table.periodsLeftOut) empty \(unit)s left out (bound the range with --filter since:... until:...)\n"
                        .utf8))
        }
        switch (format, table.keys.count) {
        case (.csv, _): csv()
        case (.json, _): json()
        case (.table, 1): oneKeyTable()
        case (.table, _): twoKeyTable()
        }
    }

    private var names: [String] { table.keys.map(\.name) }

    /// Totals to two decimals at most: sums of fractions (alert minutes) carry binary noise.
    /// Past 1e13 two decimals are below a double's precision, and multiplying by 100 could overflow.
    private func number(_ v: Double) -> String { Figure.text(abs(v) < 1e13 ? (v * 100).rounded() / 100 : v) }

    private func csv() {
        // The header names each key, one or two (`region,count`, `region,week,count`), and what counts.
        let keys = names
        Swift.print(
            (keys + [counted == "stories" ? "stories" : "count"] + table.figures).map(EventWriter.csvCell).joined(
                separator: ","))
        for (r, row) in table.rows.enumerated() {
            for (c, cell) in table.cells[r].enumerated() {
                let keys = [row] + (table.columns.isEmpty ? [] : [table.columns[c]])
                Swift.print(
                    (keys.map(EventWriter.csvCell) + ["\(cell.count)"] + cell.sums.map(number)).joined(separator: ","))
            }
        }
    }

    private func sumsJSON(_ cell: Tabulation.Cell) -> String {
        guard !table.figures.isEmpty else { return "" }
        let pairs = zip(table.figures, cell.sums).map { "\(JSONText.quoted($0)): \(number($1))" }
        return ", \"sums\": {\(pairs.joined(separator: ", "))}"
    }

    private func json() {
        let by =
            table.keys.count == 1
            ? JSONText.quoted(names[0]) : "[" + names.map(JSONText.quoted).joined(separator: ", ") + "]"
        let rows = table.rows.enumerated().map { r, key in
            let total = table.rowTotals[r]
            var item = "{\"key\": \(JSONText.quoted(key)), \"count\": \(total.count)\(sumsJSON(total))"
            if !table.columns.isEmpty {
                let columns = zip(table.columns, table.cells[r]).map {
                    "{\"key\": \(JSONText.quoted($0)), \"count\": \($1.count)\(sumsJSON($1))}"
                }
                item += ", \"columns\": [\(columns.joined(separator: ", "))]"
            }
            return item + "}"
        }
        Swift.print(
            "{\"by\": \(by), \"\(counted)\": \(table.events), \"\(table.columns.isEmpty ? "counts" : "rows")\": [\(rows.joined(separator: ", "))]}"
        )
    }

    private func oneKeyTable() {
        let keys = table.rows.map { TerminalText.line($0) }
        let keyWidth = min(48, max(names[0].count, keys.map(\.count).max() ?? 0))
        let countWidth = max(6, String(table.rowTotals.map(\.count).max() ?? 0).count)
        let sumWidths = table.figures.enumerated().map { k, f in
            max(f.count, table.rowTotals.map { number($0.sums[k]).count }.max() ?? 0)
        }
        var header = cut(names[0].uppercased(), keyWidth) + "  " + pad(counted.uppercased(), countWidth) + "  SHARE"
        for (k, f) in table.figures.enumerated() { header += "  " + pad(f.uppercased(), sumWidths[k]) }
        Swift.print(header)
        for (key, total) in zip(keys, table.rowTotals) {
            let share =
                table.events > 0 ? String(format: "%5.1f%%", Double(total.count) * 100 / Double(table.events)) : "    -"
            var line = cut(key, keyWidth) + "  " + pad(String(total.count), countWidth) + "  " + share
            for (k, v) in total.sums.enumerated() { line += "  " + pad(number(v), sumWidths[k]) }
            Swift.print(line)
        }
        let key = table.keys[0]
        let noun = table.rows.count == 1 ? key.name : (key == .category ? "categories" : key.name + "s")
        let what = table.events == 1 ? (counted == "stories" ? "story" : "event") : counted
        let summed = table.figures.isEmpty ? "" : "; added up: \(table.figures.joined(separator: ", "))"
        Swift.print("\(Counting.grouped(table.rows.count)) \(noun), \(Counting.grouped(table.events)) \(what)\(summed)")
    }

    /// Rows by columns; each cell the count, or the first summed figure's total.
    private func twoKeyTable() {
        let what = table.figures.first.map { "sum of \($0)" } ?? counted
        let value = { (cell: Tabulation.Cell) in table.figures.isEmpty ? String(cell.count) : number(cell.sums[0]) }
        let keys = table.rows.map { TerminalText.line($0) }
        let keyWidth = min(32, max(names[0].count + names[1].count + 3, keys.map(\.count).max() ?? 0))
        let columns = table.columns.map { TerminalText.line($0) }
        let widths = columns.indices.map { c in max(columns[c].count, table.cells.map { value($0[c]).count }.max() ?? 0)
        }
        Swift.print(
            ([cut("\(names[0].uppercased()) \\ \(names[1].uppercased())", keyWidth)]
                + zip(columns, widths).map { pad($0, $1) }).joined(separator: "  "))
        for (r, key) in keys.enumerated() {
            Swift.print(
                ([cut(key, keyWidth)] + table.cells[r].enumerated().map { pad(value($1), widths[$0]) }).joined(
                    separator: "  "))
        }
        Swift.print(
            "\(Counting.grouped(table.rows.count)) × \(Counting.grouped(table.columns.count)), \(what), \(Counting.grouped(table.events)) events"
        )
    }

    private func cut(_ s: String, _ width: Int) -> String {
        (s.count > width ? String(s.prefix(width - 1)) + "…" : s).padding(toLength: width, withPad: " ", startingAt: 0)
    }

    private func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}
