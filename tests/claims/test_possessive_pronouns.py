"""'its' after a possessive name in its own sentence is that name's ("Brennick Pharma's tablet is a year behind,
and its trial showed weight loss of about 13%": Brennick's trial), not the article's main company; when another
name comes between, the possessive does not decide. Stories of our own: two drugmakers, two carmakers."""

from claims_fixtures import story_claims, article, table


def test_its_after_a_possessive_name_is_that_names(tmp_path):
    body = ("Halvex Therapeutics said its pill helped patients lose 16.8% of their weight on the top dose.\n\n"
            "Brennick Pharma's tablet is about a year behind, and its trial showed weight loss of about 13%.")
    claims = story_claims(tmp_path, {"a.md": article("Halvex pill", "2026-06-22", body, "Wire"),
                                     "b.md": article("Halvex pill", "2026-06-22",
                                                     "Halvex's pill helped patients lose 16.8% of their weight.", "Paper")})
    owners = set(claims[claims["values"].str.contains("13%")].entity)
    assert owners == {"Brennick Pharma"}, table(claims)
    assert "conflict" not in set(claims.status), table(claims)


def test_its_with_a_name_between_is_not_the_possessors(tmp_path):
    body = ("Ostra Motors said it sold 410,000 cars in 2025.\n\n"
            "Ostra's rival, Kelby Auto, said its sales reached 380,000 cars in 2025.")
    claims = story_claims(tmp_path, {"a.md": article("Cars", "2026-01-12", body, "Wire")})
    owners = set(claims[claims["values"].str.contains("380,000")].entity)
    assert "Ostra" not in owners and "Ostra Motors" not in owners, table(claims)
