"""A count of the people a relation noun names ("its customer base", "client base", "investor base") is the
possessor's count of them, not another party tied to it: "Corra's customer base stood at 9 million" is Corra's
customers, as "Corra had 11 million customers" is, even where the sentence names a rival (names.related). A relation
noun before an actor's noun still names another party ("its customer company Velta reported revenue"). Stories of
our own: a telecom group, a broker, a crowdfunding platform, a chipmaker."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, owner", [
    ("Corra's customer base stood at 9 million at the end of June, ahead of rival Telvo.",
     "Corra had 11 million customers at the end of June, analysts said.", "Corra"),
    ("Gemma Labs' investor base grew to 30,000 in 2025, twice that of Orlo.", "Gemma Labs had 45,000 investors in 2025.",
     "Gemma"),
])
def test_a_base_of_related_people_is_the_possessors(tmp_path, first, second, owner):
    claims = two_outlets(tmp_path, first, second)
    assert list(claims.entity) == [owner] and claims.n_sources.iloc[0] == 2, table(claims)


def test_a_related_party_owns_its_own_figure(tmp_path):
    claims = two_outlets(tmp_path, "Chipmaker Dorran reported revenue of $2 billion in 2025. Its customer company Velta "
                                   "reported revenue of $9 billion in 2025.", "Dorran's revenue was $2 billion in 2025.")
    assert claims[claims.entity == "Dorran"].status.tolist() == ["agreement"], table(claims)
    assert "$9 billion" not in " ".join(claims[claims.entity == "Dorran"]["values"]), table(claims)
