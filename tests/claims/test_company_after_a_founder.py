"""'The firm' after a sentence whose subject is a person known by a rich list's wealth ("Brenn, whose wealth
Meridian estimates at $14 billion, built Brennco") is the company, never that person: the company's figures
stay the company's. Stories of our own: a logistics founder, a fashion heiress, a software founder."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("company, person_sentence, firm_sentence, other", [
    ("Brennco", "Brenn, whose wealth Meridian estimates at about $14 billion, built Brennco from a single warehouse.",
     "The firm posted sales of $3.1 billion in 2025.", "Brennco had revenue of $3.1 billion in 2025."),
    ("Lumelle", "Oduya, whose fortune the Index puts at $6 billion, inherited Lumelle from her father.",
     "The company had revenue of $2.2 billion in 2025.", "Lumelle posted sales of $2.2 billion in 2025."),
    ("Codewell", "Park, whose net worth Forbes estimates at $3 billion, started Codewell in a dorm room.",
     "The company employed 4,100 people at the end of 2025.", "Codewell had 4,100 employees at the end of 2025."),
])
def test_the_firm_after_a_wealthy_founder_is_the_company(tmp_path, company, person_sentence, firm_sentence, other):
    claims = story_claims(tmp_path, {"a.md": article(f"{company}'s founder", "2026-04-06", f"{person_sentence} {firm_sentence}"),
                                     "b.md": article(f"{company} results", "2026-04-07", other)})
    shown = claims[["entity", "metric", "period", "status", "values"]].to_string()
    assert "agreement" in set(claims[claims.entity == company].status), shown
