"""Full builds shared by the report tests (each costs about a minute on two cores, so build once)."""

import hashlib
from pathlib import Path

import pytest

from conftest import UNSEEN_ARTICLES, write_articles
from narratives_fixtures import write_config_with_extra_frame
from newsreport.build import run_build

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def folder_fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` with the SHA-256 of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed_build")
    before = folder_fingerprint(SEEDS)
    manifest = run_build(SEEDS, out, progress=lambda line: None)
    return {"out": out, "manifest": manifest, "corpus_before": before}


@pytest.fixture(scope="session")
def other_build(tmp_path_factory, other_corpus_dir):
    """The other-story corpus, built with a frames config that adds a fourth frame."""
    out = tmp_path_factory.mktemp("other_build")
    frames_config = write_config_with_extra_frame(tmp_path_factory.mktemp("frames_config"))
    before = folder_fingerprint(other_corpus_dir)
    manifest = run_build(other_corpus_dir, out, {"frames_config": str(frames_config)}, progress=lambda line: None)
    return {"out": out, "manifest": manifest, "corpus_before": before, "corpus": other_corpus_dir}


@pytest.fixture(scope="session")
def unseen_build(tmp_path_factory):
    """A corpus no config file knows: no configured entity, measure or frame cue."""
    corpus = write_articles(tmp_path_factory.mktemp("unseen_corpus"), UNSEEN_ARTICLES)
    out = tmp_path_factory.mktemp("unseen_build")
    return {"out": out, "manifest": run_build(corpus, out, progress=lambda line: None)}
