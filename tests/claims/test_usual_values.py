"""What is usual is no value of a day: "Lucknow normally sees a May maximum of about 41.5 degrees", "the ferry
usually carries 400 passengers", "a room typically costs $180 a night" state a norm. Set against a reading of one
day ("touched 46.2 degrees on Saturday", "carried 612 passengers on Friday") they are neither a conflict nor a
series. Stories of our own: a heat wave, a ferry, a hotel."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("usual, reading", [
    ("Veshnar normally sees a May maximum of about 41.5 degrees.", "Veshnar touched 46.2 degrees on Saturday, May 16."),
    ("The Orla ferry usually carries 400 passengers on the crossing.",
     "The Orla ferry carried 612 passengers on the crossing on Friday, Sept. 11."),
    ("A room at the Halden Hotel typically costs $180 a night.", "A room at the Halden Hotel cost $420 a night on Friday."),
])
def test_a_norm_is_set_against_no_reading(tmp_path, usual, reading):
    claims = two_outlets(tmp_path, usual, reading)
    assert not claims.status.isin(["conflict", "discrepancy", "series", "agreement"]).any(), table(claims)
    assert any(m.endswith(": usual") for m in claims.metric), table(claims)


@pytest.mark.parametrize("sentence", [
    "The dean said 450 residents had stayed away and that emergency services were running normally.",
    "Tarvo built the model at a cost of just $5.6 million, a fraction of what similar projects typically require.",
])
def test_a_usual_word_after_the_figure_leaves_it_a_value(tmp_path, sentence):
    claims = two_outlets(tmp_path, sentence, "Nothing else was reported.")
    assert claims.metric.size and not any(m.endswith(": usual") for m in claims.metric), table(claims)
