"""Economic growth is a measure of the place it is measured in, however it is worded ("the economy grew 0.4%",
"GDP expanded 0.4%", "gross domestic product rose 0.4%"); and a value its sentence calls revised ("according
to revised figures", "was revised to", "restated") is a later estimate keyed apart: compared with other revised
values, never in conflict with the first estimate; a figure beside another thing revised ("revised terms of service",
"the revised schedule") is no revision. Stories of our own: a country's growth, a company's restated revenue, a
revised jobless rate, a social app's sign-ups, a school's enrolment, an airline's flights."""

import pytest

from claims_fixtures import joined, story_claims


def article(body: str, published: str = "2026-08-28") -> str:
    return f"---\ntitle: The figures\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second", [
    ("Spain's economy grew 0.4% in the second quarter, the statistics office said.",
     "Spain's GDP expanded 0.9% in the second quarter, the statistics office said."),
    ("Gross domestic product in Poland rose 1.2% in the first quarter.",
     "Poland's economy grew 0.5% in the first quarter, official data showed."),
    ("Chile's economic growth was 2.1% in 2025, the central bank said.", "Chile's economy grew 3.4% in 2025."),
])
def test_growth_of_an_economy_is_one_measure_across_wordings(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article(first), "b.md": article(second)})
    rows = claims[claims.metric == "gdp"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, revised, also_revised", [
    ("Spain's economy grew 0.4% in the second quarter, the statistics office said in its first estimate.",
     "Spain's economy grew 0.6% in the second quarter, according to revised figures.",
     "Revised data show Spain's economy grew 0.6% in the second quarter."),
    ("Lumora reported revenue of $2.1 billion for 2025.", "Lumora restated its 2025 revenue at $1.8 billion.",
     "Lumora's revenue for 2025 was revised down to $1.8 billion."),
    ("Spain's unemployment rate was 11.2% in May.", "Spain's unemployment rate for May was revised to 11.8%.",
     "Spain's May unemployment rate, revised on Friday, was 11.8%."),
])
def test_a_revised_value_never_conflicts_with_the_first_estimate(tmp_path, first, revised, also_revised):
    claims = story_claims(tmp_path, {"a.md": article(first, "2026-07-30"), "b.md": article(revised),
                                     "c.md": article(also_revised)})
    shown = claims[["entity", "metric", "period", "status", "values"]].to_string()
    assert "conflict" not in set(claims.status), shown
    assert "agreement" in set(claims[claims.metric.str.endswith("revised")].status), shown


@pytest.mark.parametrize("first, second, values", [
    ("Loopcast signed up 1.8 million new users after rival Chatterly's revised terms of service took effect, Loopcast said.",
     "Loopcast signed up about 1.1 million new users after Chatterly changed its terms, Appgauge said.", ("1.8 million", "1.1 million")),
    ("Since the revised curriculum was announced, Kelso Academy has enrolled 1,200 students, the school said.",
     "Kelso Academy has enrolled about 2,000 students, the council said.", ("1,200", "2,000")),
    ("Under the revised schedule, Aerlow operates 140 flights a day, the airline said.",
     "Aerlow operates about 90 flights a day, according to flight trackers.", ("140", "90")),
])
def test_another_thing_revised_is_no_revised_figure(tmp_path, first, second, values):
    # "revised terms of service", "the revised curriculum", "the revised schedule": the figure is no revision
    claims = story_claims(tmp_path, {"a.md": article(first), "b.md": article(second)})
    assert joined(claims, *values), claims[["entity", "metric", "period", "status", "values"]].to_string()
