"""A Media Cloud-style CSV builds a report, with the same data/*.csv on the local and the Dask engine;
a second build with nothing changed stops after checking."""

import csv

import pytest

from conftest import OTHER_ARTICLES
from robustness_fixtures import folder_fingerprint, run_cli


def write_export(folder):
    """A Media Cloud export of the other-story articles, one bad row, and a column we ignore."""
    folder.mkdir(parents=True)
    path = folder / "stories.csv"
    bodies = [("Rappi updates investors on its users", OTHER_ARTICLES["latam_rappi_plain.txt"], "2024-09-03"),
              ("", "", ""),
              ("CADE opens inquiry into iFood contracts", OTHER_ARTICLES["br_ifood_front.md"].split("---\n", 2)[2],
               "2024-10-31")]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["stories_id", "title", "text", "url", "publish_date", "media_name", "language"])
        for number, (title, text, published) in enumerate(bodies, 1):
            writer.writerow([number, title, text, f"https://example.org/{number}", published, "Andes Wire", "en"])
    return path


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    root = tmp_path_factory.mktemp("rows_build")
    export = write_export(root / "export")
    before = folder_fingerprint(export.parent)
    processes = {engine: run_cli("build", "--corpus", export, "--out", root / engine, "--engine", engine, timeout=900)
                 for engine in ("local", "dask")}
    again = run_cli("build", "--corpus", export, "--out", root / "local", timeout=300)
    return {"root": root, "export": export, "before": before, "processes": processes, "again": again}


@pytest.mark.build
def test_media_cloud_csv_builds_a_report_and_lists_the_bad_row(builds):
    root = builds["root"]
    assert builds["processes"]["local"].returncode == 0, builds["processes"]["local"].stderr[-2000:]
    assert (root / "local" / "report" / "report.html").is_file() and (root / "local" / "report" / "report.pdf").is_file()
    documents = (root / "local" / "data" / "documents.csv").read_text(encoding="utf-8")
    assert "row000001,stories.csv row 1,Rappi updates investors on its users,Andes Wire" in documents
    skipped = (root / "local" / "data" / "skipped.csv").read_text(encoding="utf-8")
    assert "stories.csv row 2,skipped,no text in the 'text' or 'content' column" in skipped
    assert folder_fingerprint(builds["export"].parent) == builds["before"]  # nothing written next to the file


@pytest.mark.build
def test_dask_engine_writes_the_same_tables_as_the_local_engine(builds):
    root = builds["root"]
    assert builds["processes"]["dask"].returncode == 0, builds["processes"]["dask"].stderr[-2000:]
    local = {p.name: p.read_bytes() for p in sorted((root / "local" / "data").glob("*.csv"))}
    dask = {p.name: p.read_bytes() for p in sorted((root / "dask" / "data").glob("*.csv"))}
    assert len(local) > 10
    assert [name for name in local if local[name] != dask.get(name)] == []


@pytest.mark.build
def test_rebuild_with_nothing_changed_stops_after_checking(builds):
    assert builds["again"].returncode == 0, builds["again"].stderr[-2000:]
    assert "documents: all 2 results cached" in builds["again"].stdout
    assert "up to date" in builds["again"].stdout
    assert "[1/7]" not in builds["again"].stdout
