"""A word that opens a sentence before a name is no part of the name ("Neighbouring Guatemala expects ...",
"Rival Pinglo has ..."): the figure is the name's, and is compared with the same owner's figure elsewhere
(claims/opening_words.py). A name written the same way mid-sentence, a place name's own first word ("New Mexico") and a
person's first name ("Akosua Mensah ... Mensah said") stay whole. Sentences of our own: a coffee crop, a rival app's
users, a state's measles cases."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("first, second, owner", [
    ("Neighbouring Guatemala expects a crop of 3.9 million bags this season, the board said.",
     "Guatemala's growers expect a crop of 4.6 million bags this season, traders said.", "Guatemala"),
    ("Rival Pinglo has 40 million users worldwide, the research firm said.",
     "Pinglo has about 40 million users worldwide, according to its own figures.", "Pinglo"),
    ("Embattled Corvel reported 412 layoffs on Monday.\n\nThe cuts hit its two plants.",
     "Corvel reported 412 layoffs on Monday, its union said.", "Corvel"),
])
def test_a_sentence_opening_word_is_no_part_of_the_owner(tmp_path, first, second, owner):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-03-03", first, outlet="Wire"),
                                     "b.md": article("Story", "2026-03-03", second, outlet="Paper")})
    assert set(claims.entity) - {""} == {owner} and (claims.n_sources >= 2).any(), table(claims)


@pytest.mark.parametrize("first, second, owner", [
    ("New Mexico reported 40 cases on Monday, the health department said.",
     "Health officials in New Mexico reported 40 cases on Monday.", "New Mexico"),
    ("Akosua Mensah sold 1,200 tickets in a week.\n\nMensah said demand was strong.",
     "Akosua Mensah sold about 1,200 tickets in a week, her agent said.", "Akosua Mensah"),
])
def test_a_name_s_own_first_word_stays(tmp_path, first, second, owner):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-03-03", first, outlet="Wire"),
                                     "b.md": article("Story", "2026-03-03", second, outlet="Paper")})
    assert owner in set(claims.entity), table(claims)
