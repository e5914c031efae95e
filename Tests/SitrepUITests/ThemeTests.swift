import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Themes")
struct ThemeTests {
    @Test func coloursAreReadFromEveryNotation() {
        #expect(ThemeColor.parse("default") == .terminalDefault)
        #expect(ThemeColor.parse("red") == .indexed(1))
        #expect(ThemeColor.parse("Bright_Blue") == .indexed(12))
        #expect(ThemeColor.parse("grey") == .indexed(8))
        #expect(ThemeColor.parse("color0") == .indexed(0))
        #expect(ThemeColor.parse("color255") == .indexed(255))
        #expect(ThemeColor.parse("#FF8700") == .rgb(255, 135, 0))
        for bad in ["color256", "color-1", "colour3", "#12345", "#1234567", "#gg0000", "reddish", ""] {
            #expect(ThemeColor.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func hexGoesToTheNearest256Colour() {
        let d = ColorDepth.palette256
        #expect(d.number(for: .rgb(255, 0, 0)) == 196)
        #expect(d.number(for: .rgb(0, 255, 0)) == 46)
        #expect(d.number(for: .rgb(0, 0, 255)) == 21)
        #expect(d.number(for: .rgb(255, 135, 0)) == 208)
        #expect(d.number(for: .rgb(95, 175, 215)) == 74)
        #expect(d.number(for: .rgb(118, 118, 118)) == 243, "a grey goes to the grey ramp")
        #expect(d.number(for: .rgb(0, 0, 0)) == 16)
        #expect(d.number(for: .indexed(208)) == 208)
        #expect(d.number(for: .terminalDefault) == -1)
    }

    @Test func hexGoesToTheNearest8Or16Colour() {
        #expect(ColorDepth.eight.number(for: .rgb(255, 0, 0)) == 1)
        #expect(ColorDepth.eight.number(for: .rgb(0, 200, 0)) == 2)
        #expect(ColorDepth.eight.number(for: .rgb(20, 20, 20)) == 0)
        #expect(ColorDepth.eight.number(for: .rgb(250, 250, 250)) == 7)
        #expect(ColorDepth.eight.number(for: .indexed(196)) == 1, "an indexed colour beyond 8 goes by its RGB")
        #expect(ColorDepth.eight.number(for: .indexed(11)) == 3, "bright yellow becomes yellow")
        #expect(ColorDepth.sixteen.number(for: .rgb(255, 0, 0)) == 9)
        #expect(ColorDepth.sixteen.number(for: .indexed(12)) == 12)
        #expect(ColorDepth.direct.number(for: .rgb(0x12, 0x34, 0x56)) == 0x123456)
        #expect(ColorDepth.direct.number(for: .indexed(196)) == 0xFF0000)
        #expect(ColorDepth.none.number(for: .rgb(255, 0, 0)) == -1)
        #expect(
            ColorDepth(colors: 8) == .eight && ColorDepth(colors: 256) == .palette256
                && ColorDepth(colors: 16_777_216) == .direct && ColorDepth(colors: 0) == .none)
    }

