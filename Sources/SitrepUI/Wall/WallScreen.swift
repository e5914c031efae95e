import SitrepKit

extension Dashboard {
    /// The wall display. The whole picture is drawn one cell smaller than the screen and shifted by
    /// a cell every `shiftEvery` seconds (right, down, left, up), so no edge or border burns in.
    func renderWall(_ settings: WallSettings) -> Buffer {
        var screen = Buffer(width: state.width, height: state.height)
        guard state.width >= 40, state.height >= 10 else {
            screen.put(
                Buffer.fit("sitrep needs at least 40x10 (now \(state.width)x\(state.height))", state.width), x: 0, y: 0,
                role: .message)
            return screen
        }
        let phase = Int((state.time.now / settings.shiftEvery) % 4)
        let (dx, dy) = [(0, 0), (1, 0), (1, 1), (0, 1)][max(0, phase)]
        var wall = Buffer(width: state.width - 1, height: state.height - 1)
        drawWall(&wall, settings)
        for y in 0..<wall.height { for x in 0..<wall.width { screen[x + dx, y + dy] = wall[x, y] } }
        return screen
    }

    private func drawWall(_ b: inout Buffer, _ settings: WallSettings) {
        let figures = WallFigures(store, comparedPositions, now: anchor, zone: zone)
        var y = drawWallHeader(&b, settings)
        y = drawCounters(&b, figures, top: y)
        y = drawFreshness(&b, settings, y: y)
        // The numbers over time, where the screen has room for them and the lists below.
        if b.height - y >= 16 { y = drawWallNumbers(&b, y: y) }
        let rest = Rect(x: 0, y: y, width: b.width, height: b.height - y)
        guard rest.height >= 4 else { return }
        if state.width >= 120 {
            let left = min(64, rest.width * 2 / 5)
            drawTopRegions(&b, figures, Rect(x: 0, y: rest.y, width: left, height: rest.height))
            // Where the screen is large, the map of the last 24 hours between the regions and the newest.
            if state.width >= 160, rest.height >= 20 {
                let mapWidth = min(72, (rest.width - left) / 2)
                drawWallMap(&b, figures, Rect(x: left, y: rest.y, width: mapWidth, height: rest.height))
                let right = Rect(
                    x: left + mapWidth, y: rest.y, width: rest.width - left - mapWidth, height: rest.height)
                let detailHeight = right.height >= 24 ? right.height / 3 : 0
                drawNewest(&b, Rect(x: right.x, y: right.y, width: right.width, height: right.height - detailHeight))
                if detailHeight > 0 {
                    drawNewestDetail(
                        &b,
                        Rect(
                            x: right.x, y: right.y + right.height - detailHeight, width: right.width,
                            height: detailHeight))
                }
                return
            }
            let detailHeight = rest.height >= 24 ? rest.height / 3 : 0
            drawNewest(&b, Rect(x: left, y: rest.y, width: rest.width - left, height: rest.height - detailHeight))
            if detailHeight > 0 {
                drawNewestDetail(
                    &b,
                    Rect(
                        x: left, y: rest.y + rest.height - detailHeight, width: rest.width - left, height: detailHeight)
                )
            }
        } else {
            // At least one line inside, for the regions or the note that there are none.
            let regionsHeight = min(2 + max(1, min(figures.regions.count, 6)), max(3, rest.height / 3))
            drawTopRegions(&b, figures, Rect(x: 0, y: rest.y, width: rest.width, height: regionsHeight))
            let below = rest.height - regionsHeight
            let detailHeight = below >= 14 ? below / 3 : 0
            drawNewest(&b, Rect(x: 0, y: rest.y + regionsHeight, width: rest.width, height: below - detailHeight))
            if detailHeight > 0 {
                drawNewestDetail(
                    &b, Rect(x: 0, y: rest.y + rest.height - detailHeight, width: rest.width, height: detailHeight))
            }
        }
    }

