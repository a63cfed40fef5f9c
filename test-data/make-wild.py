#!/usr/bin/env python3
"""Makes test-data/wild/: reports laid out the ways agencies lay them out in the wild (issue 13),
each from one data model, so every file's answer (X.gold.json) is exact. Standard library only;
the PDF and DOCX variants need LibreOffice (soffice) and, for the cut page, Chromium.
The outputs are committed; running this again rewrites the text fixtures and every answer, and makes
the PDF and DOCX ones only where missing (--remake makes them anew): python3 test-data/make-wild.py"""
import copy, html, json, os, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "wild")
COLS = ["natural", "commercial", "research", "social", "legal", "other_org", "total"]
COL_NAMES = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

# 表三 rows: (key, label, group label or None)
T3_ROWS_2021 = [
    ("new", "一、本年新收政府信息公开申请数量", None),
    ("carried", "二、上年结转政府信息公开申请数量", None),
    ("granted", "（一）予以公开", "三、本年度办理结果"),
    ("partial", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "三、本年度办理结果"),
    ("denied.secret", "1.属于国家秘密", "（三）不予公开"),
    ("denied.law", "2.其他法律行政法规禁止公开", "（三）不予公开"),
    ("denied.safety", "3.危及“三安全一稳定”", "（三）不予公开"),
    ("denied.third_party", "4.保护第三方合法权益", "（三）不予公开"),
    ("denied.internal", "5.属于三类内部事务信息", "（三）不予公开"),
    ("denied.process", "6.属于四类过程性信息", "（三）不予公开"),
    ("denied.enforcement", "7.属于行政执法案卷", "（三）不予公开"),
    ("denied.inquiry", "8.属于行政查询事项", "（三）不予公开"),
    ("unavailable.not_held", "1.本机关不掌握相关政府信息", "（四）无法提供"),
    ("unavailable.needs_creation", "2.没有现成信息需要另行制作", "（四）无法提供"),
    ("unavailable.unclear", "3.补正后申请内容仍不明确", "（四）无法提供"),
    ("unprocessed.petition", "1.信访举报投诉类申请", "（五）不予处理"),
    ("unprocessed.repeat", "2.重复申请", "（五）不予处理"),
    ("unprocessed.publication", "3.要求提供公开出版物", "（五）不予处理"),
    ("unprocessed.mass", "4.无正当理由大量反复申请", "（五）不予处理"),
    ("unprocessed.confirm", "5.要求行政机关确认或重新出具已获取信息", "（五）不予处理"),
    ("other.no_supplement", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other.no_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "（六）其他处理"),
    ("other.other", "3.其他", "（六）其他处理"),
    ("total", "（七）总计", "三、本年度办理结果"),
    ("carried_forward", "四、结转下年度继续办理", None),
]
T3_ROWS_2019 = [r for r in T3_ROWS_2021 if not r[0].startswith("other.")]
T3_ROWS_2019.insert(-2, ("other", "（六）其他处理", "三、本年度办理结果"))


def row(*v):
    return dict(zip(COLS, v))


T3 = {
    "new": row(40, 6, 1, 0, 2, 1, 50), "carried": row(3, 1, 0, 0, 0, 0, 4),
    "granted": row(20, 3, 0, 0, 1, 0, 24), "partial": row(5, 1, 0, 0, 0, 0, 6),
    "denied.secret": row(0, 0, 0, 0, 0, 0, 0), "denied.law": row(0, 0, 0, 0, 0, 0, 0), "denied.safety": row(0, 0, 0, 0, 0, 0, 0),
    "denied.third_party": row(1, 0, 0, 0, 0, 0, 1), "denied.internal": row(0, 0, 0, 0, 0, 0, 0), "denied.process": row(2, 0, 0, 0, 0, 0, 2),
    "denied.enforcement": row(0, 0, 0, 0, 0, 0, 0), "denied.inquiry": row(0, 0, 0, 0, 0, 0, 0),
    "unavailable.not_held": row(6, 1, 1, 0, 0, 1, 9), "unavailable.needs_creation": row(1, 0, 0, 0, 0, 0, 1), "unavailable.unclear": row(0, 0, 0, 0, 0, 0, 0),
    "unprocessed.petition": row(2, 0, 0, 0, 0, 0, 2), "unprocessed.repeat": row(1, 0, 0, 0, 0, 0, 1), "unprocessed.publication": row(0, 0, 0, 0, 0, 0, 0),
    "unprocessed.mass": row(0, 0, 0, 0, 0, 0, 0), "unprocessed.confirm": row(0, 0, 0, 0, 0, 0, 0),
    "other.no_supplement": row(1, 0, 0, 0, 0, 0, 1), "other.no_fee": row(0, 0, 0, 0, 0, 0, 0), "other.other": row(0, 1, 0, 0, 1, 0, 2),
    "total": row(39, 6, 1, 0, 2, 1, 49), "carried_forward": row(4, 1, 0, 0, 0, 0, 5),
}
T4 = {"review": [2, 1, 0, 1, 4], "direct": [1, 0, 1, 0, 2], "after_review": [0, 0, 0, 1, 1]}
T4_KEYS = ["upheld", "corrected", "other", "pending", "total"]
T4_NAMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
T2_2021 = {"rules": [0, 0, 0], "normative": [5, 2, 38], "license": 1523, "penalty": 86, "coercion": 3, "fee": "12.5"}


