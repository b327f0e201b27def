"""One happening told in other words by two outlets has one key (config `event_synonyms`, `event_nouns`): a vessel
that sank, went down or capsized; a storm that made landfall or crossed the coast; a roof that collapsed or caved in;
a painting or a car sold at auction, sold for a sum or that went under the hammer; a festival that opens or kicks off (words set off after its
day, "the first of four nights", describe the day); a day written as a happening's ("last night's telethon");
a day of people caught by a happening ("trapped by the collapse on Sunday"); a plane that crashed or went down, a
building that caught fire or went up in flames, a coach sacked or fired, a suspect detained or arrested, a capsule
that touched down or landed, a match called off or cancelled, a dam that burst or gave way, a ship that hit rocks or
ran aground, a summit that began or opened, a telethon that ran, an eruption that began and a volcano that erupted;
what a light verb says took place ("underwent a medical", "completed his medical", "had surgery") is the happening.
A figure that sank or went down to a level, or a market that crashed, is no happening. Sentences and stories of our own: a trawler, a dredger, a typhoon, a cinema roof, a sculpture,
a charity gala, a tunnel, a small plane, a warehouse fire, a football coach, an arrest, a capsule, a mayor."""

import pytest

from claims_fixtures import table, two_outlets
from newsreport.claims.occurrences import occurrence_of
from newsreport.claims.vocabulary import load_vocabulary


def happening(sentence: str, day: str) -> tuple[str, str]:
    at = sentence.index(day)
    rule, detail = occurrence_of(sentence, at, at + len(day), load_vocabulary())
    return (rule.name if rule else "", detail)


@pytest.mark.parametrize("first, day1, second, day2", [
    ("The trawler sank in heavy swell on Sunday.", "on Sunday", "The trawler went down off Cape Rell on Sunday.", "on Sunday"),
    ("A dredger capsized near the harbour mouth on Friday.", "on Friday",
     "Divers said the dredger had gone down on Friday night.", "on Friday"),
    ("Typhoon Mira crossed the coast near Tavi on Monday night.", "on Monday",
     "Typhoon Mira made landfall on Monday, officials said.", "on Monday"),
    ("Part of the cinema roof caved in on Saturday.", "on Saturday", "The cinema roof collapsed on Saturday.", "on Saturday"),
    ("The bronze went under the hammer at Lindqvist's on Tuesday.", "on Tuesday",
     "The bronze sold at auction in Oslo on Tuesday.", "on Tuesday"),
    ("The 1962 Ferrane coupe sold for $4.1 million in Monterey on Saturday.", "on Saturday",
     "The coupe went under the hammer in Monterey on Saturday.", "on Saturday"),
    # (words set off after the day describe the day: "the first of four nights" is no count of festivals)
    ("The festival opens in Ravel Park on June 5, the first of four nights of music.", "June 5",
     "The festival, which kicks off on June 6 in Ravel Park, has sold out.", "June 6"),
])
def test_one_happening_in_other_words_has_one_key(first, day1, second, day2):
    assert happening(first, day1)[0] and happening(first, day1)[0] == happening(second, day2)[0]


@pytest.mark.parametrize("sentence, day", [
    ("The rupee sank to a record low on Monday.", "on Monday"),  # a level it sank to
    ("Prices went down on Tuesday, the board said.", "on Tuesday"),  # a measure moving
    ("Friday's jackpot is the largest this year.", "Friday"),  # a thing, not a happening
])
def test_figures_going_down_and_things_are_no_happening(sentence, day):
    assert happening(sentence, day) == ("", "")


def test_a_day_written_as_a_happenings_is_its_day():
    assert happening("Donors gave generously during last night's Starlight Ball gala.", "last night")[1] == "gala"
    assert happening("Guests at Saturday's gala pledged more than they had in 2019.", "Saturday")[1] == "gala"
    assert happening("Eleven workers trapped by the collapse late on Tuesday were freed.", "Tuesday")[1] == "collapse"


