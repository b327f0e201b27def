"""A day is typed by what happened on it, not by who is named near it: "prices spiked to $5,000, the cap set by
regulators, on Tuesday" dates a price spike, not a regulatory action, while "regulators opened a probe on
Monday" and "was fined on Friday" are regulatory actions. And a word that opens a sentence is no owner when the
article writes it in lower case elsewhere ("Demand peaked at ..." after "megawatts of demand")."""

import pytest

from claims_fixtures import article
from conftest import write_articles
from newsreport.claims.events import events_table
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table


def events_of(tmp_path, body):
    write_articles(tmp_path, {"a.md": article("Day", "2027-07-21", body, "Wire")})
    corpus = load_corpus(tmp_path)
    return events_table(figures_table(corpus), corpus)


@pytest.mark.parametrize("body", [
    "Wholesale power prices briefly spiked to $5,000 per megawatt-hour, the cap set by regulators, on Tuesday.",
    "Shares of the lender Sahel Bank, which regulators rescued in 2023, rose 8% on Monday.",
    "Fares on the line, which regulators cap each year, rose 3% on Jan. 2.",
])
def test_a_regulator_named_near_a_day_does_not_type_it(tmp_path, body):
    events = events_of(tmp_path, body)
    assert "investigation" not in set(events.event_type), events[["quote", "event_type"]].to_string()


@pytest.mark.parametrize("body", [
    "Regulators opened a probe into the lender Sahel Bank on Monday.",
    "The photo app Gleam was fined £18m by the regulator on Friday.",
    "The competition authority began an investigation into Tavora on March 3.",
])
def test_a_regulatory_action_is_typed_so(tmp_path, body):
    events = events_of(tmp_path, body)
    assert "investigation" in set(events.event_type), events[["quote", "event_type"]].to_string()


@pytest.mark.parametrize("body, quote, owner", [
    ("Electricity use is soaring. Demand peaked at 85,900 megawatts, beating 86,000 megawatts of demand last year. "
     "About 42,000 homes lost power.", "About 42,000 homes", "Demand"),
    ("Traffic rose all week. Traffic on the bridge reached a record on Friday, and the city counted the traffic again. "
     "Some 90,000 cars crossed it.", "Some 90,000 cars", "Traffic"),
    ("Temperatures reached 112 degrees Fahrenheit in Dallas. About 42,000 homes were without power.",
     "About 42,000 homes", "Fahrenheit"),
])
def test_a_common_noun_or_a_scale_owns_no_figure(tmp_path, body, quote, owner):
    write_articles(tmp_path, {"a.md": article("Owners", "2027-07-21", body, "Wire")})
    figures = figures_table(load_corpus(tmp_path))
    subject = figures[figures.quote == quote].subject.iloc[0]
    assert owner not in subject, figures[["quote", "subject"]].to_string()
