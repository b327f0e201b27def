"""Exporting the executed report notebook: HTML with nbconvert (our offline template, no input
cells, no stderr), then PDF with WeasyPrint (A4, page numbers and running header from the CSS)."""

from __future__ import annotations

import logging
from pathlib import Path

import nbformat

TEMPLATES = Path(__file__).parent / "templates"
REPORT_CSS = TEMPLATES / "newsreport" / "report.css"
SHOWN_OUTPUT_TYPES = ("display_data", "execute_result")


def report_only(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Keep only rich outputs: drops markdown/code cells' source, streams (stdout/stderr) and errors."""
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", []) if o.get("output_type") in SHOWN_OUTPUT_TYPES]
    notebook.cells = [c for c in notebook.cells if c.cell_type == "code" and c.outputs]
    return notebook


# A page with the report's stylesheet and one of each kind of text it sets: printing it loads the
# fonts (fontconfig, Pango, HarfBuzz) that the report's first page would otherwise wait for.
WARM_UP_PAGE = ("<html><head><style>{css}</style></head><body><h1>a</h1><h2>b</h2><p>c <b>d</b> <i>e</i> "
                "<a class='src' href='#x'>f</a> <code>g</code></p><p class='caption'>h</p>"
                "<table class='exhibit'><tr><th>i</th><td>1</td></tr></table></body></html>")


def load_exporters() -> None:
    """Import nbconvert's HTML exporter and WeasyPrint and load the report's fonts (about a second and
    a half together) ahead of their use; a build calls this while its report notebook runs in a
    kernel, when the build's own process waits."""
    from nbconvert import HTMLExporter  # noqa: F401
    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    HTML(string=WARM_UP_PAGE.format(css=REPORT_CSS.read_text(encoding="utf-8"))).write_pdf()


def export_html(executed_notebook: Path, html_path: Path, title: str = "Research brief") -> Path:
    """Render the executed notebook to a self-contained HTML report at `html_path`."""
    from nbconvert import HTMLExporter

    notebook = report_only(nbformat.read(executed_notebook, as_version=4))
    notebook.metadata["title"] = title
    exporter = HTMLExporter(template_name="newsreport", extra_template_basedirs=[str(TEMPLATES)],
                            exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True,
                            exclude_anchor_links=True)
    body, _ = exporter.from_notebook_node(notebook, resources={"report_css": REPORT_CSS.read_text(encoding="utf-8")})
    html_path.parent.mkdir(parents=True, exist_ok=True)
    html_path.write_text(body, encoding="utf-8")
    return html_path


def export_pdf(html_path: Path, pdf_path: Path) -> Path:
    """Print the HTML report to an A4 PDF with WeasyPrint (internal links stay clickable)."""
    from weasyprint import HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)  # lab markup triggers harmless CSS warnings
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    HTML(filename=str(html_path), base_url=str(html_path.parent)).write_pdf(str(pdf_path))
    return pdf_path
