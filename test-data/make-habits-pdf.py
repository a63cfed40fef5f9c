#!/usr/bin/env python3
"""Makes test-data/habits/pdf-*.pdf: reports published as PDF files the ways real producers make
them (issue 28), each from the data model of make-wild.py, so every answer (X.gold.json) is exact.

The habits: text layers that lie (fonts mapped to the Private Use Area, glyphs with no Unicode
mapping, digits in a symbol font, ideographs mapped to look-alike radicals, a layer that says other
digits than its font draws, scans with invisible OCR layers good and bad); pages and text turned
(/Rotate 90, 180 and 270, a table turned on a portrait page, vertical header cells); text a viewer
does not show (invisible, white, covered by a later fill, outside the crop box, clipped away);
footnote marks printed raised after numbers; labels wrapped over lines of a table without rules.
Each answer's note names the habit and what is hard about it.

Needs LibreOffice (soffice), Chromium and poppler-utils (pdftoppm); standard library otherwise.
The PDFs are committed; running this again rewrites every answer and makes the PDFs only where
missing (--remake makes them anew). Run from anywhere: python3 test-data/make-habits-pdf.py"""
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "habits")
sys.path.insert(0, HERE)
import pdfedit  # noqa: E402
from pdfedit import Name, Ref, Stream  # noqa: E402

_spec = importlib.util.spec_from_file_location("make_wild", os.path.join(HERE, "make-wild.py"))
wild = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(wild)

REMAKE = "--remake" in sys.argv
WORK = tempfile.mkdtemp(prefix="habits-")
BODY_FONT = "WenQuanYi Micro Hei"
# 表三 is set in a font of its own where a habit concerns one table's font only, so that only
# its page lies (and only that page is read from its picture).
TABLE_FONT = "WenQuanYi Micro Hei Mono"


def gold(name, agency, year, note, fmt="2021", tables=("t2", "t3", "t4"), vals=None, ambiguous=()):
    answer = {"agency": agency if isinstance(agency, list) else [agency], "year": year, "format": fmt,
              "tables": {t: t in tables for t in ("t2", "t3", "t4")}, "values": vals if vals is not None else wild.values(fmt, tables),
              "ambiguous": list(ambiguous), "note": note}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(answer, f, ensure_ascii=False, indent=1)


def needed(name):
    return REMAKE or not os.path.exists(os.path.join(OUT, name))


def document(body, css="", font=None):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
            f"body{{font-family:{font or repr(BODY_FONT)};font-size:10pt}} table{{border-collapse:collapse}} td{{font-size:9pt;padding:2pt}}"
            # Bold is drawn as Type 3 glyphs by Chromium, which keeps them all: plain keeps fixtures small.
            "*{font-weight:normal !important}"
            "@page{size:A4;margin:18mm}" + css + "</style></head><body>" + body + "</body></html>")


def report(agency, year=2021, t3_font=None, t3_break=False, t2=None, t3=None, t4=None, s3_extra=""):
    """The standard report of make-wild.py; 表三 in a font of its own and on a page of its own if asked."""
    t3 = t3 or wild.t3_html()
    if t3_font:
        t3 = t3.replace("<table border=\"1\">", f"<table border=\"1\" style=\"font-family:'{t3_font}'\">", 1)
        t3 = t3.replace("<td", f"<td style=\"font-family:'{t3_font}'\"")
    body = wild.standard(agency, year, t2=t2, t3=t3, t4=t4)
    if t3_break:
        body = body.replace("<p><strong>三、收到和处理政府信息公开申请情况</strong></p>",
                            "<p style=\"page-break-before:always\"><strong>三、收到和处理政府信息公开申请情况</strong></p>" + s3_extra)
        body = body.replace("<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>",
                            "<p style=\"page-break-before:always\"><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>")
    return body


