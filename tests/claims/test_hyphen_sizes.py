"""A size joined by a hyphen before the noun it describes ("the two-person crew", "a two-bedroom flat", "a
41-year-old driller") is that noun's size: the clause's verb says nothing of it, so no measure is read from the verb
("was not injured": no injuries; "shares a flat": no share price). Sentences of our own: a rail accident, a renter,
a mine, a tower block."""

import pytest

from claims_fixtures import article, story_mentions


@pytest.mark.parametrize("sentence, quote, wrong", [
    ("The two-person crew was not injured, Wadena Rail said.", "two-person", "injuries"),
    ("A nurse who shares a two-bedroom flat in Lewisham said her rent had gone up by £240 a month.", "two-bedroom",
     "share_price"),
    ("The tunnel at the Akroma mine collapsed 300 metres underground. Her husband, Kofi, a 41-year-old drill operator, "
     "was underground when the tunnel collapsed.", "41-year-old", "depth"),
])
def test_a_hyphenated_size_takes_no_measure_from_the_verb(tmp_path, sentence, quote, wrong):
    mentions = story_mentions(tmp_path, {"a.md": article("Story", "2026-03-02", sentence)})
    rows = mentions[mentions.quote == quote]
    assert wrong not in {m.split(":")[0] for m in rows.metric}, mentions[["quote", "entity", "metric"]].to_string()
