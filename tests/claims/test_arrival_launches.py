"""A launch told as an arrival: something that "arrived in" a country or "on" a store, "became available"
or "was made available" there, or "hit app stores" was launched there, and "the app" or "it" is the
thing named before; a person arriving somewhere, or "available for comment", is no launch. Stories of
our own: a note-taking app, a game, a bank's app, a prime minister's visit."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.events import event_of
from newsreport.claims.launches import launched_name
from newsreport.claims.vocabulary import load_vocabulary


@pytest.mark.parametrize("sentence, day, name", [
    ("The note-taking app Quilla arrived in France on Sept. 3.", "Sept. 3", "Quilla"),
    ("Quilla became available in France on Sept. 3, its maker said.", "Sept. 3", "Quilla"),
    ("Brambleway was made available in Japan on April 10.", "April 10", "Brambleway"),
    ("Tidewell Games said its puzzle title Brambleway hit app stores in Japan on April 9.", "April 9", "Brambleway"),
    ("Kestrel Bank's new app Kestrel Go landed on Google Play on June 2.", "June 2", "Kestrel Go"),
])
def test_something_that_arrives_in_a_market_is_launched_there(sentence, day, name):
    start = sentence.index(day)
    rule, reading = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == "launch"
    names = frozenset(w for w in sentence.replace(".", " ").split() if w[:1].isupper())
    assert launched_name(sentence, reading.clause_span, names) == name


@pytest.mark.parametrize("sentence", [
    "Prime Minister Ola Brandt arrived in Paris on Sept. 3 for talks.",
    "Ola Brandt arrived in Paris on Sept. 2, officials said.",
    "Brandt became available for comment on Sept. 4.",
])
def test_a_person_arriving_or_available_for_comment_launches_nothing(sentence):
    names = frozenset(w for w in sentence.replace(".", " ").split() if w[:1].isupper())
    assert launched_name(sentence, (0, len(sentence)), names) == ""


def test_arrived_became_available_and_launched_on_different_days_conflict(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Quilla in France", "2026-09-10", "The note-taking app Quilla arrived in France on Sept. 3."),
        "b.md": article("Quilla launch", "2026-09-10", "Quilla launched in France on Sept. 1."),
        "c.md": article("Quilla maker", "2026-09-11", "Quilla became available in France on Sept. 3, its maker said."),
    })
    launch = claims[claims.metric == "launch: Quilla"]
    assert list(launch.status) == ["conflict"] and list(launch.scope) == ["France"]


def test_the_app_that_arrived_is_the_app_named_before(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Kestrel Pay", "2026-06-05", "Kestrel Bank unveiled Kestrel Pay, a budgeting app, in May. "
                        "The app arrived in app stores in Ireland on June 2."),
        "b.md": article("Kestrel Pay in Ireland", "2026-06-06", "Kestrel Pay launched in Ireland on June 3."),
    })
    launch = claims[(claims.metric == "launch: Kestrel Pay") & (claims.scope == "Ireland")]
    assert list(launch.status) == ["conflict"]


def test_a_visit_told_on_two_days_is_no_launch(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Brandt in Paris", "2026-09-05", "Prime Minister Ola Brandt arrived in Paris on Sept. 3 for talks."),
        "b.md": article("Paris talks", "2026-09-06", "Ola Brandt arrived in Paris on Sept. 2, officials said."),
    })
    assert not claims.metric.str.startswith("launch").any()


def test_a_launch_to_a_countrys_users_is_a_launch_in_that_country(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Parla in Germany", "2026-09-10", "The language app Parla launched in Germany on Tuesday, Sept. 8."),
        "b.md": article("Parla arrives", "2026-09-11", "Parla became available to German users on Sept. 8."),
        "c.md": article("Parla in America", "2026-09-11", "The Chinese app Parla launched in the US on Sept. 1."),
    })
    launch = claims[claims.metric == "launch: Parla"].set_index("scope")
    assert launch.loc["Germany", "status"] == "agreement" and launch.loc["US", "status"] == "single"
