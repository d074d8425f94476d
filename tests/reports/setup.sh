#!/usr/bin/env bash
# Installs what the report tests need, when it is missing:
#   poppler-utils                 pdftotext, pdffonts, pdfinfo, pdftoppm (reading the PDFs back)
#   fonts-morisawa-bizud-gothic   BIZ UDGothic, the font the reports embed
#   fonts-ipamj-mincho            IPAmj明朝, the fallback for kanji BIZ UDGothic lacks (𠮷)
#   python3-docx                  python-docx, reading the .docx report back (tests/reports/docx_check.py)
#   libreoffice-writer-nogui      LibreOffice headless, converting the .docx to PDF as an office suite would
#                                 (about 85 MB download, ~35 s to install with --no-install-recommends)
# Safe to run again: it installs only what `dpkg -s` does not find. Needs root (as on CI).
#   bash tests/reports/setup.sh
set -euo pipefail

missing=()
for p in poppler-utils fonts-morisawa-bizud-gothic fonts-ipamj-mincho python3-docx libreoffice-writer-nogui; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "reports setup: installing ${missing[*]}" >&2
if [ "$(id -u)" -ne 0 ]; then
    echo "reports setup: need root to install ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
    exit 1
fi
DEBIAN_FRONTEND=noninteractive apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
