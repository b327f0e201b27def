"""Figures that look like the main actor's measure but are not its whole: the part an amount came from ("took
$12 million from previews", config `from_detail`), the part earned abroad ("overseas it added $126 million"), an
earlier member of a series ("the first film grossed $700 million", claims/other_owners.py) and a named thing in the
possessive ("the Harlow bridge's cost"). Stories of our own: films, concert tours, phones, stadiums, rail lines,
bridges, video games."""

import pytest

from claims_fixtures import article, story_claims, table


def keyed(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("Story", "2026-10-10", first, outlet="Wire"),
                                   "b.md": article("Story", "2026-10-10", second, outlet="Paper")})


@pytest.mark.parametrize("first, second", [
    ("Skyreach took $12.5 million from Thursday previews, the studio said.",
     "Skyreach grossed $84 million at the box office in its opening weekend, the studio said."),
    ("The Velvet Hour tour took $9 million from VIP packages, the promoter said.",
     "The Velvet Hour tour has grossed $160 million at the box office, the promoter said."),
    ("Mirefall took $40 million from IMAX screens worldwide, the studio said.",
     "Mirefall grossed $310 million at the box office worldwide, the studio said."),
])
def test_the_part_an_amount_came_from_is_not_the_whole(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("text, scope", [
    ("Overseas, Skyreach took $126 million at the box office, the studio said.", "International"),
    ("Abroad the tour grossed $40 million at the box office, the promoter said.", "International"),
    ("Domestically, Mirefall grossed $96 million at the box office, the studio said.", "Domestic"),
])
def test_an_amount_earned_abroad_or_at_home_is_scoped_there(tmp_path, text, scope):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-10", text, outlet="Wire")})
    assert scope in set(claims.scope), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Skyreach 2 grossed $210 million at the box office worldwide in its first weekend, the studio said.",
     "Skyreach 2 is a sequel. The first film grossed more than $700 million at the box office worldwide."),
    ("Nordvik's new phone sold 2 million units in 2026, the company said.",
     "Nordvik's new phone is selling well. The previous model sold 5 million units in 2026, analysts said."),
    ("The Kestrel Arena cost $1.1 billion, the city said.",
     "The Kestrel Arena is nearly finished. Its predecessor cost $400 million, the city said."),
])
def test_an_earlier_member_of_a_series_is_not_the_main_actor(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("The Shannon line would cost €2.9 billion, the government said.",
     "The Shannon line is late. The Dublin metro's cost estimate rose to €9.5 billion, critics said."),
    ("The Tarvel tunnel would cost $4 billion, officials said.",
     "The Tarvel tunnel is over budget. The Harlow bridge's cost rose to $6 billion, critics said."),
    ("The Orrin stadium would cost £800 million, the council said.",
     "The Orrin stadium is late. The Calder arena's cost rose to £1.2 billion, critics said."),
])
def test_a_named_thing_in_the_possessive_owns_its_figure(tmp_path, first, second):
    claims = keyed(tmp_path, first, second)
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), table(claims)
