/// When reports are taken to tell one story (`[stories]` in config.toml). Every rule is a plain
/// threshold, so a user can say why two reports were grouped and move the line where it suits the
/// feed:
///
/// - alerts (events of `alertCategories`): the same region, starts at most `alertStart` apart, and
///   the alerts overlapping in time (an alert without an end overlaps whatever follows it);
/// - reports (everything else): at most `reportWindow` apart, a region in common or no region on
///   either side, and either titles whose word sets are at least `titleSimilarity` alike (Jaccard,
///   after folding case and accents and leaving out common words) or the same figures with the same
///   values, one of them at least `figureMinimum` (so that "1 killed" alone joins nothing);
/// - an explicit `story` field (or a CSV column of that name) wins: equal keys join, different keys
///   never do.
public struct StoryRules: Sendable, Equatable {
    /// Milliseconds between the starts of two alerts of one story.
    public var alertStart: Int64 = 120_000
    /// Milliseconds between two reports of one story.
    public var reportWindow: Int64 = 86_400_000
    /// The least word-set similarity (0...1) of two titles of one story.
    public var titleSimilarity = 0.4
    /// The least value of a figure that two reports must both give for their figures to join them.
    public var figureMinimum = 10.0
    /// Categories whose events are alerts (compared by region and time, not by title).
    public var alertCategories = ["air-raid alert"]
    /// The field (or CSV column) holding an explicit story key.
    public var storyField = "story"
    /// Sources whose title a story shows first, most trusted first; otherwise the report with the
    /// most figures, then the longest title.
    public var trusted: [String] = []

    public init() {}
}
