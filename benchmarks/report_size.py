"""How big the report of a build is: PDF pages and bytes, HTML bytes, charts and their largest image,
exhibits and quotes. Prints one row per build folder, side by side:

    .venv/bin/python benchmarks/report_size.py OUT_DIR [OUT_DIR ...]

Targets (issue 14): the PDF a brief at any corpus size (<= 40 pages at 1,000 documents, aim <= 30),
the HTML <= 8 MB at 1,000 documents, no chart with a row per document beyond a readable number.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

Image.MAX_IMAGE_PIXELS = None  # measure oversized charts instead of refusing them


def measure(out: Path) -> dict:
    """The size figures of one build folder (data/, figures/, report/)."""
    html_path, pdf_path = out / "report" / "report.html", out / "report" / "report.pdf"
    html = html_path.read_text(encoding="utf-8")
    documents = sum(1 for _ in (out / "data" / "documents.csv").open(encoding="utf-8")) - 1
    charts = [Image.open(p).size for p in sorted((out / "figures").glob("*.png"))]
    brief = html.split('id="sec-tables"')[0]  # without the HTML-only data tables
    return {"documents": documents, "pdf_pages": len(PdfReader(pdf_path).pages),
            "pdf_mb": pdf_path.stat().st_size / 1e6, "html_mb": html_path.stat().st_size / 1e6,
            "charts_shown": brief.count('<figure class="chart"'), "tallest_chart_px": max((h for _, h in charts), default=0),
            "table_rows": len(re.findall(r"<tr>", brief)), "quotes": len(re.findall(r'<li id="q\d+"', html)),
            "sources_listed": len(re.findall(r'<li id="src-\d+"', html))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("builds", nargs="+", type=Path, help="build output folders (--out of newsreport build)")
    rows = [(path, measure(path)) for path in parser.parse_args().builds]
    keys = list(rows[0][1])
    print("| build | " + " | ".join(keys) + " |")
    print("|---" * (len(keys) + 1) + "|")
    for path, row in rows:
        print(f"| {path.name} | " + " | ".join(f"{v:.2f}" if isinstance(v, float) else f"{v:,}" for v in row.values())
              + " |")


if __name__ == "__main__":
    main()
