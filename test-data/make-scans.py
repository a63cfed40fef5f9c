#!/usr/bin/env python3
"""Makes test-data/scans/: the fixtures published the ways agencies publish pictures.

- NAME.scan.pdf: a PDF twin (test-data/forms/) printed and scanned: pages rasterised in grey,
  turned a little, blurred, speckled and saved as JPEG inside a PDF with no text.
- NAME.html + NAME_files/: a web page saved with its files, its tables replaced by screenshots.
- NAME.pictures.docx: the same page as a Word document whose tables are pasted pictures.
- NAME.page5.png: one scanned page (the start of 表三) given as a picture file.

Each report gets its twin's hand-checked answer (NAME.gold.json). Needs poppler-utils (pdftoppm),
python3-pil, chromium and LibreOffice (soffice). Run from the project root:
    python3 test-data/make-scans.py
The settings of HOLD_OUT (scans/hold-out/) were never used to tune the reader: their outputs are kept
as golden files and scored with the rest, but not held to the per-report accuracy of the others.
"""
import base64
import glob
import io
import os
import random
import re
import shutil
import subprocess
import tempfile

from PIL import Image, ImageFilter

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, 'scans')

# twin in forms/, dpi, turn in degrees, blur radius, speckle strength, JPEG quality
TUNED = [
    ('html-2021-form-gbk', 200, 0.7, 0.6, 6, 60),
    ('shaoxing-office-2020', 150, 0.7, 0.6, 6, 60),
    ('rows-on-one-line-utf16', 200, 1.0, 0.8, 8, 50),
]
HOLD_OUT = [
    ('dinghai-2022', 300, 1.8, 0.9, 10, 45),
    ('hengyang-office-2019', 240, 1.4, 0.7, 8, 40),
]


def degrade(im, rnd, angle, blur, noise, quality):
    a = angle * (1 if rnd.random() < 0.5 else -1) * (0.6 + 0.8 * rnd.random())
    im = im.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if blur:
        im = im.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 30):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + int(rnd.gauss(0, noise * 4))))
    b = io.BytesIO()
    im.save(b, 'JPEG', quality=quality)
    b.seek(0)
    return Image.open(b).convert('L')


def scan(name, dpi, angle, blur, noise, quality, folder=OUT):
    rnd = random.Random(name)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(['pdftoppm', '-r', str(dpi), '-gray', '-png',
                        os.path.join(ROOT, 'forms', name + '.pdf'), tmp + '/p'], check=True)
        pages = [degrade(Image.open(f).convert('L'), rnd, angle, blur, noise, quality)
                 for f in sorted(glob.glob(tmp + '/p-*.png'))]
    out = os.path.join(folder, name + '.scan.pdf')
    pages[0].save(out, 'PDF', resolution=dpi, save_all=True, append_images=pages[1:])
    gold(name + '.pdf', name + '.scan.pdf', folder)
    return pages


def gold(twin, name, folder=OUT):
    src = os.path.join(ROOT, 'forms', twin + '.gold.json')
    if not os.path.exists(src):
        src = os.path.join(ROOT, 'wild', twin + '.gold.json')
    shutil.copyfile(src, os.path.join(folder, name + '.gold.json'))


def screenshot(html, png):
    """Chromium prints the table alone; the white margin around it is cut off."""
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, 't.html')
        with open(page, 'w', encoding='utf-8') as f:
            f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
                    'body{margin:12px;font:15px "WenQuanYi Micro Hei",sans-serif;background:#fff}'
                    'table{border-collapse:collapse}td{border:1px solid #333;padding:4px 8px}'
                    '</style></head><body>' + html + '</body></html>')
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
                        '--window-size=1100,2600', '--screenshot=' + png, page],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    im = Image.open(png).convert('L')
    dark = im.point(lambda v: 255 if v < 200 else 0)
    x0, y0, x1, y1 = dark.getbbox()
    im.crop((max(0, x0 - 10), max(0, y0 - 10), x1 + 10, y1 + 10)).save(png)


def tables_as_pictures(name):
    """The wild fixture NAME saved with its files, each table a screenshot in NAME_files/."""
    with open(os.path.join(ROOT, 'wild', name + '.html'), encoding='utf-8') as f:
        text = f.read()
    folder = os.path.join(OUT, name + '_files')
    os.makedirs(folder, exist_ok=True)
    count = [0]

    def picture(m):
        count[0] += 1
        file = 'table%d.png' % count[0]
        screenshot(m.group(0), os.path.join(folder, file))
        return '<p><img src="%s_files/%s" alt=""></p>' % (name, file)

    saved = re.sub(r'<table.*?</table>', picture, text, flags=re.S)
    with open(os.path.join(OUT, name + '.html'), 'w', encoding='utf-8') as f:
        f.write(saved)
    gold(name + '.html', name + '.html')
    return saved, folder


def word_with_pictures(name):
    """The page with pictures embedded (data: URIs) converted by LibreOffice into DOCX."""
    saved, folder = tables_as_pictures(name)

    def inline(m):
        with open(os.path.join(OUT, m.group(1)), 'rb') as f:
            return 'src="data:image/png;base64,%s"' % base64.b64encode(f.read()).decode()

    embedded = re.sub(r'src="([^"]+\.png)"', inline, saved)
    with tempfile.TemporaryDirectory() as tmp:
        page = os.path.join(tmp, name + '.pictures.html')
        with open(page, 'w', encoding='utf-8') as f:
            f.write(embedded)
        subprocess.run(['soffice', '-env:UserInstallation=file://' + tmp + '/profile', '--headless',
                        '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML',
                        '--outdir', OUT, page], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    gold(name + '.html', name + '.pictures.docx')


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.join(OUT, 'hold-out'))
    for name, dpi, angle, blur, noise, quality in TUNED:
        pages = scan(name, dpi, angle, blur, noise, quality)
        if name == 'shaoxing-office-2020':
            pages[4].save(os.path.join(OUT, name + '.page5.png'))
    for name, dpi, angle, blur, noise, quality in HOLD_OUT:
        scan(name, dpi, angle, blur, noise, quality, os.path.join(OUT, 'hold-out'))
    tables_as_pictures('columns-reordered')
    word_with_pictures('captions-other-wordings')
    # the DOCX needs no saved page beside it
    os.remove(os.path.join(OUT, 'captions-other-wordings.html'))
    os.remove(os.path.join(OUT, 'captions-other-wordings.html.gold.json'))
    shutil.rmtree(os.path.join(OUT, 'captions-other-wordings_files'))


if __name__ == '__main__':
    main()