def libreoffice(html, pdf):
    """Writer prints the page (its HTML import), fonts embedded as simple TrueType subsets with ToUnicode maps."""
    src = os.path.join(WORK, "lo.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{WORK}/lo", "--headless", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", WORK, src], check=True, capture_output=True)
    shutil.move(os.path.join(WORK, "lo.pdf"), pdf)


def chromium(html, pdf):
    """Chromium prints the page: CJK text in an embedded Type 0 (Identity-H) TrueType font, bold as Type 3."""
    src = os.path.join(WORK, "chrome.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                    f"--user-data-dir={WORK}/chrome", "--no-pdf-header-footer", f"--print-to-pdf={pdf}", "file://" + src],
                   check=True, capture_output=True)


def made(name, html, engine=None):
    """The PDF of a page (printed by Chromium unless another engine is given), in memory, to be
    changed. Chromium embeds its fonts whole and tags every cell: the fonts are cut down to the
    glyphs used and the structure tree left out, so the fixtures stay small."""
    path = os.path.join(WORK, name)
    (engine or chromium)(html, path)
    pdf = pdfedit.Pdf(open(path, "rb").read())
    pdf.get(pdf.trailer["Root"]).pop("StructTreeRoot", None)
    pdfedit.subset_fonts(pdf)
    return pdf


def font_maps(pdf, family):
    """The ToUnicode streams of the fonts whose name holds {family}: [(font, stream)]."""
    out = []
    for f in pdfedit.fonts(pdf).values():
        if family in str(f.get("BaseFont", "")) and "ToUnicode" in f:
            out.append((f, pdf.get(f["ToUnicode"])))
    return out


def remap(pdf, family, change):
    """Rewrites the ToUnicode maps of a font family: change(char) gives the text the map will say."""
    for font, stream in font_maps(pdf, family):
        entries = pdfedit.cmap_entries(stream.data)
        stream.data = pdfedit.cmap_text({k: "".join(change(c) for c in v) for k, v in entries.items()})


def blind(pdf, family):
    """Takes the cmap out of the font programs of a family (as many subsetters do): nothing but the
    ToUnicode map then says which character a glyph is."""
    for font in pdfedit.fonts(pdf).values():
        if font.get("Subtype") == "Type0" and family in str(font.get("BaseFont")):
            desc = pdf.get(pdf.get(font["DescendantFonts"][0])["FontDescriptor"])
            program = pdf.get(desc["FontFile2"])
            program.data = program.data.replace(b"cmap", b"xmap", 1)


def save(pdf, name):
    pdf.save(os.path.join(OUT, name))


# ---- Principle 5: text layers that lie ----

def pua_font():
    name, a = "pdf-pua-font.pdf", "青石县人民政府"
    if needed(name):
        pdf = made(name, document(report(a, t3_font=TABLE_FONT, t3_break=True)))
        # Founder (方正) fonts of the PKU collections map their ideographs to the Private Use Area.
        remap(pdf, "MicroHeiMono", lambda c: chr(0xE000 + (ord(c) - 0x4E00) % 0x1900) if "\u4e00" <= c <= "\u9fff" else c)
        blind(pdf, "MicroHeiMono")
        save(pdf, name)
    gold(name, a, 2021, "habit: Founder (方正) fonts whose Unicode map sends every ideograph to the Private Use Area (U+E000–F8FF), "
         "as pdfminer, PdfPig and pdf_oxide users report for Chinese documents; here 表三's font only: its page has no usable text and "
         "is read from its picture, the other pages from their text")



def cid_unmapped():
    name, a = "pdf-cid-unmapped.pdf", "石桥镇人民政府"
    if needed(name):
        pdf = made(name, document(report(a, t3_font=TABLE_FONT, t3_break=True)))
        for font in pdfedit.fonts(pdf).values():
            if font.get("Subtype") == "Type0" and "MicroHeiMono" in str(font.get("BaseFont")):
                font.pop("ToUnicode")
        # The font program keeps no cmap either: nothing says which character a glyph is.
        blind(pdf, "MicroHeiMono")
        save(pdf, name)
    gold(name, a, 2021, "habit: a CID-keyed subset font with no ToUnicode map and no cmap in its program (Identity-H), as Acrobat "
         "Distiller, Word and printer drivers write them: pdfminer shows (cid:NN), PDFBox drops the glyphs without a word; "
         "表三's page has no text to read and is read from its picture")


def symbol_digits():
    name, a = "pdf-symbol-digits.pdf", "柳溪县交通运输局"
    if needed(name):
        pdf = made(name, document(report(a, t3_font=TABLE_FONT, t3_break=True)))
        # Digits in a symbol-encoded font come out as U+F030–F039 (a symbol font's characters sit at U+F020–F0FF).
        remap(pdf, "MicroHeiMono", lambda c: chr(0xF000 + ord(c)) if "0" <= c <= "9" else c)
        blind(pdf, "MicroHeiMono")
        save(pdf, name)
    gold(name, a, 2021, "habit: 表三's numbers set in a symbol-encoded font, whose characters a PDF maps to U+F020–F0FF (the Private Use "
         "Area; pdf_oxide measured 35 of 473 documents): the labels read, the digits do not; the page is read from its picture")


# Ideographs and the radicals that share their glyph in CJK fonts: the Kangxi radicals (folded by
# normalisation) and the CJK Radicals Supplement (no compatibility mapping: nothing folds them).
KANGXI = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)}
SUPPLEMENT = {"民": "\u2ea0", "门": "\u2ed4", "见": "\u2ec5", "长": "\u2ed3", "页": "\u2eda", "车": "\u2ecb", "西": "\u2ec4", "食": "\u2edd",
              "风": "\u2edb", "马": "\u2ee2", "贝": "\u2ec9", "龙": "\u2ef0", "黄": "\u2ee9", "齐": "\u2eec", "青": "\u2ed8"}


