""""The company" (or "it") after a sentence about a person points back to the company that sentence names, never to
the person: "Hart owns 30% of Corlo. The company has a market value of $28 billion" is Corlo's market value, not
Hart's fortune (claims/keys.py `antecedent`, claims/sole_actor.py: the person it is about is left out, and the one
other name is the referent). Stories of our own: a founder's stake, a club owner, a family's shares in a retailer."""

import pytest

from claims_fixtures import article, rows_of, story_claims, table


@pytest.mark.parametrize("owner, title, person_opening, person_after, company_figure, other_article, value", [
    ("Corlo", "Corlo founder Hart worth about $9 billion, rich list says",
     "Daniel Hart, the founder and chief executive of payments company Corlo, has a fortune of about $9 billion, "
     "a rich list said on Monday.",
     "Hart owns about 30 per cent of Corlo, whose shares have doubled this year.",
     "The company has a market value of about $28 billion.",
     "Corlo is valued at $30 billion on the stock market, and its founder Daniel Hart is worth $9 billion.",
     "about $28 billion"),
    ("Brenmoor Foods", "Brenmoor Foods chair Lopez is worth $4 billion",
     "Maria Lopez, the chair of grocer Brenmoor Foods, is worth about $4 billion, according to a magazine.",
     "Lopez and her family hold 40 per cent of Brenmoor Foods.",
     "It reported revenue of $12 billion last year.",
     "Brenmoor Foods had revenue of $12.1 billion last year. Maria Lopez, its chair, has a fortune of $4 billion.",
     "$12 billion"),
    ("Vantor", "Vantor owner Okafor's fortune put at $2 billion",
     "James Okafor, the businessman who owns football club Vantor, has a net worth of about $2 billion, a rich list said.",
     "Okafor bought Vantor in 2019.",
     "The club made a profit of $80 million last season.",
     "Vantor's profit was $81 million last season. Its owner, James Okafor, has a fortune of $2 billion.",
     "$80 million"),
])
def test_the_company_after_a_sentence_about_a_person_is_the_company(tmp_path, owner, title, person_opening, person_after,
                                                                      company_figure, other_article, value):
    claims = story_claims(tmp_path, {
        "a.md": article(title, "2026-04-02",
                        f"{person_opening}\n\n{person_after} {company_figure}", "Wire"),
        "b.md": article(f"{owner} in figures", "2026-04-03", other_article, "Paper")})
    assert not (claims.status == "conflict").any(), table(claims)
    figure = rows_of(claims, value)
    assert set(figure.entity) == {owner} and (figure.status == "agreement").all(), table(claims)
