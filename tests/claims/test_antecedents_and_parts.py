"""Wordings of coverage the ledger keyed wrongly, found when check3 (a frozen check half of the eleventh
session) was spent and its misses read, each shown on stories of several kinds:
- a place is no antecedent ("Britain's kids have gone Chattle crazy. ... 9 million Britons now use it": the app);
- a sentence with no named subject that names one actor ("... and few have benefited as much as
  Wisp.") is what "the app" of the next sentence points back to, not the article's main actor; a
  source it cites ("PitchBook data shows", "data from Appmetric") is no such actor;
- "62 million users worldwide, about 11 million of them in the US": the part is in the US; the
  "worldwide" before it is the whole's;
- "Louisiana officials said the state had confirmed nine deaths": "the state" is the place named before;
- "short of the €75 million analysts had expected", "a consensus estimate of 41,000": a forecast is no
  reported figure."""

import pytest

from claims_fixtures import article, rows_of, story_claims


@pytest.mark.parametrize("body, value, entity", [
    ("Reelbox went dark on Sunday. Reelbox had 150 million American users. Since the ban took effect, "
     "Americans have tried many alternatives, and few have gained as much as Pinglo. The app was installed "
     "600,000 times in the US on Monday.", "600,000", "Pinglo"),
    ("Tessa Bank closed 40 branches this year and Tessa Bank cut 900 jobs. Savers have been moving their money, "
     "and the biggest winner has been Corlo. The bank now has 4 million customers.", "4 million", "Corlo"),
    ("Velda Motors recalled 20,000 cars in May, and Velda Motors shares fell. Buyers who wanted an electric "
     "pickup turned instead to Harnack. The carmaker sold 48,000 trucks in June.", "48,000", "Harnack"),
])
def test_the_app_after_a_sentence_naming_one_actor_is_that_actor(tmp_path, body, value, entity):
    claims = story_claims(tmp_path, {"a.md": article("Winners and losers", "2027-03-16", body)})
    assert set(rows_of(claims, value).entity) == {entity}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value, entity", [
    ("Hushly is growing fast, and rivals of Hushly are worried. Its parent was valued at $20 billion, PitchBook data shows. The app counts "
     "roughly 300 million monthly users.", "300 million", "Hushly"),
    ("Quillo's audience is exploding. Rivals are worried, data from the analytics firm Appmetric shows. "
     "The service had about 18 million monthly active users in June.", "18 million", "Quillo"),
    ("Marlo Foods raised prices twice. Shoppers kept buying, according to Kantar. The company sold "
     "2 million jars last year.", "2 million", "Marlo Foods"),
])
def test_a_cited_source_is_not_what_the_app_points_back_to(tmp_path, body, value, entity):
    claims = story_claims(tmp_path, {"a.md": article("Growth", "2026-07-02", body)})
    assert set(rows_of(claims, value).entity) == {entity}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value, scope", [
    ("Murmur now has 62 million monthly active users worldwide, about 11 million of them in the United States, "
     "the company said.", "11 million", "US"),
    ("Velda Motors sold 2.4 million cars globally last year, 800,000 of them in China, the carmaker said.",
     "800,000", "China"),
    ("The streaming service has 90 million subscribers around the world, some 30 million of them in Brazil.",
     "30 million", "Brazil"),
])
def test_a_counted_part_keeps_its_own_place_over_the_whole_s_worldwide(tmp_path, body, value, scope):
    claims = story_claims(tmp_path, {"a.md": article("Audience", "2027-03-24", body)})
    assert set(rows_of(claims, value).scope) == {scope}, claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("body, reported, expected", [
    ("Aeroval's quarterly profit came in at €68 million, short of the €75 million analysts had expected.",
     "€68 million", "€75 million"),
    ("Nordland's inflation rate rose to 3.4% in May, above the 3.1% economists had forecast.", "3.4%", "3.1%"),
    ("Velda Motors sold 48,000 trucks in June, beating a consensus estimate of 41,000 trucks.", "48,000", "41,000"),
    ("Streamo added 5.1 million paid subscribers, beating the 4.4 million analysts had forecast.", "5.1 million",
     "4.4 million"),
])
def test_an_amount_someone_expected_is_no_reported_figure(tmp_path, body, reported, expected):
    """A forecast beside a result is not a second source's value of the result: no claim."""
    claims = story_claims(tmp_path, {"a.md": article("Results", "2026-06-12", body)})
    assert len(rows_of(claims, reported)) == 1 and rows_of(claims, expected).empty, \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value, scope", [
    ("Louisiana health officials said the state had confirmed nine deaths from Hurricane Orla on Monday.", "9", "Louisiana"),
    ("Fire officials in Alberta said the province had lost 300 homes to the Kessel wildfire by Sunday.", "300", "Alberta"),
    ("Officials in Bavaria said on Friday the state had lost 12,000 factory jobs at Velda Motors this year.", "12,000",
     "Bavaria"),
])
def test_the_state_as_subject_is_the_place_named_before(tmp_path, body, value, scope):
    claims = story_claims(tmp_path, {"a.md": article("Toll", "2026-09-15", body)})
    assert set(rows_of(claims, value).scope) == {scope}, claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("body, value, entity", [
    ("Chattle is everywhere. Britain's kids have gone Chattle crazy. Bosses claim 9 million people now use it.",
     "9 million", "Chattle"),
    ("Velda Motors builds vans. Germany's drivers have taken to Velda Motors. The company sold 80,000 vans last year.",
     "80,000", "Velda Motors"),
    ("Pinglo keeps growing. India's teenagers love Pinglo. The app now has 12 million users there.", "12 million",
     "Pinglo"),
])
def test_a_place_is_no_antecedent(tmp_path, body, value, entity):
    claims = story_claims(tmp_path, {"a.md": article("Craze", "2026-06-11", body)})
    assert set(rows_of(claims, value).entity) == {entity}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, kept", [
    ("Treasury officials put the cost to the economy at about $20 million a day, less than half the business "
     "lobby's estimate.", "about $20 million"),
    ("Economists put the damage to the economy at $2 billion, about a third of the government's estimate.",
     "$2 billion"),
    ("The Bank of Ostra said inflation would be 2.1%, less than half its earlier forecast.", "2.1%"),
    ("The jobless rate in Varda was 4%, about half the official figure, the union said.", "4%"),
])
def test_a_fraction_of_another_figure_is_no_claim(tmp_path, body, kept):
    # "less than half the business lobby's estimate" compares two figures: it was read as a share ('under 50%')
    # of the measure named near it (the Treasury's GDP, Varda's jobless rate: "4%; about 50%"); the figure stays
    claims = story_claims(tmp_path, {"a.md": article("Figures", "2026-05-04", body)})
    shown = claims[["entity", "metric", "values"]].to_string()
    assert not claims["values"].str.contains("50%|33.33%", regex=True).any(), shown
    assert kept in set(claims["values"]), shown
