#!/usr/bin/env python3
"""Makes the web fixtures of test-data/habits/ (issue 28): reports published the ways real sites,
content systems, Word, Excel and WeChat publish them, and reports made of several files.

Principle 1, read what a browser shows and nothing it hides: web-frameset.html, web-iframe.html,
web-pdf-viewer.html, web-hidden-copy.html, web-excel-sheet.htm, web-word-export.html, web-wechat.html,
web-div-table.html, web-split-header.html, web-form-inputs.html, web-responsive.html, web-marks.html.
Principle 2, a report can be several files: web-paged.html (+ _1, _2), web-pager-absolute.html,
web-attach-xls.html, web-attach-xlsx.html, web-attach-pdf.html, web-attach-docx.html,
web-attach-missing.html, and the folder web-page-photos/ of page pictures.

Each is made from the data model of make-wild.py (imported, its answers written the same way), so
every answer (X.gold.json) is exact; the data are invented, and each answer's note names the habit
imitated. Standard library only; the PDF, XLS and DOCX attachments need LibreOffice (soffice), the
page pictures Chromium. Outputs are committed; running again rewrites the pages and answers and
makes the binary files only where missing (--remake makes them anew):
    python3 test-data/make-habits-web.py
"""
import copy, html, importlib.util, os, re, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "habits")
_spec = importlib.util.spec_from_file_location("make_wild", os.path.join(HERE, "make-wild.py"))
W = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(W)
W.OUT = OUT
REMAKE = "--remake" in sys.argv

T3, T4, T2 = W.T3, W.T4, W.T2_2021
COLS, COL_NAMES, T3_ROWS = W.COLS, W.COL_NAMES, W.T3_ROWS_2021
T4_NAMES = W.T4_NAMES
td, page, standard, intro, ending = W.td, W.page, W.standard, W.intro, W.ending


def write(name, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(os.path.join(OUT, name)), exist_ok=True)
    W.write(name, text, encoding)


def gold(name, agency, year, note, tables=("t2", "t3", "t4"), fmt="2021", ambiguous=()):
    W.gold(name, agency, year, fmt, note, tables=tables, ambiguous=ambiguous)


def title(agency, year=2021):
    return f"{agency}{year}年政府信息公开工作年度报告"


def other(t3=None, **rows):
    """A copy of 表三's data with some rows changed: what a hidden or stale copy holds."""
    t = copy.deepcopy(t3 or T3)
    for k, v in rows.items():
        t[k.replace("__", ".")] = W.row(*v)
    return t


def missing(name):
    return not os.path.exists(os.path.join(OUT, name)) or REMAKE


# ---- Principle 1: what a browser shows ----

def frameset():
    a = "青溪县人民政府办公室"
    write("web-frameset.html", "<!DOCTYPE html PUBLIC \"-//W3C//DTD HTML 4.01 Frameset//EN\"><html><head><meta charset=\"utf-8\">"
          f"<title>{title(a)}</title></head><frameset rows=\"96,*\" frameborder=\"0\" border=\"0\">"
          "<frame name=\"banner\" src=\"web-frameset_files/top.html\" scrolling=\"no\" noresize>"
          "<frameset cols=\"180,*\"><frame name=\"menu\" src=\"web-frameset_files/menu.html\">"
          "<frame name=\"main\" src=\"web-frameset_files/main.html\"></frameset>"
          "<noframes><body><p>您的浏览器不支持框架，请升级浏览器。</p></body></noframes></frameset></html>")
    write("web-frameset_files/top.html", "<html><head><meta charset=\"utf-8\"></head><body><div class=\"logo\">青溪县人民政府门户网站</div></body></html>")
    write("web-frameset_files/menu.html", "<html><head><meta charset=\"utf-8\"></head><body><ul><li><a href=\"zn.html\" target=\"main\">政府信息公开指南</a></li>"
          "<li><a href=\"ml.html\" target=\"main\">政府信息公开目录</a></li><li><a href=\"main.html\" target=\"main\">政府信息公开年度报告</a></li></ul></body></html>")
    write("web-frameset_files/main.html", page(title(a), standard(a, 2021)))
    gold("web-frameset.html", a, 2021, "an old site's page saved with its frames (frameset: banner, menu, content), the report in the content frame "
         "saved in web-frameset_files/: the frames read where they stand, the <noframes> text not")


