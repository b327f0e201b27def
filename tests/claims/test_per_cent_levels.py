"""A level written with "per cent" in two words is a level as "%" is (structure.read_figure, counted.split_number):
in "the jobless rate fell to 5.2 per cent" the parser may hang "per cent" beside the number, and the number, not
"cent", says it is the level reached ("to"), the change ("by") or the level left ("from"). And a place opening a
sentence ("Across Vellmark, ...") owns the national rate the sentence gives (locatives.where_place), whatever place
the sentences before named. Stories of our own: jobs, prices, an exam, a harvest."""

import pytest

from claims_fixtures import article, story_claims, table
from newsreport.claims.locatives import where_place
from newsreport.claims.structure import read_figure


def reading(sentence: str, quote: str):
    start = sentence.find(quote)
    return read_figure(sentence, start, start + len(quote))


@pytest.mark.parametrize("sentence, quote", [
    ("Vellmark's economy added 30,000 jobs in May, more than expected, and the unemployment rate fell to 5.2 per cent, "
     "the statistics office said.", "5.2 per cent"),
    ("Annual inflation eased to 3.1 per cent in April.", "3.1 per cent"),
    ("The pass rate rose to 91 per cent this year.", "91 per cent"),
])
def test_a_level_reached_in_per_cent_is_no_change(sentence, quote):
    found = reading(sentence, quote)
    assert found.level and not found.change


@pytest.mark.parametrize("sentence, quote", [
    ("The wheat harvest fell by 4 per cent this year.", "4 per cent"),
    ("Shares in Orlo fell 6 per cent on Monday.", "6 per cent"),
])
def test_a_change_in_per_cent_stays_a_change(sentence, quote):
    found = reading(sentence, quote)
    assert not found.level


@pytest.mark.parametrize("sentence, place", [
    ("Across Vellmark, employers added 30,000 jobs and the national jobless rate fell to 5.2 per cent.", "Vellmark"),
    ("In New Carlow, the rate fell to 4%.", "New Carlow"),
    ("In October, the rate fell to 4%.", ""),  # a month is no place
    ("In Orlo's view, the rate will fall to 4%.", ""),
])
def test_a_place_opening_the_sentence_is_where_its_figure_applies(sentence, place):
    assert where_place(sentence, sentence.find("%") if "%" in sentence else len(sentence) - 12) == place


def test_a_national_rate_in_per_cent_agrees_with_one_in_percent(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Vellmark adds 30,000 jobs", "2026-06-05",
                        "Vellmark's economy added 30,000 jobs in May, more than economists had expected, and the "
                        "unemployment rate fell to 5.2 per cent, the statistics office said Friday.", outlet="Wire"),
        "b.md": article("Harbour province leads job gains", "2026-06-06",
                        "Harbour Province gained 9,000 positions last month, leading every other province.\n\n"
                        "Across Vellmark, employers added about 30,000 jobs in May, and the national unemployment rate "
                        "dropped to 5.2 per cent.\n\nHarbour Province's own jobless rate stayed higher, at 6.3 per cent.",
                        outlet="Paper")})
    rates = claims[claims["metric"] == "unemployment_rate"]
    assert ((rates["entity"] == "Vellmark") & (rates["status"] == "agreement")).any(), table(claims)
    assert not (rates["status"] == "conflict").any(), table(claims)


@pytest.mark.parametrize("sentence, quote, words", [
    ("The exam board published the results on Monday, with an overall pass percentage of 91.2 per cent.",
     "91.2 per cent", "pass percentage"),
    ("The regional council recorded a vaccination rate of 84 per cent among toddlers.", "84 per cent", "vaccination rate"),
])
def test_a_share_of_a_noun_in_per_cent_is_measured_by_that_noun(sentence, quote, words):
    assert words in reading(sentence, quote).measure_text
