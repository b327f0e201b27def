"""A name ending in a word only companies end in ("Plume AI", "Tavora Motors", "Castell Pictures") is no
person, whatever the tagger says: its worth is a valuation, not a net worth, and "the startup" after it
refers back to it. A lettered round ("closed a $250 million Series C") is funding raised. Stories of our own:
an AI startup, a carmaker, a film studio."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, first, second", [
    ("Plume AI", "Plume AI, a startup that builds coding assistants, has raised $300 million in a funding round. "
     "The round values the company at $4 billion.", "Plume AI closed a $300 million Series C on Monday. The new funding "
     "gives the startup a valuation of $4 billion."),
    ("Tavora Motors", "Tavora Motors raised $500 million from investors in a round that values it at $9 billion.",
     "Tavora Motors closed a $500 million Series D this week. The funding gives the carmaker a valuation of $9 billion."),
    ("Castell Pictures", "Castell Pictures raised $80 million in new funding. The deal values the studio at $1.2 billion.",
     "Castell Pictures closed an $80 million Series B. The round gives the studio a valuation of $1.2 billion."),
])
def test_a_company_word_ends_no_person_s_name(tmp_path, entity, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Startup funding", "2025-10-07", first),
                                     "b.md": article("New money", "2025-10-08", second)})
    mine = claims[claims.entity == entity]
    assert {"funding", "valuation"} <= set(mine[mine.status == "agreement"].metric) \
        and not mine.metric.str.startswith("net_worth").any(), claims[["entity", "metric", "status", "values"]].to_string()


def test_a_sum_raised_is_named_funding_and_the_day_of_a_round_funding_date():
    # "funding" names both a measure (the sum raised) and an event type (the day of a round): the ledger
    # table called the disputed $300 million / $250 million "Funding, date"
    from newsreport.claims.vocabulary import load_vocabulary
    from newsreport.claims.wording import measure_name

    vocabulary = load_vocabulary()
    assert measure_name("funding", vocabulary, dated=False) == "funding"
    assert measure_name("funding", vocabulary, dated=True) == "Funding, date"
    assert measure_name("ruling", vocabulary, dated=False) == "Court ruling, date"  # an event only