    /// ` SITREP · view Kursk · 1,234 events      UTC Sat 30 Nov 23:30 │ Kyiv 01:30`
    private func drawWallHeader(_ b: inout Buffer, _ settings: WallSettings) -> Int {
        let scope =
            state.query.viewName.map { "view \($0)" }
            ?? (state.query.filter.isEmpty ? "all events" : "filter \(state.query.filter)")
        let asOf = state.time.replay == nil && state.time.asOf != .clock ? "as of · " : ""
        let left = " SITREP · " + (state.time.replay.map { $0.label + " · " } ?? "") + asOf + scope
        var clocks = settings.clocks.enumerated().map { i, c in clockText(c.label, c.zone, withDate: i == 0) }
        while !clocks.isEmpty, DisplayWidth.of(left) + DisplayWidth.of(clocks.joined(separator: " │ ")) + 4 > b.width {
            clocks.removeLast()
        }
        b.put(Buffer.fit(left, b.width), x: 0, y: 0, role: .wallLabel)
        let right = clocks.joined(separator: " │ ") + " "
        b.put(right, x: b.width - DisplayWidth.of(right), y: 0, role: .wallClock)
        return 1
    }

    /// The clocks show "now": the replay's clock or the `--as-of` moment when one is in force.
    private func clockText(_ label: String, _ clockZone: DisplayZone, withDate: Bool) -> String {
        let now = anchor
        let civil = CivilTime(secondsSinceEpoch: now + Int64(clockZone.offsetSeconds(at: now)))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let date =
            withDate
            ? "\(Weekday.label(String(format4(civil.year)) + "-" + two(civil.month) + "-" + two(civil.day))) " : ""
        return "\(label) \(date)\(two(civil.hour)):\(two(civil.minute))"
    }

    private func format4(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }

    /// Three counters: big digits when there is room, one line otherwise.
    private func drawCounters(_ b: inout Buffer, _ f: WallFigures, top: Int) -> Int {
        let narrow = state.width < 80
        let items = [
            (narrow ? "24 h" : "events, last 24 h", grouped(f.lastDay), grouped(f.lastDay)),
            (narrow ? "1 h" : "last hour", grouped(f.lastHour), grouped(f.lastHour)),
            (narrow ? "vs day before" : "against the 24 h before", f.change, f.changeDigits),
        ]
        let column = b.width / 3
        let big = b.height >= 30 && items.allSatisfy { BigDigits.width($0.2) <= column - 2 }
        if big {
            for (i, item) in items.enumerated() {
                let x = i * column + 1
                b.put(
                    Buffer.fit(item.0 + (i == 2 ? "  \(f.change)" : ""), column - 2), x: x, y: top + 1, role: .wallLabel
                )
                for (k, line) in BigDigits.lines(item.2).enumerated() {
                    b.put(line, x: x, y: top + 2 + k, role: .wallCounter)
                }
            }
            return top + 6
        }
        var x = 1
        for item in items {
            x += b.put(item.0 + " ", x: x, y: top, role: .wallLabel)
            x += b.put(item.1 + "   ", x: x, y: top, role: .wallCounter)
        }
        return top + 1
    }

    /// `newest event 14 min ago · files last changed 2 min ago · feed.jsonl: missing`
    private func drawFreshness(_ b: inout Buffer, _ settings: WallSettings, y: Int) -> Int {
        var parts: [(String, Role)] = []
        if store.count > 0 {
            // Against "now": as of the newest event, that event is fresh.
            let age = max(0, anchor - store.time(at: store.count - 1).seconds)
            parts.append(("newest event \(ago(age))", age > settings.staleAfter ? .wallStale : .wallFresh))
        } else {
            parts.append((state.follow.loading ? "loading…" : "no events yet", .wallStale))
        }
        if let changed = state.wall.fileHealth.lastChange {
            let age = max(0, state.time.now - changed)
            parts.append(("files last changed \(ago(age))", age > settings.staleAfter ? .wallStale : .wallFresh))
        }
        for problem in state.wall.fileHealth.problems { parts.append(("⚠ " + problem, .wallStale)) }
        var x = 1
        for (i, part) in parts.enumerated() {
            if i > 0 { x += b.put(" · ", x: x, y: y, role: .wallLabel) }
            x += b.put(part.0, x: x, y: y, maxWidth: max(0, b.width - x), role: part.1)
        }
        return y + 2
    }