@pytest.mark.parametrize("first, second", [
    ("The fishing trawler Aila Rose sank off Skerry Head on Sunday, the coastguard said.",
     "The trawler went down off Skerry Head on Saturday night with six crew aboard."),
    ("Typhoon Mira made landfall near Tavi on Monday night, the weather agency said.",
     "Typhoon Mira crossed the coast near Tavi in the early hours of Tuesday."),
    ("Donors pledged €2 million during last night's Starlight gala, the hospice said.",
     "The hospice thanked everyone who gave during Wednesday's Starlight gala."),
    ("The tunnel collapse happened at about 3am on Wednesday, the operator said.",
     "Nine workers were trapped by the collapse late on Tuesday, their union said."),
])
def test_two_days_for_one_happening_in_other_words_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-10-16")
    assert "conflict" in set(claims.status), table(claims)


def test_a_service_going_down_is_still_an_outage():
    sentence = "Mellow's app went down on Saturday, the company said."
    at = sentence.index("on Saturday")
    from newsreport.claims.events import event_of

    rule, _ = event_of(sentence, at, at + len("on Saturday"), load_vocabulary())
    assert rule is not None and rule.name == "service_shutdown"


@pytest.mark.parametrize("sentence, day, hearing", [
    ("Lenra's appeal goes before the administrative court on May 19.", "May 19", True),
    ("The case came before Judge Amal Ortiz on Tuesday, lawyers said.", "Tuesday", True),
    ("The singer went before the cameras on Friday for the first time in a decade.", "Friday", False),
])
def test_a_case_that_goes_before_a_court_is_heard(sentence, day, hearing):
    from newsreport.claims.events import event_of

    at = sentence.index(day)
    rule, _ = event_of(sentence, at, at + len(day), load_vocabulary())
    assert (rule is not None and rule.name == "hearing") == hearing


@pytest.mark.parametrize("first, day1, second, day2", [
    ("The small plane crashed near Tolvik on Tuesday, killing both pilots.", "on Tuesday",
     "The plane went down in fog near Tolvik on Tuesday.", "on Tuesday"),
    ("The warehouse caught fire on Sunday night, firefighters said.", "on Sunday",
     "The warehouse went up in flames on Sunday.", "on Sunday"),
    ("Ravel United sacked their coach on Monday after five straight losses.", "on Monday",
     "Ravel United fired their coach on Monday.", "on Monday"),
    ("Police detained the suspect on Saturday.", "on Saturday", "Police arrested the suspect on Saturday.", "on Saturday"),
    ("The capsule touched down in the Pacific on Thursday.", "on Thursday",
     "The capsule landed in the Pacific on Thursday.", "on Thursday"),
    ("The derby was called off on Saturday because of snow.", "on Saturday",
     "The derby was cancelled on Saturday.", "on Saturday"),
    ("The Tarn dam burst on Wednesday night.", "on Wednesday", "The Tarn dam gave way on Wednesday.", "on Wednesday"),
    ("The freighter hit rocks off Dunmore on Thursday.", "on Thursday",
     "The freighter ran aground off Dunmore on Thursday.", "on Thursday"),
    # a happening its subject names that began or took place: the day is that happening's
    ("The Geneva summit began on Tuesday.", "on Tuesday", "The summit opened in Geneva on Tuesday.", "on Tuesday"),
    ("The Harbour Lights telethon ran on Friday night.", "on Friday",
     "Viewers gave generously during Friday's Harbour Lights telethon.", "Friday"),
    ("The eruption of Mount Vell began on Saturday evening.", "on Saturday", "Mount Vell erupted on Saturday.", "on Saturday"),
])
def test_more_happenings_in_other_words_have_one_key(first, day1, second, day2):
    assert happening(first, day1)[0] and happening(first, day1) == happening(second, day2)


def test_a_market_that_crashed_is_no_accident_and_an_app_that_crashed_an_outage():
    from newsreport.claims.events import event_of

    assert happening("The market crashed on Monday.", "on Monday") == ("", "")
    sentence = "The Mellow app crashed on Monday, leaving users stranded."
    at = sentence.index("on Monday")
    rule, _ = event_of(sentence, at, at + len("on Monday"), load_vocabulary())
    assert rule is not None and rule.name == "service_shutdown"