def radicals():
    name, a = "pdf-radicals.pdf", "黄龙县人民政府"
    if needed(name):
        note = f"<p style=\"font-family:'{TABLE_FONT}'\">注：本表数据由各部门报送，汇总情况详见附页。</p>"
        body = report(a, t3_font=TABLE_FONT, t3_break=True).replace("<p style=\"page-break-before:always\"><strong>四、", note + "<p style=\"page-break-before:always\"><strong>四、")
        pdf = made(name, document(body))
        # A glyph shared by an ideograph and a radical is mapped to the lower code point, the radical
        # (wkhtmltopdf/Qt and PDFBox's own embedder do this).
        remap(pdf, "MicroHeiMono", lambda c: SUPPLEMENT.get(c) or KANGXI.get(c) or c)
        blind(pdf, "MicroHeiMono")
        save(pdf, name)
    gold(name, a, 2021, "habit: a font whose Unicode map names the radical that shares an ideograph's glyph (⼀ for 一, ⾏ for 行, ⻔ for 门, "
         "⻅ for 见, as wkhtmltopdf/Qt and PDFBox's embedder write; pdf_oxide and paper-assistant issues): the Kangxi radicals fold back, "
         "the CJK Radicals Supplement (⻔, ⻅, ⻚) do not, so 表三's page is read from its picture")


def digits_disagree():
    name, a = "pdf-digits-disagree.pdf", "白沙县水利局"
    if needed(name):
        pdf = made(name, document(report(a, t3_font=TABLE_FONT, t3_break=True)))
        # The map says the next digit: the glyphs (and the font's own cmap) say otherwise.
        remap(pdf, "MicroHeiMono", lambda c: str((int(c) + 1) % 10) if "0" <= c <= "9" else c)
        save(pdf, name)
    gold(name, a, 2021, "habit: a ToUnicode map that disagrees with the font it belongs to (written for another subset: pdfminer #764, "
         "the text 'completely doesn't match the displayed characters'): 表三's digits read one more than printed, every number "
         "plausible; the font program's own cmap names the glyphs, the disagreement is found and the page read from its picture")



PAINT = {b"f", b"F", b"f*", b"S", b"s", b"B", b"B*", b"b", b"b*"}


def scanned(pdf, src_path, layer, dpi=150):
    """Every page of {pdf} replaced by its picture (printed and scanned) with its text kept as an
    invisible layer over it (render mode 3), as scanners and OCR software make searchable PDFs.
    layer(page number, operations of a text object) gives the operations the layer keeps of it."""
    pics = os.path.join(WORK, "scan")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-jpeg", "-jpegopt", "quality=75", src_path, pics], check=True)
    pages = sorted(f for f in os.listdir(WORK) if f.startswith("scan-") and f.endswith(".jpg"))
    for n, (page, jpg) in enumerate(zip(pdf.pages(), pages), 1):
        data = open(os.path.join(WORK, jpg), "rb").read()
        w, h = pdfedit.jpeg_size(data)
        image = pdf.add(Stream({"Type": Name("XObject"), "Subtype": Name("Image"), "Width": w, "Height": h, "ColorSpace": Name("DeviceRGB"),
                                "BitsPerComponent": 8, "Filter": Name("DCTDecode")}, data))
        box = page["MediaBox"]
        out, text = [], None
        for operands, op in pdfedit.operations(pdf.contents(page)):
            if op == b"BT":
                text = [(operands, op), ([b"3"], b"Tr")]
            elif text is not None:
                text.append((operands, op))
                if op == b"ET":
                    out += layer(n, text)
                    text = None
            else:
                out.append(([], b"n") if op in PAINT else (operands, op))
        picture = [([], b"q"), ([b"%g" % (box[2] - box[0]), b"0", b"0", b"%g" % (box[3] - box[1]), b"%g" % box[0], b"%g" % box[1]], b"cm"),
                   ([b"/Scan"], b"Do"), ([], b"Q")]
        pdf.set_contents(page, pdfedit.unparse(picture + out))
        resources = pdf.get(page["Resources"])
        resources.setdefault("XObject", {})
        pdf.get(resources["XObject"])["Scan"] = image
    for f in pages:
        os.remove(os.path.join(WORK, f))


