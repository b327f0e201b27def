"""Wire copy: outlets that republish one agency sentence repeat every figure in it. When that sentence
states two values side by side that the claim's key does not tell apart (countries on two app
stores, downloads by two age groups), the outlets do not disagree with one another: at most a possible
discrepancy, never a conflict. Two outlets that each state one value still conflict."""

import pytest

from claims_fixtures import story_claims

WIRES = {  # (sentence the outlets repeat, a value it states, the same sentence with that value alone)
    "charts": ("Pictor ranks among the 10 most popular free apps in 40 countries on Apple's App Store and in 12 countries on Google Play.",
               "40", "Pictor ranks among the 10 most popular free apps in {} countries."),
    # (downloads "on iPhones" and "on Android phones" are now keyed apart by platform: test_platform_phrases.py)
    "audiences": ("Pictor was downloaded 3 million times by teenagers and 1.2 million times by adults last week.",
                  "3 million", "Pictor was downloaded {} times last week."),
}
OUTLETS = ("herald", "courier", "tribune")


def article(outlet: str, day: int, text: str) -> tuple[str, str]:
    # published Tuesday to Thursday of one week: "last week" in each names the same week (an article of the
    # Monday after a Sunday one would name the next)
    return f"{outlet}.md", (f"---\ntitle: Pictor climbs the charts\npublished: 2025-03-0{day + 3}\n---\n"
                            f"Pictor climbs the charts\n\n{text}\nThe photo app was released in February.\n")


def claim_with(tmp_path, articles: dict, value: str):
    claims = story_claims(tmp_path, articles)
    rows = claims[(claims.entity == "Pictor") & claims["values"].str.contains(value, regex=False)]
    assert len(rows) == 1, claims[["entity", "metric", "status", "values"]]
    return rows.iloc[0]


@pytest.mark.parametrize("wire", WIRES)
def test_values_one_sentence_states_side_by_side_are_no_conflict_between_outlets_repeating_it(tmp_path, wire):
    sentence, value, _ = WIRES[wire]
    row = claim_with(tmp_path, dict(article(o, d, sentence) for d, o in enumerate(OUTLETS, 1)), value)
    assert row.status == "discrepancy" and "side by side" in row.explanation + row.reason


def test_two_outlets_stating_one_value_each_still_conflict(tmp_path):
    _, _, alone = WIRES["charts"]
    articles = dict([article("herald", 1, alone.format(40)), article("courier", 1, alone.format(12))])
    assert claim_with(tmp_path, articles, "40").status == "conflict"