def iframe():
    a = "石桥镇人民政府"
    body = (f"<div class=\"crumb\">首页 &gt; 政务公开 &gt; 年度报告</div><h1>{title(a)}</h1><div class=\"info\">发布时间：2022-01-25 来源：石桥镇</div>"
            "<iframe src=\"https://tongji.example.gov.cn/count.html?id=88\" width=\"0\" height=\"0\" frameborder=\"0\"></iframe>"
            "<iframe id=\"contentFrame\" src=\"web-iframe_files/saved_resource.html\" width=\"100%\" height=\"3600\" frameborder=\"0\" scrolling=\"no\"></iframe>"
            "<iframe src=\"https://v.example.com/player/embed/XNTk3MjQ\" width=\"640\" height=\"360\"></iframe>"
            "<div class=\"share\"><iframe src=\"web-iframe_files/share.html\" width=\"160\" height=\"30\" frameborder=\"0\"></iframe></div>")
    write("web-iframe.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.escape(title(a)) + "</title></head><body>" + body + "</body></html>")
    inner = standard(a, 2021).replace(f"<h1>{html.escape(title(a))}</h1>", "", 1)
    write("web-iframe_files/saved_resource.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div class=\"TRS_Editor\">" + inner + "</div></body></html>")
    write("web-iframe_files/share.html", "<html><head><meta charset=\"utf-8\"></head><body>分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a></body></html>")
    gold("web-iframe.html", a, 2021, "a content system's article page whose body is an inline frame, saved as a complete page (the frame in "
         "web-iframe_files/saved_resource.html): read where the frame stands; a counter frame of no size and a video player are no parts")


def pdf_viewer():
    a = "云溪县农业农村局"
    stored = "P020220125563.pdf"
    body = (f"<h1>{html.escape(title(a))}</h1><div class=\"info\">发布日期：2022-01-25</div>"
            "<iframe src=\"/static/pdfjs/web/viewer.html?file=%2Fupload%2F2022%2F01%2F" + stored + "\" width=\"100%\" height=\"900\" frameborder=\"0\"></iframe>"
            "<p><a href=\"/upload/2022/01/" + stored + "\">下载附件</a></p>")
    write("web-pdf-viewer.html", page(title(a), body))
    if missing(stored):
        report_pdf(a, os.path.join(OUT, stored))
    gold("web-pdf-viewer.html", a, 2021, "a page showing its report in an embedded PDF viewer (pdf.js viewer.html?file=/upload/…/P0202….pdf) "
         "with a 下载附件 link to the same file, the PDF saved beside the page: the document the viewer shows is read where it stands, once")


def hidden_copy():
    a = "枫林县住房和城乡建设局"
    draft3 = other(new=(35, 5, 1, 0, 2, 1, 44), granted=(16, 2, 0, 0, 1, 0, 19), total=(33, 5, 1, 0, 2, 1, 42))
    draft4 = {"review": [3, 0, 0, 1, 4], "direct": [0, 0, 1, 0, 1], "after_review": [0, 0, 0, 0, 0]}
    css = ("<style>.hide{display:none}#printArea{display:none}.article p{line-height:2}"
           "@media print{#printArea{display:block}.noprint{display:none}}</style>")
    draft = ("<div id=\"printArea\">" + standard(a, 2021, t3=W.t3_html(t3=draft3), t4=W.t4_html(t4=draft4)) + "</div>")
    visible = "<div class=\"article noprint\">" + standard(a, 2021) + "</div>"
    stale = "<div class=\"hide\"><p>四、政府信息公开行政复议、行政诉讼情况</p>" + W.t4_html(t4=draft4) + "</div>"
    template = "<script type=\"text/template\" id=\"tpl\"><table><tr><td>一、本年新收政府信息公开申请数量</td><td>{{new}}</td></tr></table></script>"
    write("web-hidden-copy.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.escape(title(a)) + "</title>" + css + "</head><body>"
          + draft + "<div class=\"noprint crumb\">首页 &gt; 信息公开</div>" + visible + stale + template
          + "<div hidden><p>旧版：一、本年新收政府信息公开申请数量 44</p></div></body></html>")
    gold("web-hidden-copy.html", a, 2021, "a content system's template carrying hidden copies: a print copy of an earlier draft with other numbers "
         "before the article (hidden by an id rule of the page's <style>, shown only in print), a stale 表四 hidden by a class rule, a script template "
         "and a hidden-attribute block: only the article a browser shows is read")


def excel_sheet():
    a = "白沙县财政局"
    head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
            "<meta name=ProgId content=Excel.Sheet><meta name=Generator content=\"Microsoft Excel 15\">"
            "<style>\n<!--table {mso-displayed-decimal-separator:\"\\.\";}\n.xl65 {mso-style-parent:style0; mso-number-format:\"0_ \"; text-align:center;}\n"
            ".xl66 {mso-style-parent:style0; white-space:normal;}\n-->\n</style></head><body link=blue vlink=purple>")
    # 表三 with a hidden column (上年同期) after 自然人 and a hidden row of last year's figures before 一、本年新收…
    last_year = {"new": (31, 4, 0, 1, 1, 0, 37)}
    cols = "<col width=90><col width=180><col width=220>" + "<col width=64>" + "<col width=0 style='display:none'>" + "<col width=64>" * 6
    h = f"<table border=0 cellpadding=0 cellspacing=0 width=900 style='border-collapse:collapse;table-layout:fixed'>{cols}"
    h += f"<tr height=30><td colspan=10 class=xl66>{html.escape(title(a))}</td><td style='display:none'></td></tr>"
    h += "<tr><td colspan=3 rowspan=3 class=xl66>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=7>申请人情况</td></tr>"
    h += ("<tr><td rowspan=2>自然人</td><td rowspan=2 style='display:none'>上年同期</td><td colspan=5>法人或其他组织</td><td rowspan=2>总计</td></tr><tr>"
          + "".join(td(n) for n in COL_NAMES[1:6]) + "</tr>")
    result_rows = sum(1 for _, _, g in T3_ROWS if g)
    seen = set()
    spans = {}
    for _, _, g in T3_ROWS:
        if g and not g.startswith("三"):
            spans[g] = spans.get(g, 0) + 1
    for key, label, group in T3_ROWS:
        if key == "new":
            h += ("<tr height=0 style='display:none'><td colspan=3>一、本年新收政府信息公开申请数量（上年）</td>"
                  + "".join(f"<td class=xl65 x:num>{v}</td>" for v in last_year["new"][:1]) + "<td style='display:none'>0</td>"
                  + "".join(f"<td class=xl65 x:num>{v}</td>" for v in last_year["new"][1:]) + "</tr>")
        first = ""
        if group is None:
            first = f"<td colspan=3 class=xl66>{html.escape(label)}</td>"
        else:
            if "r" not in seen:
                seen.add("r")
                first += f"<td rowspan={result_rows} class=xl66>三、本年度办理结果</td>"
            if group.startswith("三"):
                first += f"<td colspan=2 class=xl66>{html.escape(label)}</td>"
            else:
                if group not in seen:
                    seen.add(group)
                    first += f"<td rowspan={spans[group]} class=xl66>{html.escape(group)}</td>"
                first += f"<td class=xl66>{html.escape(label)}</td>"
        v = T3[key]
        cells = f"<td class=xl65 x:num>{v['natural']}</td><td class=xl65 style='display:none' x:num>{max(0, v['natural'] - 3)}</td>"
        cells += "".join(f"<td class=xl65 x:num>{v[c]}</td>" for c in COLS[1:6])
        cells += f"<td class=xl65 x:num x:fmla=\"=SUM(RC[-7]:RC[-1])\">{v['total']}</td>"
        h += "<tr>" + first + cells + "</tr>"
    h += "</table>"
    body = f"<p>{html.escape(title(a))}统计表</p><p>二、主动公开政府信息情况</p>" + W.t2_2021_html() + "<p>三、收到和处理政府信息公开申请情况</p>" + h
    body += "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + W.t4_html()
    write("web-excel-sheet.htm", head + body + "</body></html>", encoding="gb18030")
    gold("web-excel-sheet.htm", a, 2021, "a worksheet saved by Excel as a web page (GB2312, x:num cells, <col> widths): a hidden column (上年同期) "
         "and a hidden row of last year's figures written with display:none, which a browser does not lay out; the cells after them keep their columns")


