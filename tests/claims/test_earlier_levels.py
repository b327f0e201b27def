"""An earlier level and the figure its sentence compares it with are two periods of one entity, measure and
scope: a series, never a conflict. The earlier level's period is read from "at the start of the year"; a figure
with no date of its own compared with a dated earlier level is the level at the time of writing; an earlier
level whose own words name no measure ("said 61%") takes the measure of the figure it is compared with; and an
attribution between the two ("412 cases, the health department said Tuesday, up from 285") does not part them.
Stories of our own: apps, streaming, health, elections, the labour market, airports, politics."""

import pytest

from claims_fixtures import article, story_claims


def series_of(tmp_path, entity: str, body: str, published: str = "2026-06-10", measure: str = ""):
    """The claims of `entity` (of a `measure` when given: a rank, not the day of a ranking) in a one-article
    story, and a table of them to show on failure."""
    claims = story_claims(tmp_path, {"a.md": article("The figures", published, body)})
    rows = claims[(claims.entity == entity) & claims.metric.str.startswith(measure)]
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


@pytest.mark.parametrize("entity, measure, body, earlier", [
    ("Brixel", "rank", "The puzzle game Brixel climbed to No. 1 among free games on Google Play in Japan on Friday, May 8, "
                       "three days after it was ranked No. 57.", "2026-05-05"),
    ("Zoomo", "", "The ride-hailing app Zoomo had 2.4 million daily active users on Monday, May 4, a month after it "
                  "had 1.1 million daily active users.", "2026-04-04"),
    ("Harlow Airport", "", "Harlow Airport handled 92,000 passengers on Sunday, May 3, two weeks after it handled "
                           "61,000 passengers.", "2026-04-19"),
])
def test_a_level_a_span_before_the_figure_it_follows_is_dated_back_from_it(tmp_path, entity, measure, body, earlier):
    rows, shown = series_of(tmp_path, entity, body, published="2026-05-10", measure=measure)
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period), shown


@pytest.mark.parametrize("entity, body, earlier", [
    ("Centsy", "The budgeting app Centsy became the most downloaded free app on Apple's US App Store on Monday, "
               "May 4. It had been sitting at No. 180 on April 20, according to the data firm Appfigures.",
     "2026-04-20"),
    ("Pollo", "The quiz game Pollo rose to No. 2 among free games on Google Play in Brazil on Sunday, May 3. The "
              "game was ranked No. 95 on April 26.", "2026-04-26"),
    ("Marlo", "The meditation app Marlo reached No. 3 on Apple's UK App Store on Tuesday, May 5. It had ranked No. "
              "64 on May 1, the analytics firm Sensorly said.", "2026-05-01"),
])
def test_an_earlier_rank_in_the_next_sentence_is_on_the_store_named_before(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body, published="2026-05-10", measure="rank")
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period), shown



@pytest.mark.parametrize("sentence, name", [
    ("The meditation app Marlo reached No. 3 on Apple's UK App Store on Tuesday.", "Marlo"),
    ("The streaming service Veloso raised its prices on Monday.", "Veloso"),
    ("The chip maker Arvento reported record sales on Thursday.", "Arvento"),
    # a name ending in '-ly' opening the sentence is tagged an adverb, and the description taken for the subject
    ("Fundly, a crowdfunding platform owned by the Austin-based Rally Group, raised $40 million on Friday.", "Fundly"),
    ("Medly, a pharmacy-delivery service run by the Leeds-based Orrin Health, filled 2 million prescriptions last "
     "year.", "Medly"),
    ("Votely, a polling app built by the Vienna-based Urna Labs, predicted the result on Sunday.", "Votely"),
])
def test_the_subject_a_description_names_is_what_it_refers_to_next(sentence, name):
    from newsreport.claims.keys import sentence_subject

    assert sentence_subject(sentence, frozenset({name}), skip_people=True) == name


@pytest.mark.parametrize("entity, body, earlier", [
    ("Korvel", "Korvel's revenue rose to $5.2 billion in 2025 from $4.4 billion, the chip maker said.", "2024"),
    ("Ostland", "Ostland's jobless rate climbed to 6.4% in May from 6.1%, the statistics office said.", "2026-04"),
    ("Harlow Airport", "Harlow Airport handled 31 million passengers in 2025, up from 27 million.", "2024"),
])
def test_an_earlier_level_of_no_time_of_its_own_is_of_the_period_before(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body)
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period), shown


