"""A vote's tally is a claim keyed by the votes cast: two tallies of one vote conflict ("9-0" / "7-2"), the same tally
written two ways agrees ("4-3" / "by four votes to three"), tallies of other totals are other votes (a House and a
Senate, a panel and the full court), and an article telling two tallies of one total tells two votes. Stories of our
own: a supreme court, a city council, a parliament, a transit board, a union ballot; and numbers joined by a dash that
are no vote (an age band, a match score, a season)."""

import pytest

from claims_fixtures import joined, table, two_outlets
from newsreport.claims.vote_tallies import METRIC


def tallies(claims):
    return claims[claims.metric.str.startswith(METRIC)]


@pytest.mark.parametrize("first, second", [
    ("In a 6-3 decision, the Supreme Court upheld the divestiture law.", "The justices ruled 7-2 on Friday to uphold the law."),
    ("The union's executive backed the strike 11-4, officials said.", "The executive voted 13-2 in favour of a strike."),
    ("Parliament's committee approved the bill by nine votes to two.", "The committee passed the bill 8-3 after a long debate."),
])
def test_two_tallies_of_one_vote_conflict(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert set(tallies(claims).status) == {"conflict"}, table(claims)


@pytest.mark.parametrize("first, second, values", [
    ("The rezoning passed 4-3 on Monday night.", "Councillors backed the rezoning by four votes to three.", ("4-3", "4-3")),
    ("The transit board voted 7-2 to raise fares.", "The fare rise was approved 7–2 by the board.", ("7-2", "7-2")),
])
def test_one_tally_written_two_ways_agrees(tmp_path, first, second, values):
    claims = two_outlets(tmp_path, first, second)
    assert set(tallies(claims).status) == {"agreement"} and joined(tallies(claims), *values), table(claims)


@pytest.mark.parametrize("first, second", [
    ("The House passed the bill 352-65 in April.", "The Senate approved it 79-18 a week later."),
    ("An appeals panel upheld the law 3-0 in December.", "The Supreme Court upheld it 9-0 on Friday."),
])
def test_tallies_of_other_totals_are_other_votes(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status) and len(tallies(claims)) == 2, table(claims)


def test_an_article_telling_two_tallies_of_one_total_is_compared_with_none(tmp_path):
    claims = two_outlets(tmp_path, "The board voted 7-2 to raise fares and 5-4 to cut two bus routes.",
                         "The board voted 6-3 to raise fares.")
    assert "conflict" not in set(claims.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("About 1.1 million children aged 10-15 use the app.", "Some 900,000 children aged 10-15 use it."),
    ("Seoul Tempest won the final 3-1 on Sunday.", "Seoul Tempest beat the Wolves 3-2 on Sunday."),
    ("The 2019-20 season was cut short.", "Revenue fell in the 2019-20 season."),
])
def test_numbers_joined_by_a_dash_without_a_vote_are_no_tally(tmp_path, first, second):
    assert tallies(two_outlets(tmp_path, first, second)).empty
