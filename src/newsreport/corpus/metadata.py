"""Per-document metadata (title, outlet, author, published date, URL): taken from front matter,
the corpus manifest or the HTML, else inferred from the text with the reason recorded."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from newsreport.errors import CorpusError

# A dateline near the top: "January 14, 2025", "Jan. 16, 2025", "Published: 2025-01-16".
MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATELINE = re.compile(rf"\b{MONTHS}\.? \d{{1,2}}, \d{{4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b")
BYLINE = re.compile(r"^(?:Author\s*[|:]\s*|By\s+)([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})\s*$", re.MULTILINE)
DATELINE_WINDOW = 400  # characters from the top where a dateline is looked for


def parse_date(value) -> date | None:
    """A date from an ISO string, a date, or a written date ("Jan. 16, 2025"); None if unparseable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for written in ("%B %d, %Y", "%b %d, %Y"):  # a dateline's "January 14, 2025", "Jan. 16, 2025"
        try:
            return datetime.strptime(text.replace(".", "", 1), written).date()
        except ValueError:
            pass
    import dateparser  # slow to import (a quarter second a process); other written dates

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


# The words a dateline's line may hold before the date ("Published: Jan. 16, 2025", "Updated on
# January 14, 2025", "By Ann Lee | Jan 14, 2025", "BEIJING, Jan. 15, 2025"); a date after other
# lower-case words is told in a sentence ("When the state banned the app on April 1, 2025, ...")
# and dates an event, not the article.
DATELINE_LEAD_WORDS = frozenset("published updated posted last first on at by date modified originally and".split())


def _is_dateline(text: str, start: int) -> bool:
    """Whether the date at `start` heads its line rather than being told in a sentence."""
    lead = text[text.rfind("\n", 0, start) + 1:start]
    return all(word in DATELINE_LEAD_WORDS for word in re.findall(r"\b[a-z][a-z'’]*\b", lead))


def infer_published(text: str) -> tuple[date | None, str]:
    """The first dateline in the top of `text`, with the reason; (None, "") when there is none."""
    top = text[:DATELINE_WINDOW]
    match = next((m for m in DATELINE.finditer(top) if _is_dateline(top, m.start())), None)
    if not match:
        return None, ""
    found = parse_date(match.group())
    return (found, f"inferred: dateline '{match.group()}' at the top of the text") if found else (None, "")


def infer_title(document) -> str:
    """The first line of kept text with 3 to 25 words (skips a lone outlet or section name)."""
    checked_line_start = None
    for sentence in document.sentences:
        line_start = document.text.rfind("\n", 0, sentence.start) + 1
        if line_start == checked_line_start:  # each line once: a huge one-line file stays linear
            continue
        checked_line_start = line_start
        line_end = document.text.find("\n", sentence.start)
        line = document.text[line_start:line_end if line_end >= 0 else len(document.text)].strip()
        if 3 <= len(line.split(maxsplit=25)) <= 25:
            return line
    return document.sentences[0].text if document.sentences else ""


URL_KEYS = ("link", "source")  # read as the URL when no "url" is given and the value is a web address
URL_STARTS = ("http://", "https://")


def apply_metadata(document, front: dict, manifest_row: dict, html_meta: dict | None = None) -> None:
    """Fill the document's metadata: front matter, then manifest, then HTML metadata, then inference."""
    sources = [front, manifest_row, html_meta or {}]

    def first(key):
        for source in sources:
            if str(source.get(key, "") or "").strip():
                return source, str(source[key]).strip()
        return None, ""

    document.title = first("title")[1] or infer_title(document)
    document.outlet = first("outlet")[1]
    byline = BYLINE.search(document.text[:DATELINE_WINDOW * 2])
    document.author = first("author")[1] or (byline.group(1) if byline else "")
    # RSS exports name the address "link", and some front matter "source"; either counts only as an address
    addresses = (first(key)[1] for key in URL_KEYS)
    document.url = first("url")[1] or next((value for value in addresses if value.startswith(URL_STARTS)), "")
    source, published = first("published")
    if published:
        document.published = parse_date(published)
        if document.published is None:
            document.warnings.append(f"{document.path.name}: published date '{published}' is not a date; ignored")
        elif source is front:
            document.date_basis = "stated: front matter"
        else:
            document.date_basis = str(source.get("date_basis", "") or "stated: metadata")
    if document.published is None:
        document.published, document.date_basis = infer_published(document.text)


def html_article(html: str, path: Path) -> tuple[str, dict]:
    """Article text and metadata of an HTML page, extracted with trafilatura (scripts never run)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise CorpusError(f"{path.name}: no article text found in the HTML")
    found = trafilatura.extract_metadata(html)
    meta = {}
    if found is not None:
        meta = {"title": found.title or "", "author": found.author or "", "outlet": found.sitename or "",
                "url": found.url or "", "published": found.date or ""}
        if meta["published"]:
            meta["date_basis"] = "stated: HTML metadata"
    return text, meta
