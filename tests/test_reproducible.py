"""Nothing lost, same bytes twice (issue 7): a build that is killed or fails midway leaves the previous
report as it was, and two builds of the same corpus write byte-identical tables and charts."""

import json
import os
import queue
import signal
import threading
import time

import pytest

from newsreport.build import build_date, clean_interrupted_builds, publish
from conftest import write_other_corpus
from robustness_fixtures import folder_fingerprint, run_cli, staging_folders, start_cli, tree_hashes

PREVIOUS_REPORT = "<html><body><h1>Previous report</h1><p>Built last week; must survive.</p></body></html>\n"
PREVIOUS_DOCUMENTS = "doc,title\nold_article,An article from the previous build\n"
# 2025-01-14 00:00 UTC, the day seed 000 reports the move to Xiaohongshu.
EPOCH_2025_01_14 = 1736812800


def test_build_date_follows_source_date_epoch(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(EPOCH_2025_01_14))
    assert build_date() == "2025-01-14"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert build_date() == time.strftime("%Y-%m-%d", time.gmtime())


def write_previous_outputs(out_dir):
    """A finished earlier build: its report and one data table, with known bytes."""
    (out_dir / "report").mkdir(parents=True)
    (out_dir / "report" / "report.html").write_text(PREVIOUS_REPORT, encoding="utf-8")
    (out_dir / "data").mkdir()
    (out_dir / "data" / "documents.csv").write_text(PREVIOUS_DOCUMENTS, encoding="utf-8")


def assert_previous_outputs_intact(out_dir):
    assert (out_dir / "report" / "report.html").read_text(encoding="utf-8") == PREVIOUS_REPORT
    assert (out_dir / "data" / "documents.csv").read_text(encoding="utf-8") == PREVIOUS_DOCUMENTS
    # nothing of the unfinished build was put in place next to them
    assert not (out_dir / "figures").exists() and not (out_dir / "executed").exists()
    assert sorted(p.name for p in (out_dir / "data").iterdir()) == ["documents.csv"]
    assert sorted(p.name for p in (out_dir / "report").iterdir()) == ["report.html"]


def wait_for_line(process, prefix: str, timeout: float) -> list[str]:
    """Read the build's progress lines until one starts with `prefix`; return the lines read."""
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in process.stdout], daemon=True).start()
    seen, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            seen.append(lines.get(timeout=1))
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        if seen[-1].startswith(prefix):
            return seen
    raise AssertionError(f"build never printed {prefix!r}: {seen}")


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    return write_other_corpus(tmp_path_factory.mktemp("repro_corpus"))


@pytest.mark.build
def test_terminated_build_leaves_previous_report_and_cleans_up(corpus_dir, tmp_path):
    write_previous_outputs(tmp_path)
    build = start_cli("build", "--corpus", corpus_dir, "--out", tmp_path)
    wait_for_line(build, "[2/", timeout=120)  # notebook 01 finished, the kernel is running notebook 02
    assert staging_folders(tmp_path), "the build should be writing into its staging folder"
    build.send_signal(signal.SIGTERM)
    assert build.wait(timeout=60) == 130
    assert "interrupted; previous outputs left as they were" in build.stderr.read()
    assert_previous_outputs_intact(tmp_path)
    assert staging_folders(tmp_path) == []


@pytest.mark.build
def test_killed_build_leaves_previous_report_and_next_build_cleans_up(corpus_dir, tmp_path):
    write_previous_outputs(tmp_path)
    build = start_cli("build", "--corpus", corpus_dir, "--out", tmp_path)
    wait_for_line(build, "[2/", timeout=120)
    build.kill()  # SIGKILL: no chance to clean up
    build.wait(timeout=30)
    build.stdout.close(), build.stderr.close()
    assert_previous_outputs_intact(tmp_path)
    leftovers = staging_folders(tmp_path)
    assert [p.name for p in leftovers] == [f".newsreport-staging-{build.pid}"]
    # the next build removes what the dead one left (without touching the previous outputs)
    assert clean_interrupted_builds(tmp_path) == [leftovers[0].name]
    assert staging_folders(tmp_path) == []
    assert_previous_outputs_intact(tmp_path)


