#!/usr/bin/env python3
"""Compares sitrep's counts on real public datasets with counts made here, independently of sitrep.

    python3 bench/check-real-data.py SITREP_BINARY FILE...

Each FILE is recognised by its columns: the volunteer air-raid alert log (region, started_at, ...;
English or Ukrainian spellings), the official alert log (oblast, raion, hromada, level, ...), or a
UCDP GED export (date_start, adm_1, ...). For each, the events per region, per category and per day
(under --tz Europe/Kyiv, and for UCDP also under -10:00 and +14:00) are counted here with Python's
csv module and the region table below, and compared with `sitrep summary`. The datasets are not in
the repository: the alert logs are Vadimkin/ukrainian-air-raid-sirens-dataset (MIT), the UCDP rows
UCDP GED (CC BY 4.0).

The region table maps each dataset's spellings to the English names by hand; it does not use
sitrep's gazetteer.
"""
import collections
import csv
import datetime
import json
import subprocess
import sys
from zoneinfo import ZoneInfo

OBLASTS = {
    "Vinnytsia Oblast": ["Vinnytska oblast", "Вінницька область", "Vinnytsia oblast"],
    "Volyn Oblast": ["Volynska oblast", "Волинська область", "Volyn oblast"],
    "Luhansk Oblast": ["Luhanska oblast", "Луганська область", "Luhansk oblast"],
    "Dnipropetrovsk Oblast": ["Dnipropetrovska oblast", "Дніпропетровська область", "Dnipropetrovsk oblast"],
    "Donetsk Oblast": ["Donetska oblast", "Донецька область", "Donetsk oblast"],
    "Zhytomyr Oblast": ["Zhytomyrska oblast", "Житомирська область", "Zhytomyr oblast"],
    "Zakarpattia Oblast": ["Zakarpatska oblast", "Закарпатська область"],
    "Zaporizhzhia Oblast": ["Zaporizka oblast", "Запорізька область", "Zaporizhzhya oblast"],
    "Ivano-Frankivsk Oblast": ["Ivano-Frankivska oblast", "Івано-Франківська область"],
    "Kyiv City": ["Kyiv City", "Київ", "Kyiv Special Republican city", "Kiev Special Republican city"],
    "Kyiv Oblast": ["Kyivska oblast", "Київська область"],
    "Kirovohrad Oblast": ["Kirovohradska oblast", "Кіровоградська область"],
    "Lviv Oblast": ["Lvivska oblast", "Львівська область"],
    "Mykolaiv Oblast": ["Mykolaivska oblast", "Миколаївська область", "Mykolayiv oblast"],
    "Odesa Oblast": ["Odeska oblast", "Одеська область", "Odessa oblast"],
    "Poltava Oblast": ["Poltavska oblast", "Полтавська область", "Poltava oblast"],
    "Rivne Oblast": ["Rivnenska oblast", "Рівненська область", "Rivne oblast"],
    "Sumy Oblast": ["Sumska oblast", "Сумська область", "Sumy oblast"],
    "Ternopil Oblast": ["Ternopilska oblast", "Тернопільська область"],
    "Kharkiv Oblast": ["Kharkivska oblast", "Харківська область", "Kharkiv oblast"],
    "Kherson Oblast": ["Khersonska oblast", "Херсонська область", "Kherson oblast"],
    "Khmelnytskyi Oblast": ["Khmelnytska oblast", "Хмельницька область", "Khmelnytskyi oblast"],
    "Cherkasy Oblast": ["Cherkaska oblast", "Черкаська область"],
    "Chernihiv Oblast": ["Chernihivska oblast", "Чернігівська область", "Chernihiv oblast"],
    "Chernivtsi Oblast": ["Chernivetska oblast", "Чернівецька область"],
    "Autonomous Republic of Crimea": ["Autonomous Republic of Crimea"],
    "Sevastopol": ["Sevastopol City State Administration"],
}
NAME = {spelling: name for name, spellings in OBLASTS.items() for spelling in spellings}


def sitrep(binary, args):
    """sitrep's counts; the empty days `--by day` lists between the first and the last are left out,
    as a count made here has no key for them."""
    out = subprocess.run([binary, "summary", "--format", "json"] + args, capture_output=True, text=True, check=True).stdout
    return {c["key"]: c["count"] for c in json.loads(out)["counts"] if c["count"] > 0}


def alert_day(text, zone):
    t = datetime.datetime.fromisoformat(text)
    return t.astimezone(ZoneInfo(zone)).date().isoformat()


def compare(label, mine, theirs):
    ok = mine == theirs
    print(f"{'ok  ' if ok else 'DIFF'} {label}: {sum(mine.values())} events in {len(mine)} keys")
    if not ok:
        for k in sorted(set(mine) | set(theirs)):
            if mine.get(k) != theirs.get(k):
                print(f"     {k}: here {mine.get(k)}, sitrep {theirs.get(k)}")
    return ok


def check(binary, path):
    rows = list(csv.DictReader(open(path, encoding="utf-8", newline="")))
    header = rows[0].keys() if rows else []
    good = True
    if "date_start" in header:
        regions = collections.Counter(NAME[r["adm_1"]] if r["adm_1"] else "(none)" for r in rows)
        kinds = {"1": "state-based conflict", "2": "non-state conflict", "3": "one-sided violence"}
        category = collections.Counter(kinds[r["type_of_violence"]] for r in rows)
        day = collections.Counter(r["date_start"][:10] for r in rows)
        good &= compare(f"{path} by region", regions, sitrep(binary, ["--by", "region", path]))
        good &= compare(f"{path} by category", category, sitrep(binary, ["--by", "category", path]))
        for zone in ["Europe/Kyiv", "-10:00", "+14:00"]:
            good &= compare(f"{path} by day, --tz {zone}", day, sitrep(binary, ["--by", "day", "--tz", zone, path]))
        return good
    column = "oblast" if "oblast" in header else "region"

    def region(r):
        # The official log has a row whose oblast and raion cells are swapped.
        if column == "oblast" and r["oblast"] not in NAME and r["raion"] in NAME:
            return NAME[r["raion"]]
        return NAME[r[column]]

    regions = collections.Counter(region(r) for r in rows)
    day = collections.Counter(alert_day(r["started_at"], "Europe/Kyiv") for r in rows)
    good &= compare(f"{path} by region", regions, sitrep(binary, ["--by", "region", path]))
    good &= compare(f"{path} by category", collections.Counter({"air-raid alert": len(rows)}), sitrep(binary, ["--by", "category", path]))
    good &= compare(f"{path} by day, --tz Europe/Kyiv", day, sitrep(binary, ["--by", "day", "--tz", "Europe/Kyiv", path]))
    if "level" in header:
        for level in ["oblast", "raion", "hromada"]:
            mine = collections.Counter(region(r) for r in rows if r["level"] == level)
            good &= compare(f"{path} level:{level} by region", mine, sitrep(binary, ["--by", "region", "--filter", f"level:{level}", path]))
    return good


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    results = [check(argv[0], path) for path in argv[1:]]
    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
