#!/usr/bin/env python3
"""Writes map-shapes.txt, the region outlines the dashboard's map draws, from the two GeoJSON files
of ../shared/data/regions (geoBoundaries UKR ADM1, CC BY 4.0; Natural Earth admin-1 around Ukraine,
public domain).

Usage: python3 make-map-shapes.py UA_ADM1.geojson NEIGHBOURS.geojson OUT.txt

Every ring is simplified (Douglas-Peucker, 0.01 degrees: a terminal cell of the largest map is about
0.05 degrees wide) and its points rounded to 3 decimals. One line per ring:
CODE <tab> lon,lat lon,lat ...   (holes are rings too: the map fills by the even-odd rule)
"""
import json
import sys

TOLERANCE = 0.01


def simplify(points, tolerance):
    """Douglas-Peucker, iterative, keeping the first and last point."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        worst, at = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length2 == 0:
                d = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                t = max(0.0, min(1.0, ((px - x1) * dx + (py - y1) * dy) / length2))
                d = ((px - x1 - t * dx) ** 2 + (py - y1 - t * dy) ** 2) ** 0.5
            if d > worst:
                worst, at = d, i
        if at is not None and worst > tolerance:
            keep[at] = True
            stack.append((first, at))
            stack.append((at, last))
    return [p for p, k in zip(points, keep) if k]


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def rings(geometry):
    if geometry["type"] == "Polygon":
        return geometry["coordinates"]
    if geometry["type"] == "MultiPolygon":
        return [ring for polygon in geometry["coordinates"] for ring in polygon]
    return []


def main():
    ua, around, out = sys.argv[1:4]
    lines = []
    for path, code_key in ((around, "iso_3166_2"), (ua, "shapeISO")):
        with open(path, encoding="utf-8") as f:
            features = json.load(f)["features"]
        for feature in sorted(features, key=lambda f: f["properties"][code_key]):
            code = feature["properties"][code_key]
            for ring in rings(feature["geometry"]):
                points = simplify([(round(x, 4), round(y, 4)) for x, y in ring], TOLERANCE)
                points = [(round(x, 3), round(y, 3)) for x, y in points]
                if len(points) < 4 or area(points) < 0.0004:
                    continue
                lines.append(code + "\t" + " ".join(f"{x:g},{y:g}" for x, y in points[:-1]))
    with open(out, "w", encoding="utf-8") as f:
        f.write("# Region outlines for the map, made by make-map-shapes.py (see its header for the sources).\n")
        f.write("# Ukraine: geoBoundaries UKR ADM1 (CC BY 4.0). Around it: Natural Earth admin-1 (public domain).\n")
        f.write("\n".join(lines) + "\n")


main()
