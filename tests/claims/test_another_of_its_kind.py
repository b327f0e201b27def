"""A sentence that tells of another party of the article's actor's kind without naming it ("a much larger exchange",
"a much bigger app", "other lenders") names another actor: its figure is not given to the article's main actor
(unnamed_owner.ANOTHER_OF_ITS_KIND), so it is never set against the actor's own figure. A sentence with no such party
still gives its figure to the main actor. Stories of our own: a crypto exchange, a photo app, a bank."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, value", [
    ("Crypto exchange Voltix has frozen withdrawals. Voltix has a shortfall of $900 million in customer funds, its "
     "chief said. The collapse of a much larger exchange in 2022 left a shortfall of $3 billion in customer accounts.",
     "Crypto exchange Voltix has frozen withdrawals. Voltix has a shortfall of $900 million in customer funds, a "
     "filing shows.", "$3 billion"),
    ("Photo app Zentra said on Monday it has 600,000 users. A much bigger app has about 2 million users, analysts said.",
     "Zentra has 600,000 users, the company said on Monday.", "2 million"),
    ("Halden Bank reported revenue of $400 million in 2025. Other lenders reported revenue of $1.2 billion in 2025.",
     "Halden Bank's revenue was $400 million in 2025.", "$1.2 billion"),
])
def test_another_party_of_the_kind_owns_its_figure(tmp_path, first, second, value):
    claims = two_outlets(tmp_path, first, second)
    other = claims[claims["values"].str.contains(value, regex=False)]
    assert len(other) == 1 and other.entity.iloc[0] == "" and other.status.iloc[0] == "single", table(claims)


def test_the_actors_unnamed_figure_is_still_its_own(tmp_path):
    claims = two_outlets(tmp_path, "Halden Bank said on Monday that revenue rose. Revenue was $400 million in 2025.",
                         "Halden Bank's revenue was $400 million in 2025.")
    assert claims[claims.metric == "revenue"].status.tolist() == ["agreement"], table(claims)
