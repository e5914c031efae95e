#!/usr/bin/env python3
"""Checks that the demo news events are written in sitrep's own words.

Every text field of every demo event is compared with the news reports the demo was written from;
a run of RUN or more identical words in a row is printed and fails the check. Words are compared
after folding case, curly quotes and dashes, so punctuation cannot hide a copied sentence.

    python3 .ci/demo-words.py REPORTS_FOLDER [DEMO_FILE] [--run N]

The reports are not part of the repository (they are not ours to publish); CI finds them in the
shared folder beside the clone. The longest run found is always printed.
"""
import json
import pathlib
import re
import sys

DEMO = pathlib.Path(__file__).resolve().parent.parent / "Sources/SitrepKit/Resources/news-2024-11.jsonl"


def words(text):
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.findall(r"[\w$'-]+", text)


def event_texts(path):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        event = json.loads(line)
        for key, value in event.items():
            values = value if isinstance(value, list) else [value]
            for v in values:
                if isinstance(v, str) and len(v.split()) > 1:
                    yield f"{path.name}:{number} {event.get('id')} {key}", words(v)


def longest_runs(candidate, source_words, index):
    """The longest run of candidate words found in the source, starting at each candidate word."""
    best = (0, 0)
    for i in range(len(candidate)):
        for j in index.get(candidate[i], ()):
            n = 0
            while i + n < len(candidate) and j + n < len(source_words) and candidate[i + n] == source_words[j + n]:
                n += 1
            if n > best[0]:
                best = (n, i)
    return best


def main(argv):
    run = 8
    if "--run" in argv:
        k = argv.index("--run")
        run = int(argv[k + 1])
        del argv[k:k + 2]
    if not argv:
        print(__doc__)
        return 2
    reports = sorted(pathlib.Path(argv[0]).glob("*.txt"))
    demo = pathlib.Path(argv[1]) if len(argv) > 1 else DEMO
    if not reports:
        print(f"no reports (*.txt) in {argv[0]}")
        return 2
    source = []
    for r in reports:
        source += words(r.read_text(encoding="utf-8")) + ["\x00"]
    index = {}
    for j, w in enumerate(source):
        index.setdefault(w, []).append(j)
    longest, where, failed = 0, "", 0
    for name, text in event_texts(demo):
        n, i = longest_runs(text, source, index)
        if n > longest:
            longest, where = n, f"{name}: \"{' '.join(text[i:i + n])}\""
        if n >= run:
            failed += 1
            print(f"copied: {name}: {n} words: \"{' '.join(text[i:i + n])}\"")
    print(f"longest run of identical words: {longest} ({where})")
    if failed:
        print(f"{failed} text(s) repeat {run} or more words of the reports")
        return 1
    print(f"ok: no run of {run} or more identical words between the demo and {len(reports)} report(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
