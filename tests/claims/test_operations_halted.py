"""A company stopping one of its operations has a day (config `withdrawals_halted`, `production_halted`): a crypto
lender or a bank that "halted all customer withdrawals", "froze withdrawals", "stopped customers withdrawing"; a
carmaker or a mine that "halted" or "suspended production". Two days for one halt conflict; each operation is its
own event (a halt of production is not a halt of withdrawals), and a restart is another event. Stories of our own:
a crypto lender, a carmaker, a bank, a copper mine."""

import pytest

from claims_fixtures import article, story_claims


def halts(tmp_path, first: str, second: str):
    claims = story_claims(tmp_path, {"a.md": article("Halt", "2026-03-12", first, outlet="Wire"),
                                     "b.md": article("Halt", "2026-03-12", second, outlet="Paper")})
    return claims, claims[claims.metric.str.endswith("_halted")]


@pytest.mark.parametrize("first, second, status", [
    ("Crypto lender Vessa halted all customer withdrawals on Wednesday, citing market turmoil.",
     "Vessa froze withdrawals on Tuesday night, two days after a rival collapsed.", "conflict"),
    ("Carmaker Brevik halted production at its Osby plant on Monday, March 9.",
     "Brevik suspended production at the Osby plant on Tuesday, March 10, the union said.", "conflict"),
    ("Hollin Bank stopped customers withdrawing cash on Friday, March 6.",
     "Hollin Bank halted withdrawals on Friday, March 6, the regulator said.", "agreement"),
    ("Mining group Kerrow suspended production at its Tamba copper mine on Sunday, March 8.",
     "Kerrow halted output at the Tamba mine on March 8 after a flood.", "agreement"),
])
def test_the_day_an_operation_was_halted(tmp_path, first, second, status):
    claims, rows = halts(tmp_path, first, second)
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Vessa halted withdrawals on Monday, March 9.", "Vessa halted production of its hardware wallets on Wednesday, March 11."),
    ("Brevik halted production at Osby on Monday, March 9.", "Brevik resumed production at Osby on Wednesday, March 11."),
    ("Hollin Bank froze withdrawals on Friday, March 6.", "Hollin Bank lifted the freeze on withdrawals on Tuesday, March 10."),
])
def test_another_operation_or_a_restart_is_another_event(tmp_path, first, second):
    claims, _ = halts(tmp_path, first, second)
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
