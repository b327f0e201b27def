"""Bad input (issue 7): every kind of file a user may drop into a corpus folder is either read (with a
warning when it was guessed at), or skipped with a reason naming the file, or ends the run with a
one-line error. Most checks load the corpus directly; one full build proves the report lists it all."""

import csv
import html
import json
import re
import time
from datetime import date
from pathlib import Path

import pytest

from newsreport.build import file_hashes
from newsreport.corpus.loader import load_corpus, documents_table, sentences_table, skipped_table
from newsreport.errors import CorpusError
from newsreport.tables import read_csv, write_csv
from newsreport.corpus.textio import MAX_DOCUMENT_BYTES
from conftest import write_other_corpus
from robustness_fixtures import (FORMULA_LINES, HUGE_BYTES, LATIN1_TEXT, NON_ASCII_NAME, UTF16_TEXT,
                                 folder_fingerprint, run_cli, write_bad_files, write_huge_file)

GOOD_ARTICLE = ("Shopping apps face new rules\n\n"
                "March 3, 2025 - The regulator said 40 million people used the app last year.\n")


def corpus_with(folder, *names):
    """Load a folder holding one ordinary article and the named bad files."""
    write_bad_files(folder, names)
    (folder / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    return load_corpus(folder)


def reasons(corpus) -> dict[str, str]:
    """Skipped file -> reason."""
    return {s.file: s.reason for s in corpus.skipped}


def used(corpus) -> list[str]:
    return [d.path.name for d in corpus.documents]


def test_empty_file_is_skipped_as_empty(tmp_path):
    corpus = corpus_with(tmp_path, "empty.txt")
    assert reasons(corpus) == {"empty.txt": "empty file (0 bytes)"}
    assert used(corpus) == ["good.txt"]


def test_whitespace_only_file_is_skipped_as_having_no_text(tmp_path):
    corpus = corpus_with(tmp_path, "whitespace.txt")
    assert reasons(corpus)["whitespace.txt"].startswith("no text")


def test_png_renamed_to_txt_is_skipped_as_binary(tmp_path):
    corpus = corpus_with(tmp_path, "picture.txt")
    assert reasons(corpus)["picture.txt"] == "binary file (PNG image), not text"


def test_latin1_text_is_decoded_and_the_guess_is_reported(tmp_path):
    corpus = corpus_with(tmp_path, "latin1.txt")
    document = corpus.by_id("latin1")
    assert document.text == LATIN1_TEXT
    first_sentence = "Café owners in Zürich said the shopping app was très popular in 2024."
    assert first_sentence in [s.text for s in document.sentences]
    table = skipped_table(corpus)
    row = table[table["file"] == "latin1.txt"].iloc[0]
    assert row["status"] == "used with warning" and "Windows-1252 (Latin-1)" in row["reason"]


def test_utf16_with_bom_is_decoded_without_the_bom(tmp_path):
    corpus = corpus_with(tmp_path, "utf16.txt")
    document = corpus.by_id("utf16")
    assert document.text == UTF16_TEXT and not document.warnings
    assert document.sentences[0].text == "RedNote gained 3 million new users in January 2025, analysts said."


def test_invalid_utf8_bytes_become_replacement_characters_and_a_warning(tmp_path):
    corpus = corpus_with(tmp_path, "invalid_utf8.txt")
    document = corpus.by_id("invalid_utf8")
    assert "Users of 小红书 grew fast in January 2025, the app said." in document.text
    assert document.text.count("\ufffd") == 2
    assert document.warnings == ["invalid_utf8.txt: 2 invalid UTF-8 byte(s) replaced with U+FFFD"]


def test_html_scripts_and_handlers_are_dropped_and_never_run(tmp_path):
    corpus = corpus_with(tmp_path, "scripted.html")
    text = corpus.by_id("scripted").text
    assert "Regulators from 12 countries met on Monday to discuss data rules for shopping apps." in text
    assert "The meeting ended with a joint statement on consumer protection." in text
    # script bodies are not text, and a script that would have written a paragraph never ran
    for trace in ("alert", "document.", "Injected paragraph", "owned", "onerror"):
        assert trace not in text


def test_file_over_the_size_limit_is_skipped_quickly(tmp_path):
    write_huge_file(tmp_path / "huge.txt")
    (tmp_path / "good.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    started = time.perf_counter()
    corpus = load_corpus(tmp_path)
    elapsed = time.perf_counter() - started
    assert (tmp_path / "huge.txt").stat().st_size == HUGE_BYTES > MAX_DOCUMENT_BYTES
    assert reasons(corpus) == {"huge.txt": "file is 50.0 MB, over the 5 MB limit for one article"}
    assert elapsed < 5, f"skipping a 50 MB file took {elapsed:.1f} s: it must not be read"


def test_one_long_line_just_under_the_limit_loads_in_linear_time(tmp_path):
    """pysbd's time grows with the square of a line; a 1 MB one-line file must load in time that grows
    linearly: four times the text takes about four times as long (quadratic would be sixteen), a ratio
    that holds however loaded the machine is."""
    sentence = "The platform had 5 million users in 2024, the company said. "

    def load_seconds(size: int, folder: Path):
        folder.mkdir()
        (folder / "oneline.txt").write_text(sentence * (size // len(sentence)), encoding="utf-8")
        started = time.perf_counter()
        document = load_corpus(folder).by_id("oneline")
        return time.perf_counter() - started, document

    quarter, _ = load_seconds(250_000, tmp_path / "quarter")
    whole, document = load_seconds(1_000_000, tmp_path / "whole")
    assert len(document.sentences) == 1_000_000 // len(sentence)
    assert all(document.text[s.start:s.end] == s.text == sentence.strip() for s in document.sentences)
    assert whole < 8 * quarter, f"1 MB took {whole:.1f} s, 250 kB {quarter:.1f} s: not linear"


def test_identical_documents_under_two_names_are_read_once(tmp_path):
    corpus = corpus_with(tmp_path, "duplicate_a.txt", "duplicate_b.txt")
    assert "duplicate_a.txt" in used(corpus) and "duplicate_b.txt" not in used(corpus)
    assert reasons(corpus) == {"duplicate_b.txt": "identical to duplicate_a.txt"}


def test_file_name_with_spaces_and_non_ascii_is_used_and_kept_in_every_table(tmp_path):
    corpus = corpus_with(tmp_path, NON_ASCII_NAME)
    document = corpus.by_id("Über die Grenze — 小红书")
    assert document.sentences[0].text == "Users crossed over to 小红书 in January 2025."
    assert document.sentences[0].sentence_id == "Über die Grenze — 小红书:s000"
    write_csv(sentences_table(corpus), tmp_path.parent / "out" / "sentences.csv")
    written = read_csv(tmp_path.parent / "out" / "sentences.csv")
    assert "Über die Grenze — 小红书:s000" in set(written["sentence_id"])


def test_front_matter_that_is_not_yaml_is_ignored_with_a_warning(tmp_path):
    corpus = corpus_with(tmp_path, "bad_front_matter.md")
    document = corpus.by_id("bad_front_matter")
    assert document.text.startswith("Body text of an article about shopping apps.")
    assert document.title == "Body text of an article about shopping apps."  # inferred, not "[an unclosed list"
    assert len(document.warnings) == 1 and "front matter is not valid YAML" in document.warnings[0]


@pytest.mark.parametrize("title", ["Explainer: what the new age law means for your phone",
                                   "Markets wrap: stocks slide as oil jumps",
                                   "Cyclone Asha: 2 lakh people moved to shelters"])
def test_a_colon_in_an_unquoted_title_keeps_the_publication_date(tmp_path, title):
    # not valid YAML ("mapping values are not allowed"), but each line is a plain "key: value"
    (tmp_path / "piece.md").write_text(f"---\ntitle: {title}\npublished: 2027-06-29\n---\n"
                                       "The law comes into force on Friday, July 2.\n", encoding="utf-8")
    document = load_corpus(tmp_path).by_id("piece")
    assert (document.title, document.published) == (title, date(2027, 6, 29))
    assert len(document.warnings) == 1 and "read as plain 'key: value' text" in document.warnings[0]


def test_lines_starting_like_formulas_are_neutralized_in_written_csv(tmp_path):
    corpus = corpus_with(tmp_path, "formula.txt")
    out = tmp_path.parent / "out"
    write_csv(sentences_table(corpus), out / "sentences.csv")
    write_csv(documents_table(corpus), out / "documents.csv")
    with (out / "sentences.csv").open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle) if row["doc"] == "formula"]
    assert texts == ["'" + line for line in FORMULA_LINES]  # a spreadsheet shows these as text
    with (out / "documents.csv").open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not re.fullmatch(r"-[\d.]+", c))]
    # reading the table back gives the article's exact text, so offsets still match
    back = read_csv(out / "sentences.csv")
    assert list(back.loc[back["doc"] == "formula", "text"]) == FORMULA_LINES


