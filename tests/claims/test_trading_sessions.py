"""A share move outside the regular session ("fell 6% in after-hours trading", "rose 3% in premarket
trading", "jumped after the bell") is another measure than the day's close: two articles giving an
evening move and the next day's close do not disagree. Stories of our own: a court verdict, quarterly
results, a product launch."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.rates import trading_session


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("text, session", [
    ("shares fell 6% in after-hours trading", "after-hours trading"),
    ("the stock rose 3% in extended trading", "after-hours trading"),
    ("shares jumped 9% after the bell", "after-hours trading"),
    ("shares slid 2% in pre-market trading", "premarket trading"),
    ("shares closed down 4.5% on Wednesday", ""),
    ("shares fell 3% in late trading", ""),  # still the regular session
])
def test_a_move_outside_the_regular_session_is_named(text, session):
    assert trading_session(text) == session


@pytest.mark.parametrize("evening, close", [
    ("Brannock Motors lost a trade secrets case on Tuesday. Brannock Motors shares fell 6% in after-hours trading.",
     "Brannock Motors shares closed down 4.5% on Wednesday, a day after the verdict."),
    ("Lindqvist Foods beat forecasts on Thursday, and its shares rose 8% in extended trading.",
     "Lindqvist Foods shares ended Friday up 3% after its results."),
    ("Nimo unveiled its new headset on Monday. Nimo shares slipped 2% in premarket trading on Tuesday.",
     "Nimo shares closed up 1.5% on Tuesday as reviews came in."),
])
def test_an_evening_move_and_the_next_close_do_not_conflict(tmp_path, evening, close):
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-10-07", evening),
                                     "b.md": article("Two", "2026-10-08", close)})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_two_after_hours_moves_are_still_compared(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("One", "2026-10-07", "Brannock Motors shares fell 6% in after-hours trading on Tuesday."),
        "b.md": article("Two", "2026-10-07", "Shares of Brannock Motors dropped 6% in after-hours trading on Tuesday.")})
    moves = claims[claims.metric.str.contains("after-hours")]
    assert list(moves.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_clause_joined_from_tokens_is_read():
    assert trading_session("shares fell 6 % in after - hours trading") == "after-hours trading"