def t3_2019():
    t = copy.deepcopy(T3)
    t["other"] = row(*[T3["other.no_supplement"][c] + T3["other.no_fee"][c] + T3["other.other"][c] for c in COLS])
    for k in ("other.no_supplement", "other.no_fee", "other.other"):
        del t[k]
    return t


T2_2019 = {"rules": [0, 0, 0], "normative": [6, 6, 41], "license": [210, 12, 1880], "other_service": [35, -4, 420],
           "penalty": [180, 5, 96], "coercion": [12, 0, 4], "fee": [8, -2], "procurement": [14, "297.17"]}


def values(fmt, tables=("t2", "t3", "t4"), t3=None, t4=None, t2=None):
    out = {}
    if "t2" in tables:
        if fmt == "2021":
            t2 = t2 or T2_2021
            for k, names in (("rules", ("issued", "repealed", "in_force")), ("normative", ("issued", "repealed", "in_force"))):
                for n, v in zip(names, t2[k]):
                    out[f"t2.{k}.{n}"] = v
            for k in ("license", "penalty", "coercion"):
                out[f"t2.{k}.decisions"] = t2[k]
            out["t2.fee.amount"] = float(t2["fee"])
        else:
            t2 = t2 or T2_2019
            for k in ("rules", "normative"):
                for n, v in zip(("made", "published", "total"), t2[k]):
                    out[f"t2.{k}.{n}"] = v
            for k in ("license", "other_service", "penalty", "coercion"):
                for n, v in zip(("prev", "change", "decisions"), t2[k]):
                    out[f"t2.{k}.{n}"] = v
            out["t2.fee.prev"], out["t2.fee.change"] = t2["fee"]
            out["t2.procurement.items"], out["t2.procurement.amount"] = t2["procurement"][0], float(t2["procurement"][1])
    if "t3" in tables:
        t3 = t3 or (T3 if fmt == "2021" else t3_2019())
        for k, cells in t3.items():
            for c, v in cells.items():
                out[f"t3.{k}.{c}"] = v
    if "t4" in tables:
        t4 = t4 or T4
        for g, vals in t4.items():
            for n, v in zip(T4_KEYS, vals):
                out[f"t4.{g}.{n}"] = v
    return out


def gold(name, agency, year, fmt, note, tables=("t2", "t3", "t4"), vals=None, ambiguous=()):
    answer = {"agency": agency if isinstance(agency, list) else [agency], "year": year, "format": fmt,
              "tables": {t: t in tables for t in ("t2", "t3", "t4")}, "values": vals if vals is not None else values(fmt, tables),
              "ambiguous": list(ambiguous), "note": note}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(answer, f, ensure_ascii=False, indent=1)


def write(name, text, encoding="utf-8"):
    if name.endswith(".html"):
        # Pages break their lines after rows, paragraphs and tables, as saved pages do.
        for tag in ("</tr>", "</p>", "</table>", "</h1>", "</div>"):
            text = text.replace(tag, tag + "\n")
    with open(os.path.join(OUT, name), "w", encoding=encoding) as f:
        f.write(text)


# ---- HTML pieces ----

def td(v, attrs=""):
    return f"<td{attrs}>{html.escape(str(v))}</td>"


def page(title, body, head_title=None, metas=""):
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{html.escape(head_title or title)}</title>{metas}</head><body>"
            f"<div class=\"crumb\">首页 &gt; 政府信息公开 &gt; 年度报告</div>{body}<div class=\"footer\">打印本页 关闭窗口</div></body></html>")


def intro(agency, year):
    return (f"<p>本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。</p>"
            f"<p><strong>一、总体情况</strong></p><p>{year}年，{agency}全年共收到政府信息公开申请50件，上年结转4件。</p>")


