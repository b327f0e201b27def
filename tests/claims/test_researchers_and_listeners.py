"""A figure no one owns in a sentence that names only its source and its listener is the article's company's, when
that company gives the same measure elsewhere: a researcher who counts others' figures is a source, as a union or a
data firm is ("Ines Calder, an independent researcher, said her analysis showed at least 3.8 million accounts"), and
whoever is told ("told The Byteline that", "told investors that") is no actor (`unnamed_owner.listeners`). The two
sources' values are then compared. Stories of our own: two data leaks, a bike-share fleet."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("title, first, second", [
    ("Tandem leak bigger than disclosed", "Tandem said the leak affected 1.4 million accounts.",
     "Ines Calder, an independent researcher based in Galway, said her analysis of the database showed at least "
     "3.8 million accounts were included."),
    ("Researcher says Amoro leak was larger", "Amoro has said 1.2 million accounts were exposed in the incident.",
     "Jonas Ekdahl, an independent researcher based in Gothenburg, told The Byteline that the database he found "
     "contained records for about 3.4 million accounts."),
    ("Velocity's fleet smaller than claimed", "Velocity said about 3,000 bikes are in service across the city.",
     "Mara Lind, a transport researcher, told the Courier that only about 1,800 bikes are in service."),
])
def test_a_researchers_count_is_compared_with_the_companys(tmp_path, title, first, second):
    claims = story_claims(tmp_path, {"a.md": article(title, "2026-03-10", first),
                                     "b.md": article(title, "2026-03-11", second)})
    assert "conflict" in set(claims.status), table(claims)
