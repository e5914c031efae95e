#!/usr/bin/env python3
"""Compares what sitrep reads from a sheet it had no profile for with counts made here.

    python3 bench/check-guessed-sheets.py SITREP FILE --time COLUMN [--category COLUMN]
        [--region COLUMN] [--sum COLUMN ...] [--delimiter ;]

The columns are named by the person running the check, not taken from sitrep: a row counts when
its time cell is a date (ISO, the first ten characters give its day). Per day, per category and in
total the counts must equal `sitrep summary`; each --sum column's total must equal sitrep's sum of
that figure; per region, the counts of the rows whose cell is one of Ukraine's oblasts as the
region table of check-real-data.py spells it must equal sitrep's count of that oblast.
"""
import argparse
import collections
import csv
import datetime
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("real", os.path.join(HERE, "check-real-data.py"))
real = importlib.util.module_from_spec(spec)
spec.loader.exec_module(real)
# Canonical names too: a sheet may already write "Kharkiv Oblast".
NAME = dict(real.NAME)
for name in real.OBLASTS:
    NAME[name] = name
# Spellings of Ukraine's regions in the Centre for Information Resilience's map export, decided here
# by hand (typos such as `Donestk Oblast`, and towns, are left out: sitrep suggests, never merges).
for name, spellings in {
    "Zaporizhzhia Oblast": ["Zaporizhia Oblast", "Zaporizhia oblast", "Zaporiz'ka oblast", "Zaporiz'ka Oblast",
                            "Zaporizja Oblast", "Zaporizhia", "Zaporizhya oblast", "Zaporizhzhya Oblast",
                            "Saporischschja Oblast"],
    "Odesa Oblast": ["Odessa Oblast", "Odessa"],
    "Kyiv Oblast": ["Kyiv oblast", "Kyivs'ka oblast", "Kyivs'ka Oblast", "Kiev Oblast", "Oblast Kyiv", "Oblast Kiev",
                    "Kyiv"],
    "Kyiv City": ["Kyiv city"],
    "Donetsk Oblast": ["Donets'ka oblast", "Donetsk", "Oblast Donetsk", "Oblast Donezk", "Donetzk Oblast",
                       "Donetsk Oblast,"],
    "Autonomous Republic of Crimea": ["Crimea", "Crimean Peninsula"],
    "Kharkiv Oblast": ["Kharkivs'ka oblast", "Kharkivs'ka Oblast", "Kharkiv", "Charkov Oblast", "Oblast Charkov",
                       "Oblast charkov", "Kharkov Oblast", "kharkiv Oblast"],
    "Luhansk Oblast": ["Luhansk", "Luhansk Oblast, Ukraine", "Loehansk Oblast", "Luhans'ka Oblast", "Luhansk Oblast,", "Luhansk, Oblast"],
    "Mykolaiv Oblast": ["Mykolaivs'ka oblast", "Mykolaiv oblast", "Mykolajiv Oblast", "Mykolaiv", "Oblast Mykolajiw"],
    "Kherson Oblast": ["Cherson Oblast", "Oblast Kherson", "Khersons'ka Oblast", "Khersons'ka oblast"],
    "Chernihiv Oblast": ["Tsjernihiv Oblast", "Chernihivs'ka oblast"],
    "Sumy Oblast": ["Sums'ka oblast", "Soemy Oblast", "Sumy"],
    "Cherkasy Oblast": ["Cherkassy oblast"],
    "Zhytomyr Oblast": ["Jytomyr Oblast", "Zhytomyrs'ka oblast", "Zytomir Oblast"],
    "Lviv Oblast": ["Lviv"],
    "Vinnytsia Oblast": ["Vinnitsa Oblast"],
    "Dnipropetrovsk Oblast": ["Dnjepropetrovsk Oblast"],
}.items():
    for spelling in spellings:
        NAME[spelling] = name


def summary(binary, path, args):
    out = subprocess.run([binary, "summary", "--format", "json"] + args + [path], capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out)


def is_day(text):
    try:
        datetime.date.fromisoformat(text[:10])
        return True
    except ValueError:
        return False


def main():
    a = argparse.ArgumentParser()
    a.add_argument("binary")
    a.add_argument("path")
    a.add_argument("--time", required=True)
    a.add_argument("--category")
    a.add_argument("--region")
    a.add_argument("--sum", action="append", default=[])
    a.add_argument("--delimiter", default=",")
    o = a.parse_args()
    rows = [r for r in csv.DictReader(open(o.path, encoding="utf-8-sig", newline=""), delimiter=o.delimiter)
            if is_day((r.get(o.time) or "").strip())]
    good = True

    def check(label, mine, theirs):
        nonlocal good
        ok = mine == theirs
        good &= ok
        print(f"{'ok  ' if ok else 'DIFF'} {o.path} {label}: {sum(mine.values())} in {len(mine)} keys")
        if not ok:
            for k in sorted(set(mine) | set(theirs)):
                if mine.get(k) != theirs.get(k):
                    print(f"     {k}: here {mine.get(k)}, sitrep {theirs.get(k)}")

    def counts(by, extra=()):
        s = summary(o.binary, o.path, ["--by", by, *extra])
        return {c["key"]: c["count"] for c in s["counts"] if c["count"] > 0}

    check("total", {"events": len(rows)}, {"events": summary(o.binary, o.path, ["--by", "day"])["events"]})
    check("by day", collections.Counter(r[o.time].strip()[:10] for r in rows), counts("day"))
    if o.category:
        check("by category", collections.Counter((r[o.category].strip() or "(none)") for r in rows), counts("category"))
    if o.region:
        mine = collections.Counter(NAME[r[o.region].strip()] for r in rows if r[o.region].strip() in NAME)
        theirs = counts("region")
        check("by Ukrainian oblast", dict(mine), {k: theirs[k] for k in mine if k in theirs})
    for column in o.sum:
        total = sum(float(r[column]) for r in rows if (r[column] or "").strip())
        s = summary(o.binary, o.path, ["--by", "day", "--sum", column])
        theirs = sum(c.get("sums", {}).get(column, 0) for c in s["counts"])
        ok = abs(total - theirs) < 1e-6
        good &= ok
        print(f"{'ok  ' if ok else 'DIFF'} {o.path} sum of {column}: here {total:g}, sitrep {theirs:g}")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
