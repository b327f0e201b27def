"""The HTML report's data tables in a real browser: a reader sorts by a column and filters by typing,
offline. Headless Chromium loads the page with a small driver script appended that types into the
filter box and clicks a heading, then writes what the table shows into the DOM, which `--dump-dom`
prints. Skipped with a reason when Chromium is not installed (`make test` installs it)."""

import json
import re
import shutil
import subprocess

import pytest

from build_fixtures import seed_build  # noqa: F401
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import documents_table, sentences_table
from newsreport.figures.extractor import figures_table
from newsreport.report import interactive
from newsreport.report.document import Report
from newsreport.report.sections import datatables
from newsreport.tables import write_csv

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="headless Chromium not installed "
                                    "(apt-get install chromium; `make test` does it)")

# Types WORDS into the table's filter box, clicks the COLUMN heading twice (descending), and records
# the rows shown, the status line and the heading's aria-sort.
DRIVER = """<script>
window.addEventListener("load", function () {
  var box = document.querySelector("#dt-TABLE"), result = {};
  var filter = box.querySelector("input.dt-filter");
  filter.value = "WORDS";
  filter.dispatchEvent(new Event("input"));
  var headers = Array.prototype.slice.call(box.querySelectorAll("thead th"));
  var column = headers.findIndex(function (th) { return th.textContent.trim() === "COLUMN"; });
  headers[column].querySelector("button").click();
  headers[column].querySelector("button").click();
  result.column = column;
  result.sort = headers[column].getAttribute("aria-sort");
  result.status = box.querySelector(".dt-status").textContent;
  result.rows = Array.prototype.map.call(box.querySelectorAll("tbody tr"), function (tr) {
    return Array.prototype.map.call(tr.children, function (td) { return td.textContent; }); });
  var out = document.createElement("pre");
  out.id = "driver-result";
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
});
</script>"""


def drive(html: str, tmp_path, table: str, words: str, column: str) -> dict:
    """Load `html` plus the driver in headless Chromium (network off) and return what the table showed."""
    driver = DRIVER.replace("TABLE", table).replace("WORDS", words).replace("COLUMN", column)
    page = tmp_path / "page.html"
    page.write_text(html.replace("</body>", driver + "</body>"), encoding="utf-8")
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--proxy-server=127.0.0.1:9", "--virtual-time-budget=10000",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=True).stdout
    found = re.search(r'<pre id="driver-result">(.*?)</pre>', dom, re.DOTALL)
    assert found, "the driver script did not run: the page's scripts failed"
    return json.loads(found.group(1).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


def as_number(text: str) -> float:
    return float(text.replace(",", ""))


def rows_of(html: str, table: str) -> dict:
    """The JSON rows embedded for `table`."""
    embedded = re.search(rf'id="dt-{table}".*?<script type="application/json">(.*?)</script>', html, re.DOTALL)
    return json.loads(embedded.group(1))


@pytest.fixture()
def seed_tables_page(tmp_path, seed_corpus):
    """Appendix C of the seed corpus as a page, built from its tables without running the pipeline."""
    data = tmp_path / "out" / "data"
    write_csv(documents_table(seed_corpus), data / "documents.csv")
    write_csv(sentences_table(seed_corpus), data / "sentences.csv")
    figures_found = figures_table(seed_corpus)
    write_csv(figures_found, data / "figures.csv")
    write_csv(build_ledger(figures_found, seed_corpus).claims, data / "claims.csv")
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>{datatables.section(Report(tmp_path / 'out'))}</body></html>"


@needs_chromium
def test_filtering_keeps_rows_with_every_word_and_sorting_orders_numbers(seed_tables_page, tmp_path):
    shown = drive(seed_tables_page, tmp_path, "figures", "million users", "Value")
    embedded = rows_of(seed_tables_page, "figures")
    value = [c["name"] for c in embedded["columns"]].index("Value")
    expected = [r for r in embedded["rows"] if all(w in " ".join(map(str, r)).lower() for w in ("million", "users"))]
    assert len(expected) >= 3 and f"of {len(expected)} matching" in shown["status"]
    assert shown["sort"] == "descending" and shown["column"] == value
    values = [as_number(r[value]) for r in shown["rows"] if r[value]]
    assert values == sorted(values, reverse=True)  # as numbers: 320,000,000 above 50,000,000
    assert values[0] == max(r[value] for r in expected if r[value] is not None)
    assert all("million" in " ".join(r).lower() and "users" in " ".join(r).lower() for r in shown["rows"])


@needs_chromium
def test_a_filter_nothing_matches_says_so(seed_tables_page, tmp_path):
    shown = drive(seed_tables_page, tmp_path, "sources", "no-such-word-anywhere", "Words")
    assert shown["rows"] == [] and shown["status"].startswith("No row matches")


def test_corpus_text_cannot_close_the_embedded_json():
    import pandas as pd

    quote = "</script><script>alert(1)</script><!--"
    html = interactive.data_table("t", "T.", pd.DataFrame({"Quote": [quote]}), "x.csv")
    assert html.count("</script>") == 1  # only the JSON element's own end tag
    assert rows_of(html, "t")["rows"] == [[quote]]


@needs_chromium
@pytest.mark.build
def test_built_report_tables_sort_and_filter_offline(seed_build, tmp_path):
    html = (seed_build["out"] / "report" / "report.html").read_text(encoding="utf-8")
    for table in ("figures", "claims", "sources"):
        assert f'id="dt-{table}"' in html
    shown = drive(html, tmp_path, "claims", "conflict", "Sources")
    claims = rows_of(html, "claims")
    conflicts = [r for r in claims["rows"] if "conflict" in " ".join(map(str, r)).lower()]
    assert conflicts and f"of {len(conflicts)} matching" in shown["status"]
    counts = [as_number(r[shown["column"]]) for r in shown["rows"]]
    assert counts == sorted(counts, reverse=True)


def test_claims_table_names_sources_by_their_numbers(seed_tables_page):
    claims = rows_of(seed_tables_page, "claims")
    explanation = [c["name"] for c in claims["columns"]].index("Explanation")
    conflict = next(row for row in claims["rows"] if row[1] == "conflict" and "moderation" in row[explanation])
    assert "S4 says 5,000" in conflict[explanation] and "003 says" not in conflict[explanation]


def test_the_appendix_counts_claims_as_the_ledger_section_does(seed_build):
    """An agreement among some sources of a conflicting claim is a row of data/claims.csv but no claim of its
    own: the appendix counts it apart, so its number of claims is the ledger section's."""
    import pandas as pd

    out = seed_build["out"]
    claims = pd.read_csv(out / "data" / "claims.csv", keep_default_na=False)
    whole, inside = int((claims["part_of"] == "").sum()), int((claims["part_of"] != "").sum())
    html = (out / "report" / "report.html").read_text(encoding="utf-8")
    assert f"Of {whole} claims" in re.sub(r"<[^>]+>", "", html)
    expected = f"{whole} claims and {inside} agreement{'s' if inside != 1 else ''} within a conflict" if inside \
        else f"{whole} claims"
    assert f"({len(pd.read_csv(out / 'data' / 'figures.csv'))} figures, {expected}," in html
