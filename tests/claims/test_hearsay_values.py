"""A figure told through a participle of hearsay ("a fee understood to be £70m", "a price said to be $40 million",
"a crowd estimated to be 40,000") is the value of the noun the participle describes: that noun is its measure, read
in the figure's own phrase. Sentences of our own: a football transfer, a land sale, a march, a film's budget."""

import pytest

from claims_fixtures import article, story_mentions


def mentions_of(tmp_path, sentence: str):
    return story_mentions(tmp_path, {"a.md": article("Story", "2026-07-20", sentence)})


@pytest.mark.parametrize("sentence, metric", [
    ("Harrowgate sold Reyvik to Castellano for a club-record fee understood to be £70m.", "transfer_fee"),
    ("Bexley Homes bought the site for a price said to be $40 million.", "price"),
    ("The march in Kelby drew a crowd estimated to be 40,000.", "attendance"),
    ("The studio's new film had a budget understood to be $150 million.", "budget"),
])
def test_the_noun_a_value_is_said_to_be_is_its_measure(tmp_path, sentence, metric):
    mentions = mentions_of(tmp_path, sentence)
    assert list(mentions.metric) == [metric], mentions[["quote", "metric", "reason"]].to_string()


def test_such_a_measure_carries_no_doubt_about_where_it_is_named(tmp_path):
    mentions = mentions_of(tmp_path, "Harrowgate sold Reyvik to Castellano for a club-record fee understood to be £70m.")
    assert list(mentions.confidence) == ["high"], mentions[["quote", "metric", "reason"]].to_string()
