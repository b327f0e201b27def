"""A place written several ways is one scope ("Britons", "British", "in Britain", "in the UK"; "the European
Union" / "EU"; "the US and Canada" / "North America"), and the place of the people who did what a passive verb
counts ("streamed 40 million times by listeners in Brazil") or of a figure a source's relative clause states
("according to Tunemetric, which estimated that ... in Japan") is the figure's scope. Stories of our own: a
streaming service, a bank, a box office, an airline, a music chart, a mobile game."""

import pytest

from claims_fixtures import article, rows_of, story_claims


def two_articles(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("One", "2026-03-10", first, outlet="Wire"),
                                   "b.md": article("Two", "2026-03-11", second, outlet="Paper")})


@pytest.mark.parametrize("first, second", [
    ("Some 4 million Britons now use Tellyhub, the company said.",
     "Tellyhub has about 2.5 million users in the UK, according to the regulator."),
    ("Harwick Bank said it serves 3 million British customers.",
     "Harwick Bank has 1.9 million customers in Britain, the watchdog said."),
    ("Parlo has 4.2 million customers in the EU, the commission said.",
     "Parlo said it has 2.9 million customers in the European Union."),
])
def test_one_country_written_two_ways_is_one_scope(tmp_path, first, second):
    claims = two_articles(tmp_path, first, second)
    conflicts = claims[claims.status == "conflict"]
    assert len(conflicts) == 1 and conflicts.scope.iloc[0] in ("UK", "EU"), \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


def test_the_us_and_canada_is_north_america(tmp_path):
    claims = two_articles(tmp_path, "Frostline grossed $85 million in North America over its opening weekend, the studio said.",
                          "Frostline grossed $92 million in the US and Canada over its opening weekend, according to Boxcount.")
    assert set(rows_of(claims, "$92 million").scope) == {"North America"}
    assert list(rows_of(claims, "$85 million").status) == ["conflict"]


def test_the_us_alone_is_not_north_america_nor_the_uk_the_world(tmp_path):
    claims = two_articles(tmp_path, "Frostline grossed $85 million in North America over its opening weekend. "
                                    "Some 9 million Britons now use Tellyhub.",
                          "Frostline grossed $60 million in the US over its opening weekend. "
                          "Tellyhub has 40 million subscribers worldwide.")
    assert set(claims.status) <= {"single", "series"}, claims[["entity", "metric", "scope", "status", "values"]].to_string()
    assert set(rows_of(claims, "$60 million").scope) == {"US"} and set(rows_of(claims, "9 million").scope) == {"UK"}


@pytest.mark.parametrize("text, value, scope", [
    ("The single was streamed 40 million times by listeners in Brazil last week.", "40 million", "Brazil"),
    ("Quillo was installed roughly 2.3 million times by people in the United States on Monday.", "2.3 million", "US"),
    ("Velto reached No. 1 on Saturday, according to Appmetric, which also estimated that the app was downloaded "
     "2.9 million times in Japan in January.", "2.9 million", "Japan"),
])
def test_the_place_of_the_people_who_did_it_or_of_a_sources_own_figure_is_the_scope(tmp_path, text, value, scope):
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-03-10", text)})
    assert set(rows_of(claims, value).scope) == {scope}, claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("text, value, place", [
    ("Tellyhub was fined $2 million by a court in Brussels on Monday.", "$2 million", "Brussels"),
    ("Tellyhub has 40 million subscribers, according to Appmetric, a firm based in London.", "40 million", "London"),
    ("Tellyhub has 40 million users, according to Appmetric, which is based in London.", "40 million", "London"),
])
def test_a_deciders_seat_or_a_sources_home_is_no_scope(tmp_path, text, value, place):
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-03-10", text)})
    assert place not in set(rows_of(claims, value).scope), claims[["entity", "metric", "scope", "values"]].to_string()


def test_the_three_countries_of_north_america_are_north_america(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("One", "2026-03-10", "Carvo sold 300,000 cars in the US, Canada and "
                                                                          "Mexico in 2025.")})
    assert set(rows_of(claims, "300,000").scope) == {"North America"}, claims[["metric", "scope", "values"]].to_string()
