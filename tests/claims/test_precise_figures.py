"""A figure written with two or more significant digits, the last not zero ("$412 million", "48 million",
"3.2%"), is no round number a report rounds to: it allows ±3% (or half its last digit, if wider; a percentage ±1%,
which is about its points), where a round
figure ("$400 million", "50 million") allows ±5%. So $412 million and $385 million of one quarter's profit
conflict, while "$1.2 billion" and "$1.25 billion" (a rounding) and "24 million" and "25 million" agree.
Stories of our own: a food company's profit, a streamer's subscribers, a country's inflation."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.intervals import precise_figure, value_interval


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, first, second, status", [
    ("Tamsel Foods", "net_profit", "Tamsel Foods posted a first-quarter net profit of $412 million.",
     "Tamsel Foods booked a first-quarter net profit of $385 million.", "conflict"),
    ("Cinder", "subscribers", "Cinder had 48 million subscribers at the end of the third quarter.",
     "Cinder ended the third quarter with 52 million subscribers.", "conflict"),
    ("Varnland", "inflation_rate", "Inflation in Varnland was 3.2% in March.",
     "Varnland's inflation rate reached 3.6% in March.", "conflict"),
    ("Hollis Bank", "net_profit", "Hollis Bank's net profit for 2025 was $1.2 billion.",
     "Hollis Bank made a net profit of $1.25 billion in 2025.", "agreement"),
    ("Mossberry", "subscribers", "Mossberry has 24 million subscribers.", "Mossberry has 25 million subscribers.",
     "agreement"),
    ("Pictor", "monthly_active_users", "Pictor has 78 million monthly active users.",
     "Pictor has more than 80 million monthly active users.", "agreement"),
])
def test_a_precise_figure_allows_less_than_a_round_one(tmp_path, entity, metric, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} results", "2026-04-24", first),
                                     "b.md": article(f"{entity} numbers", "2026-04-24", second)})
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("quote, precise", [
    ("$412 million", True), ("6.8 billion", True), ("3.2%", True), ("1,234 flights", True),
    ("320 million", False), ("15,000", False), ("$4 billion", False), ("three hundred thousand", False),
    # a zero written after the decimal point is meant: "6.0%" is not "6%" rounded
    ("6.0%", True), ("$2.50", True), ("4.0 million", True), ("60%", False),
])
def test_which_figures_are_precise(quote, precise):
    assert precise_figure(quote) == precise


def test_half_the_last_digit_when_wider():
    row = {"kind": "money", "value": 1.2e9, "low": None, "high": None, "qualifier": "exact", "quote": "$1.2 billion"}
    low, high = value_interval(row, {"exact": 0.05, "precise": 0.03})
    assert (round(low / 1e9, 3), round(high / 1e9, 3)) == (1.15, 1.25)


@pytest.mark.parametrize("entity, metric, first, second, status", [
    # a share is a point on a 0-100 scale: "some 57 per cent" is about 57 points, not 57 ± 10%
    ("Dorvia", "turnout", "Turnout in Dorvia was 54.3% in Sunday's election.",
     "Turnout in Dorvia was some 57 per cent in Sunday's election.", "conflict"),
    ("Kenya", "vaccination_rate", "Vaccination coverage in Kenya was 78.4% last year.",
     "Vaccination coverage in Kenya was about 83% last year.", "conflict"),
    ("Portugal", "unemployment_rate", "Unemployment in Portugal was 6.4% in June.",
     "Unemployment in Portugal was about 6.4% in June.", "agreement"),
    ("Portugal", "unemployment_rate", "Unemployment in Portugal was 6.4% in June.",
     "Unemployment in Portugal was 6% in June.", "agreement"),
    # "6.0%" is written to a tenth of a point, so a quarter point away is another rate; "4.0%" is still 4%
    ("Norland", "interest_rate", "Norland's central bank cut its key interest rate to 6.0% on Wednesday.",
     "Norland's central bank cut its key interest rate to 6.25% on Wednesday.", "conflict"),
    ("Estavia", "unemployment_rate", "Unemployment in Estavia was 4.0% in May.",
     "Unemployment in Estavia was 4% in May.", "agreement"),
])
def test_a_share_allows_points_not_a_tenth_of_itself(tmp_path, entity, metric, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} figures", "2026-07-02", first),
                                     "b.md": article(f"{entity} report", "2026-07-02", second)})
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert list(rows.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_an_approximate_share_is_about_its_last_digit():
    row = {"kind": "percent", "value": 57.0, "low": None, "high": None, "qualifier": "approx", "quote": "some 57 per cent"}
    assert value_interval(row, {"exact": 0.05, "precise": 0.03, "approx": 0.10}) == (56.0, 58.0)
