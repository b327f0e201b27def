"""An owner's unscoped count joins the one scope other articles give the same measure when its value matches
(so "about 1.1 million customers lost power" agrees with "1.1 million homes in Florida"); never a value it does
not match (an unscoped count stays apart from a place's count it contradicts: no conflict from a guessed scope),
nor when other articles give two scopes, nor when its own article scopes the measure elsewhere. Stories of our own:
a hurricane, an employer, a ride-hailing outage."""

import pytest

from claims_fixtures import article, rows_of, story_claims, table


def story(tmp_path, *bodies: str):
    return story_claims(tmp_path, {f"{i}.md": article("Story", f"2026-09-1{i}", body, outlet=f"Outlet {i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("scoped, unscoped, value", [
    ("Hurricane Mara left more than 1.1 million homes and businesses in Florida without power.",
     "Hurricane Mara left about 1.1 million customers without power, utilities said.", "1.1 million"),
    ("Kaiyun Tech employs around 2,000 staff in India, the company said.",
     "Kaiyun Tech, which has 2,000 employees, said it would appeal.", "2,000"),
    ("Zipcab said around two million riders in the US and Canada could not book a ride.",
     "Zipcab said roughly 2 million riders could not book a ride.", "2 million"),
])
def test_an_unscoped_count_joins_the_one_scope_whose_value_it_matches(tmp_path, scoped, unscoped, value):
    claims = story(tmp_path, scoped, unscoped)
    rows = rows_of(claims, value)
    assert len(rows) == 1 and rows.iloc[0].status == "agreement" and rows.iloc[0].scope != "", table(claims)


def test_an_unscoped_count_that_contradicts_a_places_count_stays_apart(tmp_path):
    claims = story(tmp_path, "Kaiyun Tech employs around 2,000 staff in India, the company said.",
                   "Kaiyun Tech, which has 9,000 employees, said it would appeal.")
    assert list(rows_of(claims, "9,000").scope) == [""] and set(claims.status) <= {"single"}, table(claims)


@pytest.mark.parametrize("bodies", [
    # two places for the measure: which one the unscoped count is cannot be told
    ("Kaiyun Tech employs around 2,000 staff in India.", "Kaiyun Tech employs 2,100 staff in Vietnam.",
     "Kaiyun Tech, which has 2,000 employees, said it would appeal."),
    # its own article gives the measure a place elsewhere: the unscoped count is another one
    ("Kaiyun Tech employs around 2,000 staff in India.",
     "Kaiyun Tech, which has 2,000 employees, has 300 employees in Vietnam."),
])
def test_two_scopes_or_an_article_scoping_the_measure_keep_an_unscoped_count_apart(tmp_path, bodies):
    claims = story(tmp_path, *bodies)
    assert "" in set(rows_of(claims, "2,000").scope), table(claims)


@pytest.mark.parametrize("bodies", [
    ("Hurricane Mara left more than 1.1 million homes and businesses in Florida without power.",
     "Hurricane Mara left about 1.1 million customers without power, utilities said.",
     "Hurricane Mara left some 700,000 customers without power, the grid operator said."),
    ("Kaiyun Tech employs around 2,000 staff in India, the company said.",
     "Kaiyun Tech, which has 2,000 employees, said it would appeal.",
     "Kaiyun Tech has 3,500 employees, a filing shows."),
])
def test_an_unscoped_count_another_article_contradicts_stays_with_it(tmp_path, bodies):
    """Moving the matching count to the place would leave the contradicting one alone: the two unscoped counts
    conflict as they stand."""
    claims = story(tmp_path, *bodies)
    assert "conflict" in set(claims.status) or "discrepancy" in set(claims.status), table(claims)