def t2_2021_html(t2=None, order=("issued", "repealed", "in_force")):
    t2 = t2 or T2_2021
    names = {"issued": "本年制发件数", "repealed": "本年废止件数", "in_force": "现行有效件数"}
    idx = {"issued": 0, "repealed": 1, "in_force": 2}
    h = "<table border=\"1\"><tr><td colspan=\"4\">第二十条第（一）项</td></tr><tr>" + td("信息内容") + "".join(td(names[o]) for o in order) + "</tr>"
    for key, label in (("rules", "规章"), ("normative", "行政规范性文件")):
        h += "<tr>" + td(label) + "".join(td(t2[key][idx[o]]) for o in order) + "</tr>"
    for head, rows in (("第二十条第（五）项", [("行政许可", "license")]), ("第二十条第（六）项", [("行政处罚", "penalty"), ("行政强制", "coercion")])):
        h += f"<tr><td colspan=\"4\">{head}</td></tr><tr>" + td("信息内容") + td("本年处理决定数量", " colspan=\"3\"") + "</tr>"
        for label, key in rows:
            h += "<tr>" + td(label) + td(t2[key], " colspan=\"3\"") + "</tr>"
    h += "<tr><td colspan=\"4\">第二十条第（八）项</td></tr><tr>" + td("信息内容") + td("本年收费金额（单位：万元）", " colspan=\"3\"") + "</tr>"
    h += "<tr>" + td("行政事业性收费") + td(t2["fee"], " colspan=\"3\"") + "</tr></table>"
    return h


def t3_html(rows=T3_ROWS_2021, t3=None, order=COLS, cell=lambda k, c, v: v):
    t3 = t3 or T3
    names = dict(zip(COLS, COL_NAMES))
    sub = [c for c in order if c not in ("natural", "total")]
    top = []
    for c in order:
        if c in ("natural", "total"):
            top.append(td(names[c], " rowspan=\"2\""))
        elif not any("法人" in x for x in top):
            top.append(td("法人或其他组织", f" colspan=\"{len(sub)}\""))
    h = ("<table border=\"1\"><tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>"
         "<td colspan=\"7\">申请人情况</td></tr><tr>" + "".join(top) + "</tr><tr>" + "".join(td(names[c]) for c in sub) + "</tr>")
    spans = {}
    for key, label, group in rows:
        if group and not group.startswith("三"):
            spans[group] = spans.get(group, 0) + 1
    result_rows = sum(1 for _, _, g in rows if g)
    seen = set()
    for key, label, group in rows:
        if group is None:
            first = "<td colspan=\"3\">" + html.escape(label) + "</td>"
        else:
            first = ""
            if "三、本年度办理结果" not in seen:
                seen.add("三、本年度办理结果")
                first += td("三、本年度办理结果", f" rowspan=\"{result_rows}\"")
            if group.startswith("三"):
                first += "<td colspan=\"2\">" + html.escape(label) + "</td>"
            else:
                if group not in seen:
                    seen.add(group)
                    first += td(group, f" rowspan=\"{spans[group]}\"")
                first += td(label)
        h += "<tr>" + first + "".join(td(cell(key, c, t3[key][c])) for c in order) + "</tr>"
    return h + "</table>"


def t4_html(t4=None, words=T4_NAMES):
    t4 = t4 or T4
    h = ("<table border=\"1\"><tr><td colspan=\"5\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr><tr>"
         + "".join(td(w, " rowspan=\"2\"") for w in words) + "<td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr><tr>"
         + "".join(td(w) for w in words) * 2 + "</tr><tr>")
    for g in ("review", "direct", "after_review"):
        h += "".join(td(v) for v in t4[g])
    return h + "</tr></table>"


def ending(agency, year):
    return (f"<p><strong>五、存在的主要问题及改进情况</strong></p><p>{year}年，政策解读形式仍较单一，下一步将加强培训。</p>"
            f"<p><strong>六、其他需要报告的事项</strong></p><p>本年度未收取信息处理费。</p><p style=\"text-align:right\">{agency}</p>"
            f"<p>{year + 1}年1月20日</p>")


def standard(agency, year, title=None, s2="二、主动公开政府信息情况", s3="三、收到和处理政府信息公开申请情况",
             s4="四、政府信息公开行政复议、行政诉讼情况", t2=None, t3=None, t4=None, visible_title=True):
    title = title or f"{agency}{year}年政府信息公开工作年度报告"
    body = (f"<h1>{html.escape(title)}</h1>" if visible_title else "") + intro(agency, year)
    body += f"<p><strong>{s2}</strong></p>" + (t2 or t2_2021_html())
    body += f"<p><strong>{s3}</strong></p>" + (t3 or t3_html())
    body += f"<p><strong>{s4}</strong></p>" + (t4 or t4_html())
    return body + ending(agency, year)


