"""A rule's day set off after its clause by "starting" or "beginning" ("removes the exemption for small parcels,
starting on May 2") is the day the rule takes effect, not the day of another event the sentence dates on its own
("an executive order signed in April"). A strike or any other happening "starting on Monday" keeps its own type.
Sentences of our own: a customs exemption, a rent cap, short-let curbs, a port strike."""

import pytest

from claims_fixtures import article, write_articles
from newsreport.claims.events import events_table
from newsreport.corpus.loader import load_corpus
from newsreport.figures.extractor import figures_table


def event_types(tmp_path, sentence: str) -> dict[str, str]:
    corpus = load_corpus(write_articles(tmp_path, {"a.md": article("Rules", "2026-03-02", sentence)}))
    events = events_table(figures_table(corpus), corpus)
    return dict(zip(events.quote, events.event_type))


@pytest.mark.parametrize("sentence, day, other", [
    ("An executive order signed in April removes the exemption for small parcels, starting on May 2.",
     "May 2", ("April", "law_signed")),
    ("The rules, approved by the city council in March, cap rent rises at 3%, beginning on July 1.", "July 1", None),
    ("The regulator adopted new curbs on short-term lets in January, starting from April 6.", "April 6", None),
])
def test_a_rule_s_starting_day_is_when_it_takes_effect(tmp_path, sentence, day, other):
    types = event_types(tmp_path, sentence)
    found = next((t for q, t in types.items() if day in q), None)
    assert found == "law_takes_effect", types
    assert other is None or next(t for q, t in types.items() if q.endswith(other[0])) == other[1], types


def test_another_happening_starting_on_a_day_keeps_its_type(tmp_path):
    types = event_types(tmp_path, "The union called a strike at the port, starting on Monday.")
    assert "law_takes_effect" not in types.values() and "strike_start" in types.values(), types
