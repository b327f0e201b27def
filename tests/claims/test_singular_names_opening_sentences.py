"""An unknown name opening a sentence may be tagged a plural noun ("Lumen's founders", "Lumen is a small outfit"); a
word marked with "'s", or the subject of a verb in the singular, is no plural, so "it" in the next sentence is that
name's. Stories of our own: an AI lab, a bakery chain and a ferry operator, each beside a bigger company."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("body, figure, owner", [
    ("Argent Semiconductor is now worth roughly $2.9 trillion. Lumen's founders set the company up in 2023 with "
     "backing from a family office. It has a team of 160 and was valued at $3 billion in its last round.",
     "$3 billion", "Lumen"),
    ("Argent Semiconductor lost $476 billion in market value. Lumen is a relatively small outfit. It employs about "
     "160 researchers.", "160", "Lumen"),
    ("Greggan Foods reported sales of £2 billion. Crumbs is a family business. It employs about 900 bakers in 40 "
     "shops.", "900", "Crumbs"),
    ("Northlink Ferries carried 2 million passengers last year. Skerries has grown quickly since 2019. It operates "
     "about 12 vessels.", "12", "Skerries"),
])
def test_it_after_a_singular_name_opening_a_sentence_is_that_name(tmp_path, body, figure, owner):
    # (a name the tagger does not know is read as one when the article writes it twice: here, in its title)
    claims = story_claims(tmp_path, {"a.md": article(f"How {owner} took on the giants", "2026-01-28", body, outlet="Wire")})
    rows = claims[claims["values"].str.contains(figure, regex=False)]
    assert len(rows) and set(rows.entity) == {owner}, table(claims)
