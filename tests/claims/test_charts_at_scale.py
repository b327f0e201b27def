"""Claim charts of a corpus with more documents than the palette has colours: events and user numbers
are counted, not coloured one document at a time (the seed articles, copied ten times)."""

import pytest

from build_fixtures import SEEDS
from newsreport.charts import PALETTE
from newsreport.claims.charts import MAX_EVENT_ROWS, timeline_chart, user_numbers_chart
from newsreport.claims.events import events_table
from newsreport.claims.ledger import build_ledger
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table

@pytest.fixture(scope="module")
def copied_seeds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ten_copies")
    for k in range(10):
        for path in SEEDS.glob("*.txt"):
            text = path.read_text(encoding="utf-8")
            (folder / f"{path.stem}_{k}.txt").write_text(text + f"\n\nCopy {k}.\n", encoding="utf-8")
    corpus = load_corpus(folder)
    assert len(corpus.documents) == 40 > len(PALETTE)
    figures = figures_table(corpus)
    return corpus, figures, events_table(figures, corpus)

def test_timeline_counts_documents_per_event(copied_seeds):
    corpus, _, events = copied_seeds
    fig, data = timeline_chart(events, corpus)
    assert "documents" in data and data["label"].nunique() <= MAX_EVENT_ROWS
    assert data["documents"].max() == 10  # an event all ten copies of one article report
    assert not fig.axes[0].get_legend().get_title().get_text().startswith("Source")

def test_user_numbers_label_each_value_with_its_number_of_sources(copied_seeds):
    corpus, figures, events = copied_seeds
    ledger = build_ledger(figures, corpus)
    fig, data = user_numbers_chart(ledger.sources, events, corpus)
    assert (data["n_sources"] >= 10).all()
    labels = [t.get_text() for t in fig.axes[0].texts]
    assert any(label.endswith("sources)") for label in labels)
    assert not data.duplicated(["entity", "metric", "period", "value"]).any()


def test_timeline_legend_of_long_file_names_stays_within_the_chart(tmp_path):
    # six articles whose file names are long slugs numbered per outlet (as downloaded news pages are
    # named, so the labels keep whole names): the legend of
    # source documents under the timeline wraps into rows instead of widening the chart past the page
    for k, path in enumerate(sorted(SEEDS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))[:2]):
        slug = f"{k % 3 + 1:02d}_{['wirenews', 'dailypost'][k // 3]}-tiktok-refugees-move-to-xiaohongshu-coverage"
        (tmp_path / f"{slug}.txt").write_text(path.read_text(encoding="utf-8") + f"\n\nCopy {k}.\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert len(corpus.documents) == 6
    fig, _ = timeline_chart(events_table(figures_table(corpus), corpus), corpus)
    fig.canvas.draw()
    legend = fig.axes[0].get_legend()
    assert legend.get_title().get_text() == "Source document"
    assert legend.get_window_extent().width <= fig.bbox.width
