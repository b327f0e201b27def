"""A place named in a locative phrase says where something happened, not whose figure it is
(claims/locatives.py): mourners gathered around a square, fans waiting outside an arena, drivers queuing along
a road are where a count happened (the owner of a measure config gives places, else its scope); a phrase led
by "most" says where some of it was. A "where" clause names its figure's place ("Veldor, where inflation
slowed"); a district in a headline owns nothing a site it names counts ("The mine employs 1,900 miners"). A toll
whose place is only guessed from the sentences before it keys with the same toll another article gives with no
place (claims/guessed_places.py). Stories of our own: a protest, a cup final, a vigil, a flood, an election,
a factory fire, a mine, prices, jobs."""

import pytest

from claims_fixtures import article, dated_outlets, story_claims

COLUMNS = ["entity", "metric", "scope", "period", "status", "values"]


@pytest.mark.parametrize("body, landmark", [
    ("Some 5,000 people gathered around Union Square for the vigil.", "Union Square"),
    ("Some 3,000 fans waited outside Arlo Arena for tickets.", "Arlo Arena"),
    ("About 1,200 drivers queued along Marsh Road for fuel.", "Marsh Road"),
])
def test_a_landmark_beside_a_count_is_where_it_happened(tmp_path, body, landmark):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-18", body)})
    assert landmark not in set(claims.entity) and landmark in set(claims.scope), claims[COLUMNS].to_string()


@pytest.mark.parametrize("body, landmark", [
    ("Police said 23 arrests were made on Saturday, most near Harrow Road Station.", "Harrow"),
    ("Medics said 31 people were hurt in the crush, most outside Kelso Park.", "Kelso"),
    ("Officials said 14 bodies were recovered, most near Talwar Bridge.", "Talwar"),
])
def test_where_most_of_a_count_was_neither_owns_nor_scopes_it(tmp_path, body, landmark):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-18", body)})
    assert len(claims), body
    assert not any(landmark in f"{e} {s}" for e, s in zip(claims.entity, claims.scope)), claims[COLUMNS].to_string()


# each second article also gives an earlier toll of another place, so no single owner of the measure is taken
@pytest.mark.parametrize("first, second", [
    ("The river burst its banks in Rajmer on Monday. Officials said 17 people had died.",
     "Officials said 17 people had died, most of them swept away as they slept. On Sunday, 4 people died in Tarsa."),
    ("Fans clashed with stewards before the final in Glasgow. Police said 45 people had been arrested.",
     "Police said 45 people had been arrested by the final whistle. On Friday, 9 people were arrested in Dundee."),
    ("Voters queued for hours at polling stations across Kenya on Tuesday. Police said 26 people had been arrested.",
     "Police said 26 people had been arrested for ballot offences. On Monday, 4 people were arrested in Uganda."),
    ("A fire tore through a garment factory in Dhaka on Sunday night. Officials said 12 people had died.",
     "Officials said 12 people had died, most of them trapped on the upper floors. On Saturday, 3 people died in Chittagong."),
])
def test_a_toll_whose_place_is_guessed_joins_the_unplaced_one(tmp_path, first, second):
    claims = dated_outlets(tmp_path, ("2026-10-18", first), ("2026-10-18", second))
    assert "agreement" in set(claims.status), claims[COLUMNS].to_string()


def test_a_toll_whose_own_sentence_names_its_place_keeps_it(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-10-18", "Police said 31 people had been arrested in Ostrava."),
                           ("2026-10-18", "Police said 31 arrests were made. On Friday, 12 people were arrested in Brno."))
    assert "Ostrava" in set(claims.entity), claims[COLUMNS].to_string()


@pytest.mark.parametrize("first, second, place", [
    ("Floods in Rajmer have killed 42 people since Monday, officials said.",
     "Rajmer, where 42 people have died since Monday, is the worst-hit district.", "Rajmer"),
    ("Unemployment in Ostrava rose to 8.2% in March, the statistics office said.",
     "Ostrava, where unemployment rose to 8.2% in March, has lost two car plants.", "Ostrava"),
    ("Inflation in Veldor slowed to 3.4% in May, the central bank said.",
     "Veldor, where inflation slowed to 3.4% in May, is expected to cut rates.", "Veldor"),
    ("Turnout in Calvera reached 64% on Sunday, the election commission said.",
     "Calvera, where turnout reached 64% on Sunday, re-elected its governor.", "Calvera"),
])
def test_the_place_a_where_clause_hangs_on_is_the_figures_place(tmp_path, first, second, place):
    claims = dated_outlets(tmp_path, ("2026-10-18", first), ("2026-10-18", second))
    assert (claims[claims.entity == place].status == "agreement").any(), claims[COLUMNS].to_string()


@pytest.mark.parametrize("title, body, place", [
    ("Blast shuts steel plant in Rourkela", "The plant employs 3,000 people and produced 2.1 million tonnes of steel "
     "last year.", "Rourkela"),
    ("Explosion at fireworks factory in Chennai", "The factory employs 600 workers and made 80 million firecrackers "
     "last year.", "Chennai"),
    ("Gas leak closes mine in Katowice", "The mine employs 1,900 miners and produced 3 million tonnes of coal last year.",
     "Katowice"),
])
def test_a_headline_place_owns_nothing_a_site_it_names_counts(tmp_path, title, body, place):
    claims = story_claims(tmp_path, {"a.md": article(title, "2026-10-18", body)})
    assert len(claims) and place not in set(claims.entity), claims[COLUMNS].to_string()
