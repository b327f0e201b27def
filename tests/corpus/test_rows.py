"""A corpus in one CSV or JSONL file, one article per row, with Media Cloud's column names."""

import csv
import json

import pytest

from conftest import OTHER_ARTICLES
from newsreport.corpus.rows import read_rows
from newsreport.errors import CorpusError
from newsreport.pipeline.sources import corpus_sources

RAPPI = OTHER_ARTICLES["latam_rappi_plain.txt"]
IFOOD = OTHER_ARTICLES["br_ifood_front.md"].split("---\n", 2)[2]  # the body without its front matter


def media_cloud_rows():
    """Rows as a Media Cloud export has them (with columns we ignore)."""
    return [
        {"id": "9001", "title": "Rappi updates investors on its users", "text": RAPPI,
         "url": "https://example.org/rappi", "publish_date": "2024-09-03 10:00:00", "media_name": "Andes Wire",
         "language": "en"},
        {"id": "9002", "title": "", "text": "", "url": "https://example.org/empty", "publish_date": "",
         "media_name": "Nowhere", "language": "en"},
        {"id": "9003", "title": "CADE opens inquiry into iFood contracts", "text": IFOOD,
         "url": "https://example.org/ifood", "publish_date": "2024-10-31", "media_name": "Paulista Ledger",
         "language": "en"},
        {"id": "9004", "title": "Rappi again", "text": RAPPI, "url": "https://example.org/rappi-copy",
         "publish_date": "2024-09-04", "media_name": "Copy Desk", "language": "en"},
    ]


def write_csv_file(path, rows, text_column="text"):
    columns = [c if c != "text" else text_column for c in rows[0]]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({(k if k != "text" else text_column): v for k, v in row.items()})
    return path


def test_media_cloud_csv_rows_become_documents_with_their_metadata(tmp_path):
    path = write_csv_file(tmp_path / "export.csv", media_cloud_rows())
    rows, skipped = read_rows(path)
    assert [r.doc for r in rows] == ["row000001", "row000003"]
    first = dict(rows[0].metadata)
    assert first["title"] == "Rappi updates investors on its users"
    assert first["outlet"] == "Andes Wire" and first["url"] == "https://example.org/rappi"
    assert first["published"] == "2024-09-03 10:00:00"
    assert rows[0].text == RAPPI  # the text is kept exactly
    assert skipped == [("export.csv row 2", "no text in the 'text' or 'content' column"),
                       ("export.csv row 4", "same text as export.csv row 1")]


def test_content_column_is_read_like_text(tmp_path):
    path = write_csv_file(tmp_path / "export.csv", media_cloud_rows(), text_column="content")
    rows, _ = read_rows(path)
    assert [r.text for r in rows] == [RAPPI, IFOOD]


def test_csv_without_a_text_column_is_one_error_naming_the_file(tmp_path):
    path = tmp_path / "titles.csv"
    path.write_text("title,url\nA headline,https://example.org/a\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"titles\.csv: no text column \(expected 'text' or 'content'"):
        read_rows(path)


def test_jsonl_bad_lines_are_skipped_with_their_reason_and_the_rest_is_used(tmp_path):
    lines = [json.dumps({"title": "Rappi", "content": RAPPI, "publish_date": "2024-09-03"}),
             "{not json",
             json.dumps(["a", "list"]),
             json.dumps({"title": "iFood", "text": IFOOD, "media_name": "Paulista Ledger"})]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    sources = corpus_sources(path)
    assert [(e.file, getattr(e, "reason", "used")) for e in sources.entries] == [
        ("export.jsonl row 1", "used"),
        ("export.jsonl row 2", "not valid JSON (Expecting property name enclosed in double quotes)"),
        ("export.jsonl row 3", "not a JSON object"),
        ("export.jsonl row 4", "used")]
    assert [s.doc for s in sources.sources] == ["row000001", "row000004"]


def test_a_file_that_is_not_a_table_of_articles_is_refused(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text(RAPPI, encoding="utf-8")
    with pytest.raises(CorpusError, match="not a folder, nor a .csv or .jsonl file"):
        corpus_sources(path)
