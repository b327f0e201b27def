"""The summary's series line lists every period of the series, also a period whose sources disagree (the
toll of one day that two articles give differently), each of its sources cited: it read "Deaths in Kesh:
140 (2026-02-16, S1)" alone, as if one value had been reported over time. A story of our own."""

import re

from claims_fixtures import write_articles
from newsreport.corpus.loader import load_corpus
from newsreport.report.document import Report
from report_text_fixtures import corpus_report

ARTICLES = {
    "01.md": "---\ntitle: Earthquake in Kesh\npublished: 2026-02-17\n---\nA strong earthquake struck Kesh on Sunday, "
             "killing at least 212 people, officials said on Tuesday.\n\nOn Monday the toll stood at 140.\n",
    "02.md": "---\ntitle: Aid reaches Kesh\npublished: 2026-02-17\n---\nThe death toll from Sunday's quake in Kesh "
             "rose to 96 on Tuesday, the regional disaster agency said.\n",
}


def series_line(tmp_path, articles: dict[str, str]) -> str:
    """The summary's series line, as text, of a report built on `articles`."""
    from newsreport.claims.outputs import write_ledger
    from newsreport.figures.extractor import figures_table
    from newsreport.report.sections.summary import finding_series

    corpus = load_corpus(write_articles(tmp_path / "corpus", articles))
    corpus_report(tmp_path / "out", corpus)
    write_ledger(corpus, figures_table(corpus), tmp_path / "out")
    return re.sub(r"<[^>]+>", "", finding_series(Report(tmp_path / "out")))


def test_the_series_line_lists_a_period_whose_sources_disagree(tmp_path):
    text = series_line(tmp_path, ARTICLES)
    assert re.search(r"140\S* \(2026-02-16, S\d\) → at least 212[^(]* \(S\d\) and 96\S* \(S\d\) \(2026-02-17\)", text), text


# A series nobody owns ("Demand for cement grew to 7.9 million tonnes last year from 7.2 million tonnes in 2024") has
# an empty entity, which reads back from claims.csv as missing: the summary still names the series (the
# report build crashed on it, "max() arg is an empty sequence").
UNOWNED_SERIES = {
    "01.md": "---\ntitle: Cement makers fined\npublished: 2026-05-12\n---\nDemand for cement grew to 7.9 million tonnes "
             "last year from 7.2 million tonnes in 2024, according to the association.\n",
    "02.md": "---\ntitle: Builders count the cost\npublished: 2026-05-13\n---\nA builder in Kitengela said prices of a "
             "50kg bag rose by a fifth this year.\n",
}


def test_a_series_nobody_owns_is_still_named(tmp_path):
    text = series_line(tmp_path, UNOWNED_SERIES)
    assert re.search(r"7\.2 million tonnes\S* \(2024, S\d\) → 7\.9 million tonnes\S* \(2025, S\d\)", text), text
    assert "may not measure one thing" in text, text  # no source names whose it is: the reader is told


# A series an owner has is the one shown before one nobody owns, however long: "the area burnt" with no owner joins
# this fire's and one of six years before ("the Black Summer fires of 2019-20, which burnt more than 1.5 million
# hectares"); a series keyed to a scope is named with it (the US users are not all users).
OWNED_AND_UNOWNED = {
    "01.md": "---\ntitle: Fire grows\npublished: 2026-01-14\n---\nThe Kerrin bushfire in Victoria's west had burnt about "
             "22,000 hectares on Monday. The fire is the largest in the state since the Black Summer fires of 2019-20, "
             "which burnt more than 1.5 million hectares in Victoria. Kestrel Insurance had 4.1 million customers in "
             "the US in 2025, up from 3.8 million in 2024.\n",
    "02.md": "---\ntitle: Fire doubles\npublished: 2026-01-16\n---\nThe fire has now burnt some 48,000 hectares in "
             "Victoria, the state says.\n",
}


def test_the_series_shown_is_one_an_owner_has_named_with_its_scope(tmp_path):
    text = series_line(tmp_path, OWNED_AND_UNOWNED)
    assert "Kestrel" in text and "in the US" in text and "hectares" not in text, text
