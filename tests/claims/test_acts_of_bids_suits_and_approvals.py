"""Acts told with several verbs have one key (config `event_synonyms`): a bid or an offer lodged, submitted, put in
or tendered (handed "to the administrators": a recipient, no level it moved to); a suit filed or a challenge lodged;
a plan approved, granted approval, signed off or cleared by a regulator; money disbursed, paid out or a tranche
released; a fire that ignited is a disaster striking. Police clearing a camp, a report released and a share price
that went down to a level are none of these. Sentences of our own: a supermarket sale, a tenants' union, a drone
trial, a council's funding, a farm fund, a scrub fire."""

from functools import partial

import pytest

from claims_fixtures import story_claims, numbered_articles
from newsreport.claims.occurrences import occurrence_of
from newsreport.claims.vocabulary import load_vocabulary


def happening(sentence: str, day: str) -> tuple[str, str]:
    at = sentence.index(day)
    rule, detail = occurrence_of(sentence, at, at + len(day), load_vocabulary())
    return (rule.name if rule else "", detail)


def act(sentence: str, day: str) -> str:
    """The act's key: its event type, or an occurrence's verb without the thing it happened to."""
    name, detail = happening(sentence, day)
    return detail.partition(" (")[0] if name == "occurrence" else name


@pytest.mark.parametrize("first, day1, second, day2", [
    ("The Orla consortium lodged its bid on Friday.", "on Friday",
     "The Orla consortium submitted its bid to the administrators on Friday.", "on Friday"),
    ("Harlow Foods put in an offer for the chain on 4 May.", "4 May", "Harlow Foods tendered an offer on May 4.", "May 4"),
    ("The tenants' union filed suit against the landlord on March 3.", "March 3",
     "The tenants' union lodged a challenge in the High Court on March 3.", "March 3"),
    ("The council signed off the funding package on 4 March.", "4 March",
     "The council approved the funding package on March 4.", "March 4"),
    ("The ministry granted Aerova approval on Thursday for a drone trial.", "on Thursday",
     "The ministry approved a drone trial by Aerova on Thursday.", "on Thursday"),
    ("The farm fund disbursed the grants to growers on Tuesday.", "on Tuesday",
     "The farm fund released the second tranche on Tuesday.", "on Tuesday"),
])
def test_one_act_in_other_words_has_one_key(first, day1, second, day2):
    assert act(first, day1) and act(first, day1) == act(second, day2)


def test_a_fire_that_ignited_struck():
    assert happening("The scrub fire ignited on 14 July near the reservoir.", "14 July")[0] == "disaster_struck"


@pytest.mark.parametrize("sentence, day, not_key", [
    ("Police cleared the camp on Tuesday.", "on Tuesday", "approve"),
    ("The farm fund released its annual report on Tuesday.", "on Tuesday", "disburse"),
])
def test_look_alike_acts_keep_their_own_key(sentence, day, not_key):
    assert not happening(sentence, day)[1].startswith(not_key)


def test_a_price_that_went_down_to_a_level_is_no_happening():
    assert happening("Harlow Foods shares went down to 310 pence on Monday.", "on Monday") == ("", "")


articles = partial(numbered_articles, published="2026-03-20")


def test_an_act_one_article_tells_on_two_days_is_done_again_and_again(tmp_path):
    # two bidders: "submitted its offer on Monday" and "lodged its bid on Friday" are two bids, each its own day
    claims = story_claims(tmp_path, articles(
        "Harlow Foods submitted its offer on Monday, March 9. A second group, led by Tesca, lodged its bid on Friday, March 6.",
        "A group organised by Tesca, which put in a bid on March 9, is seen as the favourite."))
    bids = claims[claims.metric.str.startswith("occurrence: submit")]
    assert not bids.status.isin(["conflict", "discrepancy"]).any(), claims[["metric", "values", "status"]].to_string()