def test_a_period_taken_to_be_the_one_before_is_at_most_a_possible_discrepancy(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Korvel results", "2026-03-02", "Korvel's revenue rose to $5.2 billion in 2025 from $4.4 billion."),
        "b.md": article("Korvel a year ago", "2026-03-03", "Korvel's revenue was $4.1 billion in 2024, its filings show.")})
    rows = claims[(claims.entity == "Korvel") & (claims.period == "2024")]
    assert list(rows.status) == ["discrepancy"], rows[["metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("entity, body", [
    ("Korvel", "Korvel's revenue rose to $1.4 billion in the third quarter from $1.1 billion, the chip maker said."),
    ("Mariposa County", "Mariposa County recorded 640 measles cases in April, up from 310."),
    ("Zorbly", "The chat app Zorbly had 4.1 million daily active users on Monday, up from 2.9 million."),
])
def test_a_quarter_a_day_or_a_month_of_a_count_gives_no_period_before(tmp_path, entity, body):
    rows, shown = series_of(tmp_path, entity, body)
    assert len(rows) == 1, shown  # compared with a year before or with any earlier report: no period of its own


@pytest.mark.parametrize("entity, body, earlier", [
    ("Kestavia", "Kestavia welcomed 4.2 million foreign visitors in 2025, topping the previous record of 3.9 million set "
                 "in 2019.", "2019"),
    ("Korvel", "Korvel shipped 12 million phones in 2025, beating its previous record of 10.5 million set in 2021.",
     "2021"),
    ("Rovers", "Rovers sold 41,000 season tickets in 2025, breaking the previous record of 38,500 set in 2016.", "2016"),
    ("Mariposa County", "Mariposa County recorded 640 measles cases in 2025, above its previous high of 410 cases set "
                        "in 2019.", "2019"),
])
def test_a_previous_record_is_an_earlier_level_of_the_figure_that_beats_it(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body, published="2026-05-10")
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period), shown


@pytest.mark.parametrize("entity, body, earlier", [
    ("Lani", "Corvo Province officials said the province had confirmed 23 deaths from Typhoon Lani as of Sunday, May 3, "
             "and the toll rose to 41 by Tuesday, May 5.", "2026-05-03"),
    ("Sarvan", "Officials said the Sarvan earthquake had killed 310 people in Keshet Province as of Monday, June 1, and "
               "the death toll rose to 480 by Wednesday, June 3.", "2026-06-01"),
    ("Kestrel Fire", "Rescue teams said the Kestrel Fire had destroyed 1,200 homes in Norvale County as of Monday, "
                     "June 1, and the toll rose to 1,650 by Wednesday, June 3.", "2026-06-01"),
])
def test_a_running_total_told_as_the_toll_is_the_later_level_of_the_count_before_it(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body)
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period), shown


@pytest.mark.parametrize("entity, body, earlier", [
    ("Tallo", "The payroll start-up Tallo has raised $200 million in a round that values it at $3.1 billion, its chief "
              "executive said on Tuesday. Tallo was valued at $1.2 billion in its previous round in 2024.", "2024"),
    ("Kelvaria", "Kelvaria's turnout was 48.5%, the electoral commission said on Monday. At the previous election in "
                 "2021, Kelvaria's turnout was 63%.", "2021"),
    ("Rovers", "Rovers have sold 41,000 season tickets, the club said on Friday. Rovers sold 36,000 season tickets in "
               "the previous season, 2025.", "2025"),
])
def test_an_undated_figure_beside_a_previous_round_or_election_is_the_level_now(tmp_path, entity, body, earlier):
    rows, shown = series_of(tmp_path, entity, body)
    rows = rows[rows.period != ""]  # (not the money raised in the round)
    assert len(rows) == 2 and "conflict" not in set(rows.status) and rows.series.all(), shown
    assert earlier in set(rows.period) and "2026-06" in set(rows.period), shown
