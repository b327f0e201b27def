"""The engines run the same map: a process pool and a Dask LocalCluster with two workers give the
same tables as processing in this process."""

import pandas as pd
import pytest

from conftest import OTHER_ARTICLES, write_articles
from newsreport.pipeline import document_results, engines
from newsreport.pipeline.documents import TABLES
from newsreport.pipeline.results import CORPUS_TABLES


def all_tables(results) -> dict[str, pd.DataFrame]:
    return {name: results.table(name) for name in TABLES + CORPUS_TABLES} | {"skipped": results.table("skipped")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = write_articles(tmp_path_factory.mktemp("engines_corpus"), OTHER_ARTICLES)
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))  # skipped the same way by every engine
    return folder


@pytest.fixture(scope="module")
def inline(corpus, tmp_path_factory):
    return all_tables(document_results(corpus, tmp_path_factory.mktemp("inline_cache")))


def test_local_process_pool_gives_the_same_tables(corpus, inline, tmp_path, monkeypatch):
    monkeypatch.setattr(engines, "INLINE_AT_MOST", 0)  # three documents: force the pool
    monkeypatch.setattr(engines, "DOCUMENTS_PER_TASK", 2)  # and two tasks, one of them split by document
    pooled = all_tables(document_results(corpus, tmp_path / "cache", engine="local", workers=2))
    for name, table in inline.items():
        pd.testing.assert_frame_equal(pooled[name], table, obj=name)


def test_dask_local_cluster_with_two_workers_gives_the_same_tables(corpus, inline, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setattr(engines, "INLINE_AT_MOST", 0)  # three documents: force the cluster
    on_dask = all_tables(document_results(corpus, tmp_path / "cache", engine="dask", workers=2))
    for name, table in inline.items():
        pd.testing.assert_frame_equal(on_dask[name], table, obj=name)
    assert on_dask["skipped"].to_dict("records") == [{"file": "picture.txt", "reason": "binary file (PNG image), not text"}]


def test_dask_without_a_cluster_runs_a_few_documents_here(corpus, inline, tmp_path, monkeypatch):
    # a rebuild that adds one article should not wait seconds for a LocalCluster to start
    distributed = pytest.importorskip("distributed")

    def no_cluster(*args, **kwargs):
        raise AssertionError("a LocalCluster was started for three documents")

    monkeypatch.setattr(distributed, "LocalCluster", no_cluster)
    here = all_tables(document_results(corpus, tmp_path / "cache", engine="dask"))
    for name, table in inline.items():
        pd.testing.assert_frame_equal(here[name], table, obj=name)


def test_unknown_engine_is_refused():
    from newsreport.errors import ParameterError

    with pytest.raises(ParameterError, match="engine: must be one of local, dask"):
        list(engines.map_documents([object()], None, engine="spark"))
