"""A small reader and writer of PDF files with a classic cross-reference table (as LibreOffice and
Chromium write them), for test-data/make-habits-pdf.py: objects are parsed into Python values,
changed, and the file written again with a fresh cross-reference table. Standard library only.

Values: dict (keys without the slash), list, int, float, Name, Ref, Str (literal string bytes),
Hex (hexadecimal string bytes), bool, None. A stream object is a Stream (its dictionary and its
decoded data)."""
import re
import zlib

DELIMS = b"()<>[]{}/%"
WHITE = b" \t\r\n\f\x00"


class Name(str):
    pass


class Ref(int):
    pass


class Str(bytes):
    pass


class Hex(bytes):
    pass


class Stream:
    def __init__(self, head, data):
        self.head = head
        self.data = data


class Lexer:
    def __init__(self, data, pos=0):
        self.d = data
        self.p = pos

    def skip(self):
        d = self.d
        while self.p < len(d):
            c = d[self.p]
            if c in WHITE:
                self.p += 1
            elif c == 0x25:
                while self.p < len(d) and d[self.p] not in (10, 13):
                    self.p += 1
            else:
                return

    def token(self):
        self.skip()
        d, p = self.d, self.p
        c = d[p:p + 1]
        if c in (b"[", b"]", b"{", b"}"):
            self.p += 1
            return c
        if c == b"<":
            if d[p + 1:p + 2] == b"<":
                self.p += 2
                return b"<<"
            end = d.index(b">", p)
            self.p = end + 1
            raw = re.sub(rb"\s", b"", d[p + 1:end])
            if len(raw) % 2:
                raw += b"0"
            return Hex(bytes.fromhex(raw.decode()))
        if c == b">":
            self.p += 2
            return b">>"
        if c == b"(":
            depth, i, out = 0, p, bytearray()
            i += 1
            while True:
                ch = d[i:i + 1]
                if ch == b"\\":
                    out += d[i:i + 2]
                    i += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    if depth == 0:
                        break
                    depth -= 1
                out += ch
                i += 1
            self.p = i + 1
            return Str(unescape(bytes(out)))
        if c == b"/":
            i = p + 1
            while i < len(d) and d[i:i + 1] not in WHITE and d[i:i + 1] not in DELIMS:
                i += 1
            self.p = i
            return Name(re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), d[p + 1:i]).decode("latin-1"))
        i = p
        while i < len(d) and d[i:i + 1] not in WHITE and d[i:i + 1] not in DELIMS:
            i += 1
        self.p = i
        return d[p:i]

    def value(self, tok=None):
        t = self.token() if tok is None else tok
        if t == b"<<":
            out = {}
            while True:
                k = self.token()
                if k == b">>":
                    return out
                out[str(k)] = self.value()
        if t == b"[":
            out = []
            while True:
                k = self.token()
                if k == b"]":
                    return out
                out.append(self.value(k))
        if isinstance(t, (Name, Str, Hex)):
            return t
        if t == b"true":
            return True
        if t == b"false":
            return False
        if t == b"null":
            return None
        if type(t) is bytes and re.fullmatch(rb"[+-]?\d+", t):
            save = self.p
            t2 = self.token()
            if type(t2) is bytes and re.fullmatch(rb"\d+", t2):
                t3 = self.token()
                if t3 == b"R":
                    return Ref(int(t))
            self.p = save
            return int(t)
        if type(t) is bytes and re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)", t):
            return float(t)
        raise ValueError("unexpected token %r at %d" % (t, self.p))


def unescape(s):
    out, i = bytearray(), 0
    esc = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f", b"(": b"(", b")": b")", b"\\": b"\\"}
    while i < len(s):
        c = s[i:i + 1]
        if c == b"\\":
            n = s[i + 1:i + 2]
            if n in esc:
                out += esc[n]
                i += 2
            elif n.isdigit():
                m = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
                out.append(int(m.group(0), 8) & 255)
                i += 1 + len(m.group(0))
            else:
                i += 2
        else:
            out += c
            i += 1
    return bytes(out)


