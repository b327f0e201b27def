"""Aggregates that keep their size whatever the corpus size: outlets and articles per week, and the
per-document charts of a large corpus kept to a readable number of rows."""

import pandas as pd
from PIL import Image

from newsreport.charts import MAX_CHART_ROWS
from newsreport.corpus.aggregates import UNKNOWN_OUTLET, articles_by_week, outlets_table, week_of
from newsreport.corpus.charts import corpus_sizes_chart
from newsreport.corpus.loader import documents_table


def many_documents(seed_corpus, copies: int) -> pd.DataFrame:
    """The seed documents table repeated, each copy a week later from one of three outlets (or none)."""
    seed = documents_table(seed_corpus)
    rows = []
    for k in range(copies):
        copy = seed.assign(doc=seed["doc"] + f"_{k}", published=str(pd.Timestamp("2025-01-06") + pd.Timedelta(weeks=k))[:10],
                           outlet=["Daily Ledger", "Tech Wire", "Metro Post", ""][k % 4])
        rows.append(copy)
    return pd.concat(rows, ignore_index=True)


def test_week_is_the_monday_of_the_publication_date():
    weeks = week_of(pd.Series(["2025-01-14", "2025-01-19", "2025-01-20", "", None]))
    assert list(weeks) == ["2025-01-13", "2025-01-13", "2025-01-20", "", ""]


def test_seed_articles_fall_in_one_week_from_outlets_named_or_unknown(seed_corpus):
    documents = documents_table(seed_corpus)
    weekly = articles_by_week(documents)
    assert weekly["articles"].sum() == len(documents) and weekly["week"].nunique() == 1
    outlets = outlets_table(documents)
    assert outlets["articles"].sum() == len(documents)
    assert list(outlets["articles"]) == sorted(outlets["articles"], reverse=True)


def test_quiet_weeks_count_zero_and_small_outlets_go_together(seed_corpus):
    documents = many_documents(seed_corpus, 8).query("published != '2025-01-27'")  # a week with no article
    weekly = articles_by_week(documents, top_outlets=2)
    assert weekly["week"].nunique() == 8
    assert weekly.groupby("week")["articles"].sum()["2025-01-27"] == 0
    assert set(weekly["outlet"]) == {"Daily Ledger", "Tech Wire", "other outlets"}
    assert weekly["articles"].sum() == len(documents)
    assert UNKNOWN_OUTLET in set(outlets_table(documents)["outlet"])


def test_per_document_chart_of_a_large_corpus_keeps_a_readable_number_of_rows(seed_corpus, tmp_path):
    documents = many_documents(seed_corpus, 250)  # 1,000 documents
    png = corpus_sizes_chart(documents, tmp_path)
    width, height = Image.open(png).size
    assert height < 5000  # one row per document would be about 90,000 pixels, past PIL's image limit
    assert len(pd.read_csv(tmp_path / "corpus_sizes.csv")) == MAX_CHART_ROWS
