"""A figure whose sentence names no owner takes the one owner every other figure of the same measure and
scope has in the corpus, when the sentence names no other actor: "The jackpot for Friday's draw is an
estimated $1.4 billion" in a story where only Goldrun owns jackpots. It joins that owner's claim as an
agreement, and never makes a conflict of its own (claims/unnamed_owner.sole_owner). Stories of our own:
a lottery, a concert tour, a bike-share fleet; and where two owners have the measure, or the sentence
names another actor, it stays unowned."""

import pytest

from claims_fixtures import article, story_claims

COLUMNS = ["entity", "metric", "period", "status", "values"]


def two_outlets(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("Story", "2026-09-18", first, outlet="Wire"),
                                   "b.md": article("Story", "2026-09-18", second, outlet="Paper")})


@pytest.mark.parametrize("first, second, entity", [
    ("Goldrun's jackpot has climbed to $1.4 billion, the lottery said.",
     "Nobody won on Wednesday. The jackpot now stands at an estimated $1.4 billion.", "Goldrun"),
    ("Marisol Vey has sold 2.1 million tickets for her stadium tour, her promoter said.",
     "The singer plays Chicago tonight. About 2.1 million tickets have been sold, organisers said.", "Marisol Vey"),
    ("Pedalo operates 4,200 bikes across the city.",
     "The bike-share scheme began in 2021. Some 4,200 bikes are now in service.", "Pedalo"),
])
def test_an_unowned_figure_joins_the_only_owner(tmp_path, first, second, entity):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.entity == entity]
    assert "agreement" in set(rows.status), claims[COLUMNS].to_string()


@pytest.mark.parametrize("first, second", [
    # two lotteries own jackpots: whose is the unowned one is not known
    ("Goldrun's jackpot has climbed to $1.4 billion. Megaball's jackpot is $800 million.",
     "The jackpot now stands at an estimated $900 million."),
    # the sentence names another actor
    ("Pedalo operates 4,200 bikes across the city.", "Some 3,000 bikes are in service, Velocity Rentals said."),
])
def test_no_owner_is_taken_where_the_corpus_leaves_it_open(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not (claims.status.isin(["conflict", "discrepancy", "agreement"])).any(), claims[COLUMNS].to_string()
