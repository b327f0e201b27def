"""Corpus loading on the real seeds: exact text, chrome spans, sentences, metadata."""

import hashlib
from pathlib import Path

import pytest

from newsreport.corpus.loader import load_corpus
from newsreport.errors import CorpusError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The seeds are raw data kept byte for byte: their SHA-256 as copied from ../shared/seeds (never edited since).
SEED_SHA256 = {
    "000_58f03cc354f5f4b9.txt": "f3f4b6fa8fd88150f67270ae6c04cb1556f9e289fccd6452cc86fe342ee41c49",
    "001_b5461f37cdb4e1f4.txt": "856b37172089ac0d402fc852f240a71b85ee91ed7316cdb5f6a6cd9eb1857462",
    "002_edc5db09fb16ba18.txt": "af134bacd4555e767e980090d548d4b285cdb16079b45d3771a08b9e28e8a98d",
    "003_bfb1782506840f65.txt": "bc3c354957cd0a6cb8363c7eb565e61204ff90038ae3f61ec1e108904d52a5b4",
}


def test_seeds_are_byte_for_byte_the_recorded_raw_articles():
    for name, digest in SEED_SHA256.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_document_text_is_the_file_text_exactly(seed_corpus):
    for document in seed_corpus.documents:
        assert document.text == document.path.read_text(encoding="utf-8")


def test_320_million_mau_sentence_has_offsets_into_the_text(seed_corpus):
    document = seed_corpus.by_id("000_58f03cc354f5f4b9")
    offset = document.text.index("320 million monthly active users")
    sentence = document.sentence_at(offset)
    assert sentence.text.startswith("According to the 2024 annual operational data report")
    assert sentence.text.endswith("by mid-2024.")
    assert document.text[sentence.start:sentence.end] == sentence.text


def test_audio_player_and_paywall_lines_are_excluded_not_removed(seed_corpus):
    document = seed_corpus.by_id("003_bfb1782506840f65")
    excluded = {document.text[s.start:s.end] for s in document.excluded}
    assert {"00:00/00:00", "Listen to this article 1x", "AI generated, for reference only",
            "You've accessed an article available only to subscribers"} <= excluded
    kept = " ".join(s.text for s in document.sentences)
    assert "Listen to this article" not in kept and "00:00" not in kept
    assert "SUBSCRIBE NOW" not in kept
    assert "employing over 15,000 staff, including 5,000 moderators" in kept
    assert "00:00/00:00" in document.text  # the text itself is untouched


def test_abbreviations_do_not_split_sentences(seed_corpus):
    document = seed_corpus.by_id("003_bfb1782506840f65")
    texts = [s.text for s in document.sentences]
    assert any(t.startswith("The Chinese social media app Xiaohongshu has surged to the top of U.S. app store charts")
               and t.endswith("sparking cross-cultural trends.") for t in texts)


def test_sentence_ids_are_stable_across_loads(seed_corpus):
    again = load_corpus(SEEDS)
    assert [s.sentence_id for d in again.documents for s in d.sentences] == \
           [s.sentence_id for d in seed_corpus.documents for s in d.sentences]


def test_manifest_dates_and_their_basis(seed_corpus):
    caixin = seed_corpus.by_id("003_bfb1782506840f65")
    assert caixin.published.isoformat() == "2025-01-16" and caixin.date_basis.startswith("stated")
    assert caixin.outlet == "Caixin"
    assert seed_corpus.by_id("000_58f03cc354f5f4b9").date_basis.startswith("inferred")


def test_dateline_is_inferred_without_a_manifest(tmp_path):
    for name in ("001_b5461f37cdb4e1f4.txt", "003_bfb1782506840f65.txt"):
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    corpus = load_corpus(tmp_path)
    assert corpus.by_id("001_b5461f37cdb4e1f4").published.isoformat() == "2025-01-14"
    caixin = corpus.by_id("003_bfb1782506840f65")
    assert caixin.published.isoformat() == "2025-01-16"
    assert "Jan. 16, 2025" in caixin.date_basis and caixin.date_basis.startswith("inferred")


