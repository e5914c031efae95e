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
    }

    public var name: String
    public var summary: String
    /// The header must have all of these (case does not matter).
    public var detect: [String]
    /// One column, or several joined with a space (VIINA's `date` and `time`).
    public var time: [String]
    public var timeFormats: [TimePattern] = [.iso]
    /// Every event of this layout is a day, whatever the time column shows (ACLED).
    public var dayPrecisionOnly = false
    /// `00:00` means the time of day is unknown (VIINA): such events are days.
    public var midnightMeansUnknown = false
    public var title: String?
    /// When there is no title column or its cell is empty: the first sentence of this column.
    public var titleFrom: String?
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
    /// Column -> figure name.
    public var figures: [ColumnFigure] = []
    public var latitude: String?
    public var longitude: String?
    public var end: String?
    /// How the export's bytes become text, when it is known not to be UTF-8.
    public var encoding: TextEncoding?
    public var special: Special = .none

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
        var all = time + region + location + sources + actors + tags + figures.map(\.column)
        // The end of an alert and `naive` stay as extra fields too: the duration is derived from them.
        all += [title, titleFrom, body, category, subcategory, id, url, latitude, longitude].compactMap { $0 }
        if special == .native { all += ["figures", "extra", "precision"] }
        return all
    }
}

// MARK: - Built-in profiles

extension CSVProfile {
    /// The built-in profiles, most specific first.
    public static let builtIn: [CSVProfile] = [native, acled, viina, alerts, officialAlerts]

    /// `sitrep list --format csv`.
    public static let native: CSVProfile = {
        var p = CSVProfile(name: "sitrep", summary: "what `sitrep list --format csv` writes",
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
        var p = CSVProfile(name: "acled", summary: "ACLED export (event_date, event_type, admin1, notes, ...)",
                           detect: ["event_date", "event_type", "sub_event_type", "admin1"], time: ["event_date"])
        p.timeFormats = [.iso, Self.pattern("%d/%m/%Y"), Self.pattern("%d/%m/%Y %H:%M:%S"), Self.pattern("%d/%m/%Y %H:%M")]
        p.dayPrecisionOnly = true
        p.id = "event_id_cnty"
        p.category = "event_type"
        p.subcategory = "sub_event_type"
        p.region = ["admin1"]
        p.location = ["location"]
        p.body = "notes"
        p.titleFrom = "notes"
        p.sources = ["source"]
        p.actors = ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"]
        p.tags = ["tags"]
        p.separator = ";"
        p.figures = [ColumnFigure(column: "fatalities", figure: "fatalities")]
        p.latitude = "latitude"
        p.longitude = "longitude"
        return p
    }()

    /// VIINA 2.0 `event_info` tables.
    public static let viina: CSVProfile = {
        var p = CSVProfile(name: "viina", summary: "VIINA event_info (date, time, ADM1_NAME, text, ...)",
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
        var p = CSVProfile(name: "alerts", summary: "air-raid alert log (region, started_at, finished_at[, naive])",
                           detect: ["region", "started_at", "finished_at"], time: ["started_at"])
        p.region = ["region"]
        p.end = "finished_at"
        p.fixedCategory = "air-raid alert"
        p.special = .airRaidAlerts
        return p
    }()

    /// The official air-raid alert log: `oblast,raion,hromada,level,started_at,finished_at,source`.
    public static let officialAlerts: CSVProfile = {
        var p = CSVProfile(name: "alerts-official", summary: "official air-raid alert log (oblast, raion, hromada, level, ...)",
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
        let names = Set(header.map { $0.trimmingASCIISpaces.lowercased() })
        return profiles.first { p in p.detect.allSatisfy { names.contains($0.lowercased()) } }
    }
}