def serialize(v):
    if isinstance(v, Stream):
        raise ValueError("a stream inside a value")
    if isinstance(v, bool):
        return b"true" if v else b"false"
    if v is None:
        return b"null"
    if isinstance(v, Ref):
        return b"%d 0 R" % v
    if isinstance(v, Name):
        return b"/" + "".join(c if 33 <= ord(c) < 127 and c not in "()<>[]{}/%#" else "#%02X" % ord(c) for c in v).encode("latin-1")
    if isinstance(v, Hex):
        return b"<" + v.hex().encode() + b">"
    if isinstance(v, Str):
        return b"(" + v.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)").replace(b"\r", b"\\r") + b")"
    if isinstance(v, int):
        return b"%d" % v
    if isinstance(v, float):
        s = ("%.4f" % v).rstrip("0").rstrip(".")
        return (s if s not in ("", "-0") else "0").encode()
    if isinstance(v, dict):
        return b"<<" + b"".join(b"/" + k.encode("latin-1") + b" " + serialize(x) for k, x in v.items()) + b">>"
    if isinstance(v, list):
        return b"[" + b" ".join(serialize(x) for x in v) + b"]"
    if isinstance(v, bytes):
        return v
    raise ValueError("cannot write %r" % (v,))


class Pdf:
    def __init__(self, data):
        self.data = data
        self.objects = {}
        start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        lx = Lexer(data, start)
        if lx.token() != b"xref":
            raise ValueError("not a classic cross-reference table")
        offsets = {}
        while True:
            t = lx.token()
            if t == b"trailer":
                break
            first, count = int(t), int(lx.token())
            for i in range(count):
                off, gen, kind = lx.token(), lx.token(), lx.token()
                if kind == b"n":
                    offsets[first + i] = int(off)
        self.trailer = lx.value()
        self.offsets = offsets
        for num in sorted(offsets):
            self.load(num)

    def load(self, num):
        if num in self.objects:
            return self.objects[num]
        lx = Lexer(self.data, self.offsets[num])
        lx.token(), lx.token(), lx.token()
        v = lx.value()
        save = lx.p
        if lx.token() == b"stream":
            p = lx.p
            if self.data[p:p + 2] == b"\r\n":
                p += 2
            elif self.data[p:p + 1] in (b"\n", b"\r"):
                p += 1
            length = v["Length"]
            if isinstance(length, Ref):
                length = self.load(length)
            raw = self.data[p:p + length]
            filt = v.get("Filter")
            if filt in ("FlateDecode", ["FlateDecode"]):
                raw = zlib.decompress(raw)
                v.pop("Filter")
                v.pop("DecodeParms", None)
            v = Stream(v, raw)
        else:
            lx.p = save
        self.objects[num] = v
        return v

    def get(self, v):
        return self.objects[v] if isinstance(v, Ref) else v

    def add(self, value):
        num = max(self.objects) + 1
        self.objects[num] = value
        return Ref(num)

    def pages(self):
        out = []

        def walk(node):
            node = self.get(node)
            if node.get("Type") == "Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(self.get(self.trailer["Root"])["Pages"])
        return out

    def page_refs(self):
        out = []

        def walk(ref):
            node = self.get(ref)
            if node.get("Type") == "Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(ref)
        walk(self.get(self.trailer["Root"])["Pages"])
        return out

    def contents(self, page):
        c = page["Contents"]
        refs = c if isinstance(c, list) else [c]
        return b"\n".join(self.get(r).data for r in refs)

    def set_contents(self, page, data):
        page["Contents"] = self.add(Stream({}, data))

    def save(self, path, compress=True):
        out = bytearray(b"%PDF-1.6\n%\xe2\xe3\xcf\xd3\n")
        used = sorted(self.reachable())
        renum = {old: new for new, old in enumerate(used, 1)}

        def fix(v):
            if isinstance(v, Ref):
                return Ref(renum[v])
            if isinstance(v, dict):
                return {k: fix(x) for k, x in v.items()}
            if isinstance(v, list):
                return [fix(x) for x in v]
            return v

        offsets = []
        for old in used:
            v = self.objects[old]
            offsets.append(len(out))
            out += b"%d 0 obj\n" % renum[old]
            if isinstance(v, Stream):
                head = fix(dict(v.head))
                data = v.data
                if compress and "Filter" not in head:
                    data = zlib.compress(data, 9)
                    head["Filter"] = Name("FlateDecode")
                head["Length"] = len(data)
                out += serialize(head) + b"\nstream\n" + data + b"\nendstream"
            else:
                out += serialize(fix(v))
            out += b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(used) + 1)
        for o in offsets:
            out += b"%010d 00000 n \n" % o
        trailer = {"Size": len(used) + 1, "Root": fix(self.trailer["Root"])}
        if "Info" in self.trailer and self.trailer["Info"] in renum:
            trailer["Info"] = fix(self.trailer["Info"])
        out += b"trailer\n" + serialize(trailer) + b"\nstartxref\n%d\n%%%%EOF\n" % xref
        with open(path, "wb") as f:
            f.write(out)

    def reachable(self):
        seen = set()
        todo = [self.trailer["Root"]] + ([self.trailer["Info"]] if "Info" in self.trailer else [])

        def refs(v):
            if isinstance(v, Ref):
                yield v
            elif isinstance(v, dict):
                for x in v.values():
                    yield from refs(x)
            elif isinstance(v, list):
                for x in v:
                    yield from refs(x)
            elif isinstance(v, Stream):
                yield from refs(v.head)

        while todo:
            r = todo.pop()
            if r in seen or r not in self.objects:
                continue
            seen.add(r)
            todo.extend(refs(self.objects[r]))
        return seen


