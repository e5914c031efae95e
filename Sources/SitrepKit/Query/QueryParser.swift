import Foundation

/// Reads the query language. Every error names the column where it went wrong, and a query that
/// does not parse never replaces the one in force.
public struct QueryParser {
    struct Token: Equatable {
        enum Kind: Equatable { case word, phrase, open, close, minus }
        var kind: Kind
        var text: String
        var column: Int
    }

    let gazetteer: Gazetteer
    let zone: DisplayZone
    /// Seconds since 1970 that relative times (`since:7d`) count back from.
    let now: Int64
    let extraFields: ExtraFieldNames
    /// The loaded files' region and figure names, which `region:` and `fig:` are checked against.
    let loaded: LoadedNames

    public init(
        gazetteer: Gazetteer = .builtIn, zone: DisplayZone = .utc, now: Int64, extraFields: ExtraFieldNames = .none,
        loaded: LoadedNames = .any
    ) {
        self.gazetteer = gazetteer
        self.zone = zone
        self.now = now
        self.extraFields = extraFields
        self.loaded = loaded
    }

    /// The longest query read, in characters: far past any a person types or a view keeps, and
    /// short enough that reading one never takes more than a moment or much memory.
    public static let longest = 65_536
    /// How deep brackets and `-` may nest: the parser and every walk over a query recurse once
    /// per level, and a stack of thousands of levels would overflow.
    public static let deepest = 100

    public func parse(_ text: String) throws(QueryError) -> Query {
        guard text.utf8.count <= Self.longest * 4, text.count <= Self.longest else {
            throw QueryError(
                message: "the query is \(text.count) characters long; sitrep reads queries of up to \(Self.longest)",
                column: Self.longest + 1)
        }
        var tokens = try Self.tokens(text)[...]
        if tokens.isEmpty { return .all }
        try Self.checkDepth(tokens)
        let q = try orExpression(&tokens)
        if let extra = tokens.first {
            throw QueryError(
                message: extra.kind == .close ? "')' without '('" : "unexpected '\(extra.text)'", column: extra.column)
        }
        return q
    }

    // MARK: - Tokens

    /// A comma inside quotes, kept apart from the commas that separate values until the values
    /// are split (a private-use character, which no query means as itself).
    static let quotedComma: Character = "\u{E000}"

    static func restored(_ text: String) -> String {
        text.contains(quotedComma) ? String(text.map { $0 == quotedComma ? "," : $0 }) : text
    }

