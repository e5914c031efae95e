#!/usr/bin/env python3
"""CSV workloads for bench/compare-formats.sh (a generator, not a test).

  gen_csv.py alerts ROWS OUT   the bundled November 2024 alert log (real rows, volunteer log layout),
                               repeated with each copy moved 30 days earlier, until ROWS rows
  gen_csv.py acled ROWS OUT    ACLED's 31 columns with made-up rows: quoted notes of about 300
                               characters holding commas, doubled quotes and line breaks

Deterministic: the same ROWS give the same bytes.
"""
import csv
import datetime
import io
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALERTS = ROOT / "Sources/SitrepKit/Resources/alerts-2024-11.csv"
STAMP = "%Y-%m-%d %H:%M:%S+00:00"


def alerts(rows, out):
    with ALERTS.open(newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        base = [r for r in reader if r]
    start, end = header.index("started_at"), header.index("finished_at")
    parsed = [(r, datetime.datetime.strptime(r[start], STAMP),
               datetime.datetime.strptime(r[end], STAMP) if r[end] else None) for r in base]
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    written, copy = 0, 0
    while written < rows:
        shift = datetime.timedelta(days=30 * copy)
        for r, s, e in parsed:
            if written == rows:
                break
            row = list(r)
            row[start] = (s - shift).strftime(STAMP)
            row[end] = (e - shift).strftime(STAMP) if e else ""
            w.writerow(row)
            written += 1
        copy += 1


ACLED_HEADER = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
                "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
                "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,"
                "tags,timestamp").split(",")
OBLASTS = ["Kharkiv", "Donetsk", "Zaporizhia", "Kherson", "Sumy", "Dnipropetrovsk", "Kyiv City", "Odesa",
           "Mykolaiv", "Chernihiv", "Luhansk", "Poltava", "Lviv", "Kyiv"]
EVENTS = [("Explosions/Remote violence", "Shelling/artillery/missile attack"), ("Battles", "Armed clash"),
          ("Explosions/Remote violence", "Air/drone strike"), ("Strategic developments", "Disrupted weapons use")]
WORDS = ("forces shelled positions near the village, damaging houses, a school and power lines; local officials "
         "said repair crews were sent once the \"all clear\" was given").split()


def acled(rows, out):
    rng = random.Random(20241126)
    w = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(ACLED_HEADER)
    day0 = datetime.date(2024, 12, 31)
    for i in range(rows):
        day = day0 - datetime.timedelta(days=i * 1000 // max(rows, 1))
        oblast = rng.choice(OBLASTS)
        kind, sub = rng.choice(EVENTS)
        words = " ".join(rng.choice(WORDS) for _ in range(40))
        notes = (f"On {day.day} {day.strftime('%B %Y')}, Russian {words}.\n"
                 f"Sources differ on the damage. Fatalities: {rng.randint(0, 5)}.")
        w.writerow([f"UKR{i:07d}", day.isoformat(), day.year, 1, "Political violence", kind, sub,
                    "Military Forces of Russia (2000-)", "", 8, "Military Forces of Ukraine (2019-)", "", 1, 18, "",
                    804, "Europe", "Ukraine", oblast, f"{oblast} raion", "", f"Settlement {i % 997}",
                    f"{47 + rng.random() * 5:.4f}", f"{30 + rng.random() * 8:.4f}", 1, "Ukrinform; Suspilne",
                    "National", notes, rng.randint(0, 5), "", 1733183000 + i])


def main():
    kind, rows, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(path, "w", newline="", encoding="utf-8") as f:
        buffered = io.StringIO()
        {"alerts": alerts, "acled": acled}[kind](rows, buffered)
        f.write(buffered.getvalue())


if __name__ == "__main__":
    main()