    private func drawTopRegions(_ b: inout Buffer, _ f: WallFigures, _ rect: Rect) {
        b.box(rect, role: .paneBorder)
        b.put(
            Buffer.fit(" Top regions · last 24 h · 14 days ", rect.width - 4), x: rect.x + 2, y: rect.y,
            role: .paneTitle)
        let area = rect.inner
        guard area.height > 0 else { return }
        let rows = f.regions.prefix(area.height)
        guard !rows.isEmpty else {
            var said = "No events in the last 14 days."
            // An archive's weeks are long past: say how to look at them.
            if state.time.asOf == .clock, state.time.replay == nil, let newest = store.newestTime {
                said += " The newest is from \(momentText(newest)): press a (or start with --as-of newest)."
            }
            for (i, line) in wrap(said, area.width).prefix(area.height).enumerated() {
                b.put(line, x: area.x, y: area.y + i, role: .message)
            }
            return
        }
        let largest = max(1, rows.map(\.count).max() ?? 1)
        let countWidth = max(3, grouped(largest).count)
        let sparkWidth = area.width >= 44 ? RegionSummary.days : 0
        let nameWidth = min(20, max(8, area.width - countWidth - sparkWidth - 12))
        let barWidth = max(0, area.width - nameWidth - countWidth - sparkWidth - 3)
        for (i, r) in rows.enumerated() {
            var x = area.x
            let y = area.y + i
            b.put(
                Buffer.fit(nameWidth < 16 ? Self.shortRegion(r.name) : r.name, nameWidth), x: x, y: y, role: .countsName
            )
            x += nameWidth + 1
            let count = grouped(r.count)
            b.put(String(repeating: " ", count: countWidth - count.count) + count, x: x, y: y, role: .countsNumber)
            x += countWidth + 1
            if barWidth > 0, r.count > 0 {
                b.put(String(repeating: "█", count: max(1, r.count * barWidth / largest)), x: x, y: y, role: .countsBar)
            }
            x += barWidth + 1
            if sparkWidth > 0 { b.put(RegionSummary.sparkline(r.days), x: x, y: y, role: .sparkline) }
        }
    }

    /// The newest events, newest first: date when not today, time, category letter, region, title.
    private func drawNewest(_ b: inout Buffer, _ rect: Rect) {
        guard rect.height >= 3 else { return }
        b.box(rect, role: .paneBorder)
        b.put(
            Buffer.fit(" Newest events · \(grouped(view.count)) shown ", rect.width - 4), x: rect.x + 2, y: rect.y,
            role: .paneTitle)
        let area = rect.inner
        let today = CalendarDay(containing: anchor, in: zone)
        let shown = Array(view.ascending.suffix(area.height).reversed())
        let allToday = shown.allSatisfy { CalendarDay(of: store.time(at: $0), in: zone) == today }
        let whenWidth = allToday ? 6 : 12
        let regionWidth = area.width >= 60 ? 15 : 0
        for (i, p) in shown.enumerated() {
            let t = store.time(at: p)
            let civil = CivilTime(
                secondsSinceEpoch: t.precision == .day
                    ? t.seconds : t.seconds + Int64(zone.offsetSeconds(at: t.seconds)))
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let when =
                CalendarDay(of: t, in: zone) == today
                ? (t.precision == .day ? "today" : "\(two(civil.hour)):\(two(civil.minute))")
                : "\(two(civil.day)).\(two(civil.month))"
                    + (t.precision == .day ? "" : " \(two(civil.hour)):\(two(civil.minute))")
            var x = area.x
            let y = area.y + i
            b.put(when, x: x, y: y, maxWidth: whenWidth - 1, role: .timelineTime)
            x += whenWidth
            let category = store.category(at: p)
            x += b.put(
                (category?.first.map { String($0).uppercased() } ?? "·") + " ", x: x, y: y,
                maxWidth: area.x + area.width - x, role: Role.forCategory(category))
            if regionWidth > 0 {
                let region = store.regions(at: p).first.map(Self.shortRegion) ?? "—"
                b.put(Buffer.fit(region, regionWidth - 1), x: x, y: y, maxWidth: regionWidth - 1, role: .timelineRegion)
                x += regionWidth
            }
            b.put(
                Buffer.fit(shownTitle(p), area.x + area.width - x), x: x, y: y,
                maxWidth: area.x + area.width - x, role: isNew(p) ? .eventNew : .timelineRow)
        }
    }

    private func drawNewestDetail(_ b: inout Buffer, _ rect: Rect) {
        guard rect.height >= 3 else { return }
        b.box(rect, role: .paneBorder)
        b.put(Buffer.fit(" Newest event ", rect.width - 4), x: rect.x + 2, y: rect.y, role: .paneTitle)
        let area = rect.inner
        guard let event = state.selection.detail else { return }
        for (i, line) in detailLines(event, width: area.width).prefix(area.height).enumerated() {
            var x = area.x
            for (text, role) in line {
                x += b.put(text, x: x, y: area.y + i, maxWidth: area.x + area.width - x, role: role)
            }
        }
    }
}
