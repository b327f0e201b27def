"""Two estimators of one count, told in other words: a data firm "estimates the app was downloaded" (the app's count,
not the firm's), the company "said 3.2 million people had signed up" ("the company": the one named before), "in the 48
hours after the ban" (its first two days) and "a pace that ..." summing up the clause (no measure of its own).
Stories of our own: a chat app after a rival's ban, an AI assistant's launch, a game's release, a ride app's launch."""

import pytest

from claims_fixtures import article, story_claims, table
from newsreport.claims.rates import count_window


@pytest.mark.parametrize("text, window", [
    ("signed up in the 48 hours after the ban", "first two days"),
    ("were sold in the 72 hours following its release", "first three days"),
    ("joined in the 24 hours after the launch", "first day"),
    ("was downloaded 2 million times in 48 hours", "two days"),
    ("in the first two days after the ban", "first two days"),
    ("in the 36 hours after the ban", "first 36 hours"),  # no whole number of days: kept as written
    ("in the week after the launch", "first week"),  # as "in the seven days after the launch"
    ("in the week to July 5", "one week"),
    ("gained 5,000 members in a month after its price cut", "one month"),  # any month
])
def test_hours_after_an_event_are_its_first_days(text, window):
    assert count_window(text) == window


@pytest.mark.parametrize("name, one, other", [
    ("Kestrel", "Kestrel, the Portuguese messaging start-up that has found itself at the centre of Indonesia's chat "
                "market, says it is hiring. The company said 3.2 million people in Indonesia had signed up in the 48 "
                "hours after the ban.",
     "Data firm Sensora estimated that about 2.4 million new users in Indonesia signed up for Kestrel in the first "
     "two days after the ban."),
    ("Lumen", "Lumen released its Lumen-3 model on January 20, and a free chat app built on it rose to No. 1 on "
              "Apple's US App Store. App analytics firm Sensify estimates the app was downloaded about 2.6 million "
              "times in its first week.",
     "Lumen said its chat app had been downloaded more than 4 million times in its first seven days, a pace that it "
     "said had forced it to limit new sign-ups."),
    ("Galeforge", "Galeforge went on sale on May 12. Market tracker PlayCensus estimates the game was bought about "
                  "2.2 million times in its first week.",
     "Galeforge was bought more than 3 million times in its first seven days, a pace that its publisher said had "
     "surprised it."),
])
def test_two_estimates_of_one_count_conflict(tmp_path, name, one, other):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} takes off", "2026-03-04", one, outlet="Wire"),
                                     "b.md": article(f"{name} in numbers", "2026-03-05", other, outlet="Ledger")})
    rows = claims[claims.status == "conflict"]
    assert len(rows) == 1 and set(rows.entity) == {name}, table(claims)
