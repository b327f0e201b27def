"""Changes and yearly amounts keyed as the measure they change or total: people laid off, fired or
hired are a change in the staff, never its level ("laid off 1,000 employees" does not conflict with
"employs 5,000 people"); "cut 1,000 jobs" is the same change; "sales grew 12%" is the growth of
revenue; an annual amount of a stated year is that year's amount; the value of a noun ("a workforce of about 9,000")
is its level whatever the clause's verb changes or foresees ("will shrink by 1,200"). Stories of our own."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


def two(tmp_path, first: str, second: str):
    return story_claims(tmp_path, {"a.md": article("One", "2025-05-02", first),
                                   "b.md": article("Two", "2025-05-03", second)})


@pytest.mark.parametrize("level, change", [
    ("Kestra employs 5,000 people.", "Kestra laid off about 1,000 employees in March."),
    ("Harlo has 12,000 employees worldwide.", "Harlo fired 800 employees last month."),
    ("The bank Lumen employs 9,000 staff.", "Lumen hired 600 staff in 2024."),
])
def test_people_laid_off_or_hired_are_no_level_of_the_staff(tmp_path, level, change):
    claims = two(tmp_path, level, change)
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), \
        claims[["entity", "metric", "status", "values"]].to_string()
    assert claims[claims["values"].str.contains("down|up", regex=True)].metric.str.endswith("_growth").all()


@pytest.mark.parametrize("first, second", [
    ("Kestra cut 1,000 jobs in March.", "Kestra laid off about 1,000 employees in March."),
    ("Harlo eliminated 800 jobs in 2024.", "Harlo laid off 800 workers in 2024."),
])
def test_jobs_cut_and_employees_laid_off_are_one_change(tmp_path, first, second):
    claims = two(tmp_path, first, second)
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Kestra's revenue rose 12% in 2024.", "Kestra's sales grew by 12 percent last year."),
    ("Orvel's sales fell 3% in 2024.", "Orvel's revenue dropped about 3% in 2024."),
    ("Quell's net income rose 20% in 2024.", "Quell's earnings grew 20% last year."),
])
def test_a_change_in_sales_is_a_change_in_revenue(tmp_path, first, second):
    claims = two(tmp_path, first, second)
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


def test_a_change_in_prices_stays_apart_from_a_price(tmp_path):
    claims = two(tmp_path, "Vexia's prices rose 40% in April.", "Vexia's prices jumped by about 15% in April.")
    assert list(claims.metric) == ["prices_growth"] and list(claims.status) == ["conflict"]


@pytest.mark.parametrize("first, second", [
    ("Kestra's annual revenue reached $2 billion in 2024.", "Kestra generated $2 billion in sales last year."),
    ("Harlo's yearly sales were $900 million in 2024.", "Harlo's revenue was $910 million in 2024."),
])
def test_an_annual_amount_of_a_stated_year_is_that_year_s(tmp_path, first, second):
    claims = two(tmp_path, first, second)
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_yearly_amount_with_no_year_stays_a_rate(tmp_path):
    claims = two(tmp_path, "The outage costs Harlo $25 million a year.", "Harlo's outage cost $25 million in 2024.")
    assert "agreement" not in set(claims.status)


@pytest.mark.parametrize("first, second", [
    ("Halden lost nearly $420 billion in market value on Jan. 27.", "Halden's market cap fell by $410 billion on Jan. 27."),
    ("Vantor's market value dropped by $40 billion on Jan. 28.", "Vantor shed about $42 billion in market value on Jan. 28."),
    ("Orla's market capitalization declined by $12 billion on Jan. 28.", "Orla lost $12 billion of market value on Jan. 28."),
])
def test_market_value_that_fell_by_a_sum_is_the_sum_lost(tmp_path, first, second):
    claims = two(tmp_path, first, second)
    loss = claims[claims.metric == "market_value_loss"]
    assert list(loss.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


def test_market_value_that_fell_to_a_sum_is_the_value_left(tmp_path):
    claims = two(tmp_path, "Halden lost $410 billion in market value on Jan. 27.",
                 "Halden's market value fell to $2.6 trillion on Jan. 27.")
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status)
    assert set(claims[claims["values"].str.contains("trillion")].metric) == {"valuation"}


@pytest.mark.parametrize("first, second", [
    ("Plume gained 700,000 new users within two days.", "More than 700,000 people joined Plume over two days."),
    ("Plume added 2 million users last week.", "Some 2 million people joined Plume last week."),
    ("Kivo signed up 50,000 new customers in January.", "About 50,000 new customers joined Kivo in January."),
])
def test_people_who_joined_are_the_new_users(tmp_path, first, second):
    claims = two(tmp_path, first, second)
    assert "agreement" in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Plume added more than 700,000 new users in just two days.", "In two days, over 700,000 users signed up for Plume."),
    ("Kivo gained 50,000 new customers in January.", "About 50,000 customers signed up for Kivo in January."),
    ("Tarro got 1 million new users in its first week.", "In its first week, 1 million users joined Tarro."),
])
def test_users_who_signed_up_are_new_users(tmp_path, first, second):
    claims = two(tmp_path, first, second)
    assert list(claims.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("text", [
    "The Ovex index lost 2.5% on Jan. 28.",
    "Shares of Vantor shed 4% on Jan. 27, wiping out gains.",
    "The Marlow 100 index lost about 1% on Tuesday.",
])
def test_a_fall_in_percent_is_no_change_in_a_loss(tmp_path, text):
    claims = two(tmp_path, text, "Halden lost $410 billion in market value on Jan. 27.")
    assert not claims.metric.str.startswith("market_value_loss_growth").any(), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("told_with_a_change, level, value", [
    ("Dravik's workforce of about 9,000 at the end of 2024 will shrink by 1,200 jobs, the company said.",
     "Dravik employed 12,400 people at the end of 2024.", "about 9,000"),
    ("Osla's fleet of 240 buses will grow by 30, the operator said.", "Osla runs 310 buses.", "240"),
    ("The Kessel Bank's staff of 3,100 will be cut by 400, it said on Monday.", "Kessel Bank employs 4,500 staff.",
     "3,100"),
])
def test_the_value_of_a_noun_is_its_level_whatever_its_verb_does(tmp_path, told_with_a_change, level, value):
    # "a workforce of about 9,000 ... will shrink by 1,200": 9,000 is the workforce now, neither a change nor a forecast
    claims = two(tmp_path, told_with_a_change, level)
    row = claims[claims["values"].str.contains(value)]
    assert len(row) == 1 and not row.metric.iloc[0].endswith("_growth") and row.status.iloc[0] == "conflict", \
        claims[["entity", "metric", "period", "status", "values"]].to_string()