def tm_position(ops):
    for operands, op in ops:
        if op == b"Tm":
            return float(operands[4]), float(operands[5])
    return None


def table_boxes(content):
    """The boxes of Chromium's tables in content space: each /Table marked content's ruling rectangles."""
    boxes, current = [], None
    for operands, op in pdfedit.operations(content):
        if op == b"BDC" and operands and operands[0] == b"/Table":
            current = [1e9, 1e9, -1e9, -1e9]
        elif op == b"EMC" and current:
            boxes.append(current)
            current = None
        elif op == b"re" and current is not None:
            x, y, w, h = (float(v) for v in operands)
            current[:] = [min(current[0], x), min(current[1], y), max(current[2], x + w), max(current[3], y + h)]
    return boxes


def ocr_layer(name, agency, variant, note):
    if needed(name):
        src = os.path.join(WORK, name)
        # Digits in a serif face, as most reports print them (宋体): a scan's zeros then read as zeros.
        pdf = made(name, document(report(agency), font=f"'DejaVu Serif', '{BODY_FONT}'"))
        pdf.save(src)
        boxes = {n: table_boxes(pdf.contents(p)) for n, p in enumerate(pdf.pages(), 1)}

        def layer(n, text):
            if variant == "partial":
                x, y = tm_position(text) or (0, 0)
                if any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes[n]):
                    return []
            return text
        scanned(pdf, src, layer)
        # OCR software writes its layer in a font of no glyphs (GlyphLessFont): nothing but the map says what it reads.
        blind(pdf, "MicroHei")
        if variant == "latin":
            # An OCR engine run with its English model only reads ideographs as Latin letters.
            remap(pdf, "MicroHei", lambda c: "lIEHtfri"[ord(c) % 8] if "\u4e00" <= c <= "\u9fff" else c)
        save(pdf, name)
    gold(name, agency, 2021, note)


def ocr_layers():
    ocr_layer("pdf-ocr-layer.pdf", "东岭县人民政府", "good",
              "habit: a searchable scan, as scanners and OCR software (Acrobat, ABBYY, OCRmyPDF/Tesseract) make them: each page a picture "
              "with its text as an invisible layer (render mode 3) over it; the layer agrees with the picture and is read as text, "
              "the picture is not read again")
    ocr_layer("pdf-ocr-layer-latin.pdf", "东岭县财政局", "latin",
              "habit: a scan made searchable by an OCR engine with its English model only: the invisible layer reads the ideographs "
              "as Latin letters (lIEH…), the digits as digits; the layer is implausible for a Chinese report and the pages are read "
              "from their pictures")
    ocr_layer("pdf-ocr-layer-partial.pdf", "东岭县民政局", "partial",
              "habit: a scan whose OCR layer holds the prose but not the tables (the OCR software took the tables for pictures): the "
              "layer leaves the ink of the tables uncovered and the pages are read from their pictures, not from the layer")



# ---- Principle 1: read what a viewer shows ----

def landscape_t3(agency):
    """The report with 表三 on a landscape page of its own (a named page, as a Word section turned landscape prints)."""
    body = report(agency, t3_break=True)
    body = body.replace("<p style=\"page-break-before:always\"><strong>三、", "<div class=\"wide\"><p><strong>三、", 1)
    body = body.replace("<p style=\"page-break-before:always\"><strong>四、", "</div><p><strong>四、", 1)
    return document(body, css="@page wide{size:A4 landscape;margin:15mm} .wide{page:wide} .wide td{font-size:8pt;padding:1pt 3pt}")


def turned(pdf, page, rotate):
    """Stores a page turned: its content drawn turned and /Rotate set, so that a viewer shows it as before
    (print drivers and 'rotate page' tools store landscape pages so)."""
    x0, y0, x1, y1 = page["MediaBox"]
    w, h = x1 - x0, y1 - y0
    cm = {90: b"0 1 -1 0 %g 0 cm" % h, 270: b"0 -1 1 0 0 %g cm" % w, 180: b"-1 0 0 -1 %g %g cm" % (w, h)}[rotate]
    pdf.set_contents(page, b"q " + cm + b" " + (b"1 0 0 1 %g %g cm\n" % (-x0, -y0)) + pdf.contents(page) + b"\nQ\n")
    page["MediaBox"] = [0, 0, h, w] if rotate in (90, 270) else [0, 0, w, h]
    page["Rotate"] = rotate


