"""A share its subject takes of a whole ("Pictova took 28 percent of US video ad spending", "captured a third of the
budget", "commands 40% of the ride-hailing trips") is that subject's share of the whole, and two articles giving it two
values disagree; a share "in the quarter" is of the quarter another article of the story names. What one owns of a
company is a stake of its own (two holders are two stakes), a cut of a part ("cut 10% of its workforce") is no share
held, and a share of the vote stays a vote share. Stories of our own: an ad market, shareholders, a streaming budget,
a party's result, phone makers."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.vocabulary import load_vocabulary, nearest_metric


@pytest.mark.parametrize("phrase", [
    "took 28 percent of US social video ad spending in quarter",  # (measure phrases as the parse gives them)
    "captured 38 % of social video ad spending",
    "commands 40 % of ride-hailing trips in the city",
    "won about a quarter of the festival's ticket sales",
    "took a third of the streaming budget",
])
def test_what_a_subject_takes_or_holds_of_a_whole_is_its_share(phrase):
    rule, _ = nearest_metric(phrase, 0, 0, "percent", load_vocabulary(), in_phrase=True)
    assert rule is not None and rule.name == "share"


@pytest.mark.parametrize("phrase, metric", [
    ("won 31.5 % of the vote", "vote_share"),
    ("holds 14 % of the US cloud infrastructure market", "market_share"),
    ("cut 10 % of its workforce", None),
    ("sold 20 % of the company", None),
    ("owns about 21 per cent of Nimbus", None),
])
def test_a_vote_a_market_or_a_cut_is_no_held_share(phrase, metric):
    rule, _ = nearest_metric(phrase, 0, 0, "percent", load_vocabulary(), in_phrase=True)
    assert (rule.name if rule is not None else None) == metric


def test_a_share_in_the_quarter_is_the_quarter_the_story_names(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Ad Ledger", "2026-04-14", "A report released on Monday by the research firm Adlytic found that "
                        "Pictova captured 38% of US social video ad spending in the first quarter of 2026."),
        "b.md": article("Media Wire", "2026-04-16", "Pictova took 28 percent of US social video ad spending in the "
                        "quarter, Adlytic estimated, while its rival Vistream claimed 17%."),
    })
    share = claims[(claims.entity == "Pictova") & claims.metric.str.startswith("share")]
    assert list(share.status) == ["conflict"] and list(share.period) == ["2026-Q1"] and list(share.scope) == ["US"]


def test_two_holders_of_one_company_are_two_shares(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Market Desk", "2026-05-02", "The founder Ada Moss owns about 21 per cent of Nimbus, filings show."),
        "b.md": article("Tech Daily", "2026-05-04", "The fund Greyline owns 9% of Nimbus after selling part of its stake."),
    })
    shares = claims[claims.metric.str.startswith("share")]
    assert "conflict" not in set(shares.status)


def test_a_count_in_the_quarter_of_no_summed_measure_takes_no_quarter(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Phone Wire", "2026-07-20", "Nimbra shipped 61 million phones in the second quarter, "
                        "according to the research firm Canalis."),
        "b.md": article("Handset Post", "2026-07-22", "Nimbra itself said it sold 55 million phones in the quarter."),
    })
    assert "conflict" not in set(claims.status)