def word_export():
    a = "云岭市司法局"
    def p(text, cls="MsoNormal"):
        return f"<p class={cls}><span style='font-family:仿宋_GB2312'>{text}</span></p>"
    def cell(v):
        return ("<td width=54 valign=top style='width:40.5pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                f"<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US>{v}<o:p></o:p></span></p></td>")
    def lcell(text, attrs=""):
        return (f"<td{attrs} valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                f"<p class=MsoNormal><span style='font-family:宋体'>{html.escape(text)}</span></p></td>")
    special = {
        ("new", "natural"): "<del cite=\"mailto:wang\" datetime=\"2022-01-10T09:12\"><span lang=EN-US>38</span></del>"
                            "<ins cite=\"mailto:wang\" datetime=\"2022-01-10T09:12\"><span lang=EN-US>40</span></ins>",
        ("new", "total"): "<del cite=\"mailto:wang\" datetime=\"2022-01-10T09:12\">48</del><ins cite=\"mailto:wang\" datetime=\"2022-01-10T09:12\">50</ins>",
        ("granted", "natural"): "<span style='display:none;mso-hide:all'>1</span>20",
        ("unavailable.not_held", "total"): "9<span style='display:none;mso-hide:all'>（含转办1件）</span>",
    }
    t3 = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
          "<tr>" + lcell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", " colspan=3 rowspan=3") + lcell("申请人情况", " colspan=7") + "</tr>"
          "<tr>" + lcell("自然人", " rowspan=2") + lcell("法人或其他组织", " colspan=5") + lcell("总计", " rowspan=2") + "</tr><tr>"
          + "".join(lcell(n) for n in COL_NAMES[1:6]) + "</tr>")
    result_rows = sum(1 for _, _, g in T3_ROWS if g)
    spans, seen = {}, set()
    for _, _, g in T3_ROWS:
        if g and not g.startswith("三"):
            spans[g] = spans.get(g, 0) + 1
    for key, label, group in T3_ROWS:
        first = ""
        if group is None:
            first = lcell(label, " colspan=3")
        else:
            if "r" not in seen:
                seen.add("r")
                first += lcell("三、本年度办理结果", f" rowspan={result_rows}")
            if group.startswith("三"):
                first += lcell(label, " colspan=2")
            else:
                if group not in seen:
                    seen.add(group)
                    first += lcell(group, f" rowspan={spans[group]}")
                first += lcell(label)
        t3 += "<tr>" + first + "".join(cell(special.get((key, c), T3[key][c])) for c in COLS) + "</tr>"
    t3 += "</table>"
    footnote = ("<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference><span lang=EN-US>"
                "<span style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference>[1]</span><![endif]></span></span></span></a>")
    body = (p(f"<b>{html.escape(title(a))}</b>", "MsoTitle")
            + p("<![if !supportLists]><span>一、</span><![endif]>总体情况")
            + p(f"2021年，本局共收到政府信息公开申请50件{footnote}，上年结转4件。<span style='display:none;mso-hide:all'>（初稿：收到申请48件）</span>")
            + p("二、主动公开政府信息情况") + W.t2_2021_html()
            + p("三、收到和处理政府信息公开申请情况") + t3
            + p("四、政府信息公开行政复议、行政诉讼情况") + W.t4_html()
            + p("五、存在的主要问题及改进情况") + p("政策解读形式仍较单一。") + p("六、其他需要报告的事项") + p("本年度未收取信息处理费。")
            + "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width=\"33%\"><![endif]>"
            "<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1' href=\"#_ftnref1\" name=\"_ftn1\" title=\"\">"
            "<span class=MsoFootnoteReference>[1]</span></a> 含通过网络平台提交的申请12件。</p></div></div>")
    head = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered)\"><title>" + html.escape(title(a)) + "</title>"
            "<style>\n<!--\np.MsoNormal {margin:0cm; text-align:justify; font-size:10.5pt;}\n.MsoChpDefault {font-family:等线;}\n-->\n</style></head>"
            "<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'><div class=WordSection1 style='layout-grid:15.6pt'>")
    write("web-word-export.html", head + body + "</div></body></html>", encoding="gb18030")
    gold("web-word-export.html", a, 2021, "a Word document saved as a web page (filtered HTML, GB2312): revisions kept as <del>/<ins> in two cells "
         "(38→40, 48→50), hidden text (display:none;mso-hide:all) before a number and after one, a footnote reference [1] after a sentence and the footnote list at the end")