@pytest.mark.parametrize("written", ["January 14, 2025", "Jan. 16, 2025", "Sept. 3, 2024", "sep 30, 2024",
                                     "14 January 2025", "May 5, 2025", "Dec. 31, 1999", "February 30, 2025"])
def test_written_dates_read_as_dateparser_reads_them(written):
    # datelines in the two usual forms are read by the standard library (dateparser costs a quarter
    # second to load); every form must still give what dateparser gives, an impossible day none
    import dateparser

    from newsreport.corpus.metadata import parse_date

    expected = dateparser.parse(written, languages=["en"], settings={"STRICT_PARSING": True})
    assert parse_date(written) == (expected.date() if expected else None)


def test_a_web_address_under_source_or_link_is_the_url(tmp_path):
    # front matter of downloaded articles often names the address "source" (an RSS export "link"); a
    # "source" that is an outlet's name is no address
    body = "Title line\n\nMarch 5, 2025 - The app said it had 80 million users.\n"
    pages = {"a.md": "---\nsource: https://news.example.com/a-story\n---\n" + body,
             "b.md": "---\nlink: http://example.org/b\nsource: Reuters\n---\n" + body,
             "c.md": "---\nsource: Reuters\n---\n" + body,
             "d.md": "---\nurl: https://example.org/d\nsource: https://mirror.example.net/d\n---\n" + body}
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    urls = {d.doc: d.url for d in load_corpus(tmp_path).documents}
    assert urls == {"a": "https://news.example.com/a-story", "b": "http://example.org/b", "c": "",
                    "d": "https://example.org/d"}


def test_front_matter_keys_are_metadata_and_not_body(other_corpus):
    document = other_corpus.by_id("br_ifood_front")
    assert document.outlet == "Paulista Ledger" and document.author == "Ana Ribeiro"
    assert document.published.isoformat() == "2025-05-14"
    assert not document.text.startswith("---") and "outlet:" not in document.text


def test_html_article_text_without_scripts(other_corpus):
    document = other_corpus.by_id("delivery_roundup")
    assert "12 million monthly active users" in document.text
    assert "alert(" not in document.text and "Home | World" not in document.text


def test_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_empty_folder_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="no readable document"):
        load_corpus(tmp_path)


@pytest.mark.parametrize("line", ["3 min read", "5 minutes read", "Reading time: 4 min",
                                  "Listen to this article (2 min)", "Image 1 of 4", "Photo 3 of 12",
                                  "Share 12 Comments", "Comments (3)", "Advertisement"])
def test_reading_time_slideshow_and_comment_counters_are_chrome(line):
    from newsreport.corpus.chrome import find_excluded_spans, load_chrome_patterns
    text = f"RedNote gained 700,000 users in two days.\n{line}\nIt was No. 1 on Tuesday.\n"
    excluded = [text[s.start:s.end] for s in find_excluded_spans(text, load_chrome_patterns())]
    assert excluded == [line]


@pytest.mark.parametrize("top", [
    "Published: Jan. 16, 2025  2:19 a.m.  GMT+8\n\nThe app topped the charts.",
    "Title line\nJanuary 14, 2025 – In a significant shift, users moved to the app.",
    "By Ann Lee | Jan 14, 2025\n\nThe ban looms.",
    "BEIJING, Jan. 15, 2025 - Downloads surged overnight.",
    "Updated on March 3, 2025\nShares fell 4% on Monday.",
])
def test_a_dateline_heading_its_line_dates_the_article(top):
    from newsreport.corpus.metadata import infer_published

    published, basis = infer_published(top)
    assert published is not None and basis.startswith("inferred: dateline")


@pytest.mark.parametrize("top", [
    # a date told in a sentence dates an event, not the article: the article's own dates then anchor
    # its weekdays ("By Friday" after the ban is that week's Friday, not the one before)
    "When the state banned the dating app Glint on April 1, 2025, its users did not wait around.",
    "The law, which was signed on April 24, 2024, gave the owner nine months to sell.",
    "Sales have slumped since March 3, 2025, when the new levy took effect.",
    "Title line\n\nThe outage that began on Feb. 2, 2025 lasted 16 hours.",
])
def test_a_date_told_in_a_sentence_is_no_dateline(top):
    from newsreport.corpus.metadata import infer_published

    assert infer_published(top) == (None, "")
