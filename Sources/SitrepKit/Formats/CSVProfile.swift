/// How the columns of a spreadsheet map to events. Profiles are chosen by the column names of the
/// header (never by position), so exports whose columns were reordered or extended still read.
public struct CSVProfile: Sendable, Equatable {
    /// Rules no column layout can express.
    public enum Special: String, Sendable, Equatable {
        case none
        /// One event per alert: the title names the region, `duration_min` comes from the end column,
        /// and `naive=True` (no end message; end estimated) becomes the tag `end-estimated`.
        case airRaidAlerts
        /// The layout `sitrep list --format csv` writes: figures as `name=value;...`, extra fields as JSON.
        case native
        /// The GDELT event export: a title made from the event's kind and its actors.
        case gdelt
    }

    public var name: String
    public var summary: String
    /// The header must have all of these (case does not matter).
    public var detect: [String]
    /// One column, or several joined with a space (VIINA's `date` and `time`).
    public var time: [String]
    /// Columns tried in order when the time columns are empty (UCDP's `date_end` after `date_start`).
    public var timeFallback: [String] = []
    /// The zone the file's local times are in, whatever `--tz` says (the Air Force table is in Kyiv time).
    public var timeZone: String?
    public var timeFormats: [TimePattern] = [.iso]
    /// Every event of this layout is a day, whatever the time column shows (ACLED).
    public var dayPrecisionOnly = false
    /// `00:00` means the time of day is unknown (VIINA): such events are days.
    public var midnightMeansUnknown = false
    public var title: String?
    /// When there is no title column or its cell is empty: the first sentence of this column.
    public var titleFrom: String?
    /// A title made from cells: `{model}: {launched} launched, {destroyed} destroyed`.
    public var titleTemplate: String?
    /// The title column holds several titles joined by this (UCDP's `source_headline`): the first is used.
    public var titleSeparator: String?
    /// Notes that open with the date the time column already gives ("On 4 April 2024, Russian forces
    /// ..."): the clause is dropped from the title, which then says what happened (ACLED).
    public var titleDropsLeadingDate = false
    public var body: String?
    /// Region columns, first non-empty cell wins.
    public var region: [String] = []
    public var location: [String] = []
    public var category: String?
    public var fixedCategory: String?
    public var subcategory: String?
    public var id: String?
    public var sources: [String] = []
    public var url: String?
    public var actors: [String] = []
    public var tags: [String] = []
    /// Splits cells of sources, actors and tags (`;` in ACLED); nil keeps each cell whole.
    public var separator: String?
    /// Split a region cell into several regions (`" and "` in "Kharkiv oblast and Sumy oblast");
    /// empty keeps the cell whole: `separator` never applies to regions.
    public var regionSeparators: [String] = []
    /// Keep only the parts of a region cell that name a known region (free text such as "south" or
    /// "Dnipro Raion" stays in the location): the Air Force table's `target`.
    public var regionKnownOnly = false
    /// Spellings this layout uses for a region, before the gazetteer's (`Kyiv` is the capital in the
    /// Air Force table, the oblast elsewhere): keyed by `Gazetteer.writtenKey`, so case and spacing
    /// do not matter. A profile's aliases move its own files' events only.
    public var aliases: [String: String] = [:]
    /// Cell values shown as other text, per column: UCDP's `type_of_violence` 1 is "state-based conflict".
    public var values: [String: [String: String]] = [:]
    /// Tags added when a column has a value: UCDP's `date_prec` 3 adds "date within a week".
    public var valueTags: [String: [String: String]] = [:]
    /// Column -> figure name.
    public var figures: [ColumnFigure] = []
    public var latitude: String?
    public var longitude: String?
    public var end: String?
    /// How the export's bytes become text, when it is known not to be UTF-8.
    public var encoding: TextEncoding?
    /// The byte between cells, when the sheet is not what its header suggests (`|`); nil: a comma,
    /// or the semicolon or tab the header line uses.
    public var delimiter: UInt8?
    /// The columns of a layout written without a header (GDELT), in order; empty: the file's first
    /// line names them.
    public var columnNames: [String] = []
    /// How a file of a layout without a header is recognised.
    public var shape: Shape?
    public var special: Special = .none
    /// What was taken, in words, when no profile matched and the profile was read off the sheet
    /// (`time = Дата (day-first), region = Область (100% known), ...`).
    public var guessedAs: String?

