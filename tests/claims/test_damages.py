"""Damages a court orders are one measure whether written as damages or as a verdict ("ordered Korvo
Motors to pay $1.4 billion in damages" / "Korvo Motors was hit with a $1.2 billion verdict"), so two
articles' amounts are compared; what a plaintiff sought stays the plaintiff's. Stories of our own: a
trade-secrets trial, a patent trial, a libel case."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("payer, first, second, status", [
    ("Korvo Motors", "A federal jury on Tuesday ordered Korvo Motors to pay $1.4 billion in damages to Anvil Cells.",
     "Korvo Motors was hit with a $1.2 billion verdict on Tuesday in its fight with Anvil Cells.", "conflict"),
    ("Ostler Systems", "A jury ordered chipmaker Ostler Systems to pay $38 million in damages to Felt Robotics.",
     "Ostler Systems was hit with an $83 million verdict in its patent fight with Felt Robotics.", "conflict"),
    ("Daily Courier", "A London court ordered the Daily Courier to pay £1.1 million in damages to singer Lena Vos.",
     "The Daily Courier faces a £1.1 million libel verdict after losing the case brought by Lena Vos.", "agreement"),
])
def test_damages_and_a_verdict_are_one_amount(tmp_path, payer, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article("Verdict", "2026-10-07", first),
                                     "b.md": article("Verdict", "2026-10-08", second)})
    damages = claims[claims.metric == "damages"]
    assert list(damages.entity) == [payer] and list(damages.status) == [status], \
        claims[["entity", "metric", "status", "values"]].to_string()


def test_damages_sought_are_not_the_award(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Verdict", "2026-10-07", "A federal jury on Tuesday ordered Korvo Motors to pay $1.4 billion in "
                                                 "damages to Anvil Cells."),
        "b.md": article("Verdict", "2026-10-08", "Anvil Cells had sought $3.2 billion in damages from Korvo Motors.")})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()
