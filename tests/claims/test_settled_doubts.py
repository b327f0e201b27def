"""Doubts about an event's owner that the other side of a pair settles (claims/reconcile.settled): a day
whose owner is taken from the article ("Marsby's systems went down on Saturday", another name near; "the hearing on
April 21" in an article about one app) conflicts with another article's day of that owner's event, however that
article names the owner, unless the owner is the source the sentence cites; a signing keyed by its signer
conflicts when the two days are a day apart (one signing misdated), and stays a possible discrepancy
when they are days apart (two signings). Stories of our own: a council hit by hackers, a governor's
law, a president's order, a mayor's decree."""

import pytest

from claims_fixtures import article, story_claims
from newsreport.claims.event_owners import FROM_ARTICLE
from newsreport.claims.reconcile import settled

COLUMNS = ["entity", "metric", "period", "status", "values", "reason"]


def story(tmp_path, first: tuple[str, str, str], second: tuple[str, str, str]):
    return story_claims(tmp_path, {"a.md": article(first[0], first[1], first[2], outlet="Wire"),
                                   "b.md": article(second[0], second[1], second[2], outlet="Paper")})


@pytest.mark.parametrize("first, second", [
    (("Hackers hit Marsby council", "2027-02-16",
      "Hackers took Marsby council's computer systems offline on Sunday, the council said."),
     ("Council services disrupted", "2027-02-16",
      "Marsby's systems went down early on Saturday, staff told the Gazette, a day before the council reported "
      "the attack to the National Cyber Centre.")),
    (("Governor signs ferry bill", "2026-05-18", "Governor Ada Strand signed the ferry bill on Friday."),
     ("Ferry law signed", "2026-05-18", "Governor Ada Strand signed the bill on Thursday, May 14.")),
    (("President signs drone order", "2026-09-07", "President Tomas Lidd signed the drone order on Thursday, Sept. 3."),
     ("Drone order", "2026-09-07", "President Tomas Lidd signed the order on Friday.")),
])
def test_a_settled_doubt_leaves_a_conflict(tmp_path, first, second):
    claims = story(tmp_path, first, second)
    assert "conflict" in set(claims.status), claims[COLUMNS].to_string()


@pytest.mark.parametrize("first, second", [
    # two signings a week apart: the signer may have signed two orders
    (("Mayor signs parking decree", "2026-06-20", "Mayor Lina Orsk signed the decree on Monday, June 8."),
     ("Mayor's decree", "2026-06-20", "Mayor Lina Orsk signed the decree on Monday, June 15.")),
])
def test_an_unsettled_doubt_stays_a_possible_discrepancy(tmp_path, first, second):
    claims = story(tmp_path, first, second)
    assert "conflict" not in set(claims.status), claims[COLUMNS].to_string()


def day(entity: str, iso: str, confidence: str, reason: str = "", basis: str = "subject", cited: str = "") -> dict:
    return {"kind": "date", "entity": entity, "date": iso, "confidence": confidence, "reason": reason,
            "entity_basis": basis, "cited": cited}


def test_an_owner_taken_from_the_article_is_settled_by_the_pair_unless_it_is_the_cited_source():
    taken = day("Vaultora", "2026-03-10", "low", FROM_ARTICLE)
    assert settled(FROM_ARTICLE, taken, day("Vaultora", "2026-03-11", "high"))  # "Vaultora halted withdrawals on ..."
    assert settled(FROM_ARTICLE, taken, day("Vaultora", "2026-03-11", "low", FROM_ARTICLE))  # taken by both articles
    assert settled(FROM_ARTICLE, taken, day("Vaultora", "2026-03-11", "high", basis="main entity"))  # by its title
    cited = day("Sensorly", "2026-01-13", "low", FROM_ARTICLE, cited="Sensorly")  # "..., according to Sensorly"
    assert not settled(FROM_ARTICLE, cited, day("Sensorly", "2026-01-11", "high"))


@pytest.mark.parametrize("first, second", [
    # a regulator's hearing, dated in two articles on one company's fine
    (("Lisbon fines Tarvo over couriers", "2026-05-14", "LISBON - Portugal's transport authority fined delivery company "
      "Tarvo €12 million on Thursday over its courier contracts. The decision follows a one-day hearing on April 21 at "
      "which Tarvo's lawyers argued that couriers chose their own hours."),
     ("Tarvo couriers win", "2026-05-18", "Tarvo must move couriers onto staff contracts. The couriers' union presented "
      "testimony from more than 200 riders at the authority's hearing on April 23, and welcomed the fine.")),
    # an appeals hearing, "on Tuesday" in one article and "last Wednesday" in another
    (("Court hears Tallyo ban case", "2026-03-05", "WASHINGTON - A federal appeals court heard arguments on Tuesday in "
      "the legal fight over a state law that would ban the game app Tallyo unless its owner sells it."),
     ("Tallyo awaits ruling", "2026-03-09", "Tallyo's owner is waiting for a ruling on its challenge to the law. When "
      "the three judges heard the case last Wednesday, they appeared skeptical of its arguments.")),
])
def test_an_event_both_articles_give_the_story_actor_conflicts_on_two_days(tmp_path, first, second):
    claims = story(tmp_path, first, second)
    assert "conflict" in set(claims.status), claims[COLUMNS].to_string()
