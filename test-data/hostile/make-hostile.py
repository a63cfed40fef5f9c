#!/usr/bin/env python3
"""Makes the hostile inputs of issue 29 in a folder (standard library only; nothing is committed).

  make-hostile.py DIR [--scale S]

Each file is small on disk and costs work out of all proportion to its size:
  forms-draw-themselves.pdf  a form XObject that draws itself twice (/Fm0 Do /Fm0 Do): 2^depth drawings
  shared-stream.pdf          six pages sharing one content stream that inflates to about 1 GB
  empty-paragraphs.docx      3.5 million empty paragraphs
  nested-tables.html         a million tables, each nested in the one before (15 MB)
--scale makes smaller or larger copies (0.5: half the paragraphs, tables and inflated bytes).
src/test/java/org/nianbao/testing/HostileFiles.java makes the same files for the tests.
"""
import sys
import zipfile
import zlib
from pathlib import Path


def pdf(objects):
    """A PDF of the given objects (numbered from 1; the first is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def stream(data, extra=b""):
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def forms_draw_themselves():
    text = b"BT /F1 12 Tf 72 720 Td (1) Tj ET "
    return pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /XObject << /Fm0 5 0 R >> /Font << /F1 6 0 R >> >> >>",
        stream(text + b"/Fm0 Do"),
        stream(text + b"/Fm0 Do /Fm0 Do",
               b" /Type /XObject /Subtype /Form /BBox [0 0 612 792]"
               b" /Resources << /XObject << /Fm0 5 0 R >> /Font << /F1 6 0 R >> >>"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])


def shared_stream(scale):
    z = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    parts = [z.compress(b"BT /F1 12 Tf 72 720 Td (1) Tj ET\n")]
    for _ in range(int(1024 * scale)):
        parts.append(z.compress(chunk))
    parts.append(z.flush())
    data = b"".join(parts)
    pages = 6
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(pages))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages)]
    content, font = 3 + pages, 4 + pages
    for _ in range(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
                       b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (content, font))
    objects.append(stream(data, b" /Filter /FlateDecode"))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf(objects)


def empty_paragraphs(path, scale):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body = "<w:p><w:r><w:t></w:t></w:r></w:p>" * int(3_500_000 * scale)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{r}/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml",
                   f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{w}"><w:body>'
                   f'<w:p><w:r><w:t>2023年政府信息公开工作年度报告</w:t></w:r></w:p>{body}</w:body></w:document>')


def nested_tables(scale):
    return ("<html><body><p>2023年政府信息公开工作年度报告</p>" + "<table><tr><td>" * int(1_000_000 * scale)).encode()


def main():
    args = sys.argv[1:]
    scale = 1.0
    if "--scale" in args:
        i = args.index("--scale")
        scale = float(args[i + 1])
        del args[i:i + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    out = Path(args[0])
    out.mkdir(parents=True, exist_ok=True)
    (out / "forms-draw-themselves.pdf").write_bytes(forms_draw_themselves())
    (out / "shared-stream.pdf").write_bytes(shared_stream(scale))
    empty_paragraphs(out / "empty-paragraphs.docx", scale)
    (out / "nested-tables.html").write_bytes(nested_tables(scale))
    for f in sorted(out.iterdir()):
        print(f"{f}: {f.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
