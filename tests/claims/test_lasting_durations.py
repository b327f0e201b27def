"""A duration told by a verb of lasting measures that verb's subject (claims/lasting.py): "the blackout lasted six
hours", "a strike lasting 12 days", "a hearing that ran to three hours", "the lease runs for ten years", and through
"and" ("the stoppage began at dawn and lasted nine hours"). Stories of our own: a power cut, a rail strike, a court
hearing, a lease, a broadband fault, a chatbot, a bank app; "down for N hours before it recovered" (the length of what
stands before "for"); and how long someone did something, which names no thing that lasted."""

import pytest

from claims_fixtures import article, story_claims, table
from newsreport.claims.lasting import lasting


def subject(sentence: str, quote: str) -> str:
    start = sentence.find(quote)
    return lasting(sentence, start, start + len(quote))


@pytest.mark.parametrize("sentence, quote, words", [
    ("The blackout in the northern suburbs lasted six hours.", "six hours", "blackout"),
    ("The rail strike, lasting 12 days, stranded commuters across the region.", "12 days", "rail strike"),
    ("The judge adjourned a hearing that ran to three hours.", "three hours", "hearing"),
    ("The new lease runs for ten years, the council said.", "ten years", "lease"),
    ("The tribunal held a sitting, which lasted 40 minutes.", "40 minutes", "sitting"),
    ("Rail services stopped during the walkout, which the union says lasted 12 days.", "12 days", "walkout"),
])
def test_a_duration_of_lasting_measures_its_verbs_subject(sentence, quote, words):
    assert subject(sentence, quote) == words


@pytest.mark.parametrize("sentence, quote", [
    ("She worked at the mill for 30 years.", "30 years"),  # how long someone did something
    ("The team spent four hours on the summit.", "four hours"),
    ("It lasted two hours.", "two hours"),  # no noun of its own: the noun named before
    ("The firm has been trading for 40 years.", "40 years"),
])
def test_how_long_someone_did_something_names_nothing_that_lasted(sentence, quote):
    assert subject(sentence, quote) == ""


def outlets(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {
        "a.md": article("Fibrelane blames faulty update for broadband outage", "2026-09-16", first, outlet="Wire"),
        "b.md": article("Fibrelane outage hit thousands", "2026-09-16", second, outlet="Paper")})


def test_an_outage_that_lasted_is_compared_across_outlets(tmp_path):
    claims = outlets(
        tmp_path,
        "Fibrelane had an outage in its northern network on Tuesday, which lasted about three hours, "
        "the company said.",
        "Fibrelane's outage on Tuesday lasted roughly three hours, the company said.")
    found = claims[claims["metric"] == "outage_duration"]
    assert (found["status"] == "agreement").any(), table(claims)


def test_two_lengths_of_one_outage_conflict(tmp_path):
    claims = outlets(
        tmp_path,
        "Fibrelane said the disruption to its northern network began on Tuesday morning and lasted about three "
        "hours.",
        "Broadband lines in Fibrelane's northern network were unreachable or badly degraded for nearly nine hours, "
        "a monitoring firm said.")
    found = claims[claims["metric"] == "outage_duration"]
    assert (found["status"] == "conflict").any(), table(claims)


def test_a_strike_lasting_days_is_keyed_by_the_strike(tmp_path):
    claims = story_claims(tmp_path, {"a.md": "---\ntitle: Dock strike ends\npublished: 2026-04-02\n---\n"
                                             "The dock strike at Portmere, which lasted 11 days, ended on Monday.\n"})
    assert claims["metric"].str.contains("strike").any(), table(claims)


def test_a_hyphened_disruption_length_is_an_outage_length(tmp_path):
    """'the 26-hour disruption' is a figure (figures.units.TIME_SPAN_NOUNS, as 'the 12-hour outage') and the length
    of the outage, set against 'about 40 hours' in another outlet."""
    claims = outlets(
        tmp_path,
        "Fibrelane's broadband service was down for about 40 hours, according to a monitoring firm.",
        "Fibrelane blamed a faulty update for the 26-hour disruption and said it would compensate customers.")
    found = claims[claims["metric"] == "outage_duration"]
    assert (found["status"] == "conflict").any(), table(claims)


# "for N hours before it recovered": the parse hangs the hours on the clause of the end; "for" still gives the length of
# what stands before it (a chatbot's, a bank app's, a network's outage)
@pytest.mark.parametrize("first, second", [
    ("Parley was down for about 14 hours, Quillmind said.",
     "By DownRadar's count Parley was down for nearly 19 hours before it fully recovered."),
    ("Tollgate's app was unavailable for about five hours, the bank said.",
     "Tollgate was unavailable for nearly nine hours before its app came back."),
    ("Fibrelane's northern network was offline for about three hours, the company said.",
     "Fibrelane's northern network was offline for more than eight hours until engineers restored it."),
])
def test_a_length_told_before_the_clause_of_its_end_is_compared(tmp_path, first, second):
    claims = outlets(tmp_path, first, second)
    lengths = claims[claims["metric"] == "outage_duration"]  # one claim, its two values disjoint (a doubt may hold it back)
    assert len(lengths) == 1 and lengths.status.iloc[0] in ("conflict", "discrepancy"), table(claims)


@pytest.mark.parametrize("sentence, quote, words", [
    ("The service was down for nearly 19 hours before it fully recovered.", "nearly 19 hours", "The service was down"),
    ("Engineers worked for 12 hours, the company said.", "12 hours", ""),  # no clause of its end after it
])
def test_what_lasted_before_the_clause_of_its_end(sentence, quote, words):
    from newsreport.claims.lasting import lasted_before

    start = sentence.find(quote)
    assert lasted_before(sentence, start, start + len(quote)) == words
