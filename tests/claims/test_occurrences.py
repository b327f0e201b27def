"""Dated events no event type of config names are keyed by what happened: the verb (or the event noun) the date
hangs from and the thing it happened to. Two days for one such event conflict; one article giving the event two
days says it recurs; counts moving, saying and parts of a group coming through are no single event. Stories of our
own: a plane crash, a bridge, a comet, pre-orders, exam results, a stadium roof, a lottery, a rescue."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.occurrences import occurrence


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


def event_of(sentence: str, day: str) -> str:
    at = sentence.index(day)
    return occurrence(sentence, at, at + len(day))


@pytest.mark.parametrize("first, second, day1, day2", [
    ("The cargo plane crashed on Tuesday near Lyon.", "Investigators recovered both recorders from Tuesday's plane crash.",
     "on Tuesday", "Tuesday's"),
    ("Exam results were declared on May 12 by the state board.", "The state board declared the results on Monday.",
     "on May 12", "on Monday"),
    ("Pre-orders opened on March 3 in Japan.", "Kanto Mobile opened pre-orders on March 4.", "on March 3", "on March 4"),
    ("The stadium roof collapsed during a storm on Sunday.", "Engineers blamed corrosion for Sunday's roof collapse.",
     "on Sunday", "Sunday's"),
])
def test_one_happening_told_two_ways_has_one_key(first, second, day1, day2):
    assert event_of(first, day1) and event_of(first, day1) == event_of(second, day2)


@pytest.mark.parametrize("first, second, day1, day2", [
    ("Terminal 3, which opened to passengers on 13 January, cost €1.2bn.", "Terminal 3 opened on January 12 after delays.",
     "13 January", "January 12"),
    ("Platform 9, which reopened on Monday, was closed for a year.", "Platform 9 reopened on Tuesday.", "on Monday", "on Tuesday"),
    ("Gate 5, which collapsed on Tuesday, had been inspected in May.", "Gate 5 collapsed on Wednesday, engineers said.",
     "on Tuesday", "on Wednesday"),
])
def test_a_number_naming_a_thing_is_no_count_of_it(first, second, day1, day2):
    # a number after its noun is part of the thing's name ("Terminal 3"), not a group that happens part by part
    assert event_of(first, day1) and event_of(first, day1) == event_of(second, day2)


@pytest.mark.parametrize("sentence, day", [
    ("Shares in Vantor fell 4% on Tuesday.", "on Tuesday"),  # a price moves every day
    ("The minister said on Monday that the bridge would reopen.", "on Monday"),  # the day of saying
    ("The last five climbers were brought down on Friday.", "on Friday"),  # a group, part by part
    ("Most residents had been evacuated by Sunday night.", "by Sunday"),  # a bound, not the day
    ("Friday's jackpot is the largest this year.", "Friday's"),  # a thing, not a happening
    ("The river is expected to crest on Thursday.", "on Thursday"),  # an infinitive: not yet a happening
    ("The jobless rate edged down to 5.2% on Friday.", "on Friday"),  # a level on that day
    ("The trailer was streamed 8 million times on Monday.", "on Monday"),  # a count on that day
])
def test_no_single_happening(sentence, day):
    assert event_of(sentence, day) == ""


@pytest.mark.parametrize("first, second", [
    ("The Severn crested on Sunday, May 3, at 6.1 metres, the agency said.", "The river crested on May 4 at 6.1 metres."),
    ("The comet passed closest to Earth on Thursday, Nov. 5, astronomers said.",
     "The comet passed closest to Earth on Nov. 6, when it was visible from Chile."),
    ("The old Harbour Bridge was demolished on Saturday, Aug. 1, in a controlled blast.",
     "Crowds watched as the Harbour Bridge was demolished on Aug. 2."),
])
def test_two_days_for_one_happening_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-11-10", first),
                                     "b.md": article("Story", "2026-11-10", second)})
    rows = claims[claims.metric.str.startswith("occurrence")]
    assert "conflict" in set(rows.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_an_event_one_article_gives_two_days_recurs(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Lottery", "2026-11-10", "Nobody won Tuesday's draw. The prize rolls over to Friday's draw."),
        "b.md": article("Lottery", "2026-11-10", "A ticket sold in Leeds won Saturday's draw.")})
    rows = claims[claims.metric.str.startswith("occurrence")]
    assert "conflict" not in set(rows.status), rows[["metric", "period", "status", "values"]].to_string()


def test_accounts_months_apart_are_two_happenings(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Bridge", "2026-11-10", "The Harbour Bridge was demolished on Saturday, Nov. 7."),
        "b.md": article("Bridge", "2026-11-10", "A smaller bridge upstream was demolished on June 20 to make way for it.")})
    rows = claims[claims.metric.str.startswith("occurrence")]
    assert len(rows) == 2 and "conflict" not in set(rows.status), rows[["metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("A ransomware attack that knocked out computer systems at Kessel General early Sunday has forced 340 delays.",
     "The attack on Saturday has been one of the most disruptive to hit a hospital."),
    ("A police raid that swept through the Varrow market on Tuesday led to 12 arrests.",
     "The raid on Monday was the largest in the town for a decade."),
    ("A cyber attack that crippled the Orsk council's computers on Friday is being investigated.",
     "The attack on Thursday was claimed by a group calling itself BlackVane."),
])
def test_a_happening_told_by_its_clause_or_by_its_day_is_one_event(tmp_path, first, second):
    # the day of a relative clause on a noun that names a happening ("an attack that knocked out ...") and the day
    # hung on that noun ("The attack on Saturday") are the happening's: two days for it conflict
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-10-20", first), "b.md": article("Two", "2026-10-20", second)})
    told = claims[claims.metric.str.startswith("occurrence")]
    assert len(told) == 1 and told.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


def test_a_thing_whose_start_a_clause_dates_keeps_the_start(tmp_path):
    # "The tour, which kicks off on May 9": the day is the tour's start (as "the tour opens on May 8"), not the tour's
    claims = story_claims(tmp_path, {
        "a.md": article("One", "2027-03-01", "The tour opens at Lakeshore Stadium on May 8, the first of three nights."),
        "b.md": article("Two", "2027-03-01", "The tour, which kicks off on May 9 in Toronto, will play 18 dates.")})
    told = claims[claims.metric.str.startswith("occurrence")]
    assert len(told) == 1 and told.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("first, second, day1, day2", [
    ("Residents disputed the toll from the building that collapsed on Friday evening.",
     "The building collapsed on Saturday afternoon, the emergency agency said.", "on Friday", "on Saturday"),
    ("Divers searched the bridge that collapsed on Sunday for a second day.",
     "The bridge collapsed on Monday morning after days of rain.", "on Sunday", "on Monday"),
    ("Inspectors are testing the dam wall that cracked on Tuesday.",
     "The dam wall cracked on Wednesday, engineers said.", "on Tuesday", "on Wednesday"),
])
def test_a_thing_a_relative_clause_dates_is_what_it_happened_to(first, second, day1, day2):
    # "the building that collapsed on Friday" dates the collapse of the building, not a happening named "building"
    # ("building", "bridge" are also verbs): the clause with no object tells what befell the noun it hangs on
    assert event_of(first, day1) and event_of(first, day1) == event_of(second, day2)


@pytest.mark.parametrize("sentence, day, happening", [
    ("Critics said Tuesday's announcement by the ministry came too late for farmers.", "Tuesday's", "announcement"),
    ("Halvard Bank confirmed the figures in Monday's filing with the exchange regulator.", "Monday's", "filing"),
    ("The announcement on Friday surprised investors in Oslo.", "on Friday", "announcement"),
])
def test_a_noun_made_from_a_verb_names_the_happening_its_day_dates(sentence, day, happening):
    # a noun made from a verb ("announcement", "filing") hung on a day is the happening of that day, as a noun that
    # is also a verb is ("Tuesday's plane crash"), not what the sentence's verb says of it ("surprised investors")
    assert event_of(sentence, day).startswith(happening)
