"""A phrase saying why a figure moved is not where it applies: "revenue rose to €1.9 billion on strong demand for
flights to Brazil", "thanks to a boom in China", "because of new stores in Spain", "amid a slump in Europe" leave
the figure unscoped, so it is compared with the same figure told without its cause. A place the figure is counted
in ("rose 8% to $4 billion in China") stays its scope. Stories of our own: an airline, a retailer, a carmaker."""

import pytest

from claims_fixtures import article, rows_of, story_claims


def table(claims) -> str:
    return claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("with_cause, plain, value", [
    ("Aeroval's revenue rose 12% to €1.9 billion on strong demand for winter flights to Brazil and the Caribbean.",
     "Aeroval reported revenue of €1.9 billion.", "€1.9 billion"),
    ("Kelso's sales rose 8% to $4 billion thanks to a boom in China.", "Kelso's sales reached $4 billion.", "$4 billion"),
    ("Kelso's sales rose 8% to $4 billion because of new stores in Spain.", "Kelso had sales of $4 billion.",
     "$4 billion"),
    ("Carvo's deliveries fell to 610,000 cars amid a slump in Europe.", "Carvo delivered 610,000 cars.", "610,000"),
])
def test_a_cause_phrase_gives_no_scope(tmp_path, with_cause, plain, value):
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-02-10", with_cause, outlet="Wire"),
                                     "b.md": article("Two", "2026-02-11", plain, outlet="Paper")})
    assert list(rows_of(claims, value).scope) == [""] and list(rows_of(claims, value).status) == ["agreement"], \
        table(claims)


def test_a_place_the_figure_is_counted_in_stays_its_scope(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-02-10", "Kelso's sales rose 8% to $4 billion in China.")})
    assert set(rows_of(claims, "$4 billion").scope) == {"China"}, table(claims)