def rotated_pages():
    name, a = "pdf-rotate-90.pdf", "西湖区教育局"
    if needed(name):
        pdf = made(name, landscape_t3(a))
        for page in pdf.pages():
            if page["MediaBox"][2] > page["MediaBox"][3]:
                turned(pdf, page, 90)
        save(pdf, name)
    gold(name, a, 2021, "habit: a landscape page stored as a portrait page turned by /Rotate 90, its content drawn turned (how print "
         "drivers and 'rotate page' tools store landscape pages; tabula and pdf_oxide issues report such pages read as word salad): "
         "表三 and its ruling lines are read in the page's own direction")
    name, a = "pdf-rotate-270.pdf", "西湖区卫生健康局"
    if needed(name):
        pdf = made(name, landscape_t3(a))
        for page in pdf.pages():
            if page["MediaBox"][2] > page["MediaBox"][3]:
                turned(pdf, page, 270)
        save(pdf, name)
    gold(name, a, 2021, "habit: a landscape page stored turned the other way (/Rotate 270, a scanner's or driver's counter-clockwise "
         "turn): read in the page's own direction")
    name, a = "pdf-rotate-180.pdf", "西湖区民政局"
    if needed(name):
        pdf = made(name, document(report(a, t3_break=True)))
        turned(pdf, pdf.pages()[1], 180)
        save(pdf, name)
    gold(name, a, 2021, "habit: a page drawn upside down and stored with /Rotate 180 (a page turned twice by tools), shown upright: "
         "its text and table read upright, bottom of the stored page first")
    name, a = "pdf-landscape-page.pdf", "西湖区财政局"
    if needed(name):
        save(made(name, landscape_t3(a)), name)
    gold(name, a, 2021, "habit: a Word section turned landscape for the wide 表三 (a wide page, no /Rotate) between portrait pages")


def sideways_table():
    name, a = "pdf-sideways-table.pdf", "南岸区司法局"
    if needed(name):
        body = report(a, t3_break=True)
        body = body.replace("<p style=\"page-break-before:always\"><strong>三、收到和处理政府信息公开申请情况</strong></p>",
                            "<p style=\"page-break-before:always\"><strong>三、收到和处理政府信息公开申请情况</strong></p><div class=\"box\"><div class=\"turn\">", 1)
        body = body.replace("<p style=\"page-break-before:always\"><strong>四、", "</div></div><p style=\"page-break-before:always\"><strong>四、", 1)
        css = (".box{height:235mm} .turn{width:235mm;transform:translate(0,235mm) rotate(-90deg);transform-origin:top left}"
               ".turn table{width:100%} .turn td{font-size:9pt;padding:2pt}")
        save(made(name, document(body, css=css)), name)
    gold(name, a, 2021, "habit: 表三, too wide for the page, printed turned 90° on a portrait page (text running upwards, as a table set in a "
         "turned text box or frame; docling and xberg issues report such tables extracted as scrambled text): read as a viewer turning "
         "the page reads it, after its heading")


def vertical_cells():
    name, a = "pdf-vertical-cells.pdf", "南岸区水务局"
    if needed(name):
        t3 = wild.t3_html()
        for label in ("三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"):
            t3 = t3.replace(f">{label}</td>", f" class=\"v\">{label}</td>")
        t3 = t3.replace("<td colspan=\"7\">申请人情况</td>", "<td colspan=\"7\">申请人情况</td>")
        t3 = t3.replace("rowspan=\"2\">自然人</td>", "rowspan=\"2\" class=\"s\">自然人</td>").replace("rowspan=\"2\">总计</td>", "rowspan=\"2\" class=\"s\">总计</td>")
        css = ".v{writing-mode:vertical-rl;text-orientation:upright} .s{writing-mode:vertical-lr;transform:rotate(180deg)}"
        save(made(name, document(report(a, t3=t3, t3_break=True), css=css)), name)
    gold(name, a, 2021, "habit: header cells written vertically (Word's and WPS's 文字方向 in a cell): 三、本年度办理结果 and the （三）…（六） group "
         "labels stacked upright, 自然人 and 总计 turned to run upwards; each is read in its own direction inside its cell")



