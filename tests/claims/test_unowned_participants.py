"""The people who took part in one event (strikers, a crowd, the people aboard), counted by two articles of one story
with no owner in either sentence, are the story's one count: two incompatible counts conflict though no sentence names
whose count it is (reconcile.UNOWNED). A death toll with no owner is revised as a story goes on, and jobs an economy
added may be any economy's: both stay possible discrepancies. Stories of our own: a strike, a rally, a ferry, floods, a jobs report."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("About 20,000 teachers joined the strike on its first day, the union said.",
     "Fewer than 8,000 teachers walked out on the first day, according to the education ministry."),
    ("About 30,000 people attended the rally on Saturday, police said.",
     "More than 90,000 people attended the rally on Saturday, organisers said."),
    ("About 140 passengers were aboard the ferry when it sank, the coast guard said.",
     "More than 230 people were on board the ferry when it sank, a survivor said."),
])
def test_unowned_participants_of_one_event_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("At least 40 people died in the floods, officials said.", "More than 90 people died in the floods, aid groups said."),
    ("The economy created 46,000 jobs last month, the statistics office said.",
     "South of the border, the economy added 180,000 jobs last month."),
])
def test_unowned_tolls_and_jobs_stay_discrepancies(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status), table(claims)
