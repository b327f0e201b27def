"""An unscoped count whose own article gives a part of it for a named place ("19 million subscribers, 7 million of
them in Mexico"; "... In Britain alone it serves 3 million") is the whole: worldwide, when that is the
only other scope other articles give, and compared with their worldwide count. Not when another article gives the
same measure unscoped with no part beside it (then the two unscoped counts are kept together), nor a count whose
article names no part. Stories of our own: a streaming service, a bank, a carmaker."""

import pytest

from claims_fixtures import article, rows_of, story_claims, table


def story(tmp_path, *bodies: str):
    return story_claims(tmp_path, {f"{i}.md": article("Story", f"2026-02-1{i}", body, outlet=f"Outlet {i}")
                                   for i, body in enumerate(bodies)})


@pytest.mark.parametrize("whole, worldwide, value", [
    ("Pinebox has 19 million subscribers, 7 million of them in Mexico.",
     "Pinebox has 31 million subscribers worldwide, research firm Vidcount estimates.", "19 million"),
    ("Harwick Bank has 9 million customers. In Britain alone it serves 3 million customers.",
     "Harwick Bank has 12 million customers worldwide, according to the regulator.", "9 million"),
    ("Carvo has 2.4 million owners' accounts, 600,000 of them in Germany.",
     "Carvo says it has 3.1 million owners' accounts around the world.", "2.4 million"),
])
def test_a_whole_beside_its_part_is_the_worldwide_count(tmp_path, whole, worldwide, value):
    claims = story(tmp_path, whole, worldwide)
    rows = rows_of(claims, value)
    assert list(rows.scope) == ["global"] and list(rows.status) == ["conflict"], table(claims)


def test_a_count_whose_article_names_no_part_stays_unscoped(tmp_path):
    claims = story(tmp_path, "Pinebox has 26 million subscribers.",
                   "Pinebox has 31 million subscribers worldwide. It has 11 million subscribers in the US.")
    assert list(rows_of(claims, "26 million").scope) == [""] and "conflict" not in set(claims.status), table(claims)


def test_an_unscoped_count_with_no_part_keeps_its_agreeing_whole(tmp_path):
    claims = story(tmp_path, "Pinebox has 18.6 million subscribers. In the UK alone it has 6.1 million subscribers.",
                   "Pinebox said it has 18.6 million subscribers.",
                   "Research firm Vidcount estimates Pinebox has 4.2 million UK subscribers and 25 million subscribers "
                   "worldwide.")
    agreed = rows_of(claims, "18.6 million")
    assert list(agreed.status) == ["agreement"] and list(agreed.scope) == [""], table(claims)