def text_objects(ops):
    """The indices (start, end) of each BT … ET text object in a list of operations."""
    out, start = [], None
    for i, (_, op) in enumerate(ops):
        if op == b"BT":
            start = i
        elif op == b"ET" and start is not None:
            out.append((start, i))
            start = None
    return out


class Decoder:
    """Reads and writes the text of Chromium's text objects through their fonts' ToUnicode maps."""

    def __init__(self, pdf, page):
        self.maps = {}
        fonts = pdf.get(pdf.get(page["Resources"])["Font"])
        for name, ref in fonts.items():
            font = pdf.get(ref)
            if "ToUnicode" in font:
                self.maps[name] = pdfedit.cmap_entries(pdf.get(font["ToUnicode"]).data)

    def text(self, ops):
        font, out = None, ""
        for operands, op in ops:
            if op == b"Tf":
                font = operands[0][1:].decode()
            elif op == b"Tj" and font in self.maps:
                raw = bytes.fromhex(operands[0][1:-1].decode())
                out += "".join(self.maps[font].get(raw[i:i + 2], "?") for i in range(0, len(raw), 2))
        return out

    def changed(self, ops, change):
        """The operations with each character c shown as change(c) (the font must hold that character)."""
        font, out = None, []
        for operands, op in ops:
            if op == b"Tf":
                font = operands[0][1:].decode()
            if op == b"Tj" and font in self.maps:
                codes = {v: k for k, v in self.maps[font].items()}
                raw = bytes.fromhex(operands[0][1:-1].decode())
                text = "".join(change(self.maps[font].get(raw[i:i + 2], "")) for i in range(0, len(raw), 2))
                operands = [b"<" + b"".join(codes[c] for c in text).hex().upper().encode() + b">"]
            out.append((operands, op))
        return out


def number_cells(pdf, page):
    """The page's operations, its decoder, and the text objects that show a number alone: [(start, end, text)]."""
    ops = pdfedit.operations(pdf.contents(page))
    dec = Decoder(pdf, page)
    cells = [(a, b, dec.text(ops[a:b + 1])) for a, b in text_objects(ops)]
    return ops, dec, [(a, b, t) for a, b, t in cells if re.fullmatch(r"\d+", t)]


def shifted(ops, dx):
    """A text object moved right by dx (content units)."""
    out = []
    for operands, op in ops:
        if op == b"Tm":
            operands = operands[:4] + [b"%g" % (float(operands[4]) + dx), operands[5]]
        out.append((operands, op))
    return out


def font_size(ops):
    for operands, op in ops:
        if op == b"Tf":
            return float(operands[1])
    return 12.0


def other_digits(c):
    # Last year's figures, or the figures before a correction: digits that the fonts hold, but others.
    return {"0": "1", "1": "2", "2": "0", "3": "1", "4": "0", "5": "2", "6": "1", "8": "3", "9": "4"}.get(c, c)


