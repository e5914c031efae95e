#!/usr/bin/env python3
"""Writes PlacesTable.swift, Ukraine's places below its regions, from the codifier of administrative-territorial
units and territories of territorial communities (KATOTTG), as published in CSV (semicolons, one row
per unit, its codes on five levels, its category and its Ukrainian name).

Usage: python3 make-places.py KODIFIKATOR.csv REGIONS.csv OUT.swift

The table is written as a Swift string literal (Sources/SitrepKit/Regions/PlacesTable.swift), not as
a resource embedded in code: a resource becomes an array literal of one number per byte, which took
the compiler most of a minute for this table, where one string literal takes no time.

Kept: raions (P), hromadas (H), cities (M, and Kyiv and Sevastopol, K) and urban settlements (X);
villages (C, B) are left out (27,000 names, most of them shared by several villages). Each place gets
its Latin spelling by the national transliteration rules (Cabinet of Ministers resolution 55 of 2010:
Kryvyi Rih, Starokostiantyniv, Zghurivka) and the English name of its oblast from regions.csv (matched
by the oblast's Ukrainian name). Output: kind,name,latin,region,raion (a raion's Latin name ends in Raion: Kryvorizkyi Raion)
"""
import csv
import sys

# Resolution 55 of 2010: the second spelling is the one used at the start of a word.
LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ie", "ye"), "ж": "zh",
    "з": "z", "и": "y", "і": "i", "ї": ("i", "yi"), "й": ("i", "y"), "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ь": "", "ю": ("iu", "yu"), "я": ("ia", "ya"), "'": "", "’": "", "ʼ": "",
}
KINDS = {"P": "raion", "H": "hromada", "M": "city", "K": "city", "X": "town"}


def latin(text):
    out = []
    start = True
    previous = ""
    for ch in text:
        low = ch.lower()
        if low in LETTERS:
            value = LETTERS[low]
            if isinstance(value, tuple):
                value = value[1] if start else value[0]
            # зг is written zgh, so that it is not read as the letter ж.
            if low == "г" and previous == "з":
                value = "gh"
            if ch != low and value:
                value = value[0].upper() + value[1:]
            out.append(value)
            start = False
        else:
            out.append(ch)
            start = not ch.isalpha()
        previous = low
    return "".join(out)


def main(kodifikator, regions_path, out_path):
    regions = {}
    for row in csv.reader(line for line in open(regions_path, encoding="utf-8") if not line.startswith("#")):
        if len(row) >= 3 and row[0].startswith("UA-"):
            regions[row[2]] = row[1]
    rows = list(csv.reader(open(kodifikator, encoding="utf-8-sig"), delimiter=";"))[1:]
    oblast = {}
    raion = {}
    for r in rows:
        name = r[6].strip()
        if r[5] == "O":
            oblast[r[0]] = regions.get(name + " область") or regions.get(name)
        if r[5] == "K":
            oblast[r[0]] = regions.get("Київ" if name == "Київ" else name) or ("Kyiv City" if name == "Київ" else "Sevastopol")
        if r[5] == "P":
            raion[r[1]] = latin(name) + " Raion"
    missing = sorted({r[0] for r in rows if r[0] not in oblast})
    if missing:
        sys.exit(f"no region for {missing}")
    import io
    f = io.StringIO()
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["kind", "name", "latin", "region", "raion"])
    for r in rows:
        kind = KINDS.get(r[5])
        if not kind:
            continue
        name = r[6].strip()
        spelt = latin(name) + (" Raion" if r[5] == "P" else "")
        w.writerow([kind, name, spelt, oblast[r[0]], "" if r[5] in "PK" else raion.get(r[1], "")])
    table = f.getvalue()
    assert '"""#' not in table
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("// Made by Sources/SitrepKit/Resources/make-places.py; do not edit.\n")
        out.write("// Ukraine's raions, hromadas, cities and urban settlements with their oblast, from KATOTTG (the\n")
        out.write("// codifier of 16 May 2025, an official document of the Ministry for Communities and Territories\n")
        out.write("// Development, published as open data); Latin spellings by resolution 55 of 2010.\n")
        out.write("// swift-format-ignore-file\n")
        out.write("extension Places {\n    /// kind,name,latin,region,raion: one place a line.\n")
        out.write('    static let table = #"""\n' + table + '"""#\n}\n')

if __name__ == "__main__":
    main(*sys.argv[1:4])