def test_half_published_output_is_put_back(tmp_path):
    """Killed between moving the old report aside and moving the new one in: the old one comes back."""
    dead_pid = 2 ** 22 + 12345  # above Linux's default pid_max (4194304): no such process
    (tmp_path / f".report.previous-{dead_pid}").mkdir()
    (tmp_path / f".report.previous-{dead_pid}" / "report.html").write_text(PREVIOUS_REPORT, encoding="utf-8")
    (tmp_path / f".data.previous-{dead_pid}").mkdir()  # data/ was already replaced: the old copy goes
    (tmp_path / "data").mkdir()
    (tmp_path / f".newsreport-staging-{os.getpid()}").mkdir()  # a live build's staging stays
    cleaned = clean_interrupted_builds(tmp_path)
    assert cleaned == [f".data.previous-{dead_pid}", f".report.previous-{dead_pid} -> report"]
    assert (tmp_path / "report" / "report.html").read_text(encoding="utf-8") == PREVIOUS_REPORT
    assert sorted(p.name for p in tmp_path.iterdir()) == [f".newsreport-staging-{os.getpid()}", "data", "report"]


def test_publish_replaces_every_output_folder_and_keeps_no_old_copy(tmp_path):
    write_previous_outputs(tmp_path)
    staging = tmp_path / ".newsreport-staging-1"
    for name in ("data", "figures", "report"):
        (staging / name).mkdir(parents=True)
        (staging / name / "new.txt").write_text(f"new {name}", encoding="utf-8")
    publish(staging, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [".newsreport-staging-1", "data", "figures", "report"]
    for name in ("data", "figures", "report"):
        assert [p.name for p in (tmp_path / name).iterdir()] == ["new.txt"]  # nothing of the old build mixed in


@pytest.mark.build
def test_failing_notebook_leaves_previous_report(corpus_dir, tmp_path):
    """A value that passes the parameter checks but makes notebook 03 raise: a hand-coding file with no
    `sentence_id` column."""
    write_previous_outputs(tmp_path / "out")
    hand_coding = tmp_path / "coding.csv"
    hand_coding.write_text("sentence,refugee\nfirst,1\n", encoding="utf-8")
    before = folder_fingerprint(corpus_dir)
    process = run_cli("build", "--corpus", corpus_dir, "--out", tmp_path / "out", "-p", f"hand_coding={hand_coding}")
    assert process.returncode == 1, process.stderr
    assert "[3/7] 03_narratives" in process.stdout
    assert "Traceback" not in process.stderr
    assert "build failed in a notebook cell (ParameterError:" in process.stderr
    assert "hand coding needs a `sentence_id` column" in process.stderr
    assert "previous outputs left as they were" in process.stderr
    assert_previous_outputs_intact(tmp_path / "out")
    assert staging_folders(tmp_path / "out") == []
    assert folder_fingerprint(corpus_dir) == before


@pytest.mark.build
def test_two_builds_write_identical_tables_and_charts(corpus_dir, tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        process = run_cli("build", "--corpus", corpus_dir, "--out", out, timeout=600,
                          extra_env={"SOURCE_DATE_EPOCH": str(EPOCH_2025_01_14)})
        assert process.returncode == 0, process.stderr[-2000:]
    first_hashes = {k: v for k, v in tree_hashes(first).items() if k != "data/manifest.json"}
    second_hashes = {k: v for k, v in tree_hashes(second).items() if k != "data/manifest.json"}
    assert any(k.endswith(".png") for k in first_hashes) and any(k.startswith("data/") for k in first_hashes)
    differing = sorted(k for k in first_hashes.keys() | second_hashes.keys()
                       if first_hashes.get(k) != second_hashes.get(k))
    assert differing == []
    # the manifests differ only in timings; both carry the date SOURCE_DATE_EPOCH names
    manifests = [json.loads((out / "data" / "manifest.json").read_text()) for out in (first, second)]
    for manifest in manifests:
        manifest.pop("timings_s")
    assert manifests[0] == manifests[1]
    assert manifests[0]["build_date"] == "2025-01-14"
    assert "2025-01-14" in (first / "report" / "report.html").read_text(encoding="utf-8")