def test_folder_with_no_readable_document_is_one_error_naming_each_file(tmp_path):
    write_bad_files(tmp_path, ["empty.txt", "picture.txt", "whitespace.txt"])
    with pytest.raises(CorpusError) as raised:
        load_corpus(tmp_path)
    message = str(raised.value)
    assert "\n" not in message and message.startswith(f"{tmp_path}: no readable document")
    assert "empty.txt: empty file" in message and "picture.txt: binary file (PNG image)" in message


def test_missing_folder_is_one_error(tmp_path):
    with pytest.raises(CorpusError, match="corpus folder does not exist"):
        load_corpus(tmp_path / "nowhere")


def test_skipped_files_and_reading_warnings_are_in_the_manifest_inputs(tmp_path):
    corpus = corpus_with(tmp_path, "picture.txt", "latin1.txt", "duplicate_a.txt", "duplicate_b.txt")
    inputs = {entry["file"]: entry for entry in file_hashes(corpus)}
    assert inputs["picture.txt"] == {"file": "picture.txt", "status": "skipped",
                                     "reason": "binary file (PNG image), not text"}
    assert inputs["duplicate_b.txt"]["reason"] == "identical to duplicate_a.txt"
    assert inputs["latin1.txt"]["status"] == "used"
    assert inputs["latin1.txt"]["warnings"] == ["not UTF-8; decoded as Windows-1252 (Latin-1)"]