    public struct ColumnFigure: Sendable, Equatable {
        public var column: String
        public var figure: String
    }

    public init(name: String, summary: String, detect: [String], time: [String]) {
        self.name = name
        self.summary = summary
        self.detect = detect
        self.time = time
    }

    /// Every column the profile reads; the rest of a row is kept as extra fields.
    var usedColumns: [String] {
        var all = time + timeFallback + region + location + sources + actors + tags + figures.map(\.column)
        // The end of an alert and `naive` stay as extra fields too: the duration is derived from them.
        all += [title, titleFrom, body, category, subcategory, id, url, latitude, longitude].compactMap { $0 }
        if special == .native { all += ["figures", "extra", "precision"] }
        return all
    }
}

// MARK: - Built-in profiles

extension CSVProfile {
    /// The built-in profiles, most specific first.
    public static let builtIn: [CSVProfile] = [
        native, acled, ucdp, airForceAttacks, viina, alerts, officialAlerts, gdelt,
    ]

    /// `sitrep list --format csv`.
    public static let native: CSVProfile = {
        var p = CSVProfile(
            name: "sitrep", summary: "what `sitrep list --format csv` writes",
            detect: ["id", "time", "title", "regions", "category"], time: ["time"])
        p.title = "title"
        p.id = "id"
        p.region = ["regions"]
        p.category = "category"
        p.subcategory = "subcategory"
        p.location = ["location"]
        p.sources = ["sources"]
        p.url = "url"
        p.actors = ["actors"]
        p.tags = ["tags"]
        p.separator = ";"
        p.regionSeparators = [";"]
        p.body = "body"
        p.latitude = "lat"
        p.longitude = "lon"
        p.special = .native
        return p
    }()

    /// ACLED exports (31 columns since 2023, and variants with `id`, `actor_dyad` and other extras).
    public static let acled: CSVProfile = {
        var p = CSVProfile(
            name: "acled", summary: "ACLED export (event_date, event_type, admin1, notes, ...)",
            detect: ["event_date", "event_type", "sub_event_type", "admin1"], time: ["event_date"])
        p.timeFormats = [
            .iso, Self.pattern("%d/%m/%Y"), Self.pattern("%d/%m/%Y %H:%M:%S"), Self.pattern("%d/%m/%Y %H:%M"),
        ]
        p.dayPrecisionOnly = true
        p.id = "event_id_cnty"
        p.category = "event_type"
        p.subcategory = "sub_event_type"
        p.region = ["admin1"]
        p.location = ["location"]
        p.body = "notes"
        p.titleFrom = "notes"
        p.titleDropsLeadingDate = true
        p.sources = ["source"]
        p.actors = ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"]
        p.tags = ["tags"]
        p.separator = ";"
        p.figures = [ColumnFigure(column: "fatalities", figure: "fatalities")]
        p.latitude = "latitude"
        p.longitude = "longitude"
        return p
    }()

    /// UCDP's Georeferenced Event Dataset (GED and the monthly candidate events), 49 columns.
    public static let ucdp: CSVProfile = {
        var p = CSVProfile(
            name: "ucdp", summary: "UCDP GED export (date_start, type_of_violence, adm_1, best, ...)",
            detect: ["date_start", "type_of_violence", "adm_1", "best"], time: ["date_start"])
        // UCDP writes ISO dates; copies re-saved by spreadsheets write US month-first forms.
        p.timeFormats = [
            .iso, Self.pattern("%m/%d/%Y %I:%M:%S %p"), Self.pattern("%m/%d/%Y %H:%M:%S"),
            Self.pattern("%m/%d/%Y %H:%M"), Self.pattern("%m/%d/%Y"),
        ]
        p.timeFallback = ["date_end"]
        p.dayPrecisionOnly = true
        p.id = "id"
        p.title = "source_headline"
        p.titleSeparator = ";"
        p.category = "type_of_violence"
        p.values = [
            "type_of_violence": ["1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"]
        ]
        p.valueTags = [
            "date_prec": [
                "2": "date within 2-6 days", "3": "date within a week", "4": "date within a month",
                "5": "date imprecise",
            ]
        ]
        p.subcategory = "conflict_name"
        p.region = ["adm_1"]
        p.location = ["where_description", "adm_2"]
        p.sources = ["source_office"]
        p.separator = ";"
        p.actors = ["side_a", "side_b"]
        p.figures = ["best", "high", "low", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown"].map {
            ColumnFigure(column: $0, figure: $0)
        }
        p.latitude = "latitude"
        p.longitude = "longitude"
        return p
    }()

