"""A clause that opens a sentence and a colon ("Its American user base is much smaller: about 6 million
people use it each month") says where the count after the colon applies: a US count is not compared
with a worldwide one. Stories of our own: a video app, a streaming service, a carmaker."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.figure_scope import lead_scope
from newsreport.claims.parsing import parsed


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("name, whole, part, scope", [
    ("Pinto", "Pinto has about 45 million monthly users worldwide.",
     "Pinto is popular abroad. Its American user base is much smaller: about 6 million people use it each month.", "US"),
    ("Velto", "Velto has 40 million subscribers worldwide.",
     "Velto is growing. Its audience in Britain is far smaller: 3 million subscribers pay for the service.", "UK"),  # (Britain's scope is the UK's)
    ("Carvo", "Carvo delivered 500,000 cars worldwide in 2025.",
     "Carvo had a mixed year. Sales in Germany were weaker: it delivered 41,000 cars in 2025.", "Germany"),
])
def test_the_count_after_a_colon_applies_where_the_lead_says(tmp_path, name, whole, part, scope):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} grows", "2026-01-13", whole),
                                     "b.md": article(f"{name} at home", "2026-01-14", part)})
    assert scope in set(claims.scope) and not set(claims.status) & {"conflict", "agreement", "discrepancy"}, \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence, figure, words", [
    ("Its American user base is much smaller: about 6 million people use it each month.", "6 million", ["American"]),
    ("Velto has 2 million subscribers in Britain: 40 million in all.", "40 million", []),  # the lead's own count
    ("Sales were weaker: it delivered 41,000 cars in Germany.", "41,000", []),  # no place in the lead
])
def test_a_lead_gives_its_place_only_when_it_holds_no_number(sentence, figure, words):
    doc = parsed(sentence)
    start = sentence.index(figure)
    stop = {t.i for t in doc if start <= t.idx < start + len(figure)}
    assert lead_scope(doc, stop) == words
