/// The events sitrep opens with when no file is given, built into the binary so that an installed
/// sitrep has them too: news events of 20 and 26 November 2024 written for sitrep, and the air-raid
/// alert log of November 2024 (Vadimkin/ukrainian-air-raid-sirens-dataset, MIT).
public enum DemoEvents {
    public static let newsPath = "demo/news-2024-11.jsonl"
    public static let alertsPath = "demo/alerts-2024-11.csv"

    public static var sources: [EventSource] {
        [
            .embedded(newsPath, PackageResources.news_2024_11_jsonl),
            .embedded(alertsPath, PackageResources.alerts_2024_11_csv),
        ]
    }
}
