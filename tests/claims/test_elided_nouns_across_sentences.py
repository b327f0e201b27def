"""A count whose noun is left out, alone in its sentence, counts what the last count of the sentence before counts
("closed the quarter with 18.6 million paying members. In the UK alone it has 6.1 million"):
`neighbours.elided_noun`. Stories of our own: a streamer, a gym chain, a bank."""

import pytest

from claims_fixtures import story_claims


def article(body: str, published: str) -> str:
    return f"---\ntitle: Results\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second, metric", [
    ("Streamora closed the quarter with 9.5 million subscribers. In Canada alone it has 2.1 million, the company said.",
     "Streamora has 1.4 million subscribers in Canada, according to the research firm Kernel Research.", "subscribers"),
    ("Ironhall ended the year with 410,000 members. In Scotland alone it has 52,000, the gym chain said.",
     "Ironhall has about 30,000 members in Scotland, a rival chain estimates.", "members"),
    ("Pennabank finished June with 3.2 million customers. In Wales alone it has 400,000, the bank said.",
     "Pennabank has some 250,000 customers in Wales, according to a consumer group.", "customers"),
])
def test_a_count_without_its_noun_takes_the_noun_of_the_sentence_before(tmp_path, first, second, metric):
    claims = story_claims(tmp_path, {"a.md": article(first, "2026-10-22"), "b.md": article(second, "2026-10-23")})
    rows = claims[claims.metric.str.startswith(metric) & (claims.scope != "")]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Streamora closed the quarter with 9.5 million subscribers. Revenue rose 12% to $410 million and it sold 2 million.",
    "Ironhall ended the year with 410,000 members. It opened 12 gyms and closed 3.",
])
def test_a_sentence_with_its_own_counts_takes_no_noun_from_the_one_before(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article(body, "2026-10-22")})
    assert list(claims[claims.metric.str.startswith(("subscribers", "members"))]["values"]) in (
        [["9.5 million"]], [["410,000"]], ["9.5 million"], ["410,000"]), claims[["metric", "values"]].to_string()
