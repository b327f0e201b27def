"""An earlier level and the figure its sentence compares it with are two periods of one entity, measure and
scope: a series, never a conflict. The earlier level's period is read from "at the start of the year"; a figure
with no date of its own compared with a dated earlier level is the level at the time of writing; an earlier
level whose own words name no measure ("said 61%") takes the measure of the figure it is compared with; and an
attribution between the two ("412 cases, the health department said Tuesday, up from 285") does not part them.
Stories of our own: apps, streaming, health, elections, the labour market, airports, politics."""

import pytest

from claims_fixtures import article, story_claims


def series_of(tmp_path, entity: str, body: str, published: str = "2026-06-10"):
    """The claims of `entity` in a one-article story, and a table of them to show on failure."""
    claims = story_claims(tmp_path, {"a.md": article("The figures", published, body)})
    rows = claims[claims.entity == entity]
    return rows, rows[["entity", "metric", "scope", "period", "status", "series", "values"]].to_string()


@pytest.mark.parametrize("entity, body, earlier", [
    ("Snappa", "The photo app Snappa now has about 9 million users in Brazil, up from 4 million at the start of "
               "the year.", "2026-01"),
    ("Veloso", "The streaming service Veloso now counts 31 million subscribers, up from 27 million at the "
               "beginning of the year, the company said.", "2026-01"),
    ("Mariposa County", "Mariposa County has now recorded 640 measles cases, up from 90 at the start of the year.",
     "2026-01"),
])
def test_a_level_at_the_start_of_the_year_is_january_of_a_series(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body)
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period), shown


@pytest.mark.parametrize("entity, body, earlier", [
    ("Unity Party", "Vellmark held a general election on Sunday. The Unity Party won 41% of the vote, down from "
                    "47% at the last election in 2021.", "2021"),
    ("Ostland", "Ostland's unemployment rate was 6.2%, the statistics office said, up from 5.1% in 2024.", "2024"),
    ("Kelvaria", "Kelvaria's turnout was 48.5%, the electoral commission said, down from 63% in 2019.", "2019"),
])
def test_an_undated_figure_and_its_dated_earlier_level_make_a_series(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body)
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period) and "2026-06" in set(rows.period), shown


@pytest.mark.parametrize("entity, body, earlier", [
    ("Lubeck County", "The flu outbreak in Lubeck County has grown to 412 confirmed cases, the Lubeck County "
                      "Department of Public Health and Human Services said Tuesday, up from 285 a week earlier.",
     "2026-06-02"),
    ("Zorbly", "The chat app Zorbly had 4.1 million daily active users on Monday, the company's chief operating "
               "officer Dana Whitfield told analysts, up from 2.9 million a week earlier.", "2026-06-01"),
    ("Norland", "Norland's inflation rate rose to 3.4% in May, the Central Bureau of Economic Statistics said on "
                "Wednesday, up from 2.9% a month earlier.", "2026-04"),
])
def test_an_attribution_between_a_figure_and_its_earlier_level_does_not_part_them(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body)
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period), shown
