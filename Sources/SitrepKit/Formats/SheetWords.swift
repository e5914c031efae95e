/// The words a sheet's header uses for the fields sitrep knows, in English, Ukrainian and Russian:
/// what tells a guessed reading which column is which when the values alone cannot.
///
/// A header is split into words (letters and digits), so `event_date` and `Дата події` both hold a
/// time word, while `updated` holds none.
enum SheetWords {
    enum Role: CaseIterable {
        case time, timeOfDay, start, end, region, title, body, category, subcategory, id, source, url, location,
            latitude, longitude, tags, actors
    }

    static let words: [Role: Set<String>] = [
        .time: [
            "time", "date", "datetime", "timestamp", "when", "day", "dt", "occurred", "reported", "published",
            "дата", "час", "коли", "день", "время", "когда", "datum", "fecha",
        ],
        .timeOfDay: ["hour", "clock", "година", "часы", "час", "время", "time"],
        .start: ["start", "started", "begin", "from", "початок", "начало", "з", "с"],
        .end: [
            "end", "ended", "finish", "finished", "until", "to", "кінець", "конец", "до", "закінчення", "окончание",
        ],
        .region: [
            "region", "regions", "oblast", "oblasts", "province", "admin1", "adm1", "adm", "state", "область",
            "області", "регіон", "регион", "oblast_name", "subject", "суб'єкт", "субъект",
        ],
        .title: [
            "title", "headline", "event", "summary", "subject", "what", "заголовок", "подія", "назва", "що",
            "событие", "что", "название",
        ],
        .body: [
            "notes", "note", "description", "text", "body", "details", "comment", "comments", "опис", "текст",
            "деталі", "примітки", "коментар", "описание", "подробности", "примечание", "комментарий",
        ],
        .category: [
            "category", "type", "kind", "class", "event_type", "тип", "категорія", "вид", "категория",
        ],
        .subcategory: ["subcategory", "subtype", "sub", "підтип", "підкатегорія", "подтип", "подкатегория"],
        .id: ["id", "ref", "reference", "no", "number", "№", "номер", "uid", "key"],
        .source: ["source", "sources", "джерело", "джерела", "источник", "источники", "reporter", "outlet"],
        .url: ["url", "link", "href", "uri", "посилання", "ссылка", "лінк"],
        .location: [
            "location", "place", "town", "city", "village", "settlement", "site", "місто", "село", "населений",
            "пункт", "локація", "місце", "город", "место", "локация", "поселение", "громада", "hromada", "raion",
            "район",
        ],
        .latitude: ["lat", "latitude", "широта"],
        .longitude: ["lon", "lng", "long", "longitude", "довгота", "долгота"],
        .tags: ["tags", "tag", "labels", "теги", "мітки", "метки"],
        .actors: ["actor", "actors", "actor1", "actor2", "side", "sides", "сторона", "сторони", "стороны"],
    ]

    /// The header's words, lower case: `Event_Date` is ["event", "date"], `Дата події` ["дата", "події"].
    static func split(_ header: String) -> [String] {
        header.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "№" || $0 == "'") }.map(String.init)
    }

    /// Whether the header, as a whole, is one of the role's words (`title`, not `event_group`).
    static func isWhole(_ header: String, _ role: Role) -> Bool {
        words[role]?.contains(header.lowercased().trimmingASCIISpaces) ?? false
    }

    /// Whether the header holds a word of the role (or is, as a whole, one of its words: `event_type`).
    static func names(_ header: String, _ role: Role) -> Bool {
        guard let set = words[role] else { return false }
        let whole = header.lowercased().trimmingASCIISpaces
        return set.contains(whole) || split(header).contains { set.contains($0) }
    }
}
