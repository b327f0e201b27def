"""A level "at the end of last year" is that year's December, as "at the end of 2025" is: two counts of
one company's staff at the same year's end are compared (and disagree when they cannot both be true),
while a level at the end of this year is another period. Stories of our own (a mill, a grocer)."""

from claims_fixtures import own_outlet_article as article, story_claims


def test_the_end_of_last_year_and_the_end_of_2025_are_one_period(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Orrin Mills staff", "2026-02-10", "Orrin Mills had 5,200 employees at the end of 2025."),
        "b.md": article("Orrin Mills cuts", "2026-02-12", "Orrin Mills employed about 4,000 people at the end of last "
                        "year, the company said."),
    })
    staff = claims[claims.metric == "staff"]
    assert list(staff.period) == ["2025-12"] and list(staff.status) == ["conflict"]


def test_the_end_of_this_year_is_a_later_period_than_the_end_of_last_year(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Pell plans", "2026-02-10", "Pell Foods expects to have 300 stores by the end of this year."),
        "b.md": article("Pell stores", "2026-02-12", "Pell Foods had 240 stores at the end of last year."),
    })
    stores = claims[claims.metric == "stores"]
    assert sorted(stores.period) == ["2025-12", "2026-12"] and "conflict" not in set(stores.status)