def make_html_variants():
    # 1. Columns printed in another order: 表三's 法人或其他组织 columns and 表二's first block.
    order = ["natural", "research", "commercial", "legal", "social", "other_org", "total"]
    a = "东湖县人民政府"
    write("columns-reordered.html", page(f"{a}2021年政府信息公开工作年度报告",
          standard(a, 2021, t2=t2_2021_html(order=("repealed", "issued", "in_force")), t3=t3_html(order=order))))
    gold("columns-reordered.html", a, 2021, "2021", "表三's 法人或其他组织 columns in another order (科研机构 before 商业企业, 法律服务机构 before 社会公益组织) and 表二's 本年废止件数 before 本年制发件数: read by the header, not by position")
    order2 = ["total", "natural", "commercial", "research", "social", "legal", "other_org"]
    a = "南岭镇人民政府"
    write("columns-total-first.html", page(f"{a}2021年政府信息公开工作年度报告", standard(a, 2021, t3=t3_html(order=order2))))
    gold("columns-total-first.html", a, 2021, "2021", "表三 prints 总计 as its first column")

    # 2. 表四 transposed: its fifteen cells as rows.
    a = "西山区司法局"
    rows = "<table border=\"1\"><tr><td colspan=\"3\">类别</td><td>数量</td></tr>"
    rows += "<tr><td rowspan=\"5\" colspan=\"2\">行政复议</td>" + "".join(("" if i == 0 else "<tr>") + td(n) + td(v) + "</tr>" for i, (n, v) in enumerate(zip(T4_NAMES, T4["review"])))
    for gi, (g, gname) in enumerate((("direct", "未经复议直接起诉"), ("after_review", "复议后起诉"))):
        for i, (n, v) in enumerate(zip(T4_NAMES, T4[g])):
            rows += "<tr>" + (td("行政诉讼", " rowspan=\"10\"") if gi == 0 and i == 0 else "") + (td(gname, " rowspan=\"5\"") if i == 0 else "") + td(n) + td(v) + "</tr>"
    rows += "</table>"
    write("review-transposed.html", page(f"{a}2021年政府信息公开工作年度报告", standard(a, 2021, t4=rows)))
    gold("review-transposed.html", a, 2021, "2021", "表四 published as rows: 行政复议 › 结果维持 … with one value column")

    # 3. 表二 transposed.
    a = "北湖市生态环境局"
    t2 = ("<table border=\"1\"><tr><td>信息内容</td><td>规章</td><td>行政规范性文件</td></tr>"
          + "".join("<tr>" + td(n) + td(T2_2021["rules"][i]) + td(T2_2021["normative"][i]) + "</tr>" for i, n in enumerate(("本年制发件数", "本年废止件数", "现行有效件数")))
          + "</table><table border=\"1\"><tr><td>信息内容</td><td>行政许可</td><td>行政处罚</td><td>行政强制</td></tr><tr>" + td("本年处理决定数量")
          + td(T2_2021["license"]) + td(T2_2021["penalty"]) + td(T2_2021["coercion"]) + "</tr></table>"
          + "<table border=\"1\"><tr><td>信息内容</td><td>行政事业性收费</td></tr><tr>" + td("本年收费金额（单位：万元）") + td(T2_2021["fee"]) + "</tr></table>")
    write("active-transposed.html", page(f"{a}2021年政府信息公开工作年度报告", standard(a, 2021, t2=t2)))
    gold("active-transposed.html", a, 2021, "2021", "表二 transposed: the items (规章, 行政规范性文件 …) as columns, the counts as rows")

    # 4. Section captions in other wordings and table captions.
    a = "青松县交通运输局"
    body = standard(a, 2020, s2="（二）主动公开政府信息情况", s3="表三：收到和处理政府信息公开申请情况（单位：件）",
                    s4="四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", t2=t2_2021_html(), t3=t3_html())
    write("captions-other-wordings.html", page(f"{a}2020年政府信息公开工作年度报告", body))
    gold("captions-other-wordings.html", a, 2020, "2021", "captions in other wordings: （二）-numbered, 表三：… with a unit, 四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")
    a = "白石乡人民政府"
    body = f"<h1>{a}2021年政府信息公开工作年度报告</h1>" + intro(a, 2021) + "<p>本乡主动公开信息312条。</p>" + t2_2021_html() + "<p>依申请公开情况如下：</p>" + t3_html() + "<p>复议诉讼情况：</p>" + t4_html() + ending(a, 2021)
    write("no-captions.html", page(f"{a}2021年政府信息公开工作年度报告", body))
    gold("no-captions.html", a, 2021, "2021", "no section heading or caption before 表二, 表三, 表四: each found by its own headers and row labels")

    # 5. Units typed into cells.
    unit = {"natural": "件", "commercial": " 件", "research": "个", "social": "", "legal": " 个", "other_org": "", "total": "件"}
    a = "红旗街道办事处"
    body = standard(a, 2021, t3=t3_html(cell=lambda k, c, v: f"{v}{unit[c]}" if k in ("new", "carried", "total") else v),
                    t2=t2_2021_html(t2=dict(T2_2021, fee="12.5万元")))
    write("units-in-cells.html", page(f"{a}2021年政府信息公开工作年度报告", body))
    gold("units-in-cells.html", a, 2021, "2021", "units typed into cells: 50件, 6 件, 1个, 12.5万元")

    # 6. Agency and year only in the page's head, or only in the first sentence.
    a = "云阳市人民政府办公室"
    head = f"{a}2021年政府信息公开工作年度报告"
    metas = f"<meta property=\"og:title\" content=\"{head}\"><meta name=\"ArticleTitle\" content=\"{head}\">"
    write("title-in-head.html", page(head, "<p><img src=\"title.png\" width=\"600\" height=\"80\"></p>" + standard(a, 2021, visible_title=False), metas=metas))
    gold("title-in-head.html", a, 2021, "2021", "the visible title is a picture: agency and year from <title>, og:title and the ArticleTitle meta")
    a = "上海市人民政府办公厅"
    write("title-first-sentence.html", "<html><head><meta charset=\"utf-8\"><title>年度报告</title></head><body>"
          + f"<p>2019年，{a}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》。</p>"
          + standard(a, 2019, visible_title=False, t2=t2_2021_html()).replace("<p><strong>一、总体情况</strong></p>", "<p><strong>一、总体情况</strong></p>", 1)
          + "</body></html>")
    gold("title-first-sentence.html", a, 2019, "2021", "no title at all: agency and year from the first sentence of the body (flagged as inferred); the 2021 tables in a 2019 report")

    # 7. Place-only title.
    a = "青山市"
    write("place-title.html", page(f"{a}2021年政府信息公开工作年度报告", standard(a, 2021, title=f"{a}2021年政府信息公开工作年度报告")))
    gold("place-title.html", a, 2021, "2021", "a city's overall report titled by its place only")

    # 10. Tables in an annex.
    a = "金水区发展和改革委员会"
    body = (f"<h1>{a}2021年政府信息公开工作年度报告</h1>" + intro(a, 2021)
            + "<p><strong>二、主动公开政府信息情况</strong></p><p>详见附表1。</p><p><strong>三、收到和处理政府信息公开申请情况</strong></p><p>详见附表2。</p>"
            + "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p><p>详见附表3。</p>" + ending(a, 2021)
            + "<p>附件：</p><p>附表1 主动公开政府信息情况</p>" + t2_2021_html() + "<p>附表2 收到和处理政府信息公开申请情况</p>" + t3_html()
            + "<p>附表3 政府信息公开行政复议、行政诉讼情况</p>" + t4_html())
    write("annex-tables.html", page(f"{a}2021年政府信息公开工作年度报告", body))
    gold("annex-tables.html", a, 2021, "2021", "sections 二–四 say 详见附表; the tables follow section 六, the signature and the date, under 附件 / 附表1–3")

    # 12. 表二 rows in another order, 行政事业性收费 in a small table of its own.
    a = "长河县市场监督管理局"
    t2 = ("<table border=\"1\"><tr><td colspan=\"4\">第二十条第（六）项</td></tr><tr>" + td("信息内容") + td("本年处理决定数量", " colspan=\"3\"") + "</tr>"
          + "<tr>" + td("行政强制") + td(T2_2021["coercion"], " colspan=\"3\"") + "</tr><tr>" + td("行政处罚") + td(T2_2021["penalty"], " colspan=\"3\"") + "</tr>"
          + "<tr><td colspan=\"4\">第二十条第（一）项</td></tr><tr>" + td("信息内容") + td("本年制发件数") + td("本年废止件数") + td("现行有效件数") + "</tr>"
          + "<tr>" + td("行政规范性文件") + "".join(td(v) for v in T2_2021["normative"]) + "</tr><tr>" + td("规章") + "".join(td(v) for v in T2_2021["rules"]) + "</tr>"
          + "<tr><td colspan=\"4\">第二十条第（五）项</td></tr><tr>" + td("信息内容") + td("本年处理决定数量", " colspan=\"3\"") + "</tr>"
          + "<tr>" + td("行政许可") + td(T2_2021["license"], " colspan=\"3\"") + "</tr></table><p>行政事业性收费情况：</p>"
          + "<table border=\"1\"><tr>" + td("信息内容") + td("本年收费金额（单位：万元）") + "</tr><tr>" + td("行政事业性收费") + td(T2_2021["fee"]) + "</tr></table>")
    write("active-reordered.html", page(f"{a}2021年政府信息公开工作年度报告", standard(a, 2021, t2=t2)))
    gold("active-reordered.html", a, 2021, "2021", "表二's blocks and rows in another order; 行政事业性收费 in a small table of its own")

    # 13. Two reports on one page.
    a = "柳林县人民政府"
    this_year = standard(a, 2021)
    last = copy.deepcopy(T3)
    last["new"] = row(30, 4, 0, 0, 1, 0, 35)
    write("two-reports.html", page(f"{a}政府信息公开工作年度报告", this_year + "<hr>" + standard(a, 2020, t3=t3_html(t3=last))))
    gold("two-reports.html", a, 2021, "2021", "an archive page with this year's report and last year's after it: the first is read, never filled from the second")

    a = "柳林县财政局"
    first = standard(a, 2021, t4="<p><img src=\"biao4.png\" width=\"800\" height=\"200\"></p>")
    write("two-reports-gap.html", page(f"{a}政府信息公开工作年度报告", first + "<hr>" + standard(a, 2020)))
    gold("two-reports-gap.html", a, 2021, "2021", "this year's report publishes 表四 as a picture, last year's follows it on the page with its 表四 in text: "
         "this year's 表四 is missing, never taken from last year's", tables=("t2", "t3"))

    # 14. Transition year: a 2021 report whose 表四 keeps the 2019 words.
    a = "东坡区人民政府"
    t4 = t4_html(words=["结果维  持", "结果纠  正", "驳回申请", "尚未审  结", "总  计"]).replace("<td>其他结果</td>", "<td>驳回起诉</td>")
    write("transition-2021.html", page(f"{a}2021年政府信息公开工作年度报告",
          standard(a, 2021, s4="四、因政府信息公开申请行政复议、行政诉讼情况", t4=t4)))
    gold("transition-2021.html", a, 2021, "2021", "a 2021 report whose 表四 keeps the 2019 template's words (驳回申请, spaced 结果维  持) and section title")


