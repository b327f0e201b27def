"""Two readings of a sentence's words that made wrong owners and wrong comparisons. A plural noun for people opening
a sentence ("Shoppers placed 96 million orders", "Commuters across the region", "Farmers planted ...") is no name,
though the recognizer may tag it an organization; "it" after it points back past it ("Rovers sold ..." may be a
club, and stays a name). A level someone intends to reach ("it
intends to expand it to 20 languages by the end of the year") is a target, as one it plans or aims to reach is, never
compared with the level reported. Stories of our own: a shopping festival, a rail strike, a harvest, a translation
tool, a store chain."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.modality import is_target_level
from newsreport.claims.names import is_name
from newsreport.claims.parsing import parsed


@pytest.mark.parametrize("sentence", [
    "Shoppers placed 96 million orders during the festival, Korimo said.",
    "Commuters across West Yorkshire were back on the trains this morning.",
    "Farmers planted 2.1 million hectares of wheat this year, the ministry said.",
])
def test_a_plural_noun_opening_a_sentence_is_no_name(sentence):
    assert not is_name(parsed(sentence)[0], frozenset())


def test_a_plural_name_that_is_no_noun_for_people_stays_a_name():
    sentence = "Rovers sold 41,000 season tickets in 2025, breaking the previous record of 38,500 set in 2016."
    assert is_name(parsed(sentence)[0], frozenset())


def test_the_opening_plural_owns_no_figure(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Retail Wire", "2026-02-09", "Korimo's shopping festival ended on Sunday. Shoppers placed "
                        "96 million orders during the festival, Korimo said."),
    })
    assert "Shoppers" not in set(claims.entity)


@pytest.mark.parametrize("sentence, figure", [
    ("Some 160 engineers built the tool, and the company has said it intends to expand it to 20 languages by the "
     "end of the year.", "20 languages"),
    ("The chain runs 420 stores and intends to take that to 600 by 2028.", "600"),
    ("It has 3.5 million members and plans to increase them to 5 million next year.", "5 million"),
])
def test_a_level_someone_intends_to_reach_is_a_target(sentence, figure):
    assert is_target_level(sentence, sentence.rindex(figure))


def test_a_level_reached_is_no_target():
    sentence = "The tool supports 12 languages and handled 40 million translations on its first day."
    assert not is_target_level(sentence, sentence.index("40 million"))


def test_languages_now_and_a_target_are_not_compared(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Tech Desk", "2026-03-03", "Duoqu rolled out a translation tool on Sunday, letting users read "
                        "posts in 12 languages."),
        "b.md": article("App Report", "2026-03-05", "Some 160 engineers were pulled from other projects to build the "
                        "tool, and Duoqu has said it intends to expand it to 20 languages by the end of the year."),
    })
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status)
