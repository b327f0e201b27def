"""Whose strike, whose court decision, whose deal: workers strike at their employer, a court rules on
a party's case, and a buyer agrees to a deal on a day two outlets may tell apart. Stories of our own."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.event_owners import event_owner


def article(title: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: 2025-01-14\n---\n{body}\n"


@pytest.mark.parametrize("rule, entity, clause, owner", [
    ("strike_start", "Dock", "Dock workers at Harlo went on strike on Jan. 5", "Harlo"),
    ("strike_end", "Nurses", "Nurses at Corve Health returned to work on March 9", "Corve Health"),
    ("ruling", "Supreme Court", "The Supreme Court ruled against Vessa on Friday", "Vessa"),
    ("hearing", "Appeals Court", "The Appeals Court heard arguments in Lumo's challenge", "Lumo"),
    ("ruling", "Vessa", "Vessa lost its ruling on Friday", "Vessa"),  # a party already owns it
    ("launch", "Zell", "Zell launched Mira at Davos", "Zell"),  # other events keep their owner
])
def test_the_owner_of_a_strike_or_a_ruling(rule, entity, clause, owner):
    names = frozenset({"Dock", "Harlo", "Nurses", "Corve", "Supreme", "Vessa", "Appeals", "Lumo", "Zell", "Mira", "Davos"})
    assert event_owner(rule, entity, clause, names) == owner


@pytest.mark.parametrize("first, second, metric", [
    ("Dock workers at Harlo went on strike on Jan. 5.", "The Harlo dock strike began on Jan. 6.", "strike_start"),
    ("The union's members at Harlo walked off the job on Jan. 5.", "The strike at Harlo started on Jan. 6.", "strike_start"),
    ("The Supreme Court ruled against Vessa on Friday.", "The court's decision on Vessa came on Jan. 9.", "ruling"),
    ("Merla announced on Monday that it would buy Teko.", "Merla unveiled its deal for Teko on Jan. 12.", "deal_agreed"),
    ("Kivo agreed on Friday to acquire Pell for $300 million.", "Kivo struck a deal to buy Pell on Jan. 9.", "deal_agreed"),
])
def test_two_days_for_one_owner_s_event_conflict(tmp_path, first, second, metric):
    claims = story_claims(tmp_path, {"a.md": article("One", first), "b.md": article("Two", second)})
    rows = claims[claims.metric.str.startswith(metric)]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()


def test_agreeing_to_a_deal_and_completing_it_are_two_days(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("One", "Kivo agreed on Jan. 6 to acquire Pell. Kivo completed the purchase on Jan. 13."),
        "b.md": article("Two", "Kivo announced a deal to buy Pell on Jan. 6.")})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("sentence, owner", [
    ("Kivo struck a deal to buy Pell on Jan. 9.", "Kivo"),
    ("Merla Group agreed on Monday to acquire the chipmaker Teko.", "Merla Group"),
    ("Shares of Teko jumped after Merla said it will buy the firm on Jan. 13.", "Merla"),
])
def test_a_deal_is_the_buyer_s(sentence, owner):
    names = frozenset({"Kivo", "Pell", "Merla", "Teko", "Shares"})
    assert event_owner("deal_agreed", "Pell", "to buy Pell on Jan. 9", names, sentence) == owner


@pytest.mark.parametrize("rule, entity, sentence, owner", [
    ("law_signed", "President Tal", "President Tal signed the Vessa ban into law on Jan. 8.", "Vessa"),
    ("law_signed", "", "The order, signed on Jan. 20, gives Vessa a 75-day reprieve.", "Vessa"),
    ("law_passed", "Senate", "The Senate passed a bill banning Ashgrove on Tuesday.", "Ashgrove"),
    ("law_signed", "Vessa", "Vessa's founder signed the pledge on Monday.", "Vessa"),  # not a lawmaker: unchanged
    ("ruling", "Supreme Court", "The Supreme Court upheld the ban on Friday.", "Supreme Court"),  # a day is no party
])
def test_a_law_is_what_it_is_about_never_a_day_or_its_signer(rule, entity, sentence, owner):
    names = frozenset({"President", "Tal", "Vessa", "Senate", "Ashgrove", "Supreme", "Friday", "Jan", "The"})
    assert event_owner(rule, entity, sentence, names, sentence) == owner
