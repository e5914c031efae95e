/// One dated development in the conflict, with everything its record said.
///
/// This is the full form, built on demand for the detail view and for `sitrep list`; the store keeps
/// a compact row per event instead (see `EventRow`), and reads the rest back from the file.
public struct Event: Sendable, Equatable {
    public var id: String
    public var time: EventTime
    /// Canonical region names (the gazetteer's English name, or the name as written when unknown).
    public var regions: [String] = []
    public var location: String?
    public var category: String?
    public var subcategory: String?
    public var title: String
    public var body: String?
    public var sources: [String] = []
    public var url: String?
    public var actors: [String] = []
    public var figures: [Figure] = []
    public var tags: [String] = []
    public var latitude: Double?
    public var longitude: Double?
    /// Fields of the record sitrep has no meaning for, in their order, kept as they were.
    public var extra: [ExtraField] = []
    /// Where the record came from.
    public var origin: Origin

    public init(id: String, time: EventTime, title: String, origin: Origin) {
        self.id = id
        self.time = time
        self.title = title
        self.origin = origin
    }

    /// Empty again, lists keeping their room, for a reader that fills one event per record.
    mutating func reset(id: String, time: EventTime, origin: Origin) {
        self.id = id
        self.time = time
        self.origin = origin
        title = ""
        regions.removeAll(keepingCapacity: true)
        location = nil
        category = nil
        subcategory = nil
        body = nil
        sources.removeAll(keepingCapacity: true)
        url = nil
        actors.removeAll(keepingCapacity: true)
        figures.removeAll(keepingCapacity: true)
        tags.removeAll(keepingCapacity: true)
        latitude = nil
        longitude = nil
        extra.removeAll(keepingCapacity: true)
    }
}

/// A named number a report gives: `drones_launched: 188`.
public struct Figure: Sendable, Equatable {
    public var name: String
    public var value: Double

    public init(name: String, value: Double) {
        self.name = name
        self.value = value
    }

    /// `188`, or `12.5`: whole numbers without a decimal point.
    public var valueText: String { Self.text(value) }

    /// `a + b`, held at the largest finite number instead of becoming infinite: two figures of
    /// 1.7e308 on one day must not make a sum that no chart or table can show.
    public static func sum(_ a: Double, _ b: Double) -> Double {
        let s = a + b
        if s.isFinite || !a.isFinite || !b.isFinite { return s }
        return s > 0 ? .greatestFiniteMagnitude : -.greatestFiniteMagnitude
    }

    public static func text(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}

/// A field of the record that sitrep keeps but does not interpret, as JSON text
/// (a CSV cell becomes a JSON string), so that writing it out gives back what was read.
public struct ExtraField: Sendable, Equatable {
    public var name: String
    public var json: String

    public init(name: String, json: String) {
        self.name = name
        self.json = json
    }

    public init(name: String, text: String) {
        self.init(name: name, json: JSONText.quoted(text))
    }

    /// The value for people: a string without its quotes, anything else as JSON.
    public var displayText: String {
        JSONText.unquotedString(json) ?? json
    }
}

/// The file and line an event was read from.
public struct Origin: Sendable, Equatable {
    public var path: String
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }
}