def wechat():
    a = "桂山区教育局"
    struck = lambda k, c, v: "@STRUCK@" if (k, c) == ("carried", "natural") else v
    t3 = W.t3_html(cell=struck).replace("<td>（三）不予公开</td>", "<td>（三）不予<br>公开</td>").replace(
        "@STRUCK@", "<span style=\"text-decoration: line-through;\">{}</span>{}".format(T3["carried"]["natural"] - 1, T3["carried"]["natural"]))
    body = standard(a, 2021, t3=t3, visible_title=False).replace("<p>", "<section style=\"margin:0 8px;\"><p style=\"text-indent:2em;\">").replace("</p>", "</p></section>")
    body = body.replace("<td>", "<td valign=\"top\" style=\"word-break: break-all;\">")
    article = ("<div id=\"img-content\" class=\"rich_media_wrp\"><h1 class=\"rich_media_title\" id=\"activity-name\">" + html.escape(title(a)) + "</h1>"
               "<div id=\"meta_content\" class=\"rich_media_meta_list\"><span class=\"rich_media_meta rich_media_meta_nickname\" id=\"profileBt\">"
               "<a href=\"javascript:void(0);\" id=\"js_name\">桂山教育</a></span><em id=\"publish_time\" class=\"rich_media_meta rich_media_meta_text\">2022-01-26 17:30</em></div>"
               "<div class=\"rich_media_content js_underline_content\" id=\"js_content\" style=\"visibility: hidden;\">"
               "<p><img class=\"rich_pages wxw-img\" data-ratio=\"0.4\" data-src=\"https://mmbiz.qpic.cn/mmbiz_png/abc/640?wx_fmt=png\" data-type=\"png\" data-w=\"1080\" style=\"width:100%;\"></p>"
               + body + "</div></div>")
    tail = ("<div class=\"rich_media_tool\"><a id=\"js_view_source\" href=\"##\">阅读原文</a><span>阅读</span></div>"
            "<div class=\"qr_code_pc\"><p>微信扫一扫<br>关注该公众号</p></div>")
    head = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta property=\"og:title\" content=\"" + html.escape(title(a)) + "\">"
            "<title>" + html.escape(title(a)) + "</title><style>.rich_media_content{overflow:hidden;color:#333;font-size:17px}"
            ".rich_media_meta_list{margin-bottom:22px}.qr_code_pc{display:none}</style></head><body id=\"activity-detail\">")
    write("web-wechat.html", head + article + tail + "<script>document.getElementById('js_content').style.visibility='visible';</script></body></html>")
    gold("web-wechat.html", a, 2021, "a WeChat (公众号) article saved as HTML: its body sits in #js_content with visibility:hidden, which the page's "
         "script lifts once loaded, so it is read; <section> wrappers, a lazy picture (data-src), a label broken by <br> (（三）不予<br>公开), "
         "a figure corrected by striking the old one through (text-decoration: line-through 2, then 3)")


def div_table():
    a = "翠湖区市场监督管理局"
    css = ("<style>.tb{display:table;width:100%;border-collapse:collapse}.tb-tr{display:table-row}.tb-th,.tb-td{display:table-cell;border:1px solid #ccc;padding:4px}"
           ".tb-th{font-weight:bold}.tb-group{display:table-row-group}</style>")
    def row(cells, cls="tb-td"):
        return "<div class=\"tb-tr\">" + "".join(f"<div class=\"{cls}\">{html.escape(str(c))}</div>" for c in cells) + "</div>"
    t3 = "<div class=\"tb\"><div class=\"tb-group\">" + row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"] + COL_NAMES, "tb-th") + "</div><div class=\"tb-group\">"
    for key, label, group in T3_ROWS:
        t3 += row([(group + " " if group and not group.startswith("三") else "") + label] + [T3[key][c] for c in COLS])
    t3 += "</div></div>"
    t4 = "<div class=\"tb\">" + row(["行政复议"] * 5 + ["行政诉讼"] * 10, "tb-th") + row([""] * 5 + ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5, "tb-th")
    t4 += row(T4_NAMES * 3, "tb-th") + row([v for g in ("review", "direct", "after_review") for v in T4[g]]) + "</div>"
    body = standard(a, 2021, t3=t3, t4=t4)
    write("web-div-table.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.escape(title(a)) + "</title>" + css + "</head><body>"
          + "<div class=\"crumb\">首页 &gt; 政府信息公开</div>" + body + "</body></html>")
    gold("web-div-table.html", a, 2021, "a responsive content system's template: 表三 and 表四 built of <div>s that the page's <style> lays out as "
         "a table (display:table, table-row-group, table-row, table-cell), no colspans: 表四's headers repeated in each column")


def split_header():
    a = "松柏县卫生健康局"
    rows = [r + "</tr>" for r in W.t3_html().replace("<table border=\"1\">", "").replace("</table>", "").split("</tr>") if r.strip()]
    head_rows, body_rows = "".join(rows[:3]), "".join(rows[3:])
    sizing = "<thead><tr style=\"height:0px\">" + "".join(
        "<th style=\"padding-top:0px;padding-bottom:0px;border-top-width:0px;border-bottom-width:0px;height:0px;\">"
        f"<div class=\"dataTables_sizing\" style=\"height:0px;overflow:hidden;\">{n}</div></th>" for n in ["", "", ""] + COL_NAMES) + "</tr></thead>"
    split = ("<div class=\"dataTables_wrapper\"><div class=\"dataTables_scroll\"><div class=\"dataTables_scrollHead\" style=\"overflow:hidden;\">"
             "<div class=\"dataTables_scrollHeadInner\"><table class=\"display dataTable\" border=\"1\"><thead>"
             + head_rows.replace("<td", "<th").replace("</td>", "</th>") + "</thead></table></div></div>"
             "<div class=\"dataTables_scrollBody\" style=\"overflow:auto;max-height:600px;\"><table class=\"display dataTable\" border=\"1\">"
             + sizing + "<tbody>" + body_rows + "</tbody></table></div></div></div>")
    t2 = W.t2_2021_html().replace("<table border=\"1\">", "<table border=\"1\"><caption>表二 主动公开政府信息情况</caption>", 1)
    t4 = W.t4_html().replace("<table border=\"1\">", "<table border=\"1\"><caption>表四 政府信息公开行政复议、行政诉讼情况</caption>", 1)
    body = (f"<h1>{html.escape(title(a))}</h1>" + intro(a, 2021) + t2 + "<p>表三 收到和处理政府信息公开申请情况</p>" + split + t4 + ending(a, 2021))
    write("web-split-header.html", page(title(a), body))
    gold("web-split-header.html", a, 2021, "a scrolling data table (DataTables): 表三's header rows in a table of their own, its body in a second "
         "table sized by a zero-height copy of the header; 表二 and 表四 named by <caption>, header cells as <th>")


