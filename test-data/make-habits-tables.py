#!/usr/bin/env python3
"""Makes the table-reading habits of test-data/habits/ (issue 28, principles 0, 3, 4 and 6): reports
whose characters, header words, extra columns and rows, note marks and page edges are as real sites,
Word/WPS copies and printers leave them. Each report has its own figures (balanced as the form
requires, drawn from a seed of its name), so no fixture shares its numbers with another; every
answer (X.gold.json) is exact. Standard library; the PDF ones need Chromium.
The outputs are committed; run again to rewrite them: python3 test-data/make-habits-tables.py"""
import copy, hashlib, html, importlib.util, json, os, random, re, shutil, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "habits")
_spec = importlib.util.spec_from_file_location("wild", os.path.join(HERE, "make-wild.py"))
wild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wild)
COLS, COL_NAMES, T4_KEYS, T4_NAMES = wild.COLS, wild.COL_NAMES, wild.T4_KEYS, wild.T4_NAMES
T3_ROWS_2021 = wild.T3_ROWS_2021
td, page, intro, ending = wild.td, wild.page, wild.intro, wild.ending


# ---- each report its own balanced figures ----

def figures(name):
    """Random figures for one report, balanced as the 2021 form requires (rows add up to 总计, 一+二 = 三(七)+四)."""
    r = random.Random(int(hashlib.sha256(name.encode()).hexdigest()[:12], 16))
    def spread(total, n=6, heavy=0):
        cells = [0] * n
        for _ in range(total):
            cells[heavy if r.random() < 0.6 else r.randrange(n)] += 1
        return cells
    t3 = {}
    results = [k for k, _, g in T3_ROWS_2021 if g and k != "total"]
    new = spread(r.randint(15, 400))
    carried = spread(r.randint(0, 12))
    handled = [a + b for a, b in zip(new, carried)]
    forward = [r.randint(0, h // 6) if h else 0 for h in handled]
    done = [h - f for h, f in zip(handled, forward)]
    per = {k: [0] * 6 for k in results}
    weights = {k: (30 if k == "granted" else 8 if k in ("partial", "unavailable.not_held") else 1) for k in results}
    keys = list(weights)
    for c in range(6):
        for _ in range(done[c]):
            per[r.choices(keys, [weights[k] for k in keys])[0]][c] += 1
    def row(cells):
        return dict(zip(COLS, cells + [sum(cells)]))
    t3["new"], t3["carried"] = row(new), row(carried)
    for k in results:
        t3[k] = row(per[k])
    t3["total"], t3["carried_forward"] = row(done), row(forward)
    t4 = {}
    for g in ("review", "direct", "after_review"):
        cells = [r.randint(0, 6), r.randint(0, 3), r.randint(0, 3), r.randint(0, 2)]
        t4[g] = cells + [sum(cells)]
    rules_in = r.randint(0, 3)
    norm_issued = r.randint(0, 30)
    t2 = {"rules": [r.randint(0, 2), r.randint(0, 1), rules_in + 2], "normative": [norm_issued, r.randint(0, 10), norm_issued + r.randint(5, 120)],
          "license": r.randint(0, 50000), "penalty": r.randint(0, 3000), "coercion": r.randint(0, 80),
          "fee": f"{r.randint(0, 900)}.{r.randint(0, 99):02d}".rstrip("0").rstrip(".")}
    return t2, t3, t4


def answer(name, agency, year, note, t2, t3, t4, tables=("t2", "t3", "t4"), ambiguous=(), fmt="2021"):
    vals = wild.values(fmt, tables, t3=t3, t4=t4, t2=t2)
    data = {"agency": agency if isinstance(agency, list) else [agency], "year": year, "format": fmt,
            "tables": {t: t in tables for t in ("t2", "t3", "t4")}, "values": vals, "ambiguous": list(ambiguous), "note": note}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def write(name, text, encoding="utf-8"):
    if name.endswith(".html"):
        for tag in ("</tr>", "</p>", "</table>", "</h1>", "</div>"):
            text = text.replace(tag, tag + "\n")
    with open(os.path.join(OUT, name), "w", encoding=encoding, newline="") as f:
        f.write(text)


def report(agency, year, t2, t3, t4, t2_html=None, t3_html=None, t4_html=None, title=None):
    return wild.standard(agency, year, title=title, t2=t2_html or wild.t2_2021_html(t2=t2), t3=t3_html or wild.t3_html(t3=t3), t4=t4_html or wild.t4_html(t4=t4))


# ---- principle 3: characters as a reader sees them ----

def radicals():
    """Ideograph → the radical a PDF producer maps it to (Kangxi radicals by NFKC, the supplement by Unicode's equivalents)."""
    out = {}
    for cp in range(0x2F00, 0x2FD6):
        out.setdefault(unicodedata.normalize("NFKC", chr(cp)), chr(cp))
    with open(os.path.join(HERE, "..", "templates", "characters.tsv"), encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) > 2 and cells[1] == "map" and "radical" in cells[3]:
                out.setdefault(cells[2], chr(int(cells[0], 16)))
    return out


def compat():
    """Ideograph → a CJK compatibility ideograph that duplicates it."""
    out = {}
    for cp in list(range(0xF900, 0xFB00)):
        n = unicodedata.normalize("NFKC", chr(cp))
        if n != chr(cp) and len(n) == 1:
            out.setdefault(n, chr(cp))
    return out


def swap_text(markup, table, share=1.0, seed="x"):
    """Replaces characters of the page's text (never inside tags) by their look-alikes."""
    r = random.Random(seed)
    out, inside = [], False
    for ch in markup:
        if ch == "<":
            inside = True
        elif ch == ">":
            inside = False
        out.append(table[ch] if not inside and ch in table and r.random() < share else ch)
    return "".join(out)


def make_characters():
    a, name = "云岭县自然资源局", "chars-kangxi-radicals.html"
    t2, t3, t4 = figures(name)
    body = swap_text(report(a, 2022, t2, t3, t4), radicals(), seed=name)
    write(name, page(f"{a}2022年政府信息公开工作年度报告", body))
    answer(name, a, 2022, "text copied from a PDF whose fonts map ideographs to Kangxi and supplementary radicals (⼀ for 一, ⻓ for 长, ⾏ for 行): pasted into the site's editor as it came", t2, t3, t4)

    a, name = "东岸区统计局", "chars-compat-ideographs.html"
    t2, t3, t4 = figures(name)
    body = swap_text(report(a, 2023, t2, t3, t4), compat(), seed=name)
    write(name, page(f"{a}2023年政府信息公开工作年度报告", body))
    answer(name, a, 2023, "CJK compatibility ideographs in place of the unified ones (a Korean or Japanese input path, an old PDF's font): they read as the ideographs they duplicate", t2, t3, t4)

    a, name = "北港镇人民政府", "chars-zero-width.html"
    t2, t3, t4 = figures(name)
    def zw(k, c, v):
        s = str(v)
        return ("\u200b" + s[0] + "\u200b" + s[1:] + "\u2060") if len(s) > 1 else ("&nbsp;" + s + "\ufeff")
    t3h = wild.t3_html(t3=t3, cell=zw).replace("申请人情况", "申请\u00ad人情况").replace("予以公开", "予以\u200b公开")
    body = report(a, 2022, t2, t3, t4, t3_html=t3h).replace("&amp;nbsp;", "&nbsp;")
    write(name, page(f"{a}2022年政府信息公开工作年度报告", body))
    answer(name, a, 2022, "an editor's zero-width spaces, word joiners, byte-order marks and soft hyphens inside numbers and labels (1\u200b523 shows as 1523), no-break spaces padding cells", t2, t3, t4)

    a, name = "西津县司法局", "chars-fullwidth-text.txt"
    t2, t3, t4 = figures(name)
    fw = lambda s: "".join(chr(ord(ch) + 0xFEE0) if ch.isdigit() else ch for ch in str(s))
    lines = [f"{a}２０２２年政府信息公开工作年度报告", "一、总体情况", f"２０２２年，{a}依法做好政府信息公开工作。", "三、收到和处理政府信息公开申请情况",
             "申请人情况", "自然人\u3000法人或其他组织\u3000总计", "\u3000".join(COL_NAMES[1:6])]
    for key, label, group in T3_ROWS_2021:
        lines.append((group + "\u3000" if group and group.startswith("（") and label.startswith("1.") else "") + label.replace("1.", "１．").replace("2.", "２．")
                     + "\u3000" + "\u3000".join(fw(t3[key][c]) for c in COLS))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\u3000行政诉讼", "结果维持\u3000结果纠正\u3000其他结果\u3000尚未审结\u3000总计\u3000未经复议直接起诉\u3000复议后起诉",
              "\u3000".join(T4_NAMES * 2), "\u3000".join(fw(v) for g in ("review", "direct", "after_review") for v in t4[g]),
              "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    write(name, "\r\n".join(lines) + "\r\n")
    answer(name, a, 2022, "a text copy typed with a full-width input mode: full-width digits and numbering (１．), ideographic spaces between cells, CRLF", None, t3, t4, tables=("t3", "t4"))

    a, name = "南屏街道办事处", "chars-enclosed-numbering.html"
    t2, t3, t4 = figures(name)
    circled = "①②③④⑤⑥⑦⑧"
    paren = "㈠㈡㈢㈣㈤㈥㈦"
    def renumber(label):
        for i, n in enumerate("一二三四五六七"):
            label = label.replace(f"（{n}）", paren[i])
        for i in range(8):
            label = label.replace(f"{i + 1}.", "⒈⒉⒊⒋⒌⒍⒎⒏"[i] if "不予公开" in label or i % 2 else circled[i])
        return label
    rows = [(k, renumber(l), renumber(g) if g else g) for k, l, g in T3_ROWS_2021]
    t3h = wild.t3_html(rows=rows, t3=t3)
    write(name, page(f"{a}2022年政府信息公开工作年度报告", report(a, 2022, t2, t3, t4, t3_html=t3h)))
    answer(name, a, 2022, "row labels numbered with the enclosed forms Word's numbering leaves when pasted as text: ㈠ for （一）, ⒈ for 1., ① for 1.", t2, t3, t4)

    a, name = "清溪乡人民政府", "chars-halfwidth-prose.txt"
    t2, t3, t4 = figures(name)
    lines = [f"{a}2022年政府信息公开工作年度报告", "一、总体情况", f"2022年，{a}依法做好政府信息公开工作。", "三、收到和处理政府信息公开申请情况",
             "申请人情况：自然人､商业企业､科研机构､社会公益组织､法律服务机构､其他､总计"]
    for key, label, group in T3_ROWS_2021:
        if group and label.startswith("1.") and group.startswith("（"):
            lines.append(group)
        if key == "granted":
            lines.append("三、本年度办理结果")
        lines.append(label + "：" + "､".join(str(t3[key][c]) for c in COLS) + "｡")
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议：结果维持､结果纠正､其他结果､尚未审结､总计：" + "､".join(map(str, t4["review"])),
              "行政诉讼（未经复议直接起诉）：" + "､".join(map(str, t4["direct"])), "行政诉讼（复议后起诉）：" + "､".join(map(str, t4["after_review"])),
              "五、存在的主要问题及改进情况", "无｡", "六、其他需要报告的事项", "无｡"]
    write(name, "\n".join(lines) + "\n")
    answer(name, a, 2022, "rows written as sentences with the half-width ideographic comma ､ and full stop ｡ some input methods and phone keyboards type", None, t3, t4, tables=("t3", "t4"))


# ---- principle 4: headers by meaning ----

def t3_named(t3, names, order=COLS, extra=None, subrows=()):
    """表三 with its column headers in other words; extra = (header, {row key: text}) adds a column; subrows = [(after key, label, cells)]."""
    h = t3_html_words(t3, names, order, extra)
    for after, label, cells in subrows:
        # a sub-row under a row, in the label's own colspan="3" or under its group
        anchor = "</tr>"
        marker = "\x00" + after + "\x00"
        h = h.replace(marker + anchor, anchor + "<tr><td colspan=\"3\">" + html.escape(label) + "</td>" + "".join(td(v) for v in cells)
                      + ("" if extra is None else td("")) + "</tr>", 1)
    return h.replace("\x00", "").replace("\x01", "")


def t3_html_words(t3, names, order, extra):
    sub = [c for c in order if c not in ("natural", "total")]
    top = []
    for c in order:
        if c in ("natural", "total"):
            top.append(td(names[c], " rowspan=\"2\""))
        elif not top or not top[-1].startswith("<td colspan"):
            top.append(td(names["group"], f" colspan=\"{len(sub)}\""))
    width = len(order) + (1 if extra else 0)
    h = ("<table border=\"1\"><tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
         f"<td colspan=\"{len(order)}\">申请人情况</td>" + (td(extra[0], " rowspan=\"3\"") if extra else "") + "</tr><tr>" + "".join(top) + "</tr><tr>"
         + "".join(td(names[c]) for c in sub) + "</tr>")
    spans, seen = {}, set()
    for key, label, group in T3_ROWS_2021:
        if group and not group.startswith("三"):
            spans[group] = spans.get(group, 0) + 1
    result_rows = sum(1 for _, _, g in T3_ROWS_2021 if g)
    for key, label, group in T3_ROWS_2021:
        if group is None:
            first = "<td colspan=\"3\">" + html.escape(label) + "</td>"
        else:
            first = ""
            if "三" not in seen:
                seen.add("三")
                first += td("三、本年度办理结果", f" rowspan=\"{result_rows}\"")
            if group.startswith("三"):
                first += "<td colspan=\"2\">" + html.escape(label) + "</td>"
            else:
                if group not in seen:
                    seen.add(group)
                    first += td(group, f" rowspan=\"{spans[group]}\"")
                first += td(label)
        note = td((extra[1].get(key, "")) if extra else "") if extra else ""
        h += "<tr>" + first + "".join(td(t3[key][c]) for c in order) + note + "\x00" + key + "\x00</tr>"
    return h + "</table>"


def t4_worded(t4, words, groups=("行政复议", "行政诉讼", "未经复议直接起诉", "复议后起诉")):
    h = (f"<table border=\"1\"><tr><td colspan=\"5\">{groups[0]}</td><td colspan=\"10\">{groups[1]}</td></tr><tr>"
         + "".join(td(w, " rowspan=\"2\"") for w in words) + f"<td colspan=\"5\">{groups[2]}</td><td colspan=\"5\">{groups[3]}</td></tr><tr>"
         + "".join(td(w) for w in words) * 2 + "</tr><tr>")
    for g in ("review", "direct", "after_review"):
        h += "".join(td(v) for v in t4[g])
    return h + "</tr></table>"


def t2_worded(t2, issued="本年制发件数", repealed="本年废止件数", in_force="现行有效件数", decisions="本年处理决定数量", fee="本年收费金额（单位：万元）", extra=None):
    x = td(extra[0]) if extra else ""
    pad = lambda key: td(extra[1].get(key, "")) if extra else ""
    h = "<table border=\"1\"><tr><td colspan=\"4\">第二十条第（一）项</td>" + ("<td></td>" if extra else "") + "</tr><tr>" + td("信息内容") + td(issued) + td(repealed) + td(in_force) + x + "</tr>"
    for key, label in (("rules", "规章"), ("normative", "行政规范性文件")):
        h += "<tr>" + td(label) + "".join(td(v) for v in t2[key]) + pad(key) + "</tr>"
    for head, rows in (("第二十条第（五）项", [("行政许可", "license")]), ("第二十条第（六）项", [("行政处罚", "penalty"), ("行政强制", "coercion")])):
        h += f"<tr><td colspan=\"4\">{head}</td>" + ("<td></td>" if extra else "") + "</tr><tr>" + td("信息内容") + td(decisions, " colspan=\"3\"") + x + "</tr>"
        for label, key in rows:
            h += "<tr>" + td(label) + td(t2[key], " colspan=\"3\"") + pad(key) + "</tr>"
    h += "<tr><td colspan=\"4\">第二十条第（八）项</td>" + ("<td></td>" if extra else "") + "</tr><tr>" + td("信息内容") + td(fee, " colspan=\"3\"") + x + "</tr>"
    h += "<tr>" + td("行政事业性收费") + td(t2["fee"], " colspan=\"3\"") + pad("fee") + "</tr></table>"
    return h


STANDARD_NAMES = dict(zip(COLS, COL_NAMES), group="法人或其他组织")


def make_headers():
    a, name = "白沙县住房和城乡建设局", "headers-synonyms.html"
    t2, t3, t4 = figures(name)
    names = dict(STANDARD_NAMES, group="法人或者其他组织", commercial="企业", research="科研院所", social="社会组织", legal="法律服务机构", other_org="其他组织", total="合计")
    body = report(a, 2022, t2, t3, t4, t3_html=t3_named(t3, names),
                  t4_html=t4_worded(t4, ["维持", "纠正", "其他", "审理中", "合计"], ("行政复议情况", "行政诉讼情况", "直接起诉", "经复议后起诉")),
                  t2_html=t2_worded(t2, "制发件数", "废止件数", "有效件数", "处理决定数", "收费金额（万元）"))
    write(name, page(f"{a}2022年政府信息公开工作年度报告", body))
    answer(name, a, 2022, "the form's headers in the words agencies use instead: 法人或者其他组织, 企业, 科研院所, 社会组织, 其他组织, 合计; 表四 维持/纠正/其他/审理中/合计 under 直接起诉 and 经复议后起诉; 表二 制发件数/废止件数/有效件数/处理决定数/收费金额（万元）", t2, t3, t4)

    a, name = "河口镇人民政府", "headers-reordered-synonyms.html"
    t2, t3, t4 = figures(name)
    names = dict(STANDARD_NAMES, commercial="商业单位", research="科研单位", social="公益组织", legal="律师事务所等法律服务机构", other_org="其他", natural="公民")
    order = ["natural", "social", "legal", "commercial", "research", "other_org", "total"]
    write(name, page(f"{a}2022年政府信息公开工作年度报告", report(a, 2022, t2, t3, t4, t3_html=t3_named(t3, names, order=order))))
    answer(name, a, 2022, "headers in other words AND another order (社会组织 and 法律服务机构 before 企业): each column found by its meaning, not its place", t2, t3, t4)

    a, name = "龙泉市交通运输局", "headers-misprints.html"
    t2, t3, t4 = figures(name)
    names = dict(STANDARD_NAMES, research="科研机购", social="社会公易组织", legal="法律服务机枃")
    write(name, page(f"{a}2022年政府信息公开工作年度报告", report(a, 2022, t2, t3, t4, t3_html=t3_named(t3, names, order=["natural", "commercial", "social", "research", "legal", "other_org", "total"]))))
    answer(name, a, 2022, "headers with one character mistyped (科研机购, 社会公易组织, 法律服务机枃) in a table that also prints 社会公益组织 before 科研机构: read by the nearest header, and flagged", t2, t3, t4)

    a, name = "松山区民政局", "headers-with-units.html"
    t2, t3, t4 = figures(name)
    names = dict(STANDARD_NAMES, natural="自然人（件）", commercial="商业企业（件）", research="科研机构（件）", social="社会公益组织（件）", legal="法律服务机构（件）", other_org="其他（件）", total="总计（件）")
    write(name, page(f"{a}2022年政府信息公开工作年度报告", report(a, 2022, t2, t3, t4, t3_html=t3_named(t3, names, order=["natural", "research", "commercial", "social", "legal", "other_org", "total"]))))
    answer(name, a, 2022, "each header carries its unit (商业企业（件）) and the columns are in another order: the words contain the header", t2, t3, t4)

    a, name = "桂山县财政局", "headers-remarks-column.html"
    t2, t3, t4 = figures(name)
    remarks = {"new": f"其中网上申请{max(0, t3['new']['total'] - 3)}件", "granted": "均在法定期限内答复", "total": "", "carried_forward": "已于次年1月办结"}
    t2_remarks = {"normative": f"含部门文件{min(3, t2['normative'][0])}件", "license": "含变更"}
    body = report(a, 2022, t2, t3, t4, t3_html=t3_named(t3, STANDARD_NAMES, extra=("备注", remarks)), t2_html=t2_worded(t2, extra=("备注", t2_remarks)))
    write(name, page(f"{a}2022年政府信息公开工作年度报告", body))
    answer(name, a, 2022, "an extra 备注 column at the right of 表二 and 表三, its notes holding numbers of their own (其中网上申请47件): kept out of the fields", t2, t3, t4)

    a, name = "金港区卫生健康委员会", "headers-subrows.html"
    t2, t3, t4 = figures(name)
    online = [max(0, v - 1) for v in (t3["new"][c] for c in COLS[:6])]
    subrows = [("new", "其中：网上申请", online + [sum(online)]), ("granted", "其中：当场答复", [min(1, t3["granted"][c]) for c in COLS[:6]] + [sum(min(1, t3["granted"][c]) for c in COLS[:6])])]
    write(name, page(f"{a}2022年政府信息公开工作年度报告", report(a, 2022, t2, t3, t4, t3_html=t3_named(t3, STANDARD_NAMES, subrows=subrows))))
    answer(name, a, 2022, "sub-rows the form does not have (其中：网上申请, 其中：当场答复) under 一 and （一）: their numbers stay out of the fields and are said", t2, t3, t4)


# ---- principle 0: note marks ----

def make_marks():
    a, name = "东林县应急管理局", "marks-typed.html"
    t2, t3, t4 = figures(name)
    marks = {("new", "total"): "①", ("granted", "natural"): "*", ("carried_forward", "total"): "※", ("total", "total"): "注1"}
    t3h = wild.t3_html(t3=t3, cell=lambda k, c, v: f"{v}{marks.get((k, c), '')}")
    t2m = dict(t2, license=f"{t2['license']}②")
    body = report(a, 2022, t2, t3, t4, t3_html=t3h, t2_html=wild.t2_2021_html(t2=t2m)) + "<p>注：①含电话申请。②含变更事项。*含当场答复。※已于次年办结。注1：不含重复申请。</p>"
    write(name, page(f"{a}2022年政府信息公开工作年度报告", body))
    answer(name, a, 2022, "note marks typed after numbers in cells (423①, 20*, 5※, 49注1) with the notes below the table: the marks are never digits", t2, t3, t4)

    a, name = "东林县水务局", "marks-typed.txt"
    t2, t3, t4 = figures(name)
    lines = [f"{a}2022年政府信息公开工作年度报告", "一、总体情况", f"2022年，{a}依法做好政府信息公开工作。", "三、收到和处理政府信息公开申请情况",
             "申请人情况", "自然人 法人或其他组织 总计", " ".join(COL_NAMES[1:6])]
    for key, label, group in T3_ROWS_2021:
        cells = [str(t3[key][c]) for c in COLS]
        if key == "new":
            cells[-1] += "*"
        if key == "total":
            cells[0] += "※"
        lines.append((group + " " if group and group.startswith("（") and label.startswith("1.") else "") + label + " " + " ".join(cells))
    lines += ["注：*含电话申请。※含现场申请。", "四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
              " ".join(T4_NAMES * 2), " ".join(str(v) + ("①" if i == 4 else "") for i, v in enumerate(v for g in ("review", "direct", "after_review") for v in t4[g])),
              "注：①含复议后撤回的案件。", "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    write(name, "\n".join(lines) + "\n")
    answer(name, a, 2022, "a text copy with note marks typed after numbers (56*, 12※, 4①): kept apart from the digits", None, t3, t4, tables=("t3", "t4"))


# ---- 表二's own guard ----

def make_active_guard():
    a, name = "平湖市市场监督管理局", "active-implausible.html"
    t2, t3, t4 = figures(name)
    t2 = dict(t2, normative=[14, 2, 9])
    write(name, page(f"{a}2022年政府信息公开工作年度报告", report(a, 2022, t2, t3, t4)))
    answer(name, a, 2022, "表二 prints fewer 现行有效件数 (9) than 本年制发件数 (14) for 行政规范性文件: read as printed, and flagged as implausible", t2, t3, t4)


# ---- principle 6: tables cut at the page edge ----

def cut_columns(pdf):
    """The cells a viewer does not show whole: those of a column whose header is not drawn at all, or whose
    figures (left-aligned under the header) run past the printable edge of the page (10 mm margin)."""
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    words, edge, page = [], None, -1
    for m in re.finditer(r'<page width="([0-9.]+)"|<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)</word>', out):
        if m.group(1):
            edge = float(m.group(1)) - 10 / 25.4 * 72
            page += 1
        else:
            words.append((m.group(5), float(m.group(2)), float(m.group(3)) + 1000 * page, float(m.group(4))))
    figures_ = [w for w in words if re.fullmatch(r"[0-9.]+", w[0])]

    def hidden(header):
        return header is None or any(abs(f[1] - header[1]) < 3 and f[2] > header[2] and f[3] > edge for f in figures_)

    cut = []
    applicants = next(w for w in words if w[0] == "申请人情况")
    t3 = [w for w in words if 0 < w[2] - applicants[2] < 30]
    for c, n in zip(COLS, COL_NAMES):
        # a header wrapped in its cell shows its first characters
        if hidden(next((x for x in t3 if x[0].startswith(n[:2])), None)):
            cut += [f"t3.{k}.{c}" for k, _, _ in T3_ROWS_2021]
    first = next(w for w in words if w[0] == "本年制发件数")
    for key, n in (("issued", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")):
        if hidden(next((x for x in words if x[0].startswith(n[:4]) and abs(x[2] - first[2]) < 5), None)):
            cut += [f"t2.rules.{key}", f"t2.normative.{key}"]
    review = next(w for w in words if w[0] == "行政复议" and w[2] > applicants[2])
    t4 = sorted([w for w in words if w[0] in T4_NAMES and 0 < w[2] - review[2] < 30], key=lambda w: w[1])
    for i in range(15):
        if hidden(t4[i] if i < len(t4) else None):
            cut.append(f"t4.{('review', 'direct', 'after_review')[i // 5]}.{T4_KEYS[i % 5]}")
    return cut


def make_cut(work, chromium):
    if not chromium:
        print("chromium not found: the cut-table PDFs are not made", file=sys.stderr)
        return
    cases = [("cut-half-column.pdf", "柳岸县教育局", 1160, "表三's 总计 column is cut through by the page's right edge (its figures half shown), as is 表四's last group"),
             ("cut-two-columns.pdf", "柳岸县人民政府", 1420, "表三's last two columns (其他, 总计) and 表四's last group fall off the page's right edge"),
             ("cut-litigation.pdf", "柳岸县农业农村局", 1000, "only 表四, set wider than the others, has its last group (复议后起诉) off the page")]
    for name, a, width, note in cases:
        t2, t3, t4 = figures(name)
        styled = f"<table border=\"1\" style=\"width:{width}px;table-layout:fixed\">"
        t4h = wild.t4_html(t4=t4).replace("<table border=\"1\">", f"<table border=\"1\" style=\"width:{width + 350}px;table-layout:fixed\">" if "litigation" in name else styled)
        wide = report(a, 2021, t2, t3, t4, t4_html=t4h).replace("<table border=\"1\">", styled)
        src = os.path.join(work, name + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write("<html><head><meta charset=\"utf-8\"><style>body{width:1500px} td{font-size:12px;padding:4px}"
                    "@page{size:A4 portrait;margin:10mm}</style></head><body>" + wide + "</body></html>")
        pdf = os.path.join(OUT, name)
        if not os.path.exists(pdf) or "--remake" in sys.argv:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                            f"--user-data-dir={work}/chrome", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + src], check=True, capture_output=True)
        cut = cut_columns(pdf)
        answer(name, a, 2021, "a web page printed to PDF, its tables wider than the page: " + note + "; the columns a viewer shows are read by their headers, the cut ones cannot be (ambiguous: " + str(len(cut)) + " cells)", t2, t3, t4, ambiguous=cut)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_characters()
    make_headers()
    make_marks()
    make_active_guard()
    work = tempfile.mkdtemp()
    try:
        make_cut(work, shutil.which("chromium"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(len([f for f in os.listdir(OUT) if f.endswith(".gold.json")]), "fixtures in", OUT)
