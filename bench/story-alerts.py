#!/usr/bin/env python3
"""Counts air-raid alert stories per region independently of sitrep, to check `sitrep summary --group`.

Usage: story-alerts.py OFFICIAL.csv VOLUNTEER.csv [--from 2022-03-15] [--to 2024-04-23] [--out DIR]
                       [--names regions.csv]

The two logs of the Ukrainian air-raid sirens dataset (official_data_en.csv, volunteer_data_en.csv)
record most alerts twice. sitrep's rule: two alerts are one story when they are in the same region,
start at most 120 s apart and overlap in time (an alert without an end overlaps everything after
it). This script applies that rule another way: it lists every pair that satisfies it as an edge of
a graph, per region, and counts the graph's connected parts by depth-first search. It writes the
common period of both files to OUT/official.csv and OUT/volunteer.csv (for sitrep to read) and
prints `region,stories,alerts` per oblast: as the files spell it, or, with --names (sitrep's gazetteer,
Sources/SitrepKit/Resources/regions.csv), under the gazetteer's name.
"""
import csv
import sys
from collections import defaultdict
from datetime import datetime, timezone

def when(text):
    text = text.strip()
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).timestamp()

def main(argv):
    opts, args, i = {}, [], 0
    while i < len(argv):
        if argv[i].startswith("--"):
            opts[argv[i]] = argv[i + 1]
            i += 2
        else:
            args.append(argv[i])
            i += 1
    start = when(opts.get("--from", "2022-03-15") + "T00:00:00+00:00")
    end = when(opts.get("--to", "2024-04-23") + "T00:00:00+00:00")
    out = opts.get("--out", ".")
    names = {}
    if "--names" in opts:
        with open(opts["--names"], encoding="utf-8") as f:
            for row in csv.DictReader(line for line in f if not line.startswith("#")):
                for spelling in [row["name"]] + row["aliases"].split("|"):
                    names[spelling.lower()] = row["name"]
    official, volunteer = args[0], args[1]
    alerts = defaultdict(list)   # region -> [(start, end)]
    for path, region_column, name in ((official, "oblast", "official"), (volunteer, "region", "volunteer")):
        with open(path, newline="", encoding="utf-8") as f, open(f"{out}/{name}.csv", "w", newline="", encoding="utf-8") as w:
            reader = csv.DictReader(f)
            writer = csv.DictWriter(w, fieldnames=reader.fieldnames, lineterminator="\n")
            writer.writeheader()
            for row in reader:
                s = when(row["started_at"])
                if s is None or not (start <= s < end):
                    continue
                writer.writerow(row)
                e = when(row["finished_at"])
                region = row[region_column]
                alerts[names.get(region.lower(), region)].append((s, float("inf") if e is None else e))
    for region in sorted(alerts):
        items = sorted(alerts[region])
        edges = defaultdict(list)
        for i, (s1, e1) in enumerate(items):
            j = i + 1
            while j < len(items) and items[j][0] - s1 <= 120:
                s2, _ = items[j]
                if e1 >= s2:
                    edges[i].append(j)
                    edges[j].append(i)
                j += 1
        seen = [False] * len(items)
        parts = 0
        for i in range(len(items)):
            if seen[i]:
                continue
            parts += 1
            stack = [i]
            seen[i] = True
            while stack:
                k = stack.pop()
                for n in edges[k]:
                    if not seen[n]:
                        seen[n] = True
                        stack.append(n)
        print(f"{region},{parts},{len(items)}")

if __name__ == "__main__":
    main(sys.argv[1:])
