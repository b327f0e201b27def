"""Names and wordings met in the spent check6 stories, each shown on several kinds of story:
- an institution named by its kind ("Sahyadri Medical College Hospital", "Harrowgate Borough Council") and its
  short form ("Sahyadri", "Harrowgate") are one owner;
- a currency written as a word or code ("Rs 72,000", "INR 500") names nobody;
- an attack or a failure that "took its systems offline on Sunday" dates a service going down."""

import pytest

from claims_fixtures import article, story_claims
from newsreport.claims.names import is_name
from newsreport.claims.parsing import parsed


@pytest.mark.parametrize("full, short", [
    ("Sahyadri Medical College Hospital", "Sahyadri"),
    ("Harrowgate Borough Council", "Harrowgate"),
    ("Velm University", "Velm"),
])
def test_an_institution_and_its_short_name_are_one_owner(tmp_path, full, short):
    body = f"{full} said it had 2,400 staff. {short} has 2,400 employees, a union said."
    claims = story_claims(tmp_path, {"a.md": article("Staff", "2027-06-03", body, "Wire")})
    assert len(set(claims.entity)) == 1, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("sentence, word", [
    ("The doctors want stipends raised from the current Rs 72,000 a month.", "Rs"),
    ("Tickets cost INR 500 each at the gate.", "INR"),
    ("The fund raised USD 2 million last year.", "USD"),
])
def test_a_currency_names_nobody(sentence, word):
    doc = parsed(sentence)
    assert not is_name(next(t for t in doc if t.text == word), frozenset({word}))


@pytest.mark.parametrize("first, second", [
    ("A ransomware attack took Harrowgate's computer systems offline on Sunday, Harrowgate said.",
     "Harrowgate's systems went down on Saturday, staff said."),
    ("A storm knocked the Velm port's cranes offline on Monday, Velm port said.",
     "The Velm port's cranes stopped working on Tuesday, dockers said."),
    ("A faulty update took Norda's booking site offline on Friday, Norda said.",
     "Norda's booking site crashed on Thursday, travellers said."),
])
def test_taken_offline_is_a_service_going_down(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Attack", "2027-02-16", first, "Wire"),
                                     "b.md": article("Outage", "2027-02-16", second, "Daily")})
    down = claims[claims.metric == "service_shutdown"]
    assert len(down) == 1 and down.iloc[0].n_sources == 2, claims[["entity", "metric", "status", "values"]].to_string()