def form_inputs():
    a = "东林市人民政府办公室"
    field = lambda v: f"<input type=\"text\" class=\"num\" value=\"{v}\" readonly=\"readonly\" style=\"width:48px;text-align:center\">"
    t3 = re.sub(r"<td>(\d+)</td>", lambda m: "<td>" + field(m.group(1)) + "</td>", W.t3_html())
    t4 = re.sub(r"<td>(\d+)</td>", lambda m: "<td>" + field(m.group(1)) + "</td>", W.t4_html())
    t2 = re.sub(r"<td( colspan=\"3\")?>([\d.]+)</td>", lambda m: f"<td{m.group(1) or ''}>" + field(m.group(2)) + "</td>", W.t2_2021_html())
    body = ("<form id=\"reportForm\" action=\"save.do\" method=\"post\"><input type=\"hidden\" name=\"reportId\" value=\"20220125\">"
            "<select name=\"year\" disabled><option>2020</option><option selected>2021</option></select>"
            + standard(a, 2021, t2=t2, t3=t3, t4=t4) + "<button type=\"button\">打印</button></form>")
    write("web-form-inputs.html", page(title(a), body))
    gold("web-form-inputs.html", a, 2021, "an annual-report filing system's page: every figure in a read-only <input value=…> (a hidden id field and "
         "a year <select> beside them), read as the browser shows the fields")


def responsive():
    a = "金桥新区管理委员会"
    css = ("<style>.m-only{display:none}.pc-only{display:block}"
           "@media screen and (max-width: 768px){.m-only{display:block}.pc-only{display:none}}"
           "@media print{.noprint{display:none}}</style>")
    mobile = "<div class=\"m-only\"><p>三、收到和处理政府信息公开申请情况（手机版）</p><table border=\"1\"><tr><td>申请人</td>"
    mobile += "".join(td(label) for key, label, _ in T3_ROWS if key in ("new", "carried", "granted", "total", "carried_forward")) + "</tr>"
    for c, n in zip(COLS, COL_NAMES):
        mobile += "<tr>" + td(n) + "".join(td(T3[k][c]) for k in ("new", "carried", "granted", "total", "carried_forward")) + "</tr>"
    mobile += "</table></div>"
    body = standard(a, 2021, t3=mobile + "<div class=\"pc-only\">" + W.t3_html() + "</div>")
    write("web-responsive.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>"
          + html.escape(title(a)) + "</title>" + css + "</head><body><div class=\"noprint\">首页 &gt; 信息公开</div>" + body + "</body></html>")
    gold("web-responsive.html", a, 2021, "a responsive template with a phone copy of 表三 (transposed, five rows) written before the desktop one: "
         "hidden for a desktop screen by the page's <style>, shown only under @media (max-width: 768px); the desktop table is read")


def marks():
    a = "临江县统计局"
    cell = lambda k, c, v: "@MARKED@" if k == "denied.secret" and c == "total" else v
    t3 = W.t3_html(cell=cell).replace("@MARKED@", "0<sup>注</sup>").replace("<td>（七）总计</td>", "<td>（七）总计<sup>①</sup></td>").replace(
        "<td colspan=\"2\">（七）总计</td>", "<td colspan=\"2\">（七）总计<sup>①</sup></td>").replace("<td>其他</td>", "<td>其他<sup>*</sup></td>")
    t2 = W.t2_2021_html().replace("本年收费金额（单位：万元）", "本年收费金额（单位：万元<sub>1</sub>）")
    body = standard(a, 2021, t2=t2, t3=t3)
    body = body.replace("全年共收到政府信息公开申请50件", "全年共收到政府信息公开申请50件<sup>①</sup>")
    body += "<p>注：①含网上申请12件。*其他指其他组织。注：不予公开的均已说明理由。</p>"
    write("web-marks.html", page(title(a), body))
    gold("web-marks.html", a, 2021, "note marks printed raised or lowered: <sup>① after 50件 and after a row label, <sup>* after a column header, "
         "<sup>注 after a zero, <sub>1 in a unit; read apart from the numbers, never glued to them")


