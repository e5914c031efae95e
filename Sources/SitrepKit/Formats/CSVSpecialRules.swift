import Foundation

extension CSVEventReader {
    /// The rules of `CSVProfile.Special` that columns cannot express.
    func applySpecial(_ f: [CSVField], _ record: CSVRecord, gazetteer: Gazetteer, _ event: inout Event,
                      _ flags: inout EventFlags, log: inout DiagnosticLog) {
        switch profile.special {
        case .none: return
        case .airRaidAlerts: applyAlert(f, gazetteer: gazetteer, &event, log: &log)
        case .native: applyNative(f, &event, &flags, log: &log)
        }
    }

    private func applyAlert(_ f: [CSVField], gazetteer: Gazetteer, _ event: inout Event, log: inout DiagnosticLog) {
        let region = event.regions.first.map(gazetteer.canonicalName) ?? "unknown region"
        event.title = "Air-raid alert in \(region)"
        let estimated = cell(f, "naive")?.text.trimmingASCIISpaces.lowercased() == "true"
        if estimated { event.tags.append("end-estimated") }
        guard let endCell = cell(f, profile.end), !endCell.text.trimmingASCIISpaces.isEmpty else {
            event.tags.append("ongoing")
            event.title += " (ongoing)"
            return
        }
        switch TimeParser.parse(endCell.text.trimmingASCIISpaces, zone: zone) {
        case .success(let end) where end.milliseconds >= event.time.milliseconds:
            let minutes = Double(end.milliseconds - event.time.milliseconds) / 60_000
            event.figures.append(Figure(name: "duration_min", value: (minutes * 10).rounded() / 10))
            event.title += " (\(Self.durationText(minutes))\(estimated ? ", end estimated" : ""))"
        case .success:
            log.add(.warning(path, endCell.line, endCell.column, "alert ends before it starts; duration left out"))
        case .failure(let e):
            log.add(.warning(path, endCell.line, endCell.column + e.offset, "bad end time: \(e.message); duration left out"))
        }
    }

    /// `1 h 44 min`, `9 min`.
    static func durationText(_ minutes: Double) -> String {
        let m = Int(minutes.rounded())
        return m >= 60 ? "\(m / 60) h \(m % 60) min" : "\(m) min"
    }

    /// `figures` is `name=value;name=value`, `extra` a JSON object.
    private func applyNative(_ f: [CSVField], _ event: inout Event, _ flags: inout EventFlags, log: inout DiagnosticLog) {
        if let figures = cell(f, "figures"), !figures.text.isEmpty {
            for pair in figures.text.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, let v = Double(String(parts[1]).trimmingASCIISpaces) {
                    event.figures.append(Figure(name: String(parts[0]).trimmingASCIISpaces, value: v))
                } else {
                    log.add(.warning(path, figures.line, figures.column, "figure '\(pair)' is not name=number; left out"))
                }
            }
        }
        guard let extra = cell(f, "extra"), !extra.text.trimmingASCIISpaces.isEmpty else { return }
        var json = extra.text
        let fields: [ExtraField]? = json.withUTF8 { bytes -> [ExtraField]? in
            var c = JSONCursor(bytes: bytes)
            var out: [ExtraField] = []
            do throws(JSONSyntaxError) {
                try c.expect(UInt8(ascii: "{"), "'{'")
                try c.members { (c: inout JSONCursor, key: String, _: Int) throws(JSONSyntaxError) in
                    let range = try c.skipValue()
                    out.append(ExtraField(name: key, json: String(decoding: UnsafeBufferPointer(rebasing: c.bytes[range]), as: UTF8.self)))
                }
                return out
            } catch {
                return nil
            }
        }
        guard let fields else {
            log.add(.warning(path, extra.line, extra.column, "'extra' is not a JSON object; left out"))
            return
        }
        if !fields.isEmpty { flags.insert(.extra) }
        if detail { event.extra = fields }
    }
}
