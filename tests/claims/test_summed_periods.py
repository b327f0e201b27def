"""The period of a measure summed over a quarter or a year (revenue, profit; `over_time` in
config/metrics.yaml): the day its report came out is never its period ("reported third-quarter
revenue of $4.2 billion on Thursday"), and "quarterly" in an article about one quarter's results is
that quarter. Stories of our own (invented companies and outlets) of several kinds."""

from claims_fixtures import rows_of, story_claims


def article(title: str, day: int, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet {day} (invented)\npublished: 2025-10-2{day}\n---\n{body}\n"


def test_the_day_of_the_report_is_not_the_quarter_of_the_revenue(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Velmar results", 3, "Velmar Bank reported third-quarter revenue of $2.6 billion on Thursday."),
        "b.md": article("Velmar's quarter", 4, "Velmar Bank's revenue for the third quarter was $2.1 billion."),
    })
    row = rows_of(claims, "$2.6 billion")
    assert list(row.period) == ["2025-Q3"] and list(row.status) == ["conflict"]


def test_net_income_beside_the_quarter_s_revenue_takes_the_quarter_the_article_names(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Brisk earnings", 3, "Brisk Retail posted second-quarter sales of $900 million on Tuesday, "
                                             "and net income of $40 million."),
        "b.md": article("Brisk's quarter", 4, "Brisk Retail made a net profit of $55 million in the second quarter."),
    })
    row = rows_of(claims, "$40 million")
    assert list(row.period) == ["2025-Q2"] and list(row.status) == ["conflict"]


def test_quarterly_profit_is_the_quarter_its_article_reports(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Oster Motors", 3, "Oster Motors sold 80,000 cars in the third quarter. "
                                           "Quarterly net profit rose to $310 million, the carmaker said."),
        "b.md": article("Oster's profit", 4, "Oster Motors earned a net profit of $250 million in the third quarter."),
    })
    row = rows_of(claims, "$310 million")
    assert list(row.period) == ["2025-Q3"] and list(row.status) == ["conflict"]


def test_an_annual_figure_in_a_quarterly_story_is_not_given_the_quarter(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Oster Motors", 3, "Oster Motors sold 80,000 cars in the third quarter. "
                                           "Its annual revenue is about $9 billion."),
    })
    assert list(rows_of(claims, "$9 billion").period) == [""]


def test_an_earlier_level_is_the_level_of_the_figure_right_before_it_a_quarter_earlier(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Velmar results", 3, "Velmar Bank reported third-quarter revenue of $2.6 billion on "
                                             "Thursday, and net income of $410 million, up from $380 million a year earlier."),
        "b.md": article("Brisk results", 4, "Brisk Retail's second-quarter sales rose to $900 million, up from "
                                            "$820 million a year earlier."),
    })
    earlier = rows_of(claims, "$380 million")
    assert list(earlier.metric) == ["net_profit"] and list(earlier.period) == ["2024-Q3"]
    assert list(rows_of(claims, "$820 million").period) == ["2024-Q2"]
    assert "$380 million" not in " ".join(claims[claims.metric == "revenue"]["values"])


def test_a_forecast_by_a_month_is_the_next_such_month(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Rivo's outlook", 4, "Rivo has 8 million users. Analysts forecast 12 million users by December."),
        "b.md": article("Velmar outlook", 5, "Velmar Bank expects revenue of $3 billion in November, the lender said."),
    })
    assert list(rows_of(claims, "12 million").period) == ["2025-12"]  # published in October 2025
    assert list(rows_of(claims, "$3 billion").period) == ["2025-11"]
