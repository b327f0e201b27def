"""A company named by its unit in one article ("Northvale Cloud") and by its first word in another ("Northvale") is
one owner, even where the articles also name its listed parent ("Northvale Holdings"): a parent's holding form is no
rival for the short name (claims/short_names.PARENT_WORDS), and a provider named for its service ("Cloud") is a
company's name. Stories of our own: two cloud outages, a web host's customers."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("first, second", [
    (("Northvale Cloud outage knocks websites offline", "A failure at Northvale Cloud's data centres knocked websites "
      "offline on Tuesday, in an outage that the company said lasted about 11 hours. Shares of Northvale Holdings fell 3.5%."),
     ("Northvale's outage ran longer, data show", "Monitoring firm Uptrace says the outage lasted more than 14 hours, with "
      "Northvale's storage still failing late into the night. Northvale Holdings shares fell 3.5%.")),
    (("Brightwave Cloud restores service after outage", "Brightwave Cloud said its outage on Monday lasted about six "
      "hours. Brightwave Group shares slipped 2%."),
     ("Brightwave outage lasted longer, customers say", "Customers say Brightwave's outage lasted at least ten hours. "
      "Brightwave has apologised.")),
])
def test_a_unit_and_its_short_name_are_one_owner_beside_the_parent(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article(first[0], "2026-07-15", first[1], outlet="Wire"),
                                     "b.md": article(second[0], "2026-07-16", second[1], outlet="Paper")})
    assert "conflict" in set(claims.status), table(claims)
