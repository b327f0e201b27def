"""The command line as a user meets it: bad folders and bad parameters end with one line on stderr
naming the path or parameter, exit code 2, no traceback, and nothing started or written."""

import os
import stat

import pytest

from newsreport.errors import ParameterError
from newsreport.params import check_parameters, notebook_parameters
from newsreport.build import notebooks
from conftest import write_other_corpus
from robustness_fixtures import folder_fingerprint, run_cli, write_bad_files


def assert_one_line_error(process, *fragments):
    """Exit 2, stderr is exactly one `newsreport: error: ...` line holding every fragment, no traceback."""
    assert process.returncode == 2, (process.stdout, process.stderr)
    assert "Traceback" not in process.stderr
    lines = process.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsreport: error: "), process.stderr
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    return write_other_corpus(tmp_path_factory.mktemp("cli_corpus"))


def test_missing_corpus_folder_is_one_line_error(tmp_path):
    process = run_cli("build", "--corpus", tmp_path / "no such folder", "--out", tmp_path / "out")
    assert_one_line_error(process, str(tmp_path / "no such folder"), "corpus folder does not exist")
    assert not (tmp_path / "out").exists()


def test_folder_without_a_readable_document_is_one_line_error(tmp_path):
    corpus = write_bad_files(tmp_path / "junk", ["empty.txt", "whitespace.txt", "picture.txt"])
    process = run_cli("build", "--corpus", corpus, "--out", tmp_path / "out")
    assert_one_line_error(process, f"{corpus}: no readable document", "picture.txt: binary file (PNG image)")
    assert not (tmp_path / "out").exists()


def test_output_path_under_a_file_is_one_line_error(corpus_dir, tmp_path):
    """An output folder that cannot be created (its parent is a file) works for root and users alike."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    process = run_cli("build", "--corpus", corpus_dir, "--out", blocker / "out")
    assert_one_line_error(process, str(blocker / "out"), "output folder is not writable")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders; covered by the file-parent test")
def test_read_only_output_folder_is_one_line_error(corpus_dir, tmp_path):
    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        process = run_cli("build", "--corpus", corpus_dir, "--out", read_only)
    finally:
        read_only.chmod(stat.S_IRWXU)
    assert_one_line_error(process, str(read_only), "output folder is not writable")
    assert list(read_only.iterdir()) == []


def test_output_inside_the_corpus_is_refused_and_corpus_untouched(corpus_dir):
    before = folder_fingerprint(corpus_dir)
    process = run_cli("build", "--corpus", corpus_dir, "--out", corpus_dir / "report-here")
    assert_one_line_error(process, "output folder is inside the corpus folder")
    assert folder_fingerprint(corpus_dir) == before


@pytest.mark.parametrize("assignment, fragments", [
    ("colour=blue", ["parameter 'colour': unknown", "embedding_threshold"]),
    ("embedding_threshold=-0.2", ["parameter 'embedding_threshold': must not be negative"]),
    ("embedding_threshold=1.5", ["parameter 'embedding_threshold': a threshold lies between 0 and 1"]),
    ("embedding_threshold=high", ["parameter 'embedding_threshold': expected a number", "'high'"]),
    ("use_saved_figures=maybe", ["parameter 'use_saved_figures': expected bool", "'maybe'"]),
    ("dev_docs=000_58f03cc354f5f4b9", ["parameter 'dev_docs': expected list"]),
    ("frames_config=/no/such/frames.yaml", ["parameter 'frames_config'", "/no/such/frames.yaml: file not found"]),
    ("embedding_threshold", ["parameter 'embedding_threshold': expected NAME=VALUE"]),
])
def test_bad_parameter_is_refused_before_any_notebook_runs(corpus_dir, tmp_path, assignment, fragments):
    out = tmp_path / "out"
    process = run_cli("build", "--corpus", corpus_dir, "--out", out, "-p", assignment)
    assert_one_line_error(process, *fragments)
    assert "[1/" not in process.stdout  # no notebook was started
    assert not out.exists()  # so no executed/ copy and no staging folder either


def test_frames_config_with_an_invalid_frame_name_is_refused(corpus_dir, tmp_path):
    frames = tmp_path / "frames.yaml"
    frames.write_text("version: 1\nframes:\n  Refugee Framing:\n    cues: [refugee]\n", encoding="utf-8")
    process = run_cli("build", "--corpus", corpus_dir, "--out", tmp_path / "out", "-p", f"frames_config={frames}")
    assert_one_line_error(process, str(frames), "frame names are lower-case words")
    assert not (tmp_path / "out").exists()


def test_unknown_frame_name_in_a_frame_selection_names_the_known_frames():
    """No notebook selects frames by name today; a future `frames` parameter is checked by the same rule."""
    accepted = {"frames": {"default": '["refugee"]', "type": "None"}}
    with pytest.raises(ParameterError) as raised:
        check_parameters({"frames": ["refugee", "climate"]}, accepted)
    assert str(raised.value) == ("parameter 'frames': unknown frame 'climate' "
                                 "(frames in frames.yaml: refugee, regulatory, ecommerce)")
    check_parameters({"frames": ["regulatory", "ecommerce"]}, accepted)  # known names pass


def test_per_frame_thresholds_are_checked_against_the_frames_config():
    accepted = {"embedding_thresholds": {"default": "None", "type": "None"}}
    with pytest.raises(ParameterError, match="unknown frame 'climate'"):
        check_parameters({"embedding_thresholds": {"climate": 0.4}}, accepted)
    with pytest.raises(ParameterError, match="threshold for 'refugee' must be a number between 0 and 1"):
        check_parameters({"embedding_thresholds": {"refugee": 2}}, accepted)


def test_every_notebook_parameter_default_passes_the_checks():
    """The checks must never refuse a notebook's own defaults (they read types from those defaults)."""
    from ast import literal_eval

    for notebook in notebooks():
        accepted = notebook_parameters(notebook)
        defaults = {name: literal_eval(spec["default"]) for name, spec in accepted.items()}
        defaults = {name: value for name, value in defaults.items() if not str(value).startswith("..")}
        check_parameters(defaults, accepted)