def preformatted():
    a = "清水河县人民政府"
    width = 40
    pad = lambda label: label + "　" * max(1, (width - len(label) * 2) // 2)
    lines = ["三、收到和处理政府信息公开申请情况", "", pad("") + "申请人情况", pad("") + "自然人    法人或其他组织                                总计",
             pad("") + "          商业企业  科研机构  社会公益组织  法律服务机构  其他"]
    for key, label, group in T3_ROWS:
        lines.append(pad(label) + "".join(f"{T3[key][c]:>8}" for c in COLS))
    lines += ["", "四、政府信息公开行政复议、行政诉讼情况", "", "      行政复议                          行政诉讼",
              "                              未经复议直接起诉            复议后起诉",
              "  ".join(T4_NAMES * 3), "  ".join(f"{v:>6}" for g in ("review", "direct", "after_review") for v in T4[g])]
    body = (f"<h1>{html.escape(title(a))}</h1>" + intro(a, 2021) + "<p><strong>二、主动公开政府信息情况</strong></p>" + W.t2_2021_html()
            + "<pre style=\"font-family:宋体\">\n" + html.escape("\n".join(lines)) + "\n</pre>" + ending(a, 2021))
    write("web-preformatted.html", page(title(a), body))
    gold("web-preformatted.html", a, 2021, "表三 and 表四 pasted into the page as a text copy inside <pre>: rows on their own lines, columns aligned "
         "by spaces, which a browser keeps; read line by line as a text file is")


# ---- Principle 2: a report made of several files ----

def pager(current, count, stem, absolute=None):
    links = []
    for n in range(1, count + 1):
        name = f"{stem}.html" if n == 1 else f"{stem}_{n - 1}.html"
        href = (absolute + name) if absolute else name
        links.append(f"<span class=\"cur\">{n}</span>" if n == current else f"<a href=\"{href}\">{n}</a>")
    if current < count:
        nxt = f"{stem}_{current}.html"
        links.append(f"<a href=\"{(absolute or '') + nxt}\">下一页</a>")
    return "<div class=\"page\" id=\"pagenav\">" + " ".join(links) + "</div>"


def paged():
    a = "凤鸣县交通运输局"
    stem = "web-paged"
    related = "<div class=\"related\"><a href=\"t20220120_4412.html\">上一篇：2021年度部门决算</a> <a href=\"t20220126_4420.html\">下一篇：春运安全提示</a></div>"
    p1 = f"<h1>{html.escape(title(a))}</h1>" + intro(a, 2021) + "<p><strong>二、主动公开政府信息情况</strong></p>" + W.t2_2021_html()
    p2 = "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + W.t3_html()
    p3 = "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>" + W.t4_html() + ending(a, 2021)
    for n, body in enumerate((p1, p2, p3), 1):
        name = f"{stem}.html" if n == 1 else f"{stem}_{n - 1}.html"
        write(name, page(title(a), body + pager(n, 3, stem) + related))
    gold("web-paged.html", a, 2021, "a content system (TRS) splitting the article into pages web-paged.html, web-paged_1.html, web-paged_2.html with "
         "a pager (1 2 3 下一页): read as one report in page order, each page named in 来源; 上一篇/下一篇 lead to other articles and are not read")


def pager_absolute():
    a = "柳湾街道办事处"
    base = "http://www.example.gov.cn/art/2022/1/25/"
    stem = "web-pager-absolute"
    pages = [f"<h1>{html.escape(title(a))}</h1>" + intro(a, 2021) + "<p><strong>二、主动公开政府信息情况</strong></p>" + W.t2_2021_html()
             + "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + W.t3_html(),
             "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>" + W.t4_html() + ending(a, 2021)]
    for n, body in enumerate(pages, 1):
        name = f"{stem}.html" if n == 1 else f"{stem}-{n}.html"
        nav = ("<div class=\"pages\">" + ("<a href=\"" + base + f"{stem}-2.html\">[第2页]</a> <a href=\"" + base + f"{stem}-2.html\">下一页</a>" if n == 1
               else "<a href=\"" + base + f"{stem}.html\">[第1页]</a> <a href=\"" + base + f"{stem}.html\">上一页</a>") + "</div>")
        write(name, page(title(a), body + nav))
    gold("web-pager-absolute.html", a, 2021, "a page and its next page saved one by one as complete pages: saving turned the pager's links into "
         "the site's absolute addresses (http://…/web-pager-absolute-2.html), so the next page is found by its name beside the first; 上一页 is not followed")


def xlsx(path, sheets, app="Microsoft Excel"):
    """A workbook written as SpreadsheetML: each sheet (name, rows, merges, hidden columns); a cell is a value or ("=FORMULA", cached value)."""
    def ref(r, c):
        s = ""
        c += 1
        while c:
            c, m = divmod(c - 1, 26)
            s = chr(65 + m) + s
        return f"{s}{r + 1}"
    def cellxml(r, c, v):
        if v is None or v == "":
            return ""
        if isinstance(v, tuple):
            return f"<c r=\"{ref(r, c)}\"><f>{html.escape(v[0][1:])}</f><v>{v[1]}</v></c>"
        if isinstance(v, (int, float)):
            return f"<c r=\"{ref(r, c)}\" s=\"1\"><v>{v}</v></c>"
        return f"<c r=\"{ref(r, c)}\" t=\"inlineStr\"><is><t>{html.escape(str(v))}</t></is></c>"
    files = {}
    for i, (name, rows, merges, hidden) in enumerate(sheets, 1):
        cols = "".join(f"<col min=\"{h + 1}\" max=\"{h + 1}\" width=\"0\" hidden=\"1\" customWidth=\"1\"/>" for h in hidden)
        data = "".join(f"<row r=\"{r + 1}\">" + "".join(cellxml(r, c, v) for c, v in enumerate(row)) + "</row>" for r, row in enumerate(rows))
        mc = ("<mergeCells count=\"%d\">" % len(merges) + "".join(f"<mergeCell ref=\"{ref(*m[0])}:{ref(*m[1])}\"/>" for m in merges) + "</mergeCells>") if merges else ""
        files[f"xl/worksheets/sheet{i}.xml"] = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                                                + (f"<cols>{cols}</cols>" if cols else "") + f"<sheetData>{data}</sheetData>{mc}</worksheet>")
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files["xl/workbook.xml"] = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{ns}\" xmlns:r=\"{rel}\"><sheets>"
                                + "".join(f"<sheet name=\"{html.escape(s[0])}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>" for i, s in enumerate(sheets, 1)) + "</sheets></workbook>")
    files["xl/_rels/workbook.xml.rels"] = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                           + "".join(f"<Relationship Id=\"rId{i}\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>" for i in range(1, len(sheets) + 1))
                                           + f"<Relationship Id=\"rIdS\" Type=\"{rel}/styles\" Target=\"styles.xml\"/></Relationships>")
    files["xl/styles.xml"] = (f"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><styleSheet xmlns=\"{ns}\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0_ \"/></numFmts>"
                              "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"宋体\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                              "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>")
    files["docProps/app.xml"] = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                                 f"<Application>{app}</Application></Properties>")
    files["[Content_Types].xml"] = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                                    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                                    + "".join(f"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" for i in range(1, len(sheets) + 1))
                                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                                    "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>")
    files["_rels/.rels"] = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            f"<Relationship Id=\"rId1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in ("[Content_Types].xml", "_rels/.rels")):
            info = zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, files[name])


def sheet_t3(with_helper=False, offset=0):
    """表三 as a worksheet: the three header rows merged as the form prints them, 总计 as a SUM formula; a hidden helper column if asked."""
    width = 10 + (1 if with_helper else 0)
    rows = [["三、收到和处理政府信息公开申请情况"] + [""] * (width - 1),
            ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"] + [""] * (width - 4),
            ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"] + (["校验"] if with_helper else []),
            ["", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""] + ([""] if with_helper else [])]
    merges = [((0, 0), (0, width - 1)), ((1, 0), (3, 2)), ((1, 3), (1, 9)), ((2, 3), (3, 3)), ((2, 4), (2, 8)), ((2, 9), (3, 9))]
    result_rows = sum(1 for _, _, g in T3_ROWS if g)
    spans, first_of = {}, {}
    for _, _, g in T3_ROWS:
        if g and not g.startswith("三"):
            spans[g] = spans.get(g, 0) + 1
    r0 = len(rows)
    for key, label, group in T3_ROWS:
        r = len(rows)
        v = T3[key]
        excel_row = r + 1 + offset
        vals = [v[c] for c in COLS[:-1]] + [(f"=SUM(D{excel_row}:I{excel_row})", v["total"])]
        if group is None:
            lab = [label, "", ""]
            merges.append(((r, 0), (r, 2)))
        elif group.startswith("三"):
            lab = ["三、本年度办理结果" if r == r0 + 2 else "", label, ""]
            merges.append(((r, 1), (r, 2)))
        else:
            lab = ["三、本年度办理结果" if r == r0 + 2 else "", group if group not in first_of else "", label]
            if group not in first_of:
                first_of[group] = r
                merges.append(((r, 1), (r + spans[group] - 1, 1)))
        rows.append(lab + vals + ([v["total"] * 2] if with_helper else []))
    merges.append(((r0 + 2, 0), (r0 + 2 + result_rows - 1, 0)))
    return rows, merges