def make_text_variants():
    # 1b. A text copy whose 表三 columns are printed in another order, one row a line.
    a = "东湖县民政局"
    order = ["natural", "research", "commercial", "legal", "social", "other_org", "total"]
    names = dict(zip(COLS, COL_NAMES))
    lines = [f"{a}2021年政府信息公开工作年度报告", "一、总体情况", f"2021年，{a}依法做好政府信息公开工作。", "三、收到和处理政府信息公开申请情况",
             "申请人情况", "自然人 法人或其他组织 总计", " ".join(names[c] for c in order if c not in ("natural", "total"))]
    for key, label, group in T3_ROWS_2021:
        lines.append(label + " " + " ".join(str(T3[key][c]) for c in order))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
              " ".join(T4_NAMES * 2), " ".join(str(v) for g in ("review", "direct", "after_review") for v in T4[g]), "五、存在的主要问题及改进情况", "无。"]
    write("columns-reordered.txt", "\n".join(lines) + "\n")
    gold("columns-reordered.txt", a, 2021, "2021", "a text copy, one row a line, whose 表三 prints 科研机构 before 商业企业 and 法律服务机构 before 社会公益组织", tables=("t3", "t4"))

    # 11. Rows written as prose (a WeChat copy).
    a = "平安县教育局"
    lines = [f"{a}2021年政府信息公开工作年度报告", "一、总体情况", f"2021年，{a}全年共收到政府信息公开申请50件。", "二、主动公开政府信息情况"]
    lines += [f"规章：本年制发件数{T2_2021['rules'][0]}件，本年废止件数{T2_2021['rules'][1]}件，现行有效件数{T2_2021['rules'][2]}件。",
              f"行政规范性文件：本年制发件数{T2_2021['normative'][0]}件，本年废止件数{T2_2021['normative'][1]}件，现行有效件数{T2_2021['normative'][2]}件。",
              f"行政许可：本年处理决定数量{T2_2021['license']}件。", f"行政处罚：本年处理决定数量{T2_2021['penalty']}件。",
              f"行政强制：本年处理决定数量{T2_2021['coercion']}件。", f"行政事业性收费：本年收费金额{T2_2021['fee']}万元。"]
    lines += ["三、收到和处理政府信息公开申请情况", "申请人情况：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计"]
    for key, label, group in T3_ROWS_2021:
        if group and group != "三、本年度办理结果" and label.startswith("1."):
            lines.append(group)
        elif group == "三、本年度办理结果" and key == "granted":
            lines.append(group)
        lines.append(label + "：" + "、".join(str(T3[key][c]) for c in COLS))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议：结果维持、结果纠正、其他结果、尚未审结、总计：" + "、".join(map(str, T4["review"])),
              "行政诉讼（未经复议直接起诉）：" + "、".join(map(str, T4["direct"])), "行政诉讼（复议后起诉）：" + "、".join(map(str, T4["after_review"])),
              "五、存在的主要问题及改进情况", "政策解读仍需加强。", "六、其他需要报告的事项", "无。"]
    write("prose-rows.txt", "\n".join(lines) + "\n")
    gold("prose-rows.txt", a, 2021, "2021", "rows written as prose: 一、本年新收政府信息公开申请数量：40、6、1、0、2、1、50; header line 申请人情况：自然人、商业企业、…")

    # 15. A table pasted from Excel: zeros as '-', numbers padded.
    a = "梅岭镇人民政府"
    lines = [f"{a}2021年政府信息公开工作年度报告", "一、总体情况", f"2021年，{a}依法做好政府信息公开工作。", "三、收到和处理政府信息公开申请情况",
             "\t\t\t申请人情况", "\t\t\t自然人\t法人或其他组织\t\t\t\t\t总计", "\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他"]
    for key, label, group in T3_ROWS_2021:
        cells = [f" {T3[key][c]} " if T3[key][c] else " -   " for c in COLS]
        lines.append("\t".join([group or "", label, ""] + cells))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议\t\t\t\t\t行政诉讼", "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉",
              "\t".join(T4_NAMES * 3), "\t".join((f" {v} " if v else " - ") for g in ("review", "direct", "after_review") for v in T4[g]),
              "五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"]
    write("excel-paste.txt", "\n".join(lines) + "\n")
    gold("excel-paste.txt", a, 2021, "2021", "a table pasted from Excel: zeros shown as '-', numbers padded with spaces", tables=("t3", "t4"))