    /// A value written so that this parser reads it back as it is, whatever it holds: in quotes,
    /// with quotes and backslashes escaped. For queries made by the program (the "same as" menu).
    public static func quoted(_ value: String) -> String {
        "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func tokens(_ text: String) throws(QueryError) -> [Token] {
        var out: [Token] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            if c == "(" { out.append(Token(kind: .open, text: "(", column: i + 1)); i += 1; continue }
            if c == ")" { out.append(Token(kind: .close, text: ")", column: i + 1)); i += 1; continue }
            if c == "-", i + 1 < chars.count, !chars[i + 1].isWhitespace {
                out.append(Token(kind: .minus, text: "-", column: i + 1)); i += 1; continue
            }
            let start = i
            let startsQuoted = c == "\""
            var word = ""
            while i < chars.count, !chars[i].isWhitespace, chars[i] != "(", chars[i] != ")" {
                if chars[i] == "\"" {
                    // A quoted stretch keeps its spaces and commas: "air defence", region:"Kyiv City",
                    // region:"A, \"B\"" (a backslash takes the next quote or backslash as it is).
                    i += 1
                    while i < chars.count, chars[i] != "\"" {
                        if chars[i] == "\\", i + 1 < chars.count, chars[i + 1] == "\"" || chars[i + 1] == "\\" {
                            i += 1
                        }
                        word.append(chars[i] == "," ? Self.quotedComma : chars[i])
                        i += 1
                    }
                    guard i < chars.count else {
                        throw QueryError(message: "'\"' without its closing '\"'", column: start + 1)
                    }
                    i += 1
                    continue
                }
                word.append(chars[i])
                i += 1
            }
            out.append(Token(kind: startsQuoted ? .phrase : .word, text: word, column: start + 1))
        }
        return out
    }

    /// Refuses brackets or `-` nested deeper than `deepest`, naming where the limit was passed.
    static func checkDepth(_ tokens: ArraySlice<Token>) throws(QueryError) {
        var open = 0, minuses = 0
        for token in tokens {
            switch token.kind {
            case .open: open += 1
            case .close: open = max(0, open - 1)
            case .minus: minuses += 1
            default: minuses = 0
            }
            if open + minuses > deepest {
                throw QueryError(
                    message: "brackets and '-' nest more than \(deepest) deep here; write the query flatter",
                    column: token.column)
            }
        }
    }

    // MARK: - Grammar

    private func orExpression(_ t: inout ArraySlice<Token>) throws(QueryError) -> Query {
        var terms = [try andExpression(&t)]
        while let next = t.first, next.kind == .word, next.text.lowercased() == "or" {
            t.removeFirst()
            guard let after = t.first, after.kind != .close else {
                throw QueryError(message: "'or' needs a term after it", column: next.column)
            }
            terms.append(try andExpression(&t))
        }
        return terms.count == 1 ? terms[0] : .or(terms)
    }

    private func andExpression(_ t: inout ArraySlice<Token>) throws(QueryError) -> Query {
        var terms: [Query] = []
        while let next = t.first, next.kind != .close, !(next.kind == .word && next.text.lowercased() == "or") {
            terms.append(try unary(&t))
        }
        guard !terms.isEmpty else {
            let column = t.first?.column ?? 1
            throw QueryError(message: "expected a term", column: column)
        }
        return terms.count == 1 ? terms[0] : .and(terms)
    }

    private func unary(_ t: inout ArraySlice<Token>) throws(QueryError) -> Query {
        let token = t.removeFirst()
        switch token.kind {
        case .minus:
            guard t.first != nil else { throw QueryError(message: "'-' needs a term after it", column: token.column) }
            return .not(try unary(&t))
        case .open:
            guard let next = t.first, next.kind != .close else {
                throw QueryError(
                    message: t.isEmpty ? "'(' without its ')'" : "nothing between '(' and ')'", column: token.column)
            }
            let inner = try orExpression(&t)
            guard let close = t.first, close.kind == .close else {
                throw QueryError(message: "'(' without its ')'", column: token.column)
            }
            t.removeFirst()
            return inner
        case .close:
            throw QueryError(message: "')' without '('", column: token.column)
        case .phrase:
            return .text(TextFold.fold(Self.restored(token.text)))
        case .word:
            return try term(token)
        }
    }

    /// A `file:` value must name a loaded file: a name that is not one is an error listing the
    /// files, rather than a filter that silently matches nothing.
    private func checkFiles(_ values: [String], column: Int) throws(QueryError) {
        guard loaded.checks else { return }
        let paths = loaded.filePaths()
        for value in values where !paths.contains(where: { EventStore.fileNamed($0, value) }) {
            let names = paths.map { ($0 as NSString).lastPathComponent }
            let listed = names.prefix(10).joined(separator: ", ") + (names.count > 10 ? ", ..." : "")
            throw QueryError(message: "no loaded file named '\(value)' (files: \(listed))", column: column)
        }
    }

    private func term(_ token: Token) throws(QueryError) -> Query {
        guard let colon = token.text.firstIndex(of: ":"), colon != token.text.startIndex else {
            return .text(TextFold.fold(Self.restored(token.text)))
        }
        let name = token.text[..<colon].lowercased()
        let value = String(token.text[token.text.index(after: colon)...])
        let valueColumn = token.column + token.text.distance(from: token.text.startIndex, to: colon) + 1
        guard !value.isEmpty else { throw QueryError(message: "'\(name):' needs a value", column: valueColumn) }
        let values = value.split(separator: ",").map { Self.restored(String($0).trimmingCharacters(in: .whitespaces)) }
            .filter { !$0.isEmpty }
        switch name {
        case "region":
            for v in values where !loaded.knowsRegion(v) {
                let closest = loaded.closestRegions(v)
                let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
                throw QueryError(
                    message: "no region named '\(v)' in the gazetteer or the files\(hint)", column: valueColumn)
            }
            return .field(.region, values)
        case "cat", "category": return .field(.category, values.map(TextFold.fold))
        case "sub", "subcategory": return .field(.subcategory, values.map(TextFold.fold))
        case "source": return .field(.source, values.map(TextFold.fold))
        case "actor": return .field(.actor, values.map(TextFold.fold))
        case "tag": return .field(.tag, values.map(TextFold.fold))
        case "id": return .field(.id, values)
        case "file":
            try checkFiles(values, column: valueColumn)
            return .field(.file, values)
        case "since": return .since(TimeBound(try instant(value, column: valueColumn, endOfDay: false), zone: zone))
        case "until": return .until(TimeBound(try instant(value, column: valueColumn, endOfDay: true), zone: zone))
        case "on":
            let start = TimeBound(try instant(value, column: valueColumn, endOfDay: false), zone: zone)
            return .and([
                .since(start), .until(TimeBound(try instant(value, column: valueColumn, endOfDay: true), zone: zone)),
            ])
        case "fig", "figure": return try figure(value, column: valueColumn)
        case "has":
            guard
                let part = Query.Part(rawValue: value.lowercased()) ?? (value.lowercased() == "figure" ? .figures : nil)
            else {
                throw QueryError(
                    message: "has: takes \(Query.Part.allCases.map(\.rawValue).joined(separator: ", "))",
                    column: valueColumn)
            }
            return .has(part)
        default:
            let written = String(token.text[..<colon])
            if extraFields.knows(written) { return .extra(name: written, values: values.map(TextFold.fold)) }
            let seen = extraFields.seen()
            let more =
                seen.isEmpty
                ? ""
                : "; in these files also: \(seen.prefix(20).joined(separator: ", "))\(seen.count > 20 ? ", ..." : "")"
            throw QueryError(
                message:
                    "unknown field '\(name):' (fields: region, cat, sub, source, actor, tag, id, since, until, on, fig, has\(more))",
                column: token.column)
        }
    }

    /// Ten thousand years, in seconds.
    static let longestSpan: Int64 = 10_000 * 366 * 86_400

    /// `7d`, `24h`, `30m`, `2w` back from now, or a date (in the `--tz` zone), or a full time.
    private func instant(_ text: String, column: Int, endOfDay: Bool) throws(QueryError) -> Int64 {
        let units: [Character: Int64] = ["m": 60, "h": 3600, "d": 86_400, "w": 604_800]
        if let unit = text.last, let seconds = units[unit], let n = Int64(text.dropLast()), n >= 0 {
            // A span longer than ten thousand years is a typing slip, not a time: said, not
            // multiplied past what an instant can hold.
            let (span, overflow) = n.multipliedReportingOverflow(by: seconds)
            guard !overflow, span <= Self.longestSpan else {
                throw QueryError(message: "'\(text)' reaches back more than ten thousand years", column: column)
            }
            return now - span
        }
        switch TimeParser.parse(text, zone: zone) {
        case .success(let t):
            guard t.precision == .day else { return t.seconds }
            // A date means that calendar day in the zone.
            let local = zone.instant(ofWallClock: t.seconds)
            return endOfDay ? zone.instant(ofWallClock: t.seconds + 86_399) + 0 : local
        case .failure:
            throw QueryError(
                message: "'\(text)' is not a time: use 7d, 24h, 30m, 2w or a date such as 2024-11-20", column: column)
        }
    }

    /// `drones_launched>=100`.
    private func figure(_ text: String, column: Int) throws(QueryError) -> Query {
        for op in [">=", "<=", "!=", ">", "<", "="] {
            guard let r = text.range(of: op) else { continue }
            let name = String(text[..<r.lowerBound])
            guard !name.isEmpty, let value = Double(text[r.upperBound...]), value.isFinite else { break }
            if loaded.checks {
                let names = loaded.figureNames()
                guard names.contains(name) else {
                    let known =
                        names.isEmpty
                        ? "no event in the files has figures" : "figures: \(names.prefix(20).joined(separator: ", "))"
                    throw QueryError(message: "no figure named '\(name)' in the files (\(known))", column: column)
                }
            }
            return .figure(name: name, comparison: Query.Comparison(rawValue: op) ?? .equal, value: value)
        }
        throw QueryError(
            message: "fig: takes name, a comparison and a number, such as fig:drones_launched>=100", column: column)
    }
}