@pytest.mark.parametrize("sentence, day, event", [
    ("Mayor Ana Rhee took office on Jan. 2.", "Jan. 2", "inauguration"),
    ("The monthly housing survey came out on Thursday.", "Thursday", "made_public"),
])
def test_office_taken_and_a_survey_out_are_their_events(sentence, day, event):
    from newsreport.claims.events import event_of

    at = sentence.index(day)
    rule, _ = event_of(sentence, at, at + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


@pytest.mark.parametrize("first, second", [
    ("The small plane crashed near Tolvik on Tuesday, killing both pilots.",
     "A rescue helicopter crashed on Thursday while searching the hills."),
    ("The Corran warehouse caught fire on Sunday, firefighters said.",
     "A second blaze broke out at a depot nearby on Tuesday."),
])
def test_two_accidents_in_one_story_stay_apart(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-10-16")
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("The Geneva summit began on Monday.", "A second summit opened in Vienna on Wednesday."),
    ("The meeting took place on Tuesday.", "Another meeting was held on Thursday."),
])
def test_a_second_happening_of_a_kind_is_another(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-10-16")
    assert "conflict" not in set(claims.status), table(claims)


def test_two_people_are_two_happenings_and_one_person_one(tmp_path):
    apart = two_outlets(tmp_path / "a", "Coach Ravi Dell was sacked on Monday.",
                        "Assistant coach Ana Orr was fired on Wednesday.", published="2026-10-16")
    assert "conflict" not in set(apart.status), table(apart)
    one = two_outlets(tmp_path / "b", "Ravi Dell was sacked on Monday, the club said.",
                      "The club fired Dell on Sunday after a fifth straight loss.", published="2026-10-16")
    assert "conflict" in set(one.status), table(one)


@pytest.mark.parametrize("first, day1, second, day2", [
    ("The striker underwent a medical on Monday.", "on Monday", "The striker completed his medical on Monday.", "on Monday"),
    ("Senator Vale had surgery on Tuesday, her office said.", "on Tuesday",
     "Senator Vale underwent surgery on Tuesday, her office said.", "on Tuesday"),
    ("Surgeons performed the transplant on Friday.", "on Friday", "The boy underwent the transplant on Friday.", "on Friday"),
    ("The two unions held talks with ministers on Monday.", "on Monday", "The unions had talks with ministers on Monday.",
     "on Monday"),
])
def test_what_a_light_verb_says_took_place_is_the_happening(first, day1, second, day2):
    # "underwent a medical" and "completed his medical" tell one medical: keyed by the verb, the two were apart
    assert happening(first, day1)[0] == "occurrence" and happening(first, day1) == happening(second, day2)


@pytest.mark.parametrize("first, second", [
    ("Ferraz completed his medical on Tuesday at the club's training ground.",
     "Mateo Ferraz underwent a medical on Monday, the club said."),
    ("Senator Vale had surgery on Wednesday, her office said.", "Senator Vale underwent surgery on Thursday, her office said."),
])
def test_two_days_for_one_happening_a_light_verb_tells_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second, published="2026-10-16")
    assert "conflict" in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    # a bridge, a road, a tunnel closed to traffic
    ("The Arden bridge was shut on Monday.", "The Arden bridge was sealed off on Sunday night, the council said."),
    ("Police barricaded the coast road on Monday.", "The coast road was shut on Sunday, police said."),
    ("Engineers sealed the Kessel tunnel on Monday.", "The Kessel tunnel was closed off on Sunday, the operator said."),
    # people taken ill by a meal, a water supply, an outbreak on a ship
    ("Pupils at three schools fell ill on Tuesday.", "The pupils got sick on Monday, the health office said."),
    ("Dozens of residents fell sick on Tuesday.", "The residents became ill on Monday, the water board said."),
    ("Passengers on the Aurora fell ill on Tuesday.", "Passengers on the Aurora took ill on Monday, the cruise line said."),
])
def test_one_happening_told_with_two_days_conflicts(tmp_path, first, second):
    """A closure told as "shut", "sealed off", "barricaded" or "cordoned off", and people who "fell ill", "got sick" or
    "became ill", are one happening (config `event_synonyms`): two days for it are a conflict."""
    claims = two_outlets(tmp_path, first, second, published="2026-07-22")
    assert "conflict" in set(claims[claims.metric.str.startswith("occurrence")].status), table(claims)