def make_binary_variants():
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: the DOCX/PDF variants are not made", file=sys.stderr)
        return
    work = tempfile.mkdtemp()
    profile = f"-env:UserInstallation=file://{work}/profile"

    def convert(src, target, ext, name):
        if os.path.exists(os.path.join(OUT, name)) and "--remake" not in sys.argv:
            return
        subprocess.run([soffice, profile, "--headless", "--convert-to", f"{ext}:{target}", "--outdir", work, src], check=True, capture_output=True)
        stem = os.path.splitext(os.path.basename(src))[0]
        shutil.move(os.path.join(work, stem + "." + ext), os.path.join(OUT, name))

    # 9. Labels wrapping inside narrow cells, a table running onto the next page without its header, page numbers.
    a = "石门县卫生健康局"
    narrow = standard(a, 2021).replace("<table border=\"1\">", "<table border=\"1\" style=\"width:100%\">")
    narrow = narrow.replace("<td colspan=\"3\" rowspan=\"3\">", "<td colspan=\"3\" rowspan=\"3\" style=\"width:18%\">")
    src = os.path.join(work, "wrapped-labels.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("<html><head><meta charset=\"utf-8\"><style>td{font-size:10pt;padding:6pt} p{margin:14pt 0}</style></head><body>"
                + "<p>　</p>" * 12 + narrow + "</body></html>")
    convert(src, "writer_pdf_Export", "pdf", "wrapped-labels.pdf")
    gold("wrapped-labels.pdf", a, 2021, "2021", "a PDF of a report whose tables have narrow columns: row labels and numbers wrapped inside their cells, "
         "表三 running onto the next page without its header rows, a row cut in two by the page break; 表四's last column falls off the page (ambiguous)",
         ambiguous=["t4.after_review.total"])

    # Numbers drawn in pieces: Word writes 368 as 3 + 68 when the font changes mid-number.
    a = "桃源县水利局"
    docx = os.path.join(OUT, "number-pieces.docx")
    if not os.path.exists(docx) or "--remake" in sys.argv:
        write_docx(docx, a, 2021, split_numbers=True)
    gold("number-pieces.docx", a, 2021, "2021", "numbers drawn in pieces: runs in two fonts inside one number (1 + 523)")
    convert(docx, "writer_pdf_Export", "pdf", "number-pieces.pdf")
    gold("number-pieces.pdf", a, 2021, "2021", "the PDF of number-pieces.docx: each number's pieces printed in two fonts")

    # 8. Headlines outside the body: in a text box, or in the page header.
    a = "清河县文化和旅游局"
    write_docx(os.path.join(OUT, "title-in-textbox.docx"), a, 2021, title_where="textbox")
    gold("title-in-textbox.docx", a, 2021, "2021", "the title only in a floating text box; the body starts at 一、总体情况")
    a = "清河县林业局"
    write_docx(os.path.join(OUT, "title-in-header.docx"), a, 2021, title_where="header")
    gold("title-in-header.docx", a, 2021, "2021", "the title only in the page header; the body starts at 一、总体情况")

    # 16. A web page printed to PDF with the table cut at the page's right edge.
    chromium = shutil.which("chromium")
    if chromium:
        a = "高桥镇人民政府"
        wide = standard(a, 2021).replace("<table border=\"1\">", "<table border=\"1\" style=\"width:1250px;table-layout:fixed\">")
        src = os.path.join(work, "cut.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write("<html><head><meta charset=\"utf-8\"><style>body{width:1300px} td{font-size:12px;padding:4px}"
                    "@page{size:A4 portrait;margin:10mm}</style></head><body>" + wide + "</body></html>")
        pdf = os.path.join(OUT, "cut-at-edge.pdf")
        if not os.path.exists(pdf) or "--remake" in sys.argv:
            subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                            f"--user-data-dir={work}/chrome", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + src], check=True, capture_output=True)
        cut = [f for f in values("2021") if f.startswith("t3.") and f.endswith(".total")] + ["t4.after_review.pending", "t4.after_review.total"]
        gold("cut-at-edge.pdf", a, 2021, "2021", "a web page printed to PDF: 表三's 总计 column and 表四's last two columns fall off the page; the columns shown are read, the rest cannot be (ambiguous)", ambiguous=cut)
    shutil.rmtree(work, ignore_errors=True)


