"""The whole claims step on a third story no config knows: three articles of our own on a country's
inflation and interest rates. Rates in percent are levels ("fell to 3.1%", "held at 4.5%"), not changes;
an earlier level with its own month is a point of the series; nothing here conflicts."""

import pytest

from claims_fixtures import story_claims

ARTICLES = {
    "01.md": """---
title: Nordland inflation eases as central bank holds rates
published: 2025-03-06
---
Nordland inflation eases as central bank holds rates

Inflation in Nordland fell to 3.1% in February from 3.6% in January, the statistics office said on Wednesday.
The central bank kept its main interest rate at 4.5% for a third meeting.
Unemployment stood at 5.2%, the lowest since 2019.
The economy grew 0.4% in the fourth quarter of 2024.
Nordland's population of 9.8 million is ageing fast.
The government plans to cut the budget deficit to 2% of GDP by 2027.
""",
    "02.md": """---
title: Prices cool in Nordland
published: 2025-03-07
---
Prices cool in Nordland

Consumer prices in Nordland rose 3.1% in February from a year earlier, down from 3.6% in January.
Food prices climbed 5% over the same period, while energy prices fell 2%.
The central bank, which raised rates ten times since 2022, held its benchmark rate at 4.5% on Thursday.
Some 480,000 people are out of work, an unemployment rate of 5.3%.
The country's economy expanded by 1.8% in 2024.
""",
    "03.md": """---
title: What slower inflation means for Nordland households
published: 2025-03-10
---
What slower inflation means for Nordland households

Annual inflation slowed to 3.2% in February, economists at Vesta Bank estimate.
Rents rose 7% last year, more than twice the pace of wages.
The average household spends about 1,200 euros a month on housing.
The central bank's rate of 4.5% is the highest in 16 years.
Nordland has 4.1 million households.
""",
}


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    return story_claims(tmp_path_factory.mktemp("economy"), ARTICLES)


def claim(claims, metric, period):
    rows = claims[(claims.entity == "Nordland") & (claims.metric == metric) & (claims.period == period)]
    assert len(rows) == 1, claims[["entity", "metric", "period", "status", "values"]]
    return rows.iloc[0]


def test_a_rate_that_fell_to_a_level_is_a_level_and_its_earlier_month_agrees(claims):
    # "fell to 3.1% in February from 3.6% in January" (01), "down from 3.6% in January" (02); "Consumer prices
    # in Nordland rose 3.1% in February from a year earlier" (02) is that inflation, as is the economists' 3.2% (03)
    assert claim(claims, "inflation_rate", "2025-02")["values"] == "3.1%; 3.1%; 3.2%"
    assert claim(claims, "inflation_rate", "2025-01").status == "agreement"


def test_an_interest_rate_held_at_a_level_agrees_across_articles(claims):
    # "kept its main interest rate at 4.5%" (01), "held its benchmark rate at 4.5% on Thursday" (02): the day dates
    # the decision, not the rate, which holds after it (no period of its own)
    assert claim(claims, "interest_rate", "").status == "agreement"


def test_nothing_in_the_three_articles_conflicts(claims):
    assert not (claims.status == "conflict").any()
