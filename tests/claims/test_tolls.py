"""The human toll of a disaster, an attack or an epidemic, in any corpus: deaths, injuries, people
displaced and homes damaged are measures of the place (config/metrics.yaml), a toll written to the
unit is exactly itself ("57" and "61" on one day disagree), and a running total whose sentences state
no day may have grown between articles of different days. Stories of our own: a flood, an
earthquake, an outbreak."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second, metric", [
    ("The death toll from the Varda floods rose to 57 on Monday.", "Officials said 61 people had died in the Varda floods as of Monday.",
     "deaths"),
    ("The earthquake in Kessa killed 134 people on Friday, officials said.", "At least 150 people died in the Kessa earthquake on Friday.",
     "deaths"),
    ("The outbreak in Lorn injured 212 people on Tuesday.", "Health officials said 187 people were hurt in Lorn on Tuesday.",
     "injuries"),
    # lives a disaster claimed or cost are its dead, not a measure of "lives"
    ("The Varda floods claimed 57 lives on Monday, officials said.", "Officials said 72 people had died in the Varda floods "
     "on Monday.", "deaths"),
    ("The Kessa earthquake cost 134 lives on Friday, the ministry said.", "At least 180 people died in the Kessa earthquake on "
     "Friday, a rescue group said.", "deaths"),
])
def test_two_tolls_of_one_day_that_differ_are_a_conflict(tmp_path, first, second, metric):
    # tolls were keyed by their nouns ("toll", "people: die") apart from each other, and 57 and 61 overlapped at ±5%
    place = next(w for w in ("Varda", "Kessa", "Lorn") if w in first)
    claims = story_claims(tmp_path, {"a.md": article(f"{place} toll rises", "2025-09-16", first),
                                     "b.md": article(f"Officials in {place} count the victims", "2025-09-16", second)})
    conflicts = claims[claims.status == "conflict"]
    assert list(conflicts.metric) == [metric], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("About 12,000 homes were damaged across the Varda region.", "Some 15,000 homes were damaged in the Varda region."),
    ("The quake in Kessa left 3,000 people homeless.", "The quake in Kessa has displaced 8,000 people."),
    ("The storm damaged 400 homes in Lorn.", "The storm destroyed 900 houses in Lorn."),
])
def test_undated_running_totals_of_articles_of_other_days_are_only_possible_discrepancies(tmp_path, first, second):
    place = next(w for w in ("Varda", "Kessa", "Lorn") if w in first)
    claims = story_claims(tmp_path, {"a.md": article(f"Damage in {place}", "2025-09-15", first),
                                     "b.md": article(f"{place} counts the damage", "2025-09-17", second)})
    assert "conflict" not in set(claims.status) and "discrepancy" in set(claims.status), \
        claims[["entity", "metric", "status", "reason", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Ferrum Air carried 12,430 passengers in March.", "Ferrum Air flew 12,400 passengers in March."),
    ("Pronto has 4.1 million users in Spain.", "Pronto has 4.2 million users in Spain."),
    ("The Kessa quake damaged 1,200 buildings on Friday.", "About 1,150 buildings were damaged in the Kessa quake on Friday."),
])
def test_rounded_figures_keep_their_tolerance(tmp_path, first, second):
    name = next(w for w in ("Ferrum Air", "Pronto", "Kessa") if w in first)
    claims = story_claims(tmp_path, {"a.md": article(f"{name} in numbers", "2025-04-02", first),
                                     "b.md": article(f"What we know about {name}", "2025-04-02", second)})
    # (a day the second sentence gives its quake is a single claim of its own)
    assert set(claims.status) - {"single"} == {"agreement"}, claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("text, owner", [
    ("Floods in the Varda region killed at least 42 people by Sunday, officials said.", "Varda"),
    ("Aid groups put the number of damaged homes in Kessa at 9,000.", "Kessa"),
    ("Storms cut power to 9,000 homes in Lorn and killed 3 people.", "Lorn"),
])
def test_a_plural_noun_or_verb_opening_a_sentence_is_no_name(tmp_path, text, owner):
    # "Floods", "Aid" and "Storms" open the title and the sentence and never occur in lower case: they
    # were taken for the toll's owner
    claims = story_claims(tmp_path, {"a.md": article(f"{text.split()[0]} in {owner}", "2025-09-15", text)})
    assert text.split()[0] not in set(claims.entity) and owner in set(claims.entity), \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("At least 41 people have died since the earthquake, the interior ministry said.",
     "The official toll has since risen to 41, the ministry said on Thursday."),
    ("Seventeen people were killed in the floods, the disaster agency said.", "The toll stood at 17 on Monday, rescuers said."),
    ("The heat wave has killed 230 people, the health ministry said.", "The provisional toll has climbed to 230, doctors said."),
])
def test_a_toll_is_the_deaths_it_counts(tmp_path, first, second):
    # "the (official) toll" names the deaths themselves: no detail keys it apart from "killed 41 people"
    claims = story_claims(tmp_path, {"a.md": article_of(first, "2026-05-21"), "b.md": article_of(second, "2026-05-21")})
    deaths = claims[claims.metric.str.startswith("deaths")]
    assert set(deaths.metric) == {"deaths"}, claims[["entity", "metric", "period", "status", "values"]].to_string()


def article_of(body: str, published: str) -> str:
    return f"---\ntitle: Toll\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"