def write_docx(path, agency, year, split_numbers=False, title_where="body"):
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    def run(text, font=None):
        rpr = f"<w:rPr><w:rFonts w:ascii=\"{font}\" w:hAnsi=\"{font}\" w:eastAsia=\"宋体\"/></w:rPr>" if font else ""
        return f"<w:r>{rpr}<w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r>"
    def para(text, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f"<w:p><w:r>{rpr}<w:t xml:space=\"preserve\">{html.escape(text)}</w:t></w:r></w:p>"
    def cell(text, span=1):
        t = str(text)
        if split_numbers and t.isdigit() and len(t) > 1:
            runs = run(t[0], "Times New Roman") + run(t[1:], "Arial")
        else:
            runs = run(t)
        grid = f"<w:tcPr><w:gridSpan w:val=\"{span}\"/></w:tcPr>" if span > 1 else ""
        return f"<w:tc>{grid}<w:p>{runs}</w:p></w:tc>"
    def table(rows):
        return "<w:tbl><w:tblPr><w:tblBorders>" + "".join(f"<w:{b} w:val=\"single\" w:sz=\"4\"/>" for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders></w:tblPr>" + "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows) + "</w:tbl>"
    title = f"{agency}{year}年政府信息公开工作年度报告"
    body = ""
    if title_where == "body":
        body += para(title, True)
    elif title_where == "textbox":
        body += ("<w:p><w:r><w:pict><v:shape xmlns:v=\"urn:schemas-microsoft-com:vml\" style=\"position:absolute;width:400pt;height:40pt\"><v:textbox><w:txbxContent>"
                 + para(title, True) + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>")
    body += para("一、总体情况", True) + para(f"{year}年，本局依法做好政府信息公开工作，全年共收到政府信息公开申请50件。")
    body += para("二、主动公开政府信息情况", True)
    t2 = [[cell("第二十条第（一）项", 4)], [cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数")],
          [cell("规章")] + [cell(v) for v in T2_2021["rules"]], [cell("行政规范性文件")] + [cell(v) for v in T2_2021["normative"]],
          [cell("第二十条第（五）项", 4)], [cell("信息内容"), cell("本年处理决定数量", 3)], [cell("行政许可"), cell(T2_2021["license"], 3)],
          [cell("第二十条第（六）项", 4)], [cell("信息内容"), cell("本年处理决定数量", 3)], [cell("行政处罚"), cell(T2_2021["penalty"], 3)],
          [cell("行政强制"), cell(T2_2021["coercion"], 3)], [cell("第二十条第（八）项", 4)], [cell("信息内容"), cell("本年收费金额（单位：万元）", 3)],
          [cell("行政事业性收费"), cell(T2_2021["fee"], 3)]]
    body += table(t2) + para("三、收到和处理政府信息公开申请情况", True)
    t3 = [[cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")] + [cell(n) for n in COL_NAMES]]
    for key, label, group in T3_ROWS_2021:
        t3.append([cell((group + " " if group and not group.startswith("三") else "") + label)] + [cell(T3[key][c]) for c in COLS])
    body += table(t3) + para("四、政府信息公开行政复议、行政诉讼情况", True)
    t4 = [[cell("行政复议", 5), cell("行政诉讼", 10)], [cell("", 5), cell("未经复议直接起诉", 5), cell("复议后起诉", 5)], [cell(n) for n in T4_NAMES] * 3,
          [cell(v) for g in ("review", "direct", "after_review") for v in T4[g]]]
    body += table(t4) + para("五、存在的主要问题及改进情况", True) + para("政策解读仍需加强。") + para("六、其他需要报告的事项", True) + para("无。")
    header_ref = "<w:headerReference w:type=\"default\" r:id=\"rIdH\"/>" if title_where == "header" else ""
    document = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>" + body
                + f"<w:sectPr>{header_ref}<w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>")
    rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + ("<Relationship Id=\"rIdH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>" if title_where == "header" else "")
            + "</Relationships>")
    types = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
             "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
             "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
             + ("<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>" if title_where == "header" else "")
             + "</Types>")
    root_rels = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                 "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", types), ("_rels/.rels", root_rels), ("word/document.xml", document), ("word/_rels/document.xml.rels", rels)):
            info = zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
        if title_where == "header":
            info = zipfile.ZipInfo("word/header1.xml", (2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"{W}\">" + para(title) + "</w:hdr>")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_html_variants()
    make_text_variants()
    make_binary_variants()
    print(len([f for f in os.listdir(OUT) if f.endswith(".gold.json")]), "fixtures in", OUT)