def hidden_text():
    name, a = "pdf-invisible-text.pdf", "北塘区商务局"
    if needed(name):
        pdf = made(name, document(report(a, t3_break=True)))
        page = pdf.pages()[1]
        ops, dec, cells = number_cells(pdf, page)
        out, last = [], 0
        for start, end, text in cells:
            out += ops[last:start]
            hidden = dec.changed(ops[start:end + 1], other_digits)
            out += [hidden[0], ([b"3"], b"Tr")] + hidden[1:-1] + [([b"0"], b"Tr"), hidden[-1]]
            last = start
        pdf.set_contents(page, pdfedit.unparse(out + ops[last:]))
        save(pdf, name)
    gold(name, a, 2021, "habit: 表三's numbers carry invisible twins at the same places (render mode 3, not over any picture): the text "
         "an editing tool leaves behind when it hides the old figures instead of deleting them (invisible text is how hidden "
         "text reaches extractors: Unstructured-IO and docling issues); only what the page shows is read")
    name, a = "pdf-white-text.pdf", "北塘区科技局"
    if needed(name):
        pdf = made(name, document(report(a, t3_break=True)))
        page = pdf.pages()[1]
        ops, dec, cells = number_cells(pdf, page)
        out, last = [], 0
        for start, end, text in cells:
            out += ops[last:end + 1]
            size = font_size(ops[start:end + 1])
            white = shifted(dec.changed(ops[start:end + 1], other_digits), size * 0.62 * len(text) + 1)
            out += [([], b"q"), ([b"1", b"1", b"1"], b"rg")] + white + [([], b"Q")]
            last = end + 1
        pdf.set_contents(page, pdfedit.unparse(out + ops[last:]))
        save(pdf, name)
    gold(name, a, 2021, "habit: helper figures printed in white right after 表三's numbers (a spreadsheet user's way of hiding values: a "
         "white font on a white page; PyMuPDF and pdf-inspector issues): a viewer shows 40, the file holds 40 and a white 0")
    name, a = "pdf-whiteout.pdf", "北塘区统计局"
    if needed(name):
        pdf = made(name, document(report(a, t3_break=True)))
        page = pdf.pages()[1]
        ops, dec, cells = number_cells(pdf, page)
        out, last = [], 0
        for start, end, text in cells:
            out += ops[last:start]
            old = dec.changed(ops[start:end + 1], other_digits)
            x, y = tm_position(old)
            size = font_size(old)
            w = size * 0.62 * len(text) + 2
            # The old figure, a white box over it, and the new figure typed on the box.
            out += old + [([], b"q"), ([b"1", b"1", b"1"], b"rg"), ([b"%g" % (x - 1), b"%g" % (y - size), b"%g" % w, b"%g" % (size * 1.3)], b"re"),
                          ([], b"f"), ([], b"Q")]
            last = start
        pdf.set_contents(page, pdfedit.unparse(out + ops[last:]))
        save(pdf, name)
    gold(name, a, 2021, "habit: figures corrected in a PDF editor by covering the old ones with a white box and typing the new ones over "
         "it (a whiteout / typewriter correction; redaction drawn over text that stays in the file, as pdf2htmlEX and PyMuPDF issues "
         "show): the covered figures are not read, the ones typed over them are")


def imposed():
    name, a = "pdf-imposed-2up.pdf", "北塘区审计局"
    if needed(name):
        pdf = made(name, document(report(a, t3_break=True)))
        pages = pdf.pages()
        w, h = pages[0]["MediaBox"][2], pages[0]["MediaBox"][3]
        forms = []
        for page in pages:
            forms.append(pdf.add(Stream({"Type": Name("XObject"), "Subtype": Name("Form"), "BBox": [0, 0, w, h],
                                         "Resources": page["Resources"]}, pdf.contents(page))))
        sheets = [forms[i:i + 2] for i in range(0, len(forms), 2)]
        parent = pages[0]["Parent"]
        kids = []
        for sheet in sheets:
            names = {f"P{i}": f for i, f in enumerate(sheet)}
            content = b"".join(b"q 1 0 0 1 %g 0 cm /P%d Do Q\n" % (i * w, i) for i in range(len(sheet)))
            contents = pdf.add(Stream({}, content))
            for i in range(len(sheet)):
                kids.append(pdf.add({"Type": Name("Page"), "Parent": parent, "MediaBox": [0, 0, 2 * w, h], "CropBox": [i * w, 0, (i + 1) * w, h],
                                     "Resources": {"XObject": names}, "Contents": contents}))
        pdf.get(parent)["Kids"] = kids
        pdf.get(parent)["Count"] = len(kids)
        save(pdf, name)
    gold(name, a, 2021, "habit: pages imposed two-up on a double-width sheet, as printers impose them, and split again by crop boxes: "
         "every page's drawing holds its neighbour's too, outside its crop box; each page reads only what its crop box shows")


def clipped_cells():
    name, a = "pdf-clipped-cells.pdf", "北塘区档案馆"
    if needed(name):
        pdf = made(name, document(report(a, t3_break=True)))
        page = pdf.pages()[1]
        ops, dec, cells = number_cells(pdf, page)
        out, last = [], 0
        for start, end, text in cells:
            out += ops[last:start]
            x, y = tm_position(ops[start:end + 1])
            size = font_size(ops[start:end + 1])
            below = []
            for operands, op in dec.changed(ops[start:end + 1], other_digits):
                if op == b"Tm":
                    operands = operands[:5] + [b"%g" % (y + size * 1.3)]
                below.append((operands, op))
            # The cell clips its content to one line: the second line, last year's figure, is cut away.
            out += [([], b"q"), ([b"%g" % (x - 2), b"%g" % (y - size), b"%g" % (size * 3), b"%g" % (size * 1.25)], b"re"), ([], b"W"), ([], b"n")]
            out += ops[start:end + 1] + below + [([], b"Q")]
            last = end + 1
        pdf.set_contents(page, pdfedit.unparse(out + ops[last:]))
        save(pdf, name)
    gold(name, a, 2021, "habit: a web page's cells of fixed height (overflow:hidden) holding this year's figure and, on a second line "
         "the cell clips away, last year's; printed to PDF with a clipping path per cell, the second line is in the file but not on "
         "the page: only this year's is read")


