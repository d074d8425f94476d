#!/usr/bin/python3
"""Reads a tenken .docx back with python-docx, a reader tenken does not share
code with, the way an auditor's Word would see it.

    /usr/bin/python3 tests/reports/docx_check.py REPORT.docx \
        [--heading "第1　概要" ...] [--min-tables N]

Prints one JSON object (title, headings with their style names, the number of
tables and the first header cells of each) and exits 1 with a message when:
  - no paragraph has a style whose name starts with "Heading";
  - a --heading given is not a "Heading 1" paragraph;
  - there are fewer than --min-tables tables, or a table has an empty header row.
Needs python-docx (Debian: python3-docx; bash tests/reports/setup.sh installs it).
Call /usr/bin/python3 explicitly: a pyenv python on PATH may lack the module.
"""

import argparse
import json
import sys

import docx


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--heading", action="append", default=[], help="a chapter heading that must be Heading 1")
    parser.add_argument("--min-tables", type=int, default=1)
    args = parser.parse_args()

    document = docx.Document(args.path)
    headings = [
        {"style": p.style.name, "text": p.text}
        for p in document.paragraphs
        if p.style is not None and p.style.name.startswith("Heading")
    ]
    titles = [p.text for p in document.paragraphs if p.style is not None and p.style.name == "Title"]
    tables = document.tables
    first_headers = [[c.text for c in t.rows[0].cells] if t.rows else [] for t in tables]
    report = {
        "title": titles,
        "headings": headings,
        "tables": len(tables),
        "table_styles": sorted({t.style.name for t in tables if t.style is not None}),
        "first_headers": first_headers[:12],
    }
    print(json.dumps(report, ensure_ascii=False))

    problems = []
    if not headings:
        problems.append("no paragraph has a Heading style")
    level1 = {h["text"] for h in headings if h["style"] == "Heading 1"}
    for h in args.heading:
        if h not in level1:
            problems.append(f"{h!r} is not a Heading 1 paragraph (found {sorted(level1)})")
    if len(tables) < args.min_tables:
        problems.append(f"{len(tables)} tables, expected at least {args.min_tables}")
    for i, cells in enumerate(first_headers):
        if not any(c.strip() for c in cells):
            problems.append(f"table {i + 1} has an empty first row")
    for p in problems:
        print(f"docx_check: {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
