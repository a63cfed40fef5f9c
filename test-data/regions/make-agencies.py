#!/usr/bin/env python3
"""Makes test-data/regions/agencies.tsv: agency names as reports print them, in every province,
each with where it is (the division code), or "ambiguous" where its name fits several places.

The names are built from the divisions of templates/divisions.tsv, in the forms agencies use:
a province's 办公厅, a city's department, a county's government with and without its city and
province, a town's government or street office, a development zone's committee, 人民政府 shortened
to 政府, some in traditional characters. The answer of each comes from how many divisions share
the leading name, not from nianbao. Deterministic: python3 test-data/regions/make-agencies.py
"""
import csv
import os
import random

ROOT = os.path.dirname(os.path.abspath(__file__))
TRADITIONAL = str.maketrans("县区广东门会务财农业卫学发展经济开设员监场质关镇乡街道济镇长阳宁兴华庆汉苏云达辽龙吉齐尔鲁豫陕贵湾湘鄂赣闽浙冀晋蒙黑沪渝琼藏宁青甘疆", "縣區廣東門會務財農業衛學發展經濟開設員監場質關鎮鄉街道濟鎮長陽寧興華慶漢蘇雲達遼龍吉齊爾魯豫陝貴灣湘鄂贛閩浙冀晉蒙黑滬渝瓊藏寧青甘疆")


def main():
    rnd = random.Random(2026)
    divisions = {}
    by_name = {}
    children = {}
    with open(os.path.join(ROOT, "..", "..", "templates", "divisions.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            divisions[r["code"]] = r
            by_name.setdefault(r["name"], []).append(r)
            children.setdefault(r["parent"], []).append(r)

    def answer(d, name_alone):
        """The division, or ambiguous when its name alone fits several."""
        return d["code"] if not name_alone or len(by_name[d["name"]]) == 1 else "ambiguous"

    rows = []
    provinces = [d for d in divisions.values() if d["level"] == "1"]
    for p in provinces:
        cities = [c for c in children.get(p["code"], []) if c["level"] == "2"]
        counties = [k for c in cities for k in children.get(c["code"], []) if k["level"] == "3"]
        counties += [k for k in children.get(p["code"], []) if k["level"] == "3"]
        rows.append((p["name"] + "人民政府办公厅", p["code"], "办公厅（室）"))
        rows.append((p["name"] + "发展和改革委员会", p["code"], "部门"))
        for c in rnd.sample(cities, min(2, len(cities))):
            rows.append((c["name"] + "教育局", answer(c, True), "部门"))
            rows.append((c["name"] + "政府办公室", answer(c, True), "办公厅（室）"))
            rows.append((c["name"] + "经济技术开发区管理委员会", answer(c, True), "部门"))
        for k in rnd.sample(counties, min(3, len(counties))):
            parent = divisions[k["parent"]]
            rows.append((k["name"] + "人民政府", answer(k, True), "人民政府"))
            rows.append((p["name"] + (parent["name"] if parent["level"] == "2" else "") + k["name"] + "财政局", k["code"], "部门"))
            towns = children.get(k["code"], [])
            if towns:
                t = rnd.choice(towns)
                office = "办事处" if t["name"].endswith("街道") else "人民政府"
                # Among every county of that name, the town's name may still be one place only.
                same = [x for x in by_name[t["name"]] if divisions[x["parent"]]["name"] == k["name"]]
                rows.append((k["name"] + t["name"] + office, t["code"] if len(same) == 1 else "ambiguous", "人民政府"))
        k = rnd.choice(counties)
        parent = divisions[k["parent"]]
        prefix = parent["name"] if parent["level"] == "2" else p["name"]
        rows.append(((prefix + k["name"] + "人民政府").translate(TRADITIONAL), k["code"], "人民政府"))
    for name in ["城关镇人民政府", "朝阳区人民政府", "新华街道办事处", "向阳乡人民政府", "和平区教育局"]:
        rows.append((name, "ambiguous", "部门" if name.endswith("局") else "人民政府"))
    with open(os.path.join(ROOT, "agencies.tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n")
        w.writerow(["agency", "where", "kind"])
        w.writerows(rows)
    print(len(rows), "names")


if __name__ == "__main__":
    main()
