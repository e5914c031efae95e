/// The files of `themes/` (reached through the `Themes` link in this target), embedded so that an
/// installed binary has them.
enum BuiltInThemes {
    static let files: [(String, [UInt8])] = [
        ("dark.toml", PackageResources.dark_toml),
        ("light.toml", PackageResources.light_toml),
        ("high-contrast.toml", PackageResources.high_contrast_toml),
        ("colorblind.toml", PackageResources.colorblind_toml),
        ("night.toml", PackageResources.night_toml),
        ("mono.toml", PackageResources.mono_toml),
    ]
}
