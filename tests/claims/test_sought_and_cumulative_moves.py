"""What a figure was sought, negotiated or counted over keys it apart from the figure of one day or one deal done.
Stories of our own: dock and hospital pay talks, start-up and brewery funding, share moves of a telecom, a carmaker
and a retailer."""

import pytest

from claims_fixtures import article, dated_outlets, story_claims, table, two_outlets


def conflicts(claims):
    return claims[claims.status == "conflict"]


@pytest.mark.parametrize("demand, agreed", [
    # a linking word hangs the amount on the noun the demand verb takes
    ("The Harbour Workers' Union, which is seeking pay rises totalling 18% over three years, began the strike at Kelso "
     "Port on Monday.", "The strike at Kelso Port ended on Friday with a deal that gives workers pay rises of 13% over "
                        "three years."),
    # a relative clause on the amount
    ("Nurses at Ashgrove Hospital will receive a 6% pay rise, short of the 11% their union asked for.",
     "The nurses' deal at Ashgrove Hospital gives them pay rises of 6%, against the 11% the union had demanded."),
    ("Drivers at Rolla Buses demanded pay rises worth 15% before the talks.",
     "Drivers at Rolla Buses accepted a 9% pay rise on Thursday."),
])
def test_a_rise_sought_is_not_the_rise_agreed(tmp_path, demand, agreed):
    claims = dated_outlets(tmp_path, ("2026-06-12", demand), ("2026-06-13", agreed))
    assert conflicts(claims).empty, table(claims)


@pytest.mark.parametrize("name, talks, done", [
    ("Kestrel", "Kestrel was founded in 2021. The company employs 46 people and says it is in talks to raise about $30 "
                "million from new investors to pay for the extra capacity.",
     "Kestrel raised a $12 million round led by Tagus Ventures last year."),
    ("Brewdock", "Brewdock was founded in 2015. The brewer said it was in negotiations to raise roughly £40 million from "
                 "investors to build a second brewery.",
     "Brewdock raised £15 million from investors."),
])
def test_an_amount_in_talks_is_no_amount_raised(tmp_path, name, talks, done):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} swamped by orders", "2026-03-04", talks, outlet="Wire"),
                                     "b.md": article(f"{name} grows", "2026-03-05", done, outlet="Ledger")})
    assert conflicts(claims).empty, table(claims)


@pytest.mark.parametrize("body, figure, year", [
    ("Kestrel raised a $12 million round led by Tagus Ventures last year.", "$12 million", "2025"),
    ("Ostra Shipping won a $300 million order placed by Kelso Lines in 2024.", "$300 million", "2024"),
])
def test_an_amount_takes_the_date_of_the_deal_it_is_of(tmp_path, body, figure, year):
    claims = story_claims(tmp_path, {"a.md": article("Deal", "2026-03-04", body, outlet="Wire")})
    rows = claims[claims["values"].str.contains(figure, regex=False)]
    assert len(rows) and set(rows.period) == {year}, table(claims)


def test_a_size_of_a_thing_built_in_a_year_is_not_dated_by_it(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Bridge", "2026-07-04", "The 1.4-km Sarn bridge, built in 1968, "
                                                     "links Bharuch with Rajpipla.", outlet="Wire")})
    assert "1968" not in set(claims.period), table(claims)


@pytest.mark.parametrize("one_day, other", [
    # counted since an earlier day
    ("Shares in Corrib Telecom fell 6 per cent yesterday on the Dublin market.",
     "Corrib Telecom's shares have lost 11 per cent since the disclosure."),
    ("Voltara Motors shares closed down 9.1% on Thursday.",
     "Voltara Motors shares have lost 30% since the start of the year."),
    # within the session, not the close
    ("Marlo Retail shares closed down 4% on Thursday.", "Marlo Retail shares were down 7.5% in afternoon trading on "
                                                        "Thursday."),
])
def test_a_cumulative_or_intraday_move_is_not_the_days_close(tmp_path, one_day, other):
    claims = two_outlets(tmp_path, one_day, other, published="2026-04-03")
    assert conflicts(claims).empty, table(claims)


def test_a_fall_since_a_ranked_day_is_the_days_own(tmp_path):
    # "the steepest fall since 2020" ranks the move; it is still one day's, and both outlets give it
    claims = two_outlets(tmp_path, "Voltara Motors shares fell 9% on Thursday, the steepest fall since 2020.",
                         "Voltara Motors shares closed down 9% on Thursday.", published="2026-04-03")
    assert (claims.status == "agreement").any(), table(claims)


@pytest.mark.parametrize("body, owner", [
    ("Shares in Corrib Telecom fell 6 per cent yesterday.", "Corrib Telecom"),
    ("Corrib Telecom disclosed the breach on Monday. Shares in the company fell 6 per cent yesterday.", "Corrib Telecom"),
    ("Shares in Marlo Retail rose 3% on Friday.", "Marlo Retail"),
])
def test_shares_in_a_company_are_its_shares(tmp_path, body, owner):
    claims = story_claims(tmp_path, {"a.md": article("Shares", "2026-09-09", body, outlet="Wire")})
    rows = claims[claims.metric.str.startswith("share_price")]
    assert set(rows.entity) == {owner}, table(claims)


def test_a_market_value_now_is_not_the_value_of_an_earlier_day(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-01-27", "Argent Semiconductor, which had been worth $3.4 trillion at Friday's "
                                                    "close, lost $476 billion in a single session."),
                           ("2026-01-28", "Argent Semiconductor is now worth roughly $2.9 trillion."))
    assert conflicts(claims).empty, table(claims)


@pytest.mark.parametrize("body, other, total", [
    ("Fernbank announced on Monday a $140 million Series C round, bringing its total equity funding to $230 million.",
     "Fernbank raised $140 million in a Series C round.", "$230 million"),
    ("Brewdock raised £15 million this week, bringing its total venture funding to £41 million.",
     "Brewdock raised £15 million from investors.", "£41 million"),
])
def test_a_total_of_funding_by_kind_is_no_round(tmp_path, body, other, total):
    name = body.split()[0]
    claims = story_claims(tmp_path, {"a.md": article(f"{name} raises more", "2026-09-17", body, outlet="Wire"),
                                     "b.md": article(f"{name} funding", "2026-09-17", other, outlet="Ledger")})
    rows = claims[claims["values"].str.contains(total, regex=False)]
    assert len(rows) and set(rows.metric) == {"funding_total"}, table(claims)