def sheet_t2():
    rows = [["二、主动公开政府信息情况", "", "", ""], ["第二十条第（一）项", "", "", ""], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章"] + T2["rules"], ["行政规范性文件"] + T2["normative"], ["第二十条第（五）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""],
            ["行政许可", T2["license"], "", ""], ["第二十条第（六）项", "", "", ""], ["信息内容", "本年处理决定数量", "", ""],
            ["行政处罚", T2["penalty"], "", ""], ["行政强制", T2["coercion"], "", ""], ["第二十条第（八）项", "", "", ""],
            ["信息内容", "本年收费金额（单位：万元）", "", ""], ["行政事业性收费", float(T2["fee"]), "", ""]]
    merges = [((0, 0), (0, 3))] + [((r, 0), (r, 3)) for r in (1, 5, 8, 12)] + [((r, 1), (r, 3)) for r in (6, 7, 9, 10, 11, 13, 14)]
    return rows, merges


def sheet_t4():
    rows = [["四、政府信息公开行政复议、行政诉讼情况"] + [""] * 14, ["行政复议"] + [""] * 4 + ["行政诉讼"] + [""] * 9,
            T4_NAMES + ["未经复议直接起诉"] + [""] * 4 + ["复议后起诉"] + [""] * 4, [""] * 5 + T4_NAMES * 2,
            [v for g in ("review", "direct", "after_review") for v in T4[g]]]
    merges = [((0, 0), (0, 14)), ((1, 0), (1, 4)), ((1, 5), (1, 14)), ((2, 5), (2, 9)), ((2, 10), (2, 14))] + [((2, c), (3, c)) for c in range(5)]
    return rows, merges