    @Test func errorsSayWhere() {
        let text = """
            name = "broken"
            inherits = "dark"
            colour = "red"
            [palette]
            ink = "#12345"
            [roles]
            "pane.border" = { fg = "ink" }
            "pane.bordr" = { fg = "red" }
            "counts.bar" = { fg = "#zzzzzz", bold = "yes" }
            "status" = { blink = true }
            """
        let (_, problems) = ThemeFile.parse(text, path: "t.toml")
        let messages = Set(problems.map(\.description))
        #expect(
            messages.contains(
                "t.toml:3:1: warning: unknown setting 'colour' (a theme has name, description, inherits, [palette] and [roles])"
            ))
        #expect(messages.contains("t.toml:5:1: error: bad colour for palette entry 'ink': \(ThemeFile.colorHelp)"))
        #expect(messages.contains("t.toml:7:24: error: bad colour 'ink' for pane.border fg: \(ThemeFile.colorHelp)"))
        #expect(messages.contains("t.toml:8:1: error: unknown role 'pane.bordr' (did you mean 'pane.border'?)"))
        #expect(messages.contains("t.toml:9:23: error: bad colour '#zzzzzz' for counts.bar fg: \(ThemeFile.colorHelp)"))
        #expect(messages.contains("t.toml:9:34: error: counts.bar bold must be true or false"))
        #expect(
            messages.contains(
                "t.toml:10:14: error: unknown style key 'blink' for status (use \(ThemeFile.styleKeys.joined(separator: ", ")))"
            ))
        #expect(problems.count == 7)
        let syntax = ThemeFile.parse("name = \n", path: "s.toml")
        #expect(syntax.source == nil && syntax.problems.first?.line == 1)
    }

    /// Found by the theme fuzzer: TOMLKit's parser aborts the process on these table headers. The
    /// first input is the fuzzer's own; each must now be an error with a position.
    @Test func tableNamesTheTOMLParserWouldAbortOnAreErrors() {
        let crash =
            "name = \"x\"\ninherits = \"dark\"\n[palztte]\na = \"#ff0000\"\n[$oles\u{FFFD}\u{FFFD}s\" = { fg = \"a\", bg = \"color17\", bold = true }\n"
        for (text, line, column) in [
            (crash, 5, 2), ("[$a]\n", 1, 2), ("[[$a]]\n", 1, 3), ("[.]\n", 1, 2), ("x = 1\n  [ é ]\n", 2, 5),
        ] {
            let (source, problems) = ThemeFile.parse(text, path: "t.toml")
            #expect(source == nil)
            #expect(
                problems.map(\.description) == [
                    "t.toml:\(line):\(column): error: a table name must start with a letter, digit, '_' or '-', or be in quotes"
                ], "\(text)")
        }
        #expect(
            TOMLGuard.problem(in: "x = [\n  [ ],\n  [1, 2],\n  [\"a\"],\n]\n[ok]\n[\"quoted\"]\n[[arr]]\n") == nil,
            "valid TOML passes")
        #expect(TOMLGuard.problem(in: "d = \"\"\"\n[$ inside a string\n\"\"\"\n") == nil)
        // The second fuzzer input: a header's `[` at the end of its line (toml++ aborts on the newline).
        let newline = "name = \"x\"\ninherits = \"dark\"\n[\ninhtte]\na = \"#ff0000\"\n"
        #expect(TOMLGuard.problem(in: newline)?.line == 3)
        for bad in ["[\r\n", "[#x]\n", "[[[a]]]\n", "x = [1]\n[\n", "s = '''\n'''\n[$]\n", "k = \"a\\\"[\"\n[$]\n"] {
            #expect(TOMLGuard.problem(in: bad) != nil, "\(bad)")
            #expect(ThemeFile.parse(bad, path: "t.toml").source == nil)
        }
        // The same `[` is fine where it opens a nested array inside a multi-line value, or sits in a
        // string, a comment or a quoted key.
        for good in [
            "x = [\n  [\n    1,\n  ],\n  # [$ comment\n]\n[ok]\n", "x = { a = [\n[\n1]] }\n", "\"[$\" = 1\n",
            "s = \"\"\"\n\\\n[$ \"\"\"\"\"\n[ok]\n", "x = 1 # [$\n",
        ] {
            #expect(TOMLGuard.problem(in: good) == nil, "\(good)")
        }
        // The third fuzzer input: `}` where a list's element should be (toml++ aborts in parse_value).
        #expect(TOMLGuard.problem(in: "[roles]\n\"timeline.time\" = [ }\n")?.line == 2)
        for bad in ["x = [1, }\n", "x = [\n  # c\n  }\n", "x = { a = [ } }\n", "x = { a = 1 ]\n"] {
            #expect(TOMLGuard.problem(in: bad) != nil, "\(bad)")
        }
        for good in [
            "x = [ [1], { a = 2 } ]\n", "x = { a = [1, 2], b = { c = \"}\" } }\n", "x = [\n  1, # ] }\n  2,\n]\n",
        ] {
            #expect(TOMLGuard.problem(in: good) == nil, "\(good)")
        }
        #expect(UserConfig.load(from: "/dev/null").problems.isEmpty)
    }

    @Test func inheritanceFillsWhatAThemeLeavesOut() throws {
        var catalog = ThemeCatalog.builtIn
        catalog.add(
            """
            name = "mine"
            inherits = "night"
            [roles]
            "counts.bar" = { fg = "#ff0000", underline = true }
            """, path: "mine.toml")
        let (theme, problems) = catalog.theme("mine")
        #expect(problems.isEmpty)
        let mine = try #require(theme)
        let night = try #require(catalog.theme("night").theme)
        let dark = try #require(catalog.theme("dark").theme)
        #expect(mine.style(.countsBar).foreground == .rgb(255, 0, 0) && mine.style(.countsBar).underline)
        #expect(mine.style(.timelineSelected) == night.style(.timelineSelected), "from the parent")
        #expect(night.style(.eventNew) != dark.style(.eventNew))
        #expect(catalog.names.last == "mine")
    }

    @Test func brokenInheritanceIsAnError() {
        var catalog = ThemeCatalog()
        catalog.add("name = \"a\"\ninherits = \"b\"\n[roles]\nnormal = {}\n", path: "a.toml")
        catalog.add("name = \"b\"\ninherits = \"a\"\n[roles]\nnormal = {}\n", path: "b.toml")
        catalog.add("name = \"c\"\ninherits = \"nowhere\"\n[roles]\nnormal = {}\n", path: "c.toml")
        catalog.add("name = \"d\"\n\n[roles]\nnormal = {}\n", path: "d.toml")
        #expect(catalog.theme("a").theme == nil)
        #expect(
            catalog.theme("a").problems.contains {
                $0.description == "b.toml:2:1: error: inherits 'a', which inherits back: a circle"
            })
        #expect(
            catalog.theme("c").problems.contains {
                $0.description == "c.toml:2:1: error: inherits 'nowhere', which is not a known theme"
            })
        #expect(catalog.theme("d").problems.isEmpty, "roles a theme does not set fall back")
    }

    /// A theme written before a role existed still loads: the role takes its family's style, a
    /// warning-like role takes `warning`, and `themes check` can list what fell back.
    @Test func rolesAThemeDoesNotSetFallBack() throws {
        var catalog = ThemeCatalog()
        catalog.add(
            """
            name = "old"
            [roles]
            normal = { fg = "white" }
            category = { fg = "cyan" }
            warning = { fg = "red", bold = true }
            "pane.border" = { fg = "blue" }
            """, path: "old.toml")
        let (theme, problems) = catalog.theme("old")
        #expect(problems.isEmpty)
        let t = try #require(theme)
        #expect(t.style(.categoryAir) == t.style(.category))
        #expect(t.style(.paneBorderFocused) == t.style(.paneBorder))
        #expect(t.style(.wallStale) == t.style(.warning) && t.style(.wallStale).bold)
        #expect(t.style(.countsBar) == t.style(.normal))
        #expect(
            Role.categoryAir.fallback == .category && Role.category.fallback == .normal && Role.normal.fallback == nil)
        #expect(Role.timelineSelectedUnfocused.fallback == .timelineSelected)
        let noted = catalog.fallbacks("old")
        #expect(noted.contains { $0.role == .wallStale && $0.from == .warning })
        #expect(!noted.contains { $0.role == .category })
    }

    @Test func everyShippedThemeSetsEveryRole() throws {
        let catalog = ThemeCatalog.builtIn
        #expect(catalog.names == ["dark", "light", "high-contrast", "colorblind", "night", "mono"])
        for name in catalog.names {
            let (theme, problems) = catalog.theme(name)
            #expect(problems.isEmpty, "\(name): \(problems)")
            #expect(theme.map { t in Role.allCases.allSatisfy { t.styles[$0] != nil } } == true, "\(name)")
        }
        let mono = try #require(catalog.theme("mono").theme)
        #expect(Role.allCases.allSatisfy { !mono.style($0).usesColor })
        let night = try #require(catalog.theme("night").theme)
        #expect(Role.allCases.allSatisfy { !night.style($0).reverse }, "no bright blocks at night")
    }

    /// Categories told apart by colour must stay apart for the most common colour blindness:
    /// each marker colour is passed through Machado et al.'s (2009) deuteranopia matrix and the
    /// closest pair must still differ clearly.
    @Test func theColourBlindThemesCategoriesStayApartUnderDeuteranopia() throws {
        let roles: [Role] = [
            .category, .categoryAir, .categoryStrike, .categoryGround, .categoryPolitical, .categoryHumanitarian,
        ]
        func closest(_ theme: Theme) -> Double {
            let colours = roles.map { Deuteranopia.simulate(theme.style($0).foreground.rgbValue ?? (229, 229, 229)) }
            var best = Double.infinity
            for i in colours.indices {
                for j in colours.indices where j > i { best = min(best, Deuteranopia.distance(colours[i], colours[j])) }
            }
            return best
        }
        let colorblind = try #require(ThemeCatalog.builtIn.theme("colorblind").theme)
        let dark = try #require(ThemeCatalog.builtIn.theme("dark").theme)
        #expect(closest(colorblind) >= 55)
        #expect(closest(colorblind) > closest(dark), "the default's red and green come closer")
    }

    @Test func tCyclesThemesAndSaysWhich() {
        var d = dashboard(width: 120, height: 40)
        d.setThemes(["dark", "light", "mono"], current: "dark")
        press(&d, .character("T"))
        #expect(d.state.theme == "light")
        #expect(d.render().lines.last?.contains("theme light") == true)
        press(&d, .character("T"), .character("T"))
        #expect(d.state.theme == "dark")
        d.keepTheme("dark", warning: "theme broken")
        #expect(d.render().lines.last?.contains("theme broken") == true)
    }

    @Test func categoriesFallIntoFamilies() {
        #expect(Role.forCategory("air-raid") == .categoryAir)
        #expect(Role.forCategory("drone strike") == .categoryAir)
        #expect(Role.forCategory("Explosions/Remote violence") == .categoryStrike)
        #expect(Role.forCategory("shelling") == .categoryStrike)
        #expect(Role.forCategory("Battles") == .categoryGround)
        #expect(Role.forCategory("frontline") == .categoryGround)
        #expect(Role.forCategory("diplomacy") == .categoryPolitical)
        #expect(Role.forCategory("humanitarian") == .categoryHumanitarian)
        #expect(Role.forCategory("weather") == .category)
        #expect(Role.forCategory(nil) == .category)
    }
}

/// Machado, Oliveira & Fernandes (2009), deuteranopia at full severity, applied in linear RGB.
enum Deuteranopia {
    static let matrix: [[Double]] = [
        [0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881],
    ]

    static func simulate(_ c: (Int, Int, Int)) -> [Double] {
        func linear(_ v: Int) -> Double {
            let x = Double(v) / 255; return x <= 0.04045 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
        }
        func encoded(_ v: Double) -> Double {
            let x = min(1, max(0, v)); return 255 * (x <= 0.0031308 ? 12.92 * x : 1.055 * pow(x, 1 / 2.4) - 0.055)
        }
        let l = [linear(c.0), linear(c.1), linear(c.2)]
        return matrix.map { row in encoded(zip(row, l).map(*).reduce(0, +)) }
    }

    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        sqrt(zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +))
    }
}