def test_text_parameter_given_as_a_number_stays_text(corpus_dir, tmp_path):
    """`-p title=2025` is read as YAML (a number) but the title is text: accepted, not a type error.
    The build is stopped right after the checks by an unwritable output path."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    process = run_cli("build", "--corpus", corpus_dir, "--out", blocker / "out", "-p", "title=2025")
    assert_one_line_error(process, "output folder is not writable")


@pytest.mark.parametrize("command", ["figures", "frames", "claims"])
def test_table_commands_report_a_missing_corpus_in_one_line(command, tmp_path):
    process = run_cli(command, tmp_path / "nowhere", "--out", tmp_path / "table.csv")
    assert_one_line_error(process, str(tmp_path / "nowhere"), "does not exist")
    assert not (tmp_path / "table.csv").exists()


def test_table_command_refuses_to_write_into_the_corpus(corpus_dir):
    before = folder_fingerprint(corpus_dir)
    process = run_cli("figures", corpus_dir, "--out", corpus_dir / "figures.csv")
    assert_one_line_error(process, "refusing to write into the corpus folder")
    assert folder_fingerprint(corpus_dir) == before


def test_command_leaving_at_once_loses_no_output_and_runs_exit_handlers(corpus_dir, tmp_path):
    """`run()` ends the process without tearing the interpreter down: the table, the summary line on
    a piped stdout and what exit handlers do (pools, clusters, logging) must all still happen."""
    import subprocess
    import sys

    import pandas as pd
    from robustness_fixtures import cli_env

    table, marker = tmp_path / "figures.csv", tmp_path / "exit-handler-ran"
    code = ("import atexit, pathlib, sys\n"
            f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'ran')\n"
            f"sys.argv = ['newsreport', 'figures', {str(corpus_dir)!r}, '--out', {str(table)!r}]\n"
            "from newsreport.cli import run\nrun()\n")
    process = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=cli_env())
    assert process.returncode == 0, process.stderr
    rows = len(pd.read_csv(table))
    assert rows > 0 and process.stdout.strip() == f"{rows} rows -> {table}"
    assert marker.read_text() == "ran"
