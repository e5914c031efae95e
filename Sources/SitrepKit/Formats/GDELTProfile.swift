/// The GDELT 2.0 event export: a file every 15 minutes, tab-separated, no header, 61 columns.
/// Recognised by its shape (`CSVProfile.Shape`), since it has no header to be recognised by.
extension CSVProfile {
    /// The export's columns, in order (the GDELT 2.0 event codebook).
    static let gdeltColumns = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL",
    ]

    /// The twenty root codes of CAMEO, the event coding GDELT uses, in a few words each.
    static let cameoRoots = [
        "01": "public statement", "02": "appeal", "03": "intent to cooperate", "04": "consultation",
        "05": "diplomatic cooperation", "06": "material cooperation", "07": "aid", "08": "yielding",
        "09": "investigation", "10": "demand", "11": "disapproval", "12": "rejection", "13": "threat",
        "14": "protest", "15": "show of force", "16": "reduced relations", "17": "coercion", "18": "assault",
        "19": "fighting", "20": "mass violence",
    ]

    /// The GDELT 2.0 event export. Time is the day the event took place (`SQLDATE`; when GDELT
    /// found it, `DATEADDED`, stays a field); the category is the CAMEO root; the region is where
    /// the action took place (`ActionGeo_ADM1Code`, FIPS codes such as `UP07`, through the
    /// gazetteer), kept only where the gazetteer knows it, the place's full name in the location.
    public static let gdelt: CSVProfile = {
        var p = CSVProfile(
            name: "gdelt", summary: "GDELT 2.0 event export (tab-separated, no header, 61 columns)", detect: [],
            time: ["SQLDATE"])
        p.columnNames = gdeltColumns
        p.shape = Shape(columns: 61, digits: [0: 0, 1: 8, 59: 14])
        p.delimiter = 0x09
        p.timeFormats = [Self.pattern("%Y%m%d")]
        p.dayPrecisionOnly = true
        p.id = "GLOBALEVENTID"
        p.category = "EventRootCode"
        p.subcategory = "EventCode"
        p.values = ["EventRootCode": cameoRoots]
        p.valueTags = [
            "QuadClass": [
                "1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict",
                "4": "material conflict",
            ]
        ]
        p.region = ["ActionGeo_ADM1Code"]
        p.regionKnownOnly = true
        p.location = ["ActionGeo_FullName"]
        p.actors = ["Actor1Name", "Actor2Name"]
        p.url = "SOURCEURL"
        p.latitude = "ActionGeo_Lat"
        p.longitude = "ActionGeo_Long"
        p.figures = ["NumMentions", "NumSources", "NumArticles", "GoldsteinScale", "AvgTone"].map {
            ColumnFigure(column: $0, figure: $0)
        }
        p.special = .gdelt
        return p
    }()

    /// How a file without a header is recognised: its number of columns, and columns that hold
    /// only digits (so many, or any number when 0).
    public struct Shape: Sendable, Equatable {
        var columns: Int
        var digits: [Int: Int]

        func matches(_ cells: [String]) -> Bool {
            guard cells.count == columns else { return false }
            return digits.allSatisfy { column, count in
                let cell = cells[column].utf8
                return !cell.isEmpty && (count == 0 || cell.count == count) && cell.allSatisfy { $0 >= 48 && $0 <= 57 }
            }
        }
    }
}

extension CSVEventReader {
    /// A GDELT event has no headline: its title says what kind of event it was and between whom
    /// (`Fighting: MALI → CHAD`), from the CAMEO root and the actors' names.
    func gdeltTitle(_ f: CSVRow) -> String {
        let root = text(f, columns.category).flatMap { CSVProfile.cameoRoots[$0] } ?? "event"
        let actors = columns.actors.compactMap { text(f, $0) }
        let what = root.prefix(1).uppercased() + root.dropFirst()
        return actors.isEmpty ? what : "\(what): \(actors.joined(separator: " → "))"
    }
}