@pytest.fixture(scope="module")
def bad_input_build(tmp_path_factory):
    """One full build of the other-story corpus plus every bad file; returns (corpus, out, process,
    corpus fingerprint before the build)."""
    corpus = write_bad_files(write_other_corpus(tmp_path_factory.mktemp("bad_corpus")), huge=True)
    before = folder_fingerprint(corpus)
    out = tmp_path_factory.mktemp("bad_out")
    process = run_cli("build", "--corpus", corpus, "--out", out, timeout=600)
    return corpus, out, process, before


@pytest.mark.build
def test_build_of_a_messy_folder_succeeds_and_lists_every_skipped_file(bad_input_build):
    corpus, out, process, _ = bad_input_build
    assert process.returncode == 0, process.stderr[-2000:]
    assert "Traceback" not in process.stderr
    skipped = {row["file"]: row for row in read_csv(out / "data" / "skipped.csv").to_dict("records")}
    expected_skips = {"empty.txt": "empty file", "whitespace.txt": "no text", "picture.txt": "binary file",
                      "huge.txt": "over the 5 MB limit", "duplicate_b.txt": "identical to duplicate_a.txt"}
    for name, reason in expected_skips.items():
        assert skipped[name]["status"] == "skipped" and reason in skipped[name]["reason"]
    for name in ("latin1.txt", "invalid_utf8.txt", "bad_front_matter.md"):
        assert skipped[name]["status"] == "used with warning"
    inputs = {entry["file"]: entry for entry in json.loads((out / "data" / "manifest.json").read_text())["inputs"]}
    assert {name for name, entry in inputs.items() if entry["status"] == "skipped"} == set(expected_skips)
    assert inputs[NON_ASCII_NAME]["status"] == "used"
    report = (out / "report" / "report.html").read_text(encoding="utf-8")
    for name in expected_skips:  # the report's corpus section names each file it did not use
        assert html.escape(name) in report


@pytest.mark.build
def test_build_report_escapes_markup_from_the_corpus(bad_input_build):
    corpus, out, process, _ = bad_input_build
    assert process.returncode == 0, process.stderr[-2000:]
    report = (out / "report" / "report.html").read_text(encoding="utf-8")
    # the only scripts are the report's own: JSON rows of the data tables (no '<' inside) and one table script
    scripts = re.findall(r"<script[^>]*>", report, re.IGNORECASE)
    assert set(scripts) <= {'<script type="application/json">', "<script>"} and scripts.count("<script>") <= 1
    for data in re.findall(r'<script type="application/json">(.*?)</script>', report, re.DOTALL):
        assert "<" not in data
    for code in re.findall(r"<script>(.*?)</script>", report, re.DOTALL):
        assert "alert(" not in code and "document.write" not in code
    assert not re.search(r"<[^>]*\bon(error|load|click)\s*=", report, re.IGNORECASE)
    # the article's text still reaches the reader, as text: its title is listed among the sources
    assert re.search(r"Apps &lt;script&gt;alert\((&#x27;|')title(&#x27;|')\)&lt;/script&gt; under review", report)


@pytest.mark.build
def test_build_never_writes_into_the_corpus_folder(bad_input_build):
    corpus, out, process, before = bad_input_build
    assert process.returncode == 0, process.stderr[-2000:]
    assert folder_fingerprint(corpus) == before
    assert {p.name for p in out.iterdir()} == {"data", "figures", "executed", "report", ".cache"}


@pytest.mark.build
def test_build_writes_formula_neutralized_csv(bad_input_build):
    corpus, out, process, _ = bad_input_build
    assert process.returncode == 0, process.stderr[-2000:]
    def looks_like_formula(cell):
        return cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not re.fullmatch(r"-[\d.e+-]+", cell))

    offending = []
    for path in sorted((out / "data").glob("*.csv")) + sorted((out / "figures").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.reader(handle):
                offending += [(path.name, cell) for cell in row if looks_like_formula(cell)]
    assert not offending, offending[:5]
    sentences = read_csv(out / "data" / "sentences.csv")
    assert list(sentences.loc[sentences["doc"] == "formula", "text"]) == FORMULA_LINES
