import Foundation

extension CSVEventReader {
    /// The rules of `CSVProfile.Special` that columns cannot express. `plainRegion` is where the
    /// region is in the record when `event.regions` was left empty for the store to read it there.
    func applySpecial(
        _ f: CSVRow, gazetteer: Gazetteer, counting: Bool = false, plainRegion: Range<Int>?, _ event: inout Event,
        _ flags: inout EventFlags, _ derivedTitle: inout Bool, log: inout DiagnosticLog
    ) {
        switch profile.special {
        case .none: return
        case .airRaidAlerts:
            applyAlert(
                f, gazetteer: gazetteer, counting: counting, plainRegion: plainRegion, &event, &derivedTitle, log: &log)
        case .native: applyNative(f, &event, &flags, log: &log)
        case .gdelt: event.title = gdeltTitle(f)
        }
    }

    /// An alert's title says where and how long (`AlertTitle`). It is made when shown, from the
    /// region, duration and tags the store keeps, except where the official log alerts a raion or
    /// a hromada, which the store does not keep, and when the record is read again in full.
    private func applyAlert(
        _ f: CSVRow, gazetteer: Gazetteer, counting: Bool, plainRegion: Range<Int>?, _ event: inout Event,
        _ derivedTitle: inout Bool, log: inout DiagnosticLog
    ) {
        // A region read from its bytes is one the gazetteer knows: nothing to repair.
        if plainRegion == nil { repairSwappedOblast(f, gazetteer: gazetteer, &event, log: &log) }
        let area =
            columns.level == nil
            ? nil
            : Self.alertArea(
                level: text(f, columns.level), raion: text(f, columns.raion), hromada: text(f, columns.hromada))
        if counting {
            // Counted, not shown: the title is not made, but its parts are still checked.
            event.title = "Air-raid alert"
        } else if area == nil, !detail {
            derivedTitle = true
        }
        let estimated =
            cell(f, columns.naive).map {
                f.plainBytes($0.index).map(Self.isTrue) ?? ($0.text.trimmingASCIISpaces.lowercased() == "true")
            } ?? false
        // Counting needs neither tags nor figures: no array is made for them (the end is still read,
        // for its messages).
        if estimated, !counting { event.tags.append(AlertTitle.estimatedTag) }
        var minutes: Double?
        defer {
            if !counting, !derivedTitle {
                let region = plainRegion.map { String(decoding: f.bytes[$0], as: UTF8.self) } ?? event.regions.first
                event.title = AlertTitle.text(
                    region: region.map(gazetteer.canonicalName), area: area, minutes: minutes, estimated: estimated,
                    ongoing: event.tags.contains(AlertTitle.ongoingTag))
            }
        }
        guard let endCell = cell(f, columns.end), !f.isBlank(endCell.index) else {
            if !counting { event.tags.append(AlertTitle.ongoingTag) }
            return
        }
        let parsed =
            f.plainBytes(endCell.index).map { TimeParser.parse($0.trimmingASCIISpaces, zone: zone) }
            ?? TimeParser.parse(endCell.text.trimmingASCIISpaces, zone: zone)
        switch parsed {
        case .success(let end) where end.milliseconds >= event.time.milliseconds:
            let value = AlertTitle.durationFigure(milliseconds: end.milliseconds - event.time.milliseconds)
            minutes = value
            if !counting { event.figures.append(Figure(name: AlertTitle.durationName, value: value)) }
        case .success:
            log.add(.warning(path, endCell.line, endCell.column, "alert ends before it starts; duration left out"))
        case .failure(let e):
            log.add(
                .warning(path, endCell.line, endCell.column + e.offset, "bad end time: \(e.message); duration left out")
            )
        }
    }

    /// `True` in any case, spaces around it allowed.
    static func isTrue(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = bytes.trimmingASCIISpaces
        return t.count == 4 && (t[0] | 0x20) == 0x74 && (t[1] | 0x20) == 0x72 && (t[2] | 0x20) == 0x75
            && (t[3] | 0x20) == 0x65
    }

    /// The official log alerts a raion or a hromada as often as a whole oblast: the title says which
    /// part is under alert ("Air-raid alert in Umanska hromada, Cherkasy Oblast"), so that a hromada
    /// alert does not read as if the whole oblast were.
    static func alertArea(level: String?, raion: String?, hromada: String?) -> String? {
        switch level?.lowercased() {
        case "hromada": return hromada.map(shortHromada) ?? raion
        case "raion": return raion
        default: return nil
        }
    }

    /// `Umanska terytorialna hromada` -> `Umanska hromada`; `m. Pervomaisk ta Pervomaiska terytorialna
    /// hromada` (the town and its hromada) -> `Pervomaiska hromada`.
    static func shortHromada(_ name: String) -> String {
        var short = name.replacingOccurrences(of: " terytorialna", with: "")
        if let town = short.range(of: " ta "),
            ["m. ", "smt ", "s. ", "selyshche "].contains(where: { short.hasPrefix($0) })
        {
            short = String(short[town.upperBound...])
        }
        return short
    }

    /// Upstream rows exist whose oblast and raion cells are swapped (`Lubenskyi raion,Poltavska
    /// oblast,...`): when the oblast cell is no known region and the raion cell is one, the row is
    /// read with the two exchanged, and a warning says so.
    private func repairSwappedOblast(_ f: CSVRow, gazetteer: Gazetteer, _ event: inout Event, log: inout DiagnosticLog)
    {
        guard let oblast = event.regions.first, gazetteer.region(named: oblast) == nil,
            let raionCell = cell(f, columns.raion), let region = gazetteer.region(named: raionCell.text)
        else { return }
        event.regions = [region.name]
        log.add(
            .warning(
                path, raionCell.line, raionCell.column,
                "the oblast and raion cells look swapped (\(JSONText.quoted(oblast)), \(JSONText.quoted(raionCell.text))); read as \(region.name)"
            ))
    }

    /// `figures` is `name=value;name=value`, `extra` a JSON object.
    private func applyNative(_ f: CSVRow, _ event: inout Event, _ flags: inout EventFlags, log: inout DiagnosticLog) {
        if let figures = cell(f, columns.figureList), !figures.text.isEmpty {
            for pair in figures.text.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                if parts.count == 2, let v = Double(String(parts[1]).trimmingASCIISpaces) {
                    event.figures.append(Figure(name: String(parts[0]).trimmingASCIISpaces, value: v))
                } else {
                    log.add(
                        .warning(path, figures.line, figures.column, "figure '\(pair)' is not name=number; left out"))
                }
            }
        }
        guard let extra = cell(f, columns.extra), !extra.text.trimmingASCIISpaces.isEmpty else { return }
        var json = extra.text
        let fields: [ExtraField]? = json.withUTF8 { bytes -> [ExtraField]? in
            var c = JSONCursor(bytes: bytes)
            var out: [ExtraField] = []
            do throws(JSONSyntaxError) {
                try c.expect(UInt8(ascii: "{"), "'{'")
                try c.members { (c: inout JSONCursor, key: String, _: Int) throws(JSONSyntaxError) in
                    let range = try c.skipValue()
                    out.append(
                        ExtraField(
                            name: key,
                            json: String(decoding: UnsafeBufferPointer(rebasing: c.bytes[range]), as: UTF8.self)))
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
