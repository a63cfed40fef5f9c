#!/usr/bin/env python3
"""Makes test-data/habits/word-*: reports as Microsoft Word and Kingsoft WPS Office really save them,
one habit each (issue 28, principle 1: read what a viewer shows, and nothing it hides), from the data
model of make-wild.py, so every answer (X.gold.json) is exact. Each DOCX is written by hand with
zipfile, its XML as Word or WPS writes it (ECMA-376; the habits as they are met in files people
publish, named in each answer's note); the DOC ones are LibreOffice's Word 97 copies of some of them.
Standard library only; the DOC files and the Word 97 document embedded in one fixture need
LibreOffice (soffice). Running it again rewrites every DOCX and answer, and makes the DOC ones
only where missing (--remake makes them anew): python3 test-data/make-habits-word.py"""
import base64, copy, html, importlib.util, io, json, os, shutil, subprocess, sys, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "habits")
_spec = importlib.util.spec_from_file_location("make_wild", os.path.join(HERE, "make-wild.py"))
wild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wild)
COLS, COL_NAMES, T3_ROWS, T3, T4, T4_NAMES, T2 = wild.COLS, wild.COL_NAMES, wild.T3_ROWS_2021, wild.T3, wild.T4, wild.T4_NAMES, wild.T2_2021

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RT = R  # relationship types start so
NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" '
      f'xmlns:r="{R}" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" '
      f'xmlns:w="{W}" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'mc:Ignorable="w14 wp14"')
WPS_NS = NS + ' xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"'
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def x(s):
    return html.escape(str(s), quote=False)


def q(s):
    return html.escape(str(s), quote=True)


# ---- WordprocessingML pieces ----

def r(text, rpr=""):
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r>'


def p(runs="", ppr=""):
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{runs}</w:p>"


def para(text, ppr="", rpr=""):
    return p(r(text, rpr) if text != "" else "", ppr)


def heading(text):
    return para(text, '<w:jc w:val="left"/>', '<w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hint="eastAsia"/><w:sz w:val="32"/>')


def tc(content, span=1, vmerge=None, tcpr=""):
    """A cell; content is paragraphs' XML or plain text."""
    if not str(content).startswith("<"):
        content = para(content, '<w:jc w:val="center"/>')
    pr = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        '<w:vMerge w:val="restart"/>' if vmerge == "restart" else "<w:vMerge/>" if vmerge == "continue" else "") + tcpr
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{content}</w:tc>"