def cmap_entries(text):
    """A ToUnicode CMap's mappings: {code bytes: unicode string}."""
    out = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for src, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[bytes.fromhex(src.decode())] = bytes.fromhex(dst.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for lo, hi, dst in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            a, b = int(lo, 16), int(hi, 16)
            width = len(lo) // 2
            if dst.startswith(b"["):
                items = re.findall(rb"<([0-9A-Fa-f]*)>", dst)
                for i, item in enumerate(items):
                    out[(a + i).to_bytes(width, "big")] = bytes.fromhex(item.decode()).decode("utf-16-be")
            else:
                base = bytes.fromhex(dst[1:-1].decode())
                for i in range(b - a + 1):
                    last = (int.from_bytes(base, "big") + i).to_bytes(len(base), "big")
                    out[(a + i).to_bytes(width, "big")] = last.decode("utf-16-be")
    return out


def cmap_text(entries, width=None):
    """A ToUnicode CMap holding {code bytes: unicode string} as bfchar entries."""
    width = width or max(len(k) for k in entries)
    lo, hi = "00" * width, "FF" * width
    body = ""
    items = sorted(entries.items())
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        body += "%d beginbfchar\n" % len(chunk)
        body += "".join("<%s> <%s>\n" % (k.hex().upper(), v.encode("utf-16-be").hex().upper()) for k, v in chunk)
        body += "endbfchar\n"
    return ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<%s> <%s>\nendcodespacerange\n%sendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend\n" % (lo, hi, body)).encode()


def fonts(pdf):
    """Every font dictionary of the file, once: (reference or None, dictionary)."""
    out = {}
    for num, v in pdf.objects.items():
        if isinstance(v, dict) and v.get("Type") == "Font":
            out[num] = v
    return out


def subset_truetype(font_program, chars):
    """The TrueType font with only the glyphs of {chars} ({char: glyph id}; glyph 0 and the parts of
    composite glyphs are kept too) and a Unicode cmap of them; glyph ids are unchanged, so
    an Identity CIDToGIDMap still holds. Chromium embeds a CJK font whole: this keeps fixtures small."""
    import struct
    ff = font_program
    count = struct.unpack(">H", ff[4:6])[0]
    tables = {}
    for i in range(count):
        tag, _, off, length = struct.unpack(">4sIII", ff[12 + 16 * i:28 + 16 * i])
        tables[tag.decode("latin-1")] = ff[off:off + length]
    long_loca = struct.unpack(">h", tables["head"][50:52])[0] == 1
    glyphs = struct.unpack(">H", tables["maxp"][4:6])[0]
    loca = tables["loca"]
    if long_loca:
        offsets = list(struct.unpack(">%dI" % (glyphs + 1), loca[:4 * (glyphs + 1)]))
    else:
        offsets = [2 * o for o in struct.unpack(">%dH" % (glyphs + 1), loca[:2 * (glyphs + 1)])]
    glyf = tables["glyf"]
    wanted = {0} | {g for g in chars.values() if g < glyphs}
    todo = list(wanted)
    while todo:
        g = todo.pop()
        data = glyf[offsets[g]:offsets[g + 1]]
        if len(data) >= 10 and struct.unpack(">h", data[:2])[0] < 0:
            p = 10
            while True:
                flags, part = struct.unpack(">HH", data[p:p + 4])
                if part not in wanted:
                    wanted.add(part)
                    todo.append(part)
                p += 4 + (4 if flags & 1 else 2)
                p += 2 if flags & 8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
                if not flags & 0x20:
                    break
    new_glyf, new_offsets = bytearray(), []
    for g in range(glyphs):
        new_offsets.append(len(new_glyf))
        if g in wanted:
            new_glyf += glyf[offsets[g]:offsets[g + 1]]
            new_glyf += b"\0" * (-len(new_glyf) % 4)
    new_offsets.append(len(new_glyf))
    tables["glyf"] = bytes(new_glyf)
    tables["loca"] = struct.pack(">%dI" % (glyphs + 1), *new_offsets)
    tables["head"] = tables["head"][:50] + struct.pack(">h", 1) + tables["head"][52:]
    tables["cmap"] = cmap_format4(chars)
    tables["post"] = struct.pack(">IiihhIIIII", 0x30000, 0, -100, 50, 0, 0, 0, 0, 0, 0)
    for drop in ("GSUB", "GPOS", "GDEF", "vhea", "vmtx", "hdmx", "VDMX", "LTSH", "kern", "DSIG", "morx", "BASE", "JSTF", "gasp"):
        tables.pop(drop, None)
    return pack_sfnt(tables)


def cmap_format4(chars):
    """A cmap table with one (3,1) format 4 subtable mapping {char (BMP): glyph id}."""
    import struct
    pairs = sorted((ord(c), g) for c, g in chars.items() if isinstance(c, str) and len(c) == 1 and ord(c) < 0xFFFF)
    segs = [(c, c, (g - c) % 65536) for c, g in pairs] + [(0xFFFF, 0xFFFF, 1)]
    n = len(segs)
    search = 2 ** (n.bit_length() - 1)
    body = struct.pack(">HHHH", 2 * n, 2 * search, search.bit_length() - 1, 2 * n - 2 * search)
    body += b"".join(struct.pack(">H", e) for _, e, _ in segs) + b"\0\0"
    body += b"".join(struct.pack(">H", s) for s, _, _ in segs)
    body += b"".join(struct.pack(">H", d) for _, _, d in segs)
    body += b"\0\0" * n
    sub = struct.pack(">HHH", 4, 6 + len(body), 0) + body
    return struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub


def pack_sfnt(tables):
    import struct
    tags = sorted(tables)
    n = len(tags)
    search = 2 ** (n.bit_length() - 1)
    head = struct.pack(">IHHHH", 0x10000, n, 16 * search, search.bit_length() - 1, 16 * n - 16 * search)
    offset = 12 + 16 * n
    records, data = b"", b""
    for t in tags:
        d = tables[t]
        records += struct.pack(">4sIII", t.encode("latin-1"), 0, offset + len(data), len(d))
        data += d + b"\0" * (-len(d) % 4)
    return head + records + data


def subset_fonts(pdf):
    """Every embedded Type 0 TrueType font (Identity CIDToGIDMap) cut down to the glyphs its ToUnicode map names."""
    for font in fonts(pdf).values():
        if font.get("Subtype") != "Type0" or "ToUnicode" not in font:
            continue
        cid = pdf.get(font["DescendantFonts"][0])
        desc = pdf.get(cid.get("FontDescriptor"))
        if cid.get("Subtype") != "CIDFontType2" or cid.get("CIDToGIDMap") != "Identity" or "FontFile2" not in desc:
            continue
        entries = cmap_entries(pdf.get(font["ToUnicode"]).data)
        keep = {}
        for code, text in entries.items():
            keep[text] = int.from_bytes(code, "big")
        stream = pdf.get(desc["FontFile2"])
        stream.data = subset_truetype(stream.data, keep)
        stream.head["Length1"] = len(stream.data)


def operations(content):
    """A content stream as [(operands as raw bytes, operator)], to be changed and joined again by unparse."""
    lx = Lexer(content)
    out, operands = [], []
    while True:
        lx.skip()
        if lx.p >= len(content):
            return out
        start = lx.p
        t = lx.token()
        if t in (b"[", b"<<"):
            lx.value(t)
            operands.append(content[start:lx.p])
        elif isinstance(t, (Name, Str, Hex)) or type(t) is bytes and (re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)", t) or t in (b"true", b"false", b"null")):
            operands.append(content[start:lx.p])
        else:
            out.append((operands, t))
            operands = []


def unparse(ops):
    return b"\n".join(b" ".join(operands + [op]) for operands, op in ops) + b"\n"


def jpeg_size(data):
    """(width, height) of a JPEG."""
    i = 2
    while i < len(data):
        marker, length = data[i + 1], int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            return int.from_bytes(data[i + 7:i + 9], "big"), int.from_bytes(data[i + 5:i + 7], "big")
        i += 2 + length
    raise ValueError("no frame in the JPEG")
