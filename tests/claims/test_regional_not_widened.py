"""A figure its sentence calls regional or domestic ("at North American box offices", "domestic sales", "European
sales") does not take the worldwide scope the article states for another figure of the same measure
(scopes.widen_unstated_scope), so the two are never set against each other. Stories of our own: a film, a carmaker,
a phone maker."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("body", [
    "Copper Sky took in $84 million at North American box offices over its opening weekend. Worldwide, the film "
    "grossed $212 million.",
    "Brevik's domestic sales were 1.2 million cars in 2025. Worldwide, Brevik sold 4.1 million cars in 2025.",
    "Nimbra's European sales reached 9 million phones in 2025. Globally, Nimbra sold 61 million phones in 2025.",
])
def test_a_regional_figure_is_not_worldwide(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Region", "2026-07-20", body, outlet="Wire"),
                                     "b.md": article("Other", "2026-07-20", "An unrelated line.", outlet="Paper")})
    assert not set(claims.status) & {"conflict", "discrepancy"}, \
        claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
