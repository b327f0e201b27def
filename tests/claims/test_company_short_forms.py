"""A company an article introduces in full ("quick-commerce firm Kaveri Quickmart") and then calls by its first word
("Kaveri, which delivers groceries ...") is one owner with the company other articles name in full: its figures are
keyed by the full name. A maker and its product written together with no such words ("Loopa" and "Loopa Go") stay
two. Stories of our own: a listing, a clothing retailer, an app maker."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, full", [
    ("The initial public offering of quick-commerce firm Kaveri Quickmart closed on Wednesday. Kaveri runs 1,150 dark "
     "stores in 38 cities.", "Kaveri Quickmart runs 1,150 dark stores, its prospectus says.", "Kaveri Quickmart"),
    ("Fashion retailer Pell Threads opened a store in Leeds. Pell employs 2,400 people across Britain.",
     "Pell Threads employs 2,400 people, the company said.", "Pell Threads"),
])
def test_a_company_introduced_in_full_and_then_shortened_is_one_owner(tmp_path, first, second, full):
    claims = story_claims(tmp_path, {"a.md": article("Company", "2026-03-02", first, outlet="Wire"),
                                     "b.md": article("Company", "2026-03-02", second, outlet="Daily")})
    owners = set(claims.entity) - {""}
    assert owners == {full} and "agreement" in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()


def test_a_maker_and_its_product_written_together_stay_two(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Apps", "2026-03-02", "Loopa said Loopa Go has 3 million users. Loopa has 900 staff.", outlet="Wire"),
        "b.md": article("Apps", "2026-03-02", "Loopa Go has 3 million users, the maker said.", outlet="Daily")})
    assert "Loopa" in set(claims.entity), claims[["entity", "metric", "values"]].to_string()
