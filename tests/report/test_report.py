"""The exported report, read as a reader and a skeptic would: offline, sourced, complete, and
generated for the corpus it was built from."""

import re
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from build_fixtures import SEEDS, folder_fingerprint, other_build, seed_build, unseen_build  # noqa: F401
from newsreport.report.sections.common import SECTIONS

pytestmark = pytest.mark.build

# Words that only a report written for the seed story would contain. (The frame names themselves,
# e.g. "refugee framing", are the user's chosen lenses and legitimately appear for any corpus.)
SEED_ONLY_WORDS = ("Xiaohongshu", "TikTok", "RedNote", "Little Red Book", "小红书", "ByteDance", "Lemon8",
                   "Sensor Tower", "Caixin", "Supreme Court", "App Store", "January 2025", "2025-01")


class ReportParser(HTMLParser):
    """Collects what the tests check: ids, links, images, headings, scripts, stylesheets."""

    def __init__(self):
        super().__init__()
        self.ids, self.links, self.images, self.scripts, self.stylesheets = set(), [], [], [], []
        self.headings, self._in_heading = [], False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs)
        if tag == "img":
            self.images.append(attrs)
        if tag == "script":
            self.scripts.append(attrs)
        if tag == "link":
            self.stylesheets.append(attrs)
        if tag == "h2":
            self._in_heading, self.headings = True, self.headings + [""]

    def handle_endtag(self, tag):
        if tag == "h2":
            self._in_heading = False

    def handle_data(self, data):
        if self._in_heading:
            self.headings[-1] += data


def parsed(build) -> tuple[ReportParser, str]:
    html = (build["out"] / "report" / "report.html").read_text(encoding="utf-8")
    parser = ReportParser()
    parser.feed(html)
    return parser, html


def test_report_html_and_pdf_exist(seed_build):
    report = seed_build["out"] / "report"
    pdf = PdfReader(report / "report.pdf")
    assert len(pdf.pages) >= 4
    assert pdf.pages[0].mediabox.width == pytest.approx(595, abs=2)  # A4 portrait, in points
    assert "Page 2 of" in pdf.pages[1].extract_text()
    assert (seed_build["out"] / "executed" / "01_corpus.ipynb").exists()


def test_report_loads_nothing_from_the_network(seed_build):
    parser, html = parsed(seed_build)
    assert not [s for s in parser.scripts if s.get("src")]
    assert not [s for s in parser.stylesheets if s.get("href", "").startswith(("http", "//"))]
    assert not re.search(r"""(src|href)=["'](https?:)?//""", html.split("<body", 1)[1].split('class="sources"')[0])
    markup = re.sub(r"data:image/[^\"']+", "", html)  # base64 chart bytes can spell anything
    assert "@import" not in markup and "cdn." not in markup.lower()


def test_every_cited_number_links_to_a_quote_in_the_appendix(seed_build):
    parser, html = parsed(seed_build)
    cites = [a["href"] for a in parser.links if "cite" in a.get("class", "")]
    assert len(cites) >= 10
    assert all(href.startswith("#") and href[1:] in parser.ids for href in cites)
    index = html.split('class="quote-index"', 1)[1]
    assert all(f'id="{href[1:]}"' in index for href in cites)


def test_every_internal_link_has_a_target(seed_build):
    parser, _ = parsed(seed_build)
    internal = [a["href"][1:] for a in parser.links if a["href"].startswith("#")]
    assert internal and not [target for target in internal if target not in parser.ids]


def test_every_image_has_alt_text(seed_build):
    parser, _ = parsed(seed_build)
    assert parser.images and all(img.get("alt", "").strip() for img in parser.images)


def test_report_has_every_section(seed_build):
    parser, _ = parsed(seed_build)
    for _, title in SECTIONS:
        assert title in parser.headings


def test_build_never_writes_into_the_corpus(seed_build, other_build):
    assert folder_fingerprint(SEEDS) == seed_build["corpus_before"]
    assert folder_fingerprint(other_build["corpus"]) == other_build["corpus_before"]


def test_other_corpus_report_has_nothing_written_for_the_seeds(other_build):
    _, html = parsed(other_build)
    text = re.sub(r"<[^>]+>", " ", html)
    assert "iFood" in text and "Rappi" in text
    leaked = [word for word in SEED_ONLY_WORDS if word.lower() in text.lower()]
    assert not leaked


def test_other_corpus_tables_come_from_its_own_documents(other_build):
    documents = (other_build["out"] / "data" / "documents.csv").read_text(encoding="utf-8")
    assert "br_ifood_front" in documents and "Paulista Ledger" in documents
    assert "000_58f03cc354f5f4b9" not in documents


def test_manifest_records_inputs_parameters_versions_and_timings(seed_build):
    manifest = seed_build["manifest"]
    files = {i["file"] for i in manifest["inputs"]}
    assert {p.name for p in SEEDS.glob("*.txt")} <= files
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"] if i["status"] == "used")
    assert manifest["versions"]["papermill"] and manifest["timings_s"]["total"] > 0


def test_every_report_table_is_a_csv_with_every_column_described(seed_build):
    data = seed_build["out"] / "data"
    dictionary = (data / "README.md").read_text(encoding="utf-8")
    _, html = parsed(seed_build)
    n_tables = html.count('<table class="exhibit')
    assert n_tables >= 4 and len(list(data.glob("report_*.csv"))) == n_tables
    for path in data.glob("*.csv"):
        assert f"## {path.name}" in dictionary
    assert "undocumented" not in dictionary


def test_frame_added_in_the_config_gets_its_own_report_section(other_build):
    parser, html = parsed(other_build)
    assert "<h3>Consumer protection</h3>" in html
    frames = (other_build["out"] / "data" / "frames_docs.csv").read_text(encoding="utf-8")
    assert "consumer_protection" in frames


def test_chinese_names_render_in_charts_html_and_pdf(other_build):
    out = other_build["out"]
    _, html = parsed(other_build)
    assert "美团" in html
    fonts = set()
    for page in PdfReader(out / "report" / "report.pdf").pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont")))
    assert any("CJK" in font for font in fonts), fonts
    for executed in (out / "executed").glob("*.ipynb"):
        assert "Glyph" not in executed.read_text(encoding="utf-8"), executed.name  # matplotlib's missing-glyph warning


def test_corpus_no_config_knows_still_gets_a_sourced_report(unseen_build):
    parser, html = parsed(unseen_build)
    text = re.sub(r"<[^>]+>", " ", html)
    assert "Vinted" in text and "Zalando" in text
    assert "Sources disagree on" in text  # the member counts 105 million vs about 80 million
    cites = [a["href"][1:] for a in parser.links if "cite" in a.get("class", "")]
    assert cites and all(target in parser.ids for target in cites)
    for image in parser.images:  # no chart of nothing: every chart shown has data behind it
        assert image["src"].startswith("data:image/png;base64,")
    charts = [p.stem for p in (unseen_build["out"] / "figures").glob("*.png")]
    shown = {i.get("alt") for i in parser.images}
    assert len(shown) < len(charts)  # the empty entity and user-number charts are left out