    /// The Ukrainian Air Force's missile and drone attack table ("Massive Missile Attacks on Ukraine"):
    /// one row per weapon model per attack, times in Kyiv time.
    public static let airForceAttacks: CSVProfile = {
        var p = CSVProfile(
            name: "airforce", summary: "Air Force attack table (time_start, model, launched, destroyed, target, ...)",
            detect: ["time_start", "model", "launched", "destroyed"], time: ["time_start"])
        p.timeFormats = [.iso, Self.pattern("%Y-%m-%d %H:%M"), Self.pattern("%Y-%m-%d")]
        p.timeZone = "Europe/Kyiv"
        p.titleTemplate = "{model}: {launched} launched, {destroyed} destroyed"
        p.fixedCategory = "missile and drone attack"
        p.subcategory = "model"
        p.region = ["target"]
        p.regionSeparators = [" and ", ","]
        p.regionKnownOnly = true
        // The table writes the capital as bare `Kyiv` and the oblast as `Kyiv oblast`.
        p.aliases = ["kyiv": "Kyiv City"]
        p.location = ["target"]
        p.figures = [
            "launched", "destroyed", "not_reach_goal", "still_attacking", "num_hit_location",
            "num_fall_fragment_location",
        ].map {
            ColumnFigure(column: $0, figure: $0)
        }
        return p
    }()

    /// VIINA 2.0 `event_info` tables.
    public static let viina: CSVProfile = {
        var p = CSVProfile(
            name: "viina", summary: "VIINA event_info (date, time, ADM1_NAME, text, ...)",
            detect: ["date", "time", "adm1_name", "text"], time: ["date", "time"])
        p.timeFormats = [Self.pattern("%Y%m%d %H:%M"), Self.pattern("%Y%m%d")]
        p.midnightMeansUnknown = true
        p.id = "event_id"
        p.title = "text"
        p.region = ["ADM1_NAME"]
        p.location = ["location", "asciiname"]
        p.sources = ["source"]
        p.url = "url"
        p.latitude = "latitude"
        p.longitude = "longitude"
        return p
    }()

    /// The volunteer air-raid alert log: `region,started_at,finished_at[,naive]`, UTC.
    public static let alerts: CSVProfile = {
        var p = CSVProfile(
            name: "alerts", summary: "air-raid alert log (region, started_at, finished_at[, naive])",
            detect: ["region", "started_at", "finished_at"], time: ["started_at"])
        p.region = ["region"]
        p.end = "finished_at"
        p.fixedCategory = "air-raid alert"
        p.special = .airRaidAlerts
        return p
    }()

    /// The official air-raid alert log: `oblast,raion,hromada,level,started_at,finished_at,source`.
    public static let officialAlerts: CSVProfile = {
        var p = CSVProfile(
            name: "alerts-official", summary: "official air-raid alert log (oblast, raion, hromada, level, ...)",
            detect: ["oblast", "started_at", "finished_at"], time: ["started_at"])
        p.region = ["oblast"]
        p.location = ["hromada", "raion"]
        p.sources = ["source"]
        p.end = "finished_at"
        p.fixedCategory = "air-raid alert"
        p.special = .airRaidAlerts
        return p
    }()

    static func pattern(_ text: String) -> TimePattern {
        (try? TimePattern(text)) ?? .iso
    }

    /// The first profile whose columns the header has.
    public static func detect(header: [String], among profiles: [CSVProfile]) -> CSVProfile? {
        detect(among: profiles) { _ in header }
    }

    /// The first profile whose columns the header has, split by the profile's own delimiter where
    /// it names one (`header(delimiter)`; nil: the delimiter the header line suggests).
    static func detect(among profiles: [CSVProfile], header: (UInt8?) -> [String]) -> CSVProfile? {
        var split: [UInt8?: Set<String>] = [:]
        return profiles.first { p in
            // A layout without a header is recognised by its shape, never by a header.
            guard p.columnNames.isEmpty else { return false }
            let names =
                split[p.delimiter]
                ?? {
                    let made = Set(header(p.delimiter).map { $0.trimmingASCIISpaces.lowercased() })
                    split[p.delimiter] = made
                    return made
                }()
            return p.detect.allSatisfy { names.contains($0.lowercased()) }
        }
    }
}
