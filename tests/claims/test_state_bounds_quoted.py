"""A day quoted with its bound ("since Thursday", "from Saturday morning") still bounds the state its clause
names: "has been available in American stores since Thursday" dates a launch, "has been banned in Esmer since
Thursday" the ban taking effect, "has been on strike since Monday" the strike's start. Stories of our own: a
phone, an app ban, a strike."""

import pytest

from claims_fixtures import write_articles
from newsreport.claims.events import events_table
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table


@pytest.mark.parametrize("sentence, event_type", [
    ("The Aurel 3 phone has been available in American stores since Thursday.", "launch"),
    ("The Pictor app has been banned in Esmer since Thursday.", "ban_takes_effect"),
    ("The union at Hestra Rail has been on strike since Thursday.", "strike_start"),
])
def test_a_day_quoted_with_since_dates_the_event_that_began_the_state(tmp_path, sentence, event_type):
    corpus = load_corpus(write_articles(tmp_path, {"a.md": f"---\ntitle: News\npublished: 2026-09-21\n---\n{sentence}\n"}))
    events = events_table(figures_table(corpus), corpus)
    dated = events[events["event_type"] != "publication"]
    assert list(dated["event_type"]) == [event_type] and list(dated["date"]) == ["2026-09-17"], dated.to_string()
