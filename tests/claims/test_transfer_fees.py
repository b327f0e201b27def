"""A transfer fee is the moved person's (config `transfer_fee`, `person_owned`: the one person its sentence names,
claims/fees.py), however the move is told: "completed the signing of X for a club-record fee of £40 million", "X has
joined Corbin for £35 million", "a £40m fee for X", "the £40m signing". A scale glued to its number ("£40m fee") is
no word of what is counted (counted.glued_scale). A licence fee, a signing bonus or a company's signed deal is no
transfer fee. Stories of our own: football, basketball, a coach hired by a rugby club, a merger, a warehouse, a navy
contract."""

import pytest

from claims_fixtures import article, story_claims, table


def outlets(tmp_path, *texts: str, published: str = "2026-08-10"):
    return story_claims(tmp_path, {f"{i}.md": article("Story", published, text, outlet=f"Outlet {i}")
                                   for i, text in enumerate(texts)})


@pytest.mark.parametrize("first, second, person, status", [
    ("Corbin United completed the signing of midfielder Ana Ruiz on Friday for a club-record fee of £40 million.",
     "Ana Ruiz has joined Corbin United for £35 million, the club confirmed.", "Ana Ruiz", "conflict"),
    ("The Denton Rockets signed guard Malik Oduya for a record fee of $12 million.",
     "The Rockets' owner defended a $12m fee for Malik Oduya on Monday.", "Malik Oduya", "agreement"),
    ("Ravensmoor RFC signed head coach Piet Laval from Toulon for a fee of EUR 1.5 million.",
     "Piet Laval moved to Ravensmoor RFC for EUR 1.5 million, the club said.", "Piet Laval", "agreement"),
])
def test_a_fee_is_the_moved_persons(tmp_path, first, second, person, status):
    claims = outlets(tmp_path, first, second)
    rows = claims[claims.metric == "transfer_fee"]
    assert list(rows.entity) == [person] and list(rows.status) == [status], table(claims)


def test_a_licence_fee_is_no_transfer_fee(tmp_path):
    claims = outlets(tmp_path, "Minister Ella Stroud said the licence fee will rise to £175 in April.",
                     "The broadcaster's licence fee is £169.50 a year, Ella Stroud said.")
    assert "transfer_fee" not in set(claims.metric), table(claims)


@pytest.mark.parametrize("sentence", [
    "Kessel signed an agreement to buy Brevia for $6.9 billion, chief executive Ana Ruiz said.",
    "Amazon is offering a $3,000 signing bonus to new warehouse workers, spokeswoman Mia Tran said.",
    "Orvane is signing a $400 million contract with the navy, its founder Leo Hart said.",
])
def test_a_company_deal_or_a_signing_bonus_is_no_transfer_fee(tmp_path, sentence):
    claims = outlets(tmp_path, sentence)
    assert "transfer_fee" not in set(claims.metric), table(claims)
