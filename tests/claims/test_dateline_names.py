"""A wire dateline ("SAO PAULO - ", "LONDON (Reuters) - ") opens the first sentence of many articles and is
no part of the name that follows it: the figure is Yappa's, not "SAO PAULO - Yappa"'s, and is compared
with the other articles' figures for Yappa. A hyphen inside a name ("Coca-Cola") is no dateline."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.names import name_of
from newsreport.claims.parsing import parsed


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, first, second", [
    ("Yappa", "daily_active_users",
     "SAO PAULO - Yappa, which claims 95 million people use it every day, is growing fastest in Brazil.",
     "Yappa has 95 million daily active users."),
    ("Kirana", "users",
     "NEW DELHI - Kirana, which says 40 million shoppers use it, will open 300 stores.",
     "Kirana has 40 million users."),
    ("Nordbank", "customers",
     "STOCKHOLM (Reuters) - Nordbank, which has 3.1 million customers, cut 400 jobs on Monday.",
     "Nordbank has 3.1 million customers."),
])
def test_a_dateline_is_no_part_of_the_name(tmp_path, entity, metric, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} grows", "2026-03-10", first),
                                     "b.md": article(f"{entity} results", "2026-03-11", second)})
    agreed = claims[(claims.entity == entity) & claims.metric.str.startswith(metric) & (claims.status == "agreement")]
    assert len(agreed) == 1, claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence, word, name", [
    ("Coca-Cola sold 3 million cans in Brazil.", "Cola", "Coca-Cola"),
    ("Rolls-Royce delivered 5,000 cars last year.", "Royce", "Rolls-Royce"),
])
def test_a_hyphen_inside_a_name_is_no_dateline(sentence, word, name):
    token = next(t for t in parsed(sentence) if t.text == word)
    assert name_of(token)[0] == name
