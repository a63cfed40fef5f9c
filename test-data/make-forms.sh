#!/usr/bin/env bash
# Makes test-data/forms/: every text and HTML fixture with an answer, converted by LibreOffice
# headless to DOCX and PDF (and the HTML ones to DOC too), each with its twin's hand-checked answer.
# The outputs are committed; run this again only to remake them. Needs LibreOffice Writer
# and a CJK font (Debian: libreoffice-writer-nogui fonts-wqy-microhei); without the font the PDFs
# carry no Chinese text.
set -euo pipefail
cd "$(dirname "$0")"
out=forms
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
profile="-env:UserInstallation=file://$work/profile"

convert() { # input infilter target-filter extension
  local in=$1 filter=$2 target=$3 ext=$4
  local name
  name=$(basename "$in")
  name=${name%.*}
  soffice "$profile" --headless --infilter="$filter" --convert-to "$ext:$target" --outdir "$work" "$in" >/dev/null 2>&1
  mv "$work/$name.$ext" "$out/$name.$ext"
  install -m 644 "$in.gold.json" "$out/$name.$ext.gold.json"
}

for txt in reports/*.txt hazards/*.txt; do
  if head -c2 "$txt" | od -An -tx1 | grep -q 'ff fe'; then enc=UNICODE; else enc=UTF8; fi
  convert "$txt" "Text (encoded):$enc" "MS Word 2007 XML" docx
  convert "$txt" "Text (encoded):$enc" writer_pdf_Export pdf
done
# The Big5 page declares the wrong charset on purpose; LibreOffice would trust the declaration.
for html in hazards/*-gbk.html; do
  convert "$html" "HTML (StarWriter)" "MS Word 2007 XML" docx
  convert "$html" "HTML (StarWriter)" writer_pdf_Export pdf
  convert "$html" "HTML (StarWriter)" "MS Word 97" doc
done
ls -l "$out"