def tr(cells, trpr=""):
    trpr = f"<w:trPr>{trpr}</w:trPr>" if trpr else ""
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def tbl(rows, cols, tblpr=""):
    borders = "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="auto"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    grid = "".join(f'<w:gridCol w:w="{9000 // cols}"/>' for _ in range(cols))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>{tblpr}<w:tblBorders>{borders}</w:tblBorders>'
            f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


def ident(text):
    return text


def default_value(key, col, v):
    return str(v)


# ---- the three tables of the 2021 form, as Word's template lays them out ----

def t2_table(label=ident, value=default_value, tblpr=""):
    """表二: 4 grid columns; label(text) and value(key, None, v) give each cell's content."""
    rows = [tr([tc(label("第二十条第（一）项"), 4)]),
            tr([tc(label("信息内容")), tc(label("本年制发件数")), tc(label("本年废止件数")), tc(label("现行有效件数"))])]
    for key, name in (("rules", "规章"), ("normative", "行政规范性文件")):
        rows.append(tr([tc(label(name))] + [tc(value(f"t2.{key}.{n}", None, v)) for n, v in zip(("issued", "repealed", "in_force"), T2[key])]))
    for head, items in (("第二十条第（五）项", [("行政许可", "license")]), ("第二十条第（六）项", [("行政处罚", "penalty"), ("行政强制", "coercion")])):
        rows.append(tr([tc(label(head), 4)]))
        rows.append(tr([tc(label("信息内容")), tc(label("本年处理决定数量"), 3)]))
        for name, key in items:
            rows.append(tr([tc(label(name)), tc(value(f"t2.{key}.decisions", None, T2[key]), 3)]))
    rows.append(tr([tc(label("第二十条第（八）项"), 4)]))
    rows.append(tr([tc(label("信息内容")), tc(label("本年收费金额（单位：万元）"), 3)]))
    rows.append(tr([tc(label("行政事业性收费")), tc(value("t2.fee.amount", None, T2["fee"]), 3)]))
    return tbl(rows, 4, tblpr)


def t3_table(label=None, value=default_value, tblpr="", header=None, row_extra=None, t3=None, around=None, extra_cell=None):
    """表三: 10 grid columns (the result block's label, the group, the row label, seven counts).
    label(key, text) gives a row label's cell content; value(key, col, v) a count's; header(text) a
    header cell's; row_extra(key) a row's properties; around(key) rows (XML) to put before and after
    a row; extra_cell(key) a cell to add at each row's end."""
    t3 = t3 or T3
    label = label or (lambda key, text: text)
    header = header or ident
    rows = [tr([tc(header("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"), 3, "restart"), tc(header("申请人情况"), 7)]),
            tr([tc("", 3, "continue"), tc(header("自然人"), 1, "restart"), tc(header("法人或其他组织"), 5), tc(header("总计"), 1, "restart")]),
            tr([tc("", 3, "continue"), tc("", 1, "continue")] + [tc(header(n)) for n in COL_NAMES[1:6]] + [tc("", 1, "continue")])]
    seen = set()
    for key, text, group in T3_ROWS:
        cells = []
        if group is None:
            cells.append(tc(label(key, text), 3))
        else:
            first = "三、本年度办理结果" not in seen
            seen.add("三、本年度办理结果")
            cells.append(tc(label("result", "三、本年度办理结果") if first else "", 1, "restart" if first else "continue"))
            if group.startswith("三"):
                cells.append(tc(label(key, text), 2))
            else:
                first = group not in seen
                seen.add(group)
                cells.append(tc(label("group:" + group, group) if first else "", 1, "restart" if first else "continue"))
                cells.append(tc(label(key, text)))
        cells += [tc(value(f"t3.{key}.{c}", c, t3[key][c])) for c in COLS]
        if extra_cell:
            cells.append(extra_cell(key))
        extra = row_extra(key) if row_extra else ""
        before, after = around(key) if around else ("", "")
        rows.append(before + tr(cells, extra) + after)
    if extra_cell:
        for i in range(3):
            rows[i] = rows[i].replace("</w:tr>", extra_cell("header:" + str(i)) + "</w:tr>")
    return tbl(rows, 11 if extra_cell else 10, tblpr)


def t4_table(label=ident, value=default_value, tblpr=""):
    """表四: 15 columns."""
    rows = [tr([tc(label("行政复议"), 5), tc(label("行政诉讼"), 10)]),
            tr([tc(label(n), 1, "restart") for n in T4_NAMES] + [tc(label("未经复议直接起诉"), 5), tc(label("复议后起诉"), 5)]),
            tr([tc("", 1, "continue") for _ in T4_NAMES] + [tc(label(n)) for n in T4_NAMES] * 2),
            tr([tc(value(f"t4.{g}.{k}", None, v)) for g in ("review", "direct", "after_review") for k, v in zip(wild.T4_KEYS, T4[g])])]
    return tbl(rows, 15, tblpr)


SECTIONS = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
            "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]


def report(agency, year=2021, title=None, head=heading, t2=None, t3=None, t4=None, before_t2="", after_t4="", intro=None):
    """The body of a whole report: title, the six sections, the three tables; head(text) makes a heading."""
    title = title if title is not None else f"{agency}{year}年政府信息公开工作年度报告"
    body = (para(title, '<w:jc w:val="center"/>', '<w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/>') if title else "")
    body += para(f"本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")
    body += head(SECTIONS[0])
    body += intro if intro is not None else para(f"{year}年，{agency}全年共收到政府信息公开申请50件，上年结转4件，办结49件。")
    body += head(SECTIONS[1]) + before_t2 + (t2 if t2 is not None else t2_table())
    body += head(SECTIONS[2]) + (t3 if t3 is not None else t3_table())
    body += head(SECTIONS[3]) + (t4 if t4 is not None else t4_table()) + after_t4
    body += head(SECTIONS[4]) + para("政策解读形式仍较单一，下一步将加强培训。")
    body += head(SECTIONS[5]) + para("本年度未收取信息处理费。")
    body += para(agency, '<w:jc w:val="right"/>') + para(f"{year + 1}年1月20日", '<w:jc w:val="right"/>')
    return body


# ---- the package ----

STYLES = ('<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>'
          '<w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault/></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>')


class Docx:
    """A Word package: the document, its styles, and whatever parts a habit adds."""

    def __init__(self, wps=False):
        self.wps = wps
        self.parts = {}
        self.overrides = {}
        self.defaults = {"rels": "application/vnd.openxmlformats-package.relationships+xml", "xml": "application/xml",
                         "png": "image/png", "emf": "image/x-emf"}
        self.rels = []
        self.styles = ""
        self.numbering = None
        self.settings = ""

    def rel(self, kind, target):
        rid = f"rId{len(self.rels) + 10}"
        self.rels.append((rid, kind if kind.startswith("http") else f"{RT}/{kind}", target))
        return rid

    def part(self, name, data, ctype=None):
        self.parts[name] = data if isinstance(data, bytes) else data.encode("utf-8")
        if ctype:
            self.overrides["/" + name] = ctype

    def save(self, path, body, sect=""):
        ns = WPS_NS if self.wps else NS
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}><w:body>{body}'
               f'<w:sectPr>{sect}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
               '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>')
        self.part("word/styles.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">{STYLES}{self.styles}</w:styles>',
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml")
        self.rel("styles", "styles.xml")
        wps_settings = ('<mc:AlternateContent><mc:Choice Requires="wpsCustomData"><wpsCustomData:typoFeatureVersion wpsCustomData:val="1"/></mc:Choice></mc:AlternateContent>'
                        if self.wps else "")
        self.part("word/settings.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
                  f'xmlns:wpsCustomData="http://www.wps.cn/officeDocument/2013/wpsCustomData"><w:zoom w:percent="100"/>{self.settings}'
                  f'<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>{wps_settings}</w:settings>',
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml")
        self.rel("settings", "settings.xml")
        if self.numbering is not None:
            self.part("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W}" '
                      f'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
                      f'mc:Ignorable="w14">{self.numbering}</w:numbering>',
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml")
            self.rel("numbering", "numbering.xml")
        self.part("word/document.xml", doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")
        rels = "".join(f'<Relationship Id="{i}" Type="{k}" Target="{q(t)}"/>' for i, k, t in self.rels)
        self.part("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        self.part("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  f'<Relationship Id="rId1" Type="{RT}/officeDocument" Target="word/document.xml"/></Relationships>')
        app = "WPS Office_11.1.0.11294_F1E327BC-269C-435d-A152-05C5408002CA" if self.wps else "Microsoft Office Word"
        self.part("docProps/app.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                  f'<Application>{app}</Application></Properties>', "application/vnd.openxmlformats-officedocument.extended-properties+xml")
        types = "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in self.defaults.items())
        types += "".join(f'<Override PartName="{q(n)}" ContentType="{c}"/>' for n, c in self.overrides.items())
        self.part("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{types}</Types>')
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(n for n in self.parts if n not in ("[Content_Types].xml", "_rels/.rels")):
                info = zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, self.parts[name])


def docx_bytes(body, setup=None):
    """A whole package, as bytes (a document to embed in another)."""
    d = Docx()
    if setup:
        setup(d)
    tmp = io.BytesIO()
    path = tempfile.mktemp(suffix=".docx")
    d.save(path, body)
    with open(path, "rb") as f:
        data = f.read()
    os.remove(path)
    return data


FIXTURES = []


def fixture(name, agency, note, year=2021, tables=("t2", "t3", "t4"), vals=None, ambiguous=()):
    """Registers a fixture's answer; the maker writes the file."""
    FIXTURES.append(name)
    answer = {"agency": [agency], "year": year, "format": "2021", "tables": {t: t in tables for t in ("t2", "t3", "t4")},
              "values": vals if vals is not None else wild.values("2021", tables), "ambiguous": list(ambiguous), "note": note}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(answer, f, ensure_ascii=False, indent=1)


def out(name):
    return os.path.join(OUT, name)


# ---- A. documents embedded in a Word file ----

def mht(page_html):
    """A page as MIME HTML, as html-docx-js writes its afchunk.mht: every '=' written =3D."""
    return ("MIME-Version: 1.0\nContent-Type: multipart/related;\n    type=\"text/html\";\n    boundary=\"----=mhtDocumentPart\"\n\n\n"
            "------=mhtDocumentPart\nContent-Type: text/html;\n    charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n"
            "Content-Location: file:///C:/fake/document.html\n\n" + page_html.replace("=", "=3D") + "\n\n\n\n------=mhtDocumentPart--\n")


def flat_opc(package):
    """A package as Word's one-file XML (pkg:package): each XML part inline, each other part in base64."""
    parts = []
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        types = z.read("[Content_Types].xml").decode("utf-8")
        for name in z.namelist():
            if name == "[Content_Types].xml":
                continue
            data = z.read(name)
            ctype = "application/vnd.openxmlformats-package.relationships+xml" if name.endswith(".rels") else "application/xml"
            if "document.xml\"" in types and name == "word/document.xml":
                ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
            if name.endswith(".xml") or name.endswith(".rels"):
                xml = data.decode("utf-8")
                xml = xml[xml.index("?>") + 2:].lstrip() if xml.startswith("<?xml") else xml
                parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="{ctype}"><pkg:xmlData>{xml}</pkg:xmlData></pkg:part>')
            else:
                parts.append(f'<pkg:part pkg:name="/{name}" pkg:contentType="application/octet-stream" pkg:compression="store">'
                             f'<pkg:binaryData>{base64.encodebytes(data).decode("ascii")}</pkg:binaryData></pkg:part>')
    return ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' + "".join(parts) + "</pkg:package>")


def tables_body(captions=True):
    """Sections 二 to 四 with their tables: what an embedded document holds."""
    return (heading(SECTIONS[1]) + t2_table() + heading(SECTIONS[2]) + t3_table() + heading(SECTIONS[3]) + t4_table())


def shell(agency, year, inner):
    """The report's own text around an embedded part: title, section 一, the part, sections 五 and 六."""
    body = para(f"{agency}{year}年政府信息公开工作年度报告", '<w:jc w:val="center"/>', '<w:sz w:val="44"/>')
    body += para(f"本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。")
    body += heading(SECTIONS[0]) + para(f"{year}年，{agency}全年共收到政府信息公开申请50件。")
    body += inner
    body += heading(SECTIONS[4]) + para("政策解读形式仍较单一。") + heading(SECTIONS[5]) + para("无。")
    body += para(agency, '<w:jc w:val="right"/>') + para(f"{year + 1}年1月15日", '<w:jc w:val="right"/>')
    return body


def ole_object(image_rid, object_rid, prog_id, aspect="Content"):
    return ('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:object w:dxaOrig="8306" w:dyaOrig="11000">'
            '<v:shape id="_x0000_i1025" type="#_x0000_t75" style="width:415.3pt;height:550pt" o:ole="">'
            f'<v:imagedata r:id="{image_rid}" o:title=""/></v:shape>'
            f'<o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="_x0000_i1025" DrawAspect="{aspect}" ObjectID="_1733210345" r:id="{object_rid}">'
            '<o:FieldCodes>\\s</o:FieldCodes></o:OLEObject></w:object></w:r></w:p>')


def make_embedded(soffice):
    # A1. html-docx-js, and the CMS "export to Word" buttons built on it: the page as an HTML altChunk.
    a = "临江县自然资源局"
    page = wild.page(f"{a}2021年政府信息公开工作年度报告", wild.standard(a, 2021))
    files = {"[Content_Types].xml": '<?xml version="1.0" encoding="utf-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" />'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml" />'
             '<Default Extension="htm" ContentType="text/html" /></Types>',
             "_rels/.rels": '<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Type="{RT}/officeDocument" Target="/word/document.xml" Id="R09c83fafc067488e" /></Relationships>',
             "word/document.xml": f'<?xml version="1.0" encoding="utf-8"?>\n<w:document xmlns:w="{W}"><w:body>'
             f'<w:altChunk r:id="htmlChunk" xmlns:r="{R}" /><w:sectPr><w:pgSz w:w="12240" w:h="15840" w:orient="portrait" />'
             '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>',
             "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="utf-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             f'<Relationship Type="{RT}/aFChunk" Target="/word/afchunk.htm" Id="htmlChunk" /></Relationships>',
             "word/afchunk.htm": page}
    write_zip(out("word-altchunk-html.docx"), files)
    fixture("word-altchunk-html.docx", a, "the whole report as an HTML altChunk (w:altChunk → /word/afchunk.htm, text/html), as html-docx-js and "
            "the CMS 'export to Word' buttons built on it write a page: Word shows the page; the document body holds nothing else")

    # A2. The same library's later form: the page as MIME HTML (afchunk.mht, quoted-printable, '=' written =3D).
    a = "临江县住房和城乡建设局"
    page = wild.page(f"{a}2021年政府信息公开工作年度报告", wild.standard(a, 2021))
    files["word/afchunk.mht"] = mht(page)
    del files["word/afchunk.htm"]
    files["word/_rels/document.xml.rels"] = files["word/_rels/document.xml.rels"].replace("afchunk.htm", "afchunk.mht")
    write_zip(out("word-altchunk-mht.docx"), files)
    fixture("word-altchunk-mht.docx", a, "the whole report as an MHT altChunk (afchunk.mht, message/rfc822, quoted-printable with every '=' written =3D), "
            "as later html-docx-js versions write it (its mht_document template); its [Content_Types].xml still declares only .htm")

    # A3. Documents merged with altChunk (Open XML SDK's way to assemble a report from pieces): the tables in a .docx chunk.
    a = "临江县教育局"
    d = Docx()
    rid = d.rel("aFChunk", "chunk1.docx")
    d.part("word/chunk1.docx", docx_bytes(tables_body()), DOCX_TYPE)
    d.save(out("word-altchunk-docx.docx"), shell(a, 2021, f'<w:altChunk r:id="{rid}"/>'))
    fixture("word-altchunk-docx.docx", a, "sections 二–四 with their tables in a .docx imported by w:altChunk (word/chunk1.docx), the way the Open XML SDK merges "
            "documents; Word shows the chunk where the altChunk stands, between sections 一 and 五")

    # A4. The chunk as Word's one-file XML (pkg:package, application/xml).
    a = "临江县民政局"
    d = Docx()
    rid = d.rel("aFChunk", "chunk.xml")
    d.part("word/chunk.xml", flat_opc(docx_bytes(tables_body())), "application/xml")
    d.save(out("word-altchunk-flat.docx"), shell(a, 2021, f'<w:altChunk r:id="{rid}"/>'))
    fixture("word-altchunk-flat.docx", a, "sections 二–四 in an altChunk that is a Word XML document (pkg:package, <?mso-application progid=\"Word.Document\"?>), "
            "Word's one-file form that the Open XML SDK imports as AlternativeFormatImportPartType.WordprocessingML")

    # A5. A plain-text chunk: a text copy of 表三 and 表四, one row a line, the form's 表二 in the document itself.
    a = "临江县司法局"
    names = dict(zip(COLS, COL_NAMES))
    lines = ["三、收到和处理政府信息公开申请情况", "申请人情况", "自然人 法人或其他组织 总计", " ".join(names[c] for c in COLS[1:6])]
    for key, label, group in T3_ROWS:
        lines.append(label + " " + " ".join(str(T3[key][c]) for c in COLS))
    lines += ["四、政府信息公开行政复议、行政诉讼情况", "行政复议 行政诉讼", "结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉",
              " ".join(T4_NAMES * 2), " ".join(str(v) for g in ("review", "direct", "after_review") for v in T4[g])]
    d = Docx()
    rid = d.rel("aFChunk", "afchunk.txt")
    d.defaults["txt"] = "text/plain"
    d.part("word/afchunk.txt", "\r\n".join(lines) + "\r\n")
    d.save(out("word-altchunk-text.docx"), shell(a, 2021, heading(SECTIONS[1]) + t2_table() + f'<w:altChunk r:id="{rid}"/>'))
    fixture("word-altchunk-text.docx", a, "表三 and 表四 as a text/plain altChunk (afchunk.txt, CRLF, one row a line) after 表二 in the document: "
            "a generator pasting a text copy of the tables")

    # A6. Insert ▸ Object ▸ From file: the tables in an embedded Word document (OLE, Word.Document.12, a preview picture in the body).
    a = "临江县卫生健康局"
    d = Docx()
    d.defaults["docx"] = DOCX_TYPE
    img = d.rel("image", "media/image1.png")
    obj = d.rel("package", "embeddings/Microsoft_Word_Document.docx")
    d.part("word/media/image1.png", PNG)
    d.part("word/embeddings/Microsoft_Word_Document.docx", docx_bytes(tables_body()))
    d.save(out("word-ole-docx.docx"), shell(a, 2021, para("报告的二、三、四部分见下：") + ole_object(img, obj, "Word.Document.12")))
    fixture("word-ole-docx.docx", a, "sections 二–四 in a Word document embedded as an OLE object (Insert ▸ Object ▸ From file: w:object with a v:imagedata "
            "preview and o:OLEObject ProgID=Word.Document.12 → embeddings/Microsoft_Word_Document.docx); the body shows only its preview picture")

    # A7. The same with a Word 97–2003 document: oleObject1.bin is its compound file (ProgID Word.Document.8).
    a = "临江县文化和旅游局"
    if soffice and (not os.path.exists(out("word-ole-doc.docx")) or "--remake" in sys.argv):
        inner = docx_bytes(tables_body())
        doc = convert_bytes(soffice, inner, "docx", "doc", "MS Word 97")
        d = Docx()
        d.defaults["bin"] = "application/vnd.openxmlformats-officedocument.oleObject"
        img = d.rel("image", "media/image1.png")
        obj = d.rel("oleObject", "embeddings/oleObject1.bin")
        d.part("word/media/image1.png", PNG)
        d.part("word/embeddings/oleObject1.bin", doc)
        d.save(out("word-ole-doc.docx"), shell(a, 2021, ole_object(img, obj, "Word.Document.8", "Icon")))
    if os.path.exists(out("word-ole-doc.docx")):
        fixture("word-ole-doc.docx", a, "sections 二–四 in a Word 97–2003 document embedded as an OLE object shown as an icon (ProgID Word.Document.8, "
                "embeddings/oleObject1.bin, the DOC's own compound file); the DOC is LibreOffice's copy, made once")


def write_zip(path, files):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, (2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))


def convert_bytes(soffice, data, ext, target_ext, filter_name):
    work = tempfile.mkdtemp()
    try:
        src = os.path.join(work, "in." + ext)
        with open(src, "wb") as f:
            f.write(data)
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", f"{target_ext}:{filter_name}",
                        "--outdir", work, src], check=True, capture_output=True)
        with open(os.path.join(work, "in." + target_ext), "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---- B. revisions, read as accepted ----

REVISION = [0]


def rev(author="张明"):
    REVISION[0] += 1
    n = REVISION[0]
    return f'w:id="{n}" w:author="{author}" w:date="2022-01-{10 + n % 18:02d}T09:{n % 60:02d}:00Z"'


def ins(runs, author="张明"):
    return f"<w:ins {rev(author)}>{runs}</w:ins>"


def dele(text, rpr="", author="张明"):
    rpr = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:del {rev(author)}><w:r>{rpr}<w:delText xml:space="preserve">{x(text)}</w:delText></w:r></w:del>'


def center(runs, ppr=""):
    return p(runs, '<w:jc w:val="center"/>' + ppr)


def deleted_row(label, values, span_label=3, runs_marked=True):
    """A row deleted with tracked changes, as Word writes one: w:trPr/w:del and every run in w:del;
    or, as some other editors write one, the row marked and its runs not."""
    text = (lambda t: center(dele(t))) if runs_marked else (lambda t: center(r(t)))
    cells = [tc(text(label), span_label)] + [tc(text(str(v))) for v in values]
    return tr(cells, f"<w:del {rev()}/>")


def make_revisions(soffice):
    # B1. Figures corrected with Track Changes on and sent as they were: deleted digits beside inserted ones.
    a = "青川县财政局"
    k = [0]

    def revised(key, col, v):
        k[0] += 1
        s = str(v)
        if k[0] % 5 == 0 and len(s) >= 2:
            # 40 typed over 49: the 4 kept, the 9 deleted, the 0 inserted.
            return center(r(s[:-1]) + dele(str((int(s[-1]) + 3) % 10)) + ins(r(s[-1])))
        if k[0] % 3 == 0:
            return center(dele(str(v + 2)) + ins(r(s)))
        if k[0] % 7 == 0:
            return center(ins(r(s)) + dele("0" if v else "1"))
        return s
    intro = p(r(f"2021年，{a}全年共收到政府信息公开申请") + dele("48") + ins(r("50")) + r("件。"))
    d = Docx()
    d.settings = "<w:trackRevisions/>"
    d.save(out("word-revisions-numbers.docx"), report(a, intro=intro, t2=t2_table(value=revised), t3=t3_table(value=revised), t4=t4_table(value=revised)))
    fixture("word-revisions-numbers.docx", a, "figures corrected with Track Changes on and published unaccepted: in cells a deleted number beside the inserted one "
            "(w:del/w:delText then w:ins), a digit replaced inside a number (4 kept, 9 deleted, 0 inserted); read as accepted, the deleted digits never")
    return ["word-revisions-numbers"]


def make_revision_rows(soffice):
    # B2. Rows deleted and inserted as tracked changes (w:trPr/w:del, w:trPr/w:ins, Word marking every run too).
    a = "青川县交通运输局"
    stale = {"carried": [2, 1, 0, 0, 0, 0, 3], "total": [35, 5, 1, 0, 2, 1, 44]}

    def around(key):
        if key in stale:
            # Word marks the runs of a deleted row too; an editor that marks only the row leaves them plain (the 总计 row here).
            return deleted_row(dict((k, t) for k, t, g in T3_ROWS)[key] if key != "total" else "（七）总计", stale[key], runs_marked=key != "total"), ""
        return "", ""

    def row_extra(key):
        return f"<w:ins {rev()}/>" if key in stale else ""

    t4 = t4_table().replace("</w:tbl>", "")
    old = tr([tc(center(r(str(v)))) for v in (1, 1, 0, 0, 2, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0)], f"<w:del {rev()}/>")
    t4 += old + "</w:tbl>"
    t2 = t2_table().replace("</w:tbl>", tr([tc(center(dele("行政事业性收费（上年）"))), tc(center(dele("8.6")), 3)], f"<w:del {rev()}/>") + "</w:tbl>")
    d = Docx()
    d.save(out("word-revisions-rows.docx"), report(a, t2=t2, t3=t3_table(around=around, row_extra=row_extra), t4=t4))
    fixture("word-revisions-rows.docx", a, "table rows deleted and inserted with Track Changes (w:trPr/w:del and w:trPr/w:ins, every run of a deleted row in w:del, "
            "as Word marks them): last year's 二、上年结转 and （七）总计 rows deleted above this year's inserted ones, an old 表四 row and 表二 row deleted; "
            "the old 总计 and 表四 rows marked on the row only, their runs plain, as editors other than Word write a deleted row")

    # B3. Cells deleted as a revision (w:cellDel): a 备注 column of last year's figures removed.
    a = "青川县农业农村局"

    def extra_cell(key):
        if key.startswith("header:"):
            return tc(center(dele("上年数" if key == "header:0" else "")), 1, None, f"<w:cellDel {rev()}/>")
        # Half the deleted cells keep their runs plain: the cell's mark alone removes them.
        text = dele(str(T3[key]["total"] + 7)) if len(key) % 2 else r(str(T3[key]["total"] + 7))
        return tc(center(text), 1, None, f"<w:cellDel {rev()}/>")
    d = Docx(wps=True)
    d.save(out("word-revisions-cells.docx"), report(a, t3=t3_table(extra_cell=extra_cell)))
    fixture("word-revisions-cells.docx", a, "表三 with a column deleted as a revision: each row's last cell marked w:tcPr/w:cellDel (ECMA-376 17.13.5.5), its "
            "text in w:del in half the rows and plain in the others; the cells are gone once the revision is accepted (a WPS-saved file: wpsCustomData in the settings)")

    # B4. Text moved with Track Changes (w:moveFrom / w:moveTo with their range marks).
    a = "青川县水利局"
    n = [0]

    def mv(text):
        n[0] += 1
        name = f"move{n[0]}"
        return (f'<w:moveFromRangeStart {rev()} w:name="{name}"/><w:moveFrom {rev()}><w:r><w:t>{x(text)}</w:t></w:r></w:moveFrom><w:moveFromRangeEnd w:id="{REVISION[0] - 1}"/>',
                f'<w:moveToRangeStart {rev()} w:name="{name}"/><w:moveTo {rev()}><w:r><w:t>{x(text)}</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="{REVISION[0] - 1}"/>')

    def moved(key, col, v):
        if key.startswith("t4.") or (key.startswith("t3.") and col == "total" and v > 0):
            src, dst = mv(str(v))
            # The figure was typed in the wrong column's cell first and moved: the old place keeps a moveFrom.
            return center(dst)
        return str(v)
    heading_move = mv("三、收到和处理政府信息公开申请情况")
    t3 = t3_table(value=moved)
    src_cells = []

    def label(key, text):
        if key == "total":
            f, t = mv("（七）总计")
            src_cells.append(f)
            return center(t)
        return text
    t3 = t3_table(value=moved, label=label)
    body = report(a, t3=t3, head=lambda t: heading(t) if t != SECTIONS[2] else p(heading_move[1]))
    body = body.replace(heading(SECTIONS[1]), p(heading_move[0]) + heading(SECTIONS[1]), 1)
    d = Docx()
    d.save(out("word-revisions-moves.docx"), body)
    fixture("word-revisions-moves.docx", a, "text moved with Track Changes: section 三's heading moved from above section 二 (w:moveFrom there, w:moveTo here, "
            "with moveFromRangeStart/End and moveToRangeStart/End), figures of 表三's 总计 column and 表四 moved into their cells (w:moveTo)")

    # B5. Paragraph marks deleted (two paragraphs become one), and property changes (w:rPrChange, w:pPrChange, w:tblPrChange, w:trPrChange, w:tcPrChange).
    a = "青川县审计局"
    mark_del = f"<w:rPr><w:del {rev()}/></w:rPr>"

    def split_label(key, text):
        # A label typed on two lines, the break deleted as a revision: one paragraph once accepted.
        if len(text) > 8 and key in ("new", "unavailable.needs_creation", "other.no_supplement"):
            cut = len(text) // 2
            return p(r(text[:cut]), f'<w:jc w:val="center"/>{mark_del}') + center(r(text[cut:]))
        return text
    old_props = '<w:rPrChange w:id="900" w:author="张明" w:date="2022-01-09T10:00:00Z"><w:rPr><w:vanish/><w:vertAlign w:val="superscript"/></w:rPr></w:rPrChange>'

    def changed(key, col, v):
        return center(r(str(v), '<w:b/>' + old_props))
    t3 = t3_table(label=split_label, value=changed)
    t3 = t3.replace('<w:tcPr><w:gridSpan w:val="7"/></w:tcPr>',
                    '<w:tcPr><w:gridSpan w:val="7"/><w:tcPrChange w:id="901" w:author="张明" w:date="2022-01-09T10:00:00Z"><w:tcPr><w:gridSpan w:val="2"/><w:vMerge/></w:tcPr></w:tcPrChange></w:tcPr>', 1)
    t3 = t3.replace("<w:tr>", '<w:tr><w:trPr><w:trPrChange w:id="902" w:author="张明" w:date="2022-01-09T10:00:00Z"><w:trPr><w:gridBefore w:val="3"/><w:del w:id="903" w:author="张明" w:date="2022-01-09T10:00:00Z"/></w:trPr></w:trPrChange></w:trPr>', 2)
    t3 = t3.replace('<w:tblLook w:val="04A0"/>', '<w:tblLook w:val="04A0"/><w:tblPrChange w:id="904" w:author="张明" w:date="2022-01-09T10:00:00Z"><w:tblPr><w:tblStyle w:val="a3"/></w:tblPr></w:tblPrChange>', 1)
    head = lambda t: (p(r(t[:4], '<w:b/>'), f'{mark_del}') + p(r(t[4:], '<w:b/>'))) if t == SECTIONS[3] else heading(t)
    pchange = ('<w:pPrChange w:id="905" w:author="张明" w:date="2022-01-09T10:00:00Z"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
               '<w:rPr><w:vanish/></w:rPr></w:pPr></w:pPrChange>')
    intro = p(r(f"2021年，{a}全年共收到政府信息公开申请50件。"), '<w:ind w:firstLine="420"/>' + pchange)
    d = Docx()
    d.numbering = ('<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
                   '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    d.save(out("word-revisions-marks.docx"), report(a, intro=intro, t3=t3, head=head))
    fixture("word-revisions-marks.docx", a, "paragraph marks deleted as revisions (w:pPr/w:rPr/w:del: a row label typed on two lines and section 四's heading "
            "split in two, each one paragraph once accepted), and property changes whose old properties must not be read: w:rPrChange holding "
            "vanish and superscript, w:pPrChange an old list and hidden mark, w:tcPrChange an old gridSpan and vMerge, w:trPrChange an old gridBefore "
            "and row deletion, w:tblPrChange")


# ---- E. what a viewer hides: hidden text, comments, notes; and marks kept apart from numbers ----

MARK_STYLES = ('<w:style w:type="character" w:styleId="a7"><w:name w:val="footnote reference"/><w:basedOn w:val="a0"/><w:uiPriority w:val="99"/>'
               '<w:semiHidden/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
               '<w:style w:type="character" w:styleId="aa"><w:name w:val="endnote reference"/><w:basedOn w:val="a0"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
               '<w:style w:type="character" w:styleId="a9"><w:name w:val="annotation reference"/><w:basedOn w:val="a0"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style>')


def notes_part(kind, notes):
    """footnotes.xml or endnotes.xml: the separators Word writes, then the notes."""
    tag = kind[:-1]
    body = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
            f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    ref = "a7" if kind == "footnotes" else "aa"
    for i, text in enumerate(notes, 1):
        body += (f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:r><w:rPr><w:rStyle w:val="{ref}"/></w:rPr><w:{tag}Ref/></w:r>'
                 f'<w:r><w:t xml:space="preserve"> {x(text)}</w:t></w:r></w:p></w:{tag}>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {NS}>{body}</w:{kind}>'


def make_marks(soffice):
    # E3. Footnote and endnote references after figures in cells; the notes hold figures of their own.
    a = "白河县发展和改革局"
    refs = {"t3.new.total": ("foot", 1), "t3.total.total": ("foot", 2), "t3.carried.total": ("foot", 3), "t4.review.total": ("end", 1), "t2.fee.amount": ("foot", 4)}

    def noted(key, col, v):
        if key in refs:
            kind, n = refs[key]
            style = "a7" if kind == "foot" else "aa"
            return center(r(str(v)) + f'<w:r><w:rPr><w:rStyle w:val="{style}"/></w:rPr><w:{kind}noteReference w:id="{n}"/></w:r>')
        return str(v)
    d = Docx()
    d.styles = MARK_STYLES
    d.part("word/footnotes.xml", notes_part("footnotes", ["含电子邮件申请12件、信函申请3件。", "办结49件，其中当面答复7件。", "上年结转4件均已办结。", "单位：万元，含代收费用2.5万元。"]),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml")
    d.part("word/endnotes.xml", notes_part("endnotes", ["行政复议4件，均在法定期限内办结，维持2件。"]),
           "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml")
    d.rel("footnotes", "footnotes.xml")
    d.rel("endnotes", "endnotes.xml")
    intro = p(r(f"2021年，{a}全年共收到政府信息公开申请50件") + '<w:r><w:rPr><w:rStyle w:val="a7"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' + r("。"))
    d.save(out("word-footnotes.docx"), report(a, intro=intro, t2=t2_table(value=noted), t3=t3_table(value=noted), t4=t4_table(value=noted)))
    fixture("word-footnotes.docx", a, "footnote and endnote references right after figures in cells (w:footnoteReference / w:endnoteReference in a run of the "
            "footnote reference style, superscript by the style): Word prints 50¹; the notes (footnotes.xml, endnotes.xml) hold other figures and are not read")

    # E4. Marks typed as superscript: ①, *, 注1 raised after a figure; a subscript; the mark in the row label too.
    a = "白河县统计局"
    marks = {"t3.granted.total": "①", "t3.partial.natural": "*", "t3.unavailable.not_held.total": "注1", "t4.direct.total": "②", "t2.license.decisions": "1"}

    def marked(key, col, v):
        if key in marks:
            return center(r(str(v)) + r(marks[key], '<w:vertAlign w:val="superscript"/>'))
        if key == "t3.new.commercial":
            return center(r(str(v)) + r("a", '<w:vertAlign w:val="subscript"/>'))
        return str(v)

    def label(key, text):
        if key == "total":
            return center(r(text) + r("②", '<w:vertAlign w:val="superscript"/>'))
        return text
    d = Docx(wps=True)
    after = para("注：①含部分公开后再予公开的申请；②含复议后起诉的案件；*含代理人提出的申请。")
    d.save(out("word-superscript.docx"), report(a, t2=t2_table(value=marked), t3=t3_table(value=marked, label=label), t4=t4_table(value=marked), after_t4=after))
    fixture("word-superscript.docx", a, "note marks typed after figures as superscript runs (w:vertAlign superscript: 24①, 5*, 9注1, 1523¹) and a subscript "
            "(6ₐ), as WPS users mark figures explained in a note below the table; printed raised, never part of the number")
    return []


def make_hidden(soffice):
    # E1. Hidden text (w:vanish): figures hidden beside the shown ones, last year's table left in but hidden, a hidden note.
    a = "白河县林业局"
    k = [0]

    def hide(key, col, v):
        k[0] += 1
        s = str(v)
        if k[0] % 4 == 0:
            # A figure with the old one kept hidden after it: Word prints 6, the file holds 6 and a hidden 8.
            return center(r(s) + r(str((v + 2) % 10), "<w:vanish/>"))
        if k[0] % 9 == 0 and len(s) >= 2:
            return center(r(s[0]) + r("9", "<w:vanish/>") + r(s[1:]))
        return s
    last = copy.deepcopy(T3)
    last["new"] = wild.row(31, 5, 0, 0, 1, 0, 37)
    hidden_t3 = t3_table(t3=last, value=lambda key, col, v: center(r(str(v), "<w:vanish/>")),
                         label=lambda key, text: center(r(text, "<w:vanish/>")), header=lambda t: center(r(t, "<w:vanish/>")))
    hidden_t3 = hidden_t3.replace("<w:p><w:pPr>", "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr>")
    hidden_p = p(r("2020年度数据（供对比，打印时隐藏）：共收到申请37件。", "<w:vanish/>"), "<w:rPr><w:vanish/></w:rPr>")
    intro = p(r(f"2021年，{a}全年共收到政府信息公开申请50件") + r("（上年37件）", "<w:vanish/>") + r("。"))
    d = Docx()
    d.styles = '<w:style w:type="character" w:customStyle="1" w:styleId="ab"><w:name w:val="隐藏批注"/><w:basedOn w:val="a0"/><w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr></w:style>'
    t4 = t4_table(value=lambda key, col, v: center(r(str(v)) + ('<w:r><w:rPr><w:rStyle w:val="ab"/></w:rPr><w:t>7</w:t></w:r>' if key.endswith("total") else "")))
    d.save(out("word-hidden-text.docx"), report(a, intro=intro, t3=hidden_p + hidden_t3 + t3_table(value=hide), t4=t4, t2=t2_table(value=hide)))
    fixture("word-hidden-text.docx", a, "hidden text (w:vanish, and a character style that hides): old figures kept hidden beside the shown ones (6 with a "
            "hidden 8 after it, 4·9·0 printing 40), last year's whole 表三 left in the file hidden above this year's, a hidden paragraph and "
            "aside; Word prints none of it")

    # E2. Comments on figures: ranges and references in cells, the comments' own figures in comments.xml.
    a = "白河县应急管理局"
    n = [0]
    bodies = []

    def commented(key, col, v):
        if (key.endswith(".total") and v != 0) or key.startswith("t2.") or key.startswith("t4.review"):
            i = n[0]
            n[0] += 1
            bodies.append(f"请核对：此处原填{float(v) + 1:g}，已按台账改为{v}。")
            return center(f'<w:commentRangeStart w:id="{i}"/>' + r(str(v)) + f'<w:commentRangeEnd w:id="{i}"/>'
                          f'<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:commentReference w:id="{i}"/></w:r>')
        return str(v)
    body = report(a, t2=t2_table(value=commented), t3=t3_table(value=commented), t4=t4_table(value=commented))
    comments = "".join(f'<w:comment w:id="{i}" w:author="王芳" w:date="2022-01-12T08:30:00Z" w:initials="WF"><w:p><w:pPr><w:pStyle w:val="a8"/></w:pPr>'
                       f'<w:r><w:rPr><w:rStyle w:val="a9"/></w:rPr><w:annotationRef/></w:r><w:r><w:t>{x(t)}</w:t></w:r></w:p></w:comment>' for i, t in enumerate(bodies))
    d = Docx()
    d.styles = MARK_STYLES
    d.part("word/comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>{comments}</w:comments>',
           "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")
    d.rel("comments", "comments.xml")
    d.save(out("word-comments.docx"), body)
    fixture("word-comments.docx", a, "review comments left on figures (w:commentRangeStart/End around the figure, a w:commentReference run right after it, "
            "the comments in comments.xml with figures of their own, 请核对：此处原填25…): Word prints the figure; comments are not the report's text")

    # E5. Headings run on into their first sentence through a style separator (a paragraph mark with w:specVanish), as Word's
    # Insert Style Separator writes them for headings that should stand in the table of contents without a line of their own.
    a = "白河县退役军人事务局"

    def head(t):
        i = SECTIONS.index(t) + 1
        return p(f'<w:bookmarkStart w:id="{i}" w:name="_Toc{i}"/>' + r(t, "<w:b/>") + f'<w:bookmarkEnd w:id="{i}"/>',
                 '<w:outlineLvl w:val="0"/><w:rPr><w:b/><w:specVanish/></w:rPr>')
    intro = p(r(f"2021年，{a}全年共收到政府信息公开申请50件。"))
    d = Docx()
    d.save(out("word-style-separator.docx"), report(a, head=head, intro=intro))
    fixture_hidden_marks()
    fixture_hidden_rows()
    fixture("word-style-separator.docx", a, "each section heading ends in a style separator (its paragraph mark w:specVanish, Word's Insert Style Separator): "
            "Word prints the heading and the paragraph after it as one line (一、总体情况2021年，…), the heading stays a heading for the table of contents")

def fixture_hidden_marks():
    # E6. Paragraph marks hidden (w:pPr/w:rPr/w:vanish): a heading typed on two lines and a sentence split, printed as one line each.
    a = "白河县乡村振兴局"

    def head(t):
        if t in (SECTIONS[2], SECTIONS[3]):
            cut = len(t) // 2
            return p(r(t[:cut], "<w:b/>"), "<w:rPr><w:b/><w:vanish/></w:rPr>") + p(r(t[cut:], "<w:b/>"))
        return heading(t)
    intro = p(r(f"2021年，{a}全年共收到政府信息公开"), "<w:rPr><w:vanish/></w:rPr>") + para("申请50件，上年结转4件。")
    d = Docx()
    d.save(out("word-hidden-marks.docx"), report(a, head=head, intro=intro))
    fixture("word-hidden-marks.docx", a, "paragraph marks formatted hidden (w:pPr/w:rPr/w:vanish): section 三's and 四's headings each typed over two "
            "paragraphs and a sentence split in two, each printed by Word as one line, the hidden mark not ending the paragraph")


def fixture_hidden_rows():
    # E7. Last year's figures kept in the table as hidden rows (every run and the row's cells formatted hidden): Word prints them
    # as blank lines of the table; a template's unused rows hidden the same way.
    a = "白河县医疗保障局"
    last = {"new": [31, 5, 0, 0, 1, 0, 37], "granted": [16, 2, 0, 0, 1, 0, 19], "total": [33, 5, 0, 0, 1, 0, 39]}

    def around(key):
        if key not in last:
            return "", ""
        hid = lambda t: center(r(str(t), "<w:vanish/>"), "<w:rPr><w:vanish/></w:rPr>")
        cells = [tc(hid("上年" + dict((k, t) for k, t, g in T3_ROWS)[key]), 3)] + [tc(hid(v)) for v in last[key]]
        return "", tr(cells)
    d = Docx()
    d.save(out("word-hidden-rows.docx"), report(a, t3=t3_table(around=around)))
    fixture("word-hidden-rows.docx", a, "表三 with last year's figures kept below three rows as rows whose text and paragraph marks are all hidden "
            "(w:vanish): Word prints them as blank rows")


# ---- C. automatic list numbering, as the labels Word prints ----

def lvl(ilvl, fmt, text, start=1, suff=None, restart=None, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}" w:tplc="04090019"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            + (f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else "") + extra
            + (f'<w:suff w:val="{suff}"/>' if suff else "") + f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{420 * (ilvl + 1)}" w:hanging="420"/></w:pPr></w:lvl>')


def abstract(i, levels, multi="hybridMultilevel", extra=""):
    return (f'<w:abstractNum w:abstractNumId="{i}"><w:nsid w:val="{0x1A2B3C00 + i:08X}"/><w:multiLevelType w:val="{multi}"/>'
            f'<w:tmpl w:val="{0x3C4D5E00 + i:08X}"/>{extra}{"".join(levels)}</w:abstractNum>')


def num(i, abstract_id, overrides=""):
    return f'<w:num w:numId="{i}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def numbered(text, num_id, ilvl=0, ppr="", rpr=""):
    return p(r(text, rpr), f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>{ppr}')


def strip_number(text):
    """The words of a label without the number a list prints before them."""
    for sep in ("、", "）", "."):
        head, found, rest = text.partition(sep)
        if found and 0 < len(head) <= 4 and rest:
            return rest
    return text


def numbered_rows(row_list, group_list, sub_list, sub_ilvl=1, sub_num=None):
    """表三's row labels numbered by lists: 一、 rows by row_list, （一） rows by group_list level 0,
    1. rows by sub_list (a numId, or a function of the group giving one) at level sub_ilvl."""
    def label(key, text):
        words = strip_number(text)
        if key in ("new", "carried", "carried_forward", "result"):
            return numbered(words, row_list, 0, '<w:jc w:val="center"/>')
        if key.startswith("group:") or key in ("granted", "partial", "total"):
            return numbered(words, group_list, 0, '<w:jc w:val="center"/>')
        group = dict((k, g) for k, t, g in T3_ROWS)[key]
        return numbered(words, sub_num(group) if sub_num else sub_list, sub_ilvl, '<w:jc w:val="left"/>')
    return label


def make_numbering(soffice):
    # C1. Section headings numbered by their heading style's list (Word: 一、 from "一, 二, 三 (简)", （一） below it).
    a = "松溪县人民政府办公室"
    d = Docx()
    d.styles = ('<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/>'
                '<w:pPr><w:keepNext/><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:qFormat/>'
                '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>')
    d.numbering = (abstract(0, [lvl(0, "chineseCountingThousand", "%1、", suff="nothing"), lvl(1, "chineseCountingThousand", "（%2）", suff="nothing"),
                                lvl(2, "decimal", "%3.")], "multilevel")
                   + num(1, 0))
    head = lambda t: p(r(strip_number(t)), '<w:pStyle w:val="2"/>')
    pages = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NUMPAGES \\* Arabic </w:instrText></w:r>'
             '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>6</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
    intro = (p(r("主动公开情况"), '<w:pStyle w:val="3"/>') + p(r(f"2021年，{a}主动公开政府信息312条（本报告共") + pages + r("页）。"))
             + p(r("依申请公开情况"), '<w:pStyle w:val="3"/>') + para("全年共收到政府信息公开申请50件，上年结转4件。"))
    d.save(out("word-numbering-headings.docx"), report(a, head=head, intro=intro))
    fixture("word-numbering-headings.docx", a, "section headings numbered by Word, not typed: the heading style carries the list (w:style/w:pPr/w:numPr, "
            "numFmt chineseCountingThousand, lvlText %1、 and （%2） below, suff nothing); the headings' text is 总体情况, 主动公开政府信息情况 …")

    # C2. 表三's row labels numbered in their cells: 一、 二、 … for the top rows, （一）… for the results, 1. 2. … restarting under each.
    a = "松溪县公安局"
    d = Docx()
    d.numbering = (abstract(0, [lvl(0, "chineseCounting", "%1、", suff="nothing")]) + abstract(1, [lvl(0, "chineseCounting", "（%1）", suff="nothing"),
                                                                                                  lvl(1, "decimal", "%2.", suff="nothing")])
                   + num(1, 0) + num(2, 1))
    d.save(out("word-numbering-rows.docx"), report(a, t3=t3_table(label=numbered_rows(1, 2, 2))))
    fixture("word-numbering-rows.docx", a, "表三's row labels numbered automatically inside their cells (w:numPr in each cell's paragraph): 一、 二、 三、 四、 "
            "from one list, （一）…（七） and the 1. 2. … under each from a two-level list (level 2 restarting after each level-1 item); the cells "
            "hold only 本年新收政府信息公开申请数量, 予以公开, 属于国家秘密 …")

    # C3. WPS: every run of sub-items its own list instance restarting at 1 (w:lvlOverride/w:startOverride), the last row a list that starts at 4.
    a = "松溪县民政局"
    d = Docx(wps=True)
    groups = [g for g in dict.fromkeys(g for k, t, g in T3_ROWS if g and not g.startswith("三"))]
    ids = {g: 10 + i for i, g in enumerate(groups)}
    d.numbering = (abstract(0, [lvl(0, "chineseCounting", "%1、", suff="nothing")]) + abstract(1, [lvl(0, "chineseCounting", "（%1）", suff="nothing")])
                   + abstract(2, [lvl(0, "decimal", "%1.", suff="space")]) + abstract(3, [lvl(0, "chineseCounting", "%1、", start=4, suff="nothing")])
                   + num(1, 0) + num(2, 1) + num(4, 3)
                   + "".join(num(ids[g], 2, "" if i == 0 else '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>') for i, g in enumerate(groups)))
    base = numbered_rows(1, 2, None, 0, lambda g: ids[g])

    def label(key, text):
        if key == "carried_forward":
            return numbered(strip_number(text), 4, 0, '<w:jc w:val="center"/>')
        return base(key, text)
    d.save(out("word-numbering-restarts.docx"), report(a, t3=t3_table(label=label)))
    fixture("word-numbering-restarts.docx", a, "WPS numbering: each group's sub-items (1. 2. …) a list instance of one definition, each after the first "
            "restarting it (w:num/w:lvlOverride/w:startOverride 1, as Restart Numbering writes); 四、结转下年度继续办理 a list whose level starts at 4 "
            "(w:start 4); the group labels （一）… from another list; suff space after 1.")

    # C4. A list style (w:numStyleLink → a numbering style → the definition that w:styleLink names), and circled sub-items from WPS's gallery.
    a = "松溪县财政局"
    d = Docx(wps=True)
    d.styles = ('<w:style w:type="numbering" w:customStyle="1" w:styleId="a8"><w:name w:val="报告编号"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/>'
                '<w:pPr><w:numPr><w:numId w:val="8"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>')
    d.numbering = (abstract(5, [], "multilevel", '<w:numStyleLink w:val="a8"/>')
                   + abstract(6, [lvl(0, "chineseCounting", "%1、", suff="nothing"), lvl(1, "chineseCounting", "（%2）", suff="nothing")], "multilevel", '<w:styleLink w:val="a8"/>')
                   + abstract(1, [lvl(0, "chineseCounting", "（%1）", suff="nothing"), lvl(1, "decimalEnclosedCircleChinese", "%2", suff="nothing")])
                   + abstract(0, [lvl(0, "chineseCounting", "%1、", suff="nothing")])
                   + num(7, 6) + num(8, 5) + num(1, 0) + num(2, 1))
    head = lambda t: p(r(strip_number(t)), '<w:pStyle w:val="1"/>')
    d.save(out("word-numbering-styles.docx"), report(a, head=head, t3=t3_table(label=numbered_rows(1, 2, 2))))
    fixture("word-numbering-styles.docx", a, "headings numbered through a list style: their paragraph style names w:num 8, whose definition only says "
            "w:numStyleLink 报告编号; that numbering style names w:num 7, whose definition (w:styleLink) holds the levels %1、; 表三's sub-items numbered "
            "①②… (decimalEnclosedCircleChinese) under （一）…, as WPS's gallery offers them")

    # C5. A report written as numbered prose (a WeChat or OA copy pasted into Word): each row a paragraph, its label numbered by Word.
    a = "松溪县教育局"
    d = Docx()
    d.numbering = (abstract(0, [lvl(0, "chineseCounting", "%1、", suff="nothing")])
                   + abstract(1, [lvl(0, "chineseCounting", "（%1）", suff="nothing"), lvl(1, "decimal", "%2.", suff="nothing")])
                   + num(1, 0) + num(2, 1))
    rows = para("申请人情况：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计")
    seen = set()
    for key, text, group in T3_ROWS:
        figures = "、".join(str(T3[key][c]) for c in COLS)
        if group is None:
            rows += numbered(strip_number(text) + "：" + figures, 1)
            continue
        if "result" not in seen:
            seen.add("result")
            rows += numbered("本年度办理结果", 1)
        if group.startswith("三"):
            rows += numbered(strip_number(text) + "：" + figures, 2)
        else:
            if group not in seen:
                seen.add(group)
                rows += numbered(strip_number(group), 2)
            rows += numbered(strip_number(text) + "：" + figures, 2, 1)
    d.save(out("word-numbering-prose.docx"), report(a, t3=rows))
    fixture("word-numbering-prose.docx", a, "表三 written as numbered prose, a paragraph a row (予以公开：20、3、0、0、1、0、24), the labels' numbers 一、（一） 1. "
            "printed by Word's lists, as a copy from a WeChat article or an office system pasted into Word keeps them")


# ---- D. text boxes, shapes, groups, canvases, content controls, frames, floating tables ----

SHAPE_ID = [1024]


def anchor(graphic_uri, graphic, cx=5400000, cy=3000000, name="文本框"):
    SHAPE_ID[0] += 1
    i = SHAPE_ID[0]
    return (f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + i}" '
            f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
            '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="{i}" name="{name} {i}"/>'
            f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{graphic_uri}">{graphic}</a:graphicData></a:graphic></wp:anchor></w:drawing>')


def wsp(content, cx=5400000, cy=3000000):
    return ('<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
            f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>'
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:spAutoFit/></wps:bodyPr></wps:wsp>')


def vml_box(content, style="position:absolute;margin-left:0;margin-top:0;width:425pt;height:240pt;z-index:251659264"):
    SHAPE_ID[0] += 1
    return (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            f'<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s{SHAPE_ID[0]}" o:spid="_x0000_s{SHAPE_ID[0]}" type="#_x0000_t202" '
            f'style="{style}" filled="f" stroked="f"><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox></v:shape></w:pict>')


def text_box(content):
    """A text box as Word 2010+ saves it: DrawingML (wps) as the choice, the same box in VML as the fallback."""
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps">' + anchor("http://schemas.microsoft.com/office/word/2010/wordprocessingShape", wsp(content))
            + '</mc:Choice><mc:Fallback>' + vml_box(content) + '</mc:Fallback></mc:AlternateContent></w:r>')


def make_shapes(soffice):
    # D1. 表四 inside a text box (Word 2010+: wps:txbx, the VML copy in mc:Fallback).
    a = "云岭县生态环境局"
    d = Docx()
    t4 = p(text_box(t4_table()))
    d.save(out("word-textbox-table.docx"), report(a, t4=t4))
    fixture("word-textbox-table.docx", a, "表四 inside a floating text box (w:drawing/wp:anchor/wps:wsp/wps:txbx/w:txbxContent holding a w:tbl; Word writes "
            "the same box again in VML as the mc:Fallback): read once, in place, as a table")

    # D2. WPS: text boxes in VML only (w:pict/v:shape/v:textbox), 表二 and 表三 each in one.
    a = "云岭县工业和信息化局"
    d = Docx(wps=True)
    d.save(out("word-textbox-vml.docx"), report(a, t2=p("<w:r>" + vml_box(t2_table()) + "</w:r>"), t3=p("<w:r>" + vml_box(t3_table()) + "</w:r>")))
    fixture("word-textbox-vml.docx", a, "表二 and 表三 each in a VML text box (w:pict/v:shape type #_x0000_t202/v:textbox/w:txbxContent), as WPS and Word "
            "2007 write text boxes, with no DrawingML copy")

    # D3. A drawing group of two text boxes (caption and 表三) and a drawing canvas holding 表四.
    a = "云岭县商务局"
    group = ('<wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="6000000"/><a:chOff x="0" y="0"/><a:chExt cx="5400000" cy="6000000"/></a:xfrm></wpg:grpSpPr>'
             + wsp(para("（单位：件）", '<w:jc w:val="right"/>'), 5400000, 300000) + wsp(t3_table(), 5400000, 5700000) + '</wpg:wgp>')
    vml_group = ('<w:pict><v:group id="_x0000_s2001" style="position:absolute;width:425pt;height:470pt" coordsize="5400,6000">'
                 '<v:shape type="#_x0000_t202" style="position:absolute;width:5400;height:300"><v:textbox><w:txbxContent>' + para("（单位：件）") + '</w:txbxContent></v:textbox></v:shape>'
                 '<v:shape type="#_x0000_t202" style="position:absolute;top:300;width:5400;height:5700"><v:textbox><w:txbxContent>' + t3_table() + '</w:txbxContent></v:textbox></v:shape>'
                 '</v:group></w:pict>')
    t3 = p('<w:r><mc:AlternateContent><mc:Choice Requires="wpg">' + anchor("http://schemas.microsoft.com/office/word/2010/wordprocessingGroup", group, name="组合")
           + '</mc:Choice><mc:Fallback>' + vml_group + '</mc:Fallback></mc:AlternateContent></w:r>')
    canvas = ('<wpc:wpc><wpc:bg/><wpc:whole/>' + wsp(t4_table(), 5200000, 1800000) + '</wpc:wpc>')
    t4 = p('<w:r><mc:AlternateContent><mc:Choice Requires="wpc">' + anchor("http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas", canvas, name="画布")
           + '</mc:Choice><mc:Fallback><w:pict><v:group style="width:415pt;height:150pt" coordsize="5200,1800"><v:shape type="#_x0000_t202" style="position:absolute;width:5200;height:1800">'
           '<v:textbox><w:txbxContent>' + t4_table() + '</w:txbxContent></v:textbox></v:shape></v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    d = Docx()
    d.save(out("word-group-canvas.docx"), report(a, t3=t3, t4=t4))
    fixture("word-group-canvas.docx", a, "表三 in the second text box of a drawing group (wpg:wgp holding a caption box and a table box), 表四 in a text box on "
            "a drawing canvas (wpc:wpc); both with their VML copies (v:group) as fallbacks")

    # D4. Content controls at every level: around tables (block), rows (a repeating section), cells, and each figure (plain-text controls).
    a = "云岭县市场监督管理局"
    ctl = [0]

    def sdt(content, alias, level_pr=""):
        ctl[0] += 1
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="f{ctl[0]}"/><w:id w:val="{-1912345600 + ctl[0]}"/>{level_pr}</w:sdtPr>'
                f'<w:sdtEndPr/><w:sdtContent>{content}</w:sdtContent></w:sdt>')

    def figure(key, col, v):
        return center(sdt(r(str(v)), "数字", "<w:text/>"))
    t3 = t3_table(value=figure)
    rows = t3.split("<w:tr>")
    t3 = rows[0] + "".join("<w:tr>" + r_ for r_ in rows[1:4]) + sdt("".join("<w:tr>" + r_.replace("</w:tbl>", "") for r_ in rows[4:]), "办理情况",
                                                                      '<w15:repeatingSection xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"/>') + "</w:tbl>"
    t2 = t2_table(value=lambda key, col, v: center(r(str(v)))).replace("<w:tc><w:tcPr/>", "<w:tc><w:tcPr/>")
    t2 = t2.replace("<w:tc>", "<w:sdt><w:sdtPr><w:id w:val=\"1\"/></w:sdtPr><w:sdtContent><w:tc>").replace("</w:tc>", "</w:tc></w:sdtContent></w:sdt>")
    d = Docx()
    d.save(out("word-content-controls.docx"), report(a, t2=sdt(t2, "表二"), t3=sdt(t3, "表三"), t4=sdt(t4_table(value=figure), "表四")))
    fixture("word-content-controls.docx", a, "a fill-in template built of content controls: each table in a block-level w:sdt, 表三's data rows in a "
            "repeating-section control, every 表二 cell in a cell-level control, every figure of 表三 and 表四 in a plain-text control (w:sdt/w:text)")

    # D5. Floating tables (w:tblpPr), captions in frames (w:framePr), and a drop cap starting the first sentence.
    a = "云岭县审计局"
    floating = '<w:tblpPr w:leftFromText="180" w:rightFromText="180" w:vertAnchor="text" w:horzAnchor="margin" w:tblpXSpec="center" w:tblpY="120"/><w:tblOverlap w:val="never"/>'
    framed = lambda t: para(t, '<w:framePr w:w="8000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:y="1"/><w:jc w:val="left"/>', "<w:b/>")
    intro = (p(r("2"), '<w:keepNext/><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="840" w:lineRule="exact"/>')
             + para(f"021年，{a}全年共收到政府信息公开申请50件，上年结转4件。"))
    d = Docx()
    d.save(out("word-frames-floating.docx"), report(a, head=framed, intro=intro, t2=t2_table(tblpr=floating), t3=t3_table(tblpr=floating), t4=t4_table(tblpr=floating)))
    fixture("word-frames-floating.docx", a, "the three tables floating (w:tblPr/w:tblpPr, text wrapping around), the section headings in frames (w:framePr), "
            "and the first sentence opened by a drop cap (a frame paragraph w:framePr w:dropCap=drop holding the 2 of 2021年)")


def hmerged(table_xml):
    """A table's horizontal spans written cell by cell (w:hMerge restart, then continue), as Word 97 wrote them and as
    files converted from DOC keep them: each w:gridSpan N cell becomes N cells."""
    import re

    def split(m):
        n = int(m.group(2))
        first = m.group(0).replace(f'<w:gridSpan w:val="{n}"/>', '<w:hMerge w:val="restart"/>', 1)
        rest = f'<w:tc><w:tcPr>{m.group(1)}<w:hMerge/>{m.group(3)}</w:tcPr><w:p/></w:tc>'
        return first + rest * (n - 1)
    return re.sub(r'<w:tc><w:tcPr>([^<]*)<w:gridSpan w:val="(\d+)"/>((?:<w:vMerge[^>]*/>)?)</w:tcPr>.*?</w:tc>', split, table_xml)


def make_hmerge(soffice):
    a = "云岭县人力资源和社会保障局"
    d = Docx()
    d.save(out("word-hmerge.docx"), report(a, t2=hmerged(t2_table()), t3=hmerged(t3_table()), t4=hmerged(t4_table())))
    fixture("word-hmerge.docx", a, "every horizontal span of the three tables written cell by cell (w:tcPr/w:hMerge restart, then continue cells), "
            "as Word 97 wrote merged cells and files converted from DOC keep them, instead of one cell with w:gridSpan")


# ---- F. turned text and landscape pages ----

def make_turned(soffice):
    a = "云岭县统计局"

    def vertical(t):
        # A narrow header cell typed one character a line, its text turned (w:textDirection tbRl).
        if t in ("申请人情况", "自然人", "总计"):
            return "".join(center(r(c)) for c in t)
        if len(t) > 4 and not t.startswith("（"):
            return center("<w:r><w:t>" + "</w:t><w:br/><w:t>".join(x(c) for c in t) + "</w:t></w:r>")
        return t
    t3 = t3_table(header=vertical).replace("<w:tcPr>", '<w:tcPr><w:textDirection w:val="tbRlV"/>', 0)
    t3 = t3.replace('<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>', '<w:tcPr><w:vMerge w:val="restart"/><w:textDirection w:val="tbRl"/></w:tcPr>')
    t4 = t4_table().replace('<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>', '<w:tcPr><w:vMerge w:val="restart"/><w:textDirection w:val="btLr"/></w:tcPr>')
    landscape = ('<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1800" w:right="1440" w:bottom="1800" w:left="1440" '
                 'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/></w:sectPr>')
    portrait = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    body = report(a, t3=t3, t4=t4)
    # 表三 and 表四 on landscape pages: a section ends before 表三's heading and after 表四.
    body = body.replace(heading(SECTIONS[2]), p("", portrait) + heading(SECTIONS[2]), 1)
    body = body.replace(heading(SECTIONS[4]), p("", landscape) + heading(SECTIONS[4]), 1)
    d = Docx()
    d.save(out("word-turned-landscape.docx"), body)
    fixture("word-turned-landscape.docx", a, "表三 and 表四 on landscape pages (a section break w:sectPr in a paragraph, w:orient landscape) with turned header "
            "cells (w:textDirection tbRl and btLr), the narrow ones typed a character a line (one paragraph each, or w:br between them)")


# ---- G. the same habits in Word 97–2003 files ----

DOC_TWINS = ["hidden-text", "revisions-numbers", "numbering-rows", "numbering-headings", "textbox-table", "textbox-vml", "frames-floating",
             ] + (["footnotes", "superscript"] if "--marks" in sys.argv else [])


def make_doc(soffice):
    """LibreOffice's Word 97 copies: the habits as HWPF meets them (hidden and deleted runs, raised runs and note references, list
    levels in the list tables, text boxes in the text box story anchored by drawn objects)."""
    for name in DOC_TWINS:
        src, dst = out(f"word-{name}.docx"), out(f"word-{name}.doc")
        if soffice and (not os.path.exists(dst) or "--remake" in sys.argv):
            with open(src, "rb") as f:
                data = convert_bytes(soffice, f.read(), "docx", "doc", "MS Word 97")
            with open(dst, "wb") as f:
                f.write(data)
        if os.path.exists(dst):
            with open(src + ".gold.json", encoding="utf-8") as f:
                answer = json.load(f)
            answer["note"] = "LibreOffice's Word 97–2003 copy of word-" + name + ".docx: " + answer["note"]
            FIXTURES.append(f"word-{name}.doc")
            with open(dst + ".gold.json", "w", encoding="utf-8") as f:
                json.dump(answer, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    soffice = shutil.which("soffice")
    if not soffice:
        print("soffice not found: the DOC variants are not made", file=sys.stderr)
    make_embedded(soffice)
    make_revisions(soffice)
    make_revision_rows(soffice)
    if "--marks" in sys.argv:
        # Read by the inline marks convention (a raised mark kept apart from its number, U+FFF9 … U+FFFB): made once the
        # extraction keeps such marks out of the numbers, as their answers expect.
        make_marks(soffice)
    make_hidden(soffice)
    make_numbering(soffice)
    make_shapes(soffice)
    make_turned(soffice)
    make_hmerge(soffice)
    make_doc(soffice)
    print(len(FIXTURES), "fixtures in", OUT)
