"""'Her' and 'his' are a person's: in "Meridian says her net worth is $48 billion" the list is the
source and the fortune the person's named before (a name given with an age, "Halden, 51,", is a
person's), so two articles' figures for one fortune are compared. Stories of our own: a payments
founder on a rich list, a singer, an app founder."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("person, first, second", [
    ("Ada Halden", "Ada Halden, founder of Quillpay, is worth $48 billion, according to the Meridian Rich List.",
     "Halden, 51, owns about 55% of Quillpay. Meridian says her net worth is $48 billion."),
    ("Lena Vos", "Lena Vos, the pop singer, is worth $1.2 billion, according to the Carrow Rich List.",
     "Lena Vos started touring at 16. Carrow says her fortune is $1.2 billion."),
    ("Lin Wei", "Lin Wei, the founder of Pinto, is worth $12 billion, according to the Sterling index.",
     "Lin Wei founded Pinto in 2015. Sterling says his fortune is $12 billion."),
])
def test_a_list_saying_her_fortune_is_the_source_not_the_owner(tmp_path, person, first, second):
    claims = story_claims(tmp_path, {"a.md": article("The richest", "2026-07-24", first),
                                     "b.md": article("Rankings", "2026-07-27", second)})
    worth = claims[claims.metric.str.startswith("net_worth")]
    assert list(worth.entity) == [person] and list(worth.status) == ["agreement"], \
        claims[["entity", "metric", "status", "values"]].to_string()


def test_a_company_saying_its_figure_is_still_its_own(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Nordbank results", "2026-02-03",
                                                     "Nordbank says its net profit was $2 billion last year.")})
    assert list(claims.entity) == ["Nordbank"], claims[["entity", "metric", "status", "values"]].to_string()