def soffice(src, target, ext, dest):
    exe = shutil.which("soffice")
    if not exe:
        print("soffice not found: " + dest + " not made", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([exe, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", f"{ext}:{target}", "--outdir", work, src],
                       check=True, capture_output=True)
        stem = os.path.splitext(os.path.basename(src))[0]
        shutil.move(os.path.join(work, stem + "." + ext), dest)
    return True


def narrative(a, links):
    """A page that prints the report's text and leaves its tables to an attachment."""
    return (f"<h1>{html.escape(title(a))}</h1>" + intro(a, 2021) + "<p><strong>二、主动公开政府信息情况</strong></p><p>详见附件统计表。</p>"
            "<p><strong>三、收到和处理政府信息公开申请情况</strong></p><p>详见附件统计表。</p><p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>"
            "<p>详见附件统计表。</p>" + ending(a, 2021) + links)


def attach_xls():
    a = "南屏县自然资源局"
    name = "2021年政府信息公开工作年度报告统计表.xls"
    links = ("<div class=\"fj\"><p>附件：</p><ul><li><a href=\"./P020220125398765432101.xls\" oldsrc=\"W020220125398765432101.xls\">" + name + "</a></li></ul></div>"
             "<div class=\"side\"><a href=\"/xxgk/sqb.doc\">政府信息公开申请表.doc</a></div>")
    write("web-attach-xls.html", page(title(a), narrative(a, links)))
    dest = os.path.join(OUT, name)
    if missing(name):
        with tempfile.TemporaryDirectory() as work:
            src = os.path.join(work, "统计表.xlsx")
            rows3, merges3 = sheet_t3(with_helper=True)
            rows2, merges2 = sheet_t2()
            rows4, merges4 = sheet_t4()
            xlsx(src, [("表二", rows2, merges2, []), ("表三", rows3, merges3, [10]), ("表四", rows4, merges4, [])])
            soffice(src, "MS Excel 97", "xls", dest)
    gold("web-attach-xls.html", a, 2021, "a content system (TRS) page printing the text and linking its tables as an attachment "
         "(附件：<a href=./P0202….xls>…统计表.xls</a>); the download saved beside the page under the name the link shows, an Excel 97 workbook "
         "(表二/表三/表四 sheets, merged header cells, 总计 by SUM, a hidden check column); the application form in the side bar is not a part")


def attach_xlsx():
    a = "北关区民政局"
    stored = "2201251634521.xlsx"
    links = ("<p>附件1：<a href=\"/module/download/downfile.jsp?classid=0&amp;filename=" + stored + "\" target=\"_blank\">"
             "北关区民政局2021年政府信息公开工作年度报告附表</a></p>")
    write("web-attach-xlsx.html", page(title(a), narrative(a, links)))
    if missing(stored):
        rows2, merges2 = sheet_t2()
        off3 = len(rows2) + 1
        rows3, merges3 = sheet_t3(offset=off3)
        rows4, merges4 = sheet_t4()
        off4 = off3 + len(rows3) + 1
        fixed = rows2 + [[]] + rows3 + [[]] + rows4
        shift = lambda ms, o: [((m[0][0] + o, m[0][1]), (m[1][0] + o, m[1][1])) for m in ms]
        xlsx(os.path.join(OUT, stored), [("年报附表", fixed, merges2 + shift(merges3, off3) + shift(merges4, off4), []),
                                          ("说明", [["本表由北关区民政局办公室填报。"]], [], [])])
    gold("web-attach-xlsx.html", a, 2021, "a Hanweb (大汉) page linking its tables through a download script "
         "(downfile.jsp?filename=2201251634521.xlsx, the link saying 附件1：…附表): the workbook saved beside the page under the name the script serves; "
         "one sheet holding 表二, 表三 and 表四 parted by empty rows, merged headers, 总计 by SUM formulas with their values")


def report_pdf(a, dest, tables_only=False):
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "report.html")
        body = standard(a, 2021) if not tables_only else ("<p>二、主动公开政府信息情况</p>" + W.t2_2021_html() + "<p>三、收到和处理政府信息公开申请情况</p>"
                                                          + W.t3_html() + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + W.t4_html())
        with open(src, "w", encoding="utf-8") as f:
            f.write("<html><head><meta charset=\"utf-8\"><style>td{font-size:9pt;padding:2pt}</style></head><body>" + body + "</body></html>")
        return soffice(src, "writer_pdf_Export", "pdf", dest)


def attach_pdf():
    a = "西岭镇人民政府"
    name = "西岭镇人民政府2021年政府信息公开工作年度报告.pdf"
    links = f"<p>附件：<a href=\"/upload/2022/01/25/{name}\">{name}</a>（PDF，312KB）</p><p><a href=\"/upload/2022/01/25/附件2.doc\">附件2：政府信息公开申请表</a></p>"
    write("web-attach-pdf.html", page(title(a), f"<h1>{html.escape(title(a))}</h1><p>现将{a}2021年政府信息公开工作年度报告全文公布如下，请点击附件查看。</p>" + links))
    if missing(name):
        report_pdf(a, os.path.join(OUT, name))
    gold("web-attach-pdf.html", a, 2021, "a government site's notice page whose report is only in the attached PDF (附件：….pdf, saved beside the page "
         "under the link's name); an application form linked as 附件2 is no part of the report")


def attach_docx():
    a = "东江市水务局"
    name = "附件2：东江市水务局2021年政府信息公开工作年度报告统计表.docx"
    links = f"<p>附件：</p><p><a href=\"{name}\">{name}</a></p>"
    write("web-attach-docx.html", page(title(a), narrative(a, links)))
    dest = os.path.join(OUT, name)
    if missing(name):
        with tempfile.TemporaryDirectory() as work:
            src = os.path.join(work, "tables.html")
            with open(src, "w", encoding="utf-8") as f:
                f.write("<html><head><meta charset=\"utf-8\"></head><body><p>二、主动公开政府信息情况</p>" + W.t2_2021_html() + "<p>三、收到和处理政府信息公开申请情况</p>"
                        + W.t3_html() + "<p>四、政府信息公开行政复议、行政诉讼情况</p>" + W.t4_html() + "</body></html>")
            soffice(src, "MS Word 2007 XML", "docx", dest)
    gold("web-attach-docx.html", a, 2021, "a page with the report's text whose three tables are a Word attachment saved beside it (附件2：…统计表.docx, "
         "a relative link): read after the page, positions file[…docx]")


def attach_missing():
    a = "沙河县审计局"
    links = ("<p>附件：<a href=\"/upload/2022/01/P020220126001.xls\">沙河县审计局2021年政府信息公开行政复议诉讼情况表.xls</a></p>")
    body = (f"<h1>{html.escape(title(a))}</h1>" + intro(a, 2021) + "<p><strong>二、主动公开政府信息情况</strong></p>" + W.t2_2021_html()
            + "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + W.t3_html()
            + "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p><p>详见附件。</p>" + ending(a, 2021) + links)
    write("web-attach-missing.html", page(title(a), body))
    gold("web-attach-missing.html", a, 2021, "表四 only in an attachment (附件：…情况表.xls) that was not saved with the page: 表二 and 表三 read, "
         "表四 missing, and the summary says the attachment was not found beside the page", tables=("t2", "t3"))


def screenshot(html_text, png, width=1000, height=1400):
    exe = shutil.which("chromium")
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, "p.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-background-networking",
                        f"--user-data-dir={work}/chrome", f"--window-size={width},{height}", "--screenshot=" + png, "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def page_photos():
    a = "桃溪县文化和旅游局"
    folder = os.path.join(OUT, "web-page-photos")
    style = ("<style>body{margin:40px 56px;font:16px 'Noto Serif CJK SC','WenQuanYi Micro Hei',serif;background:#fff;color:#111}"
             "table{border-collapse:collapse;margin:8px 0}td{border:1px solid #222;padding:3px 6px;font-size:14px;text-align:center}"
             "h1{font-size:22px;text-align:center}p{margin:6px 0}</style>")
    p1 = (f"<h1>{html.escape(title(a))}</h1>" + intro(a, 2021) + "<p><strong>二、主动公开政府信息情况</strong></p>" + W.t2_2021_html()
          + "<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>" + W.t4_html())
    p2 = "<p><strong>三、收到和处理政府信息公开申请情况</strong></p>" + W.t3_html() + ending(a, 2021)
    if missing("web-page-photos") or not os.listdir(folder):
        os.makedirs(folder, exist_ok=True)
        for f in os.listdir(folder):
            os.remove(os.path.join(folder, f))
        # Named as a phone numbers its photographs: IMG_9 before IMG_10, which plain name order would not give.
        screenshot("<html><head><meta charset=\"utf-8\">" + style + "</head><body>" + p1 + "</body></html>", os.path.join(folder, "IMG_9.png"), 1100, 1250)
        screenshot("<html><head><meta charset=\"utf-8\">" + style + "</head><body>" + p2 + "</body></html>", os.path.join(folder, "IMG_10.png"), 1100, 1250)
    gold("web-page-photos", a, 2021, "a folder holding a printed report's pages as pictures (IMG_9.png, IMG_10.png: in page-number order, not name order), "
         "one report whose pages are its files: read by OCR in that order, each page named in 来源")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for make in (frameset, iframe, pdf_viewer, hidden_copy, excel_sheet, word_export, wechat, div_table, split_header, form_inputs, responsive, marks, preformatted,
                 paged, pager_absolute, attach_xls, attach_xlsx, attach_pdf, attach_docx, attach_missing, page_photos):
        make()
    print(len([f for f in os.listdir(OUT) if f.startswith("web-") and f.endswith(".gold.json")]), "web fixtures in", OUT)