# ---- Marks are not digits ----

MARKS = {("new", "natural"): "<sup>1</sup>", ("new", "total"): "<sup>①</sup>"}


def footnote_marks():
    def cell(k, c, v):
        return f"{v}{MARKS.get((k, c), '')}"
    t3 = wild.t3_html(cell=cell)
    for escaped in ("&lt;sup&gt;", "&lt;/sup&gt;", "&lt;sub&gt;", "&lt;/sub&gt;"):
        t3 = t3.replace(escaped, escaped.replace("&lt;", "<").replace("&gt;", ">"))
    notes = "<p>注1：含补正后受理的申请3件。注①：含网上申请21件。注2：含网上办理的许可1200件。注a：均为查封场所设施。</p>"
    t2 = wild.t2_2021_html().replace(">1523</td>", ">1523<sup>2</sup></td>").replace(">3</td>", ">3<sub>a</sub></td>")
    for name, a, engine, habit in (("pdf-footnote-marks.pdf", "云溪县住房和城乡建设局", None, "a browser's <sup>/<sub>"),
                                   ("pdf-footnote-marks-writer.pdf", "云溪县自然资源局", libreoffice, "Writer's superscript and subscript")):
        if needed(name):
            body = report(a, t2=t2, t3=t3, t3_break=True, s3_extra="").replace("<p style=\"page-break-before:always\"><strong>四、", notes + "<p style=\"page-break-before:always\"><strong>四、")
            save(made(name, document(body), engine), name)
        gold(name, a, 2021, f"habit: footnote marks printed raised after numbers ({habit}: 40¹ and 50① in 表三, 1523² in 表二) and "
             "one lowered (3ₐ), each explained under the table; the marks are smaller and off the baseline, kept apart from the "
             "numbers, never read as more digits (tabula-py and llama_index issues report 250⁹ read as 2509)")



# ---- Conservation: labels wrapped in tables without rules ----

def unruled(html_table, label_width):
    """A table printed without its rules, its label columns narrow enough that long labels wrap over two or three lines."""
    t = html_table.replace("<table border=\"1\">", f"<table border=\"0\" class=\"bare\" style=\"--w:{label_width}\">")
    return t


def wrapped_labels():
    for name, a, valign, engine, habit in (
            ("pdf-unruled-wrap-top.pdf", "东山县统计局", "top", None, "numbers on the first line of their row (Word's default)"),
            ("pdf-unruled-wrap-middle.pdf", "东山县审计局", "middle", None, "numbers centred on their row (WPS and web pages)"),
            ("pdf-unruled-wrap-bottom.pdf", "东山县档案局", "bottom", None, "numbers on the last line of their row"),
            ("pdf-unruled-wrap-writer.pdf", "东山县气象局", "top", libreoffice, "numbers on the first line, printed by Writer")):
        if needed(name):
            t3 = unruled(wild.t3_html(), "22mm")
            t2 = unruled(wild.t2_2021_html(), "22mm")
            t4 = unruled(wild.t4_html(), "22mm")
            css = (f".bare td{{vertical-align:{valign};padding:1pt 3pt}} .bare td:first-child{{width:24mm}} .bare{{width:170mm}}"
                   ".bare td[colspan=\"2\"]{width:34mm}")
            body = report(a, t2=t2, t3=t3, t4=t4, t3_break=True)
            pdf = made(name, document(body, css=css), engine)
            save(pdf, name)
        gold(name, a, 2021, f"habit: tables printed without ruling lines whose label columns are narrow: long row labels wrap over two "
             f"or three lines, {habit}; every number must land in its own row (or the row be flagged), none in the row above or below")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    makers = [pua_font, cid_unmapped, symbol_digits, radicals, digits_disagree, ocr_layers, rotated_pages, sideways_table, vertical_cells, hidden_text, imposed, clipped_cells, footnote_marks, wrapped_labels]
    for make in makers:
        if not only or make.__name__ in only:
            make()
    shutil.rmtree(WORK, ignore_errors=True)
    print(len([f for f in os.listdir(OUT) if f.endswith(".gold.json")]), "fixtures in", OUT)
