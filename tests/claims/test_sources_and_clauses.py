"""Who states a figure is not where it applies, and a state one clause says went on is not another
clause's: an estimator's place ("Analysts at Brixton estimate ..."), an "according to" source and a
company's home ("Seoul-based Hanul Commerce") scope nothing; "hit No. 1 on Monday, and it has stayed
near the top since" dates when it got there; a possessor the parser hangs on a modifier ("Sundew's
lifetime global downloads") still owns the figure; a "global" describing another noun of the sentence
is not the figure's scope. Stories of our own, from several kinds of story."""

from functools import partial

import pytest

from claims_fixtures import story_claims, numbered_articles


articles = partial(numbered_articles, published="2026-03-12")


@pytest.mark.parametrize("bodies, entity, values", [
    (("Velto reported first-quarter revenue of $3.4 billion.",
      "Analysts at Brixton estimate Velto's first-quarter revenue at $2.1 billion."), "Velto", ("$3.4 billion", "$2.1 billion")),
    (("Harbourside FC reported revenue of £480 million for the 2025 season.",
      "Accountants in Manchester put Harbourside FC's revenue for the 2025 season at £610 million."),
     "Harbourside FC", ("£480 million", "£610 million")),
    (("Corra has 20 million monthly users, the company said.",
      "Researchers in Oslo estimate Corra's monthly users at 12 million."), "Corra", ("20 million", "12 million")),
    (("Corra has 9 million users in the US, the company said.",
      "Analysts at Norbury estimate Corra's US users at 6 million."), "Corra", ("9 million", "6 million")),
])
def test_an_estimator_s_place_does_not_scope_its_estimate(tmp_path, bodies, entity, values):
    claims = story_claims(tmp_path, articles(*bodies))
    row = claims[(claims.entity == entity) & claims["values"].str.contains(values[1], regex=False)]
    assert list(row.status) == ["conflict"] and values[0] in row["values"].iloc[0], \
        claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("bodies, entity", [
    (("Marzel, the shopping app owned by Seoul-based Hanul Commerce, became available in the United States on May 4.",
      "Marzel arrived in US app stores on May 6, according to Appmetric."), "Marzel"),
    (("Stardrift, the game from London-based Kelvane Studios, was released in Japan on Nov. 5.",
      "Stardrift was released in Japan on Nov. 6, according to Tokyo-based Famitsu."), "Stardrift"),
    (("Dottie, the puzzle game from Helsinki-based Pipkin Studios, reached No. 1 on Google Play in the US on Nov. 8.",
      "Dottie topped Google Play's US chart on Nov. 7, according to Appmetric."), "Dottie"),
])
def test_a_source_and_a_company_s_home_are_not_where_a_launch_or_a_chart_is(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies, published="2026-11-12"))
    launches = claims[claims.metric.str.startswith(("launch", "app_ranking"))]
    assert list(launches.status) == ["conflict"] and "+" not in launches.scope.iloc[0], \
        claims[["entity", "metric", "scope", "values", "status"]].to_string()


@pytest.mark.parametrize("bodies", [
    ("Lattice climbed to the top of Apple's US App Store free chart on Tuesday.",
     "Lattice hit No. 1 on the US App Store on Monday, March 9, according to Appmetric, and it has stayed near the top since."),
    ("Dottie rose to No. 1 among free games on Google Play in the US on Sunday, March 8.",
     "Dottie reached the top of Google Play's US chart on Saturday, March 7, and has remained there since."),
])
def test_a_state_said_in_a_conjoined_clause_does_not_doubt_the_day_it_got_there(tmp_path, bodies):
    claims = story_claims(tmp_path, articles(*bodies))
    ranking = claims[claims.metric.str.startswith("app_ranking")]
    assert list(ranking.status) == ["conflict"], claims[["entity", "metric", "values", "status", "reason"]].to_string()


def test_a_state_the_date_s_own_verb_says_went_on_stays_doubtful(tmp_path):
    claims = story_claims(tmp_path, articles("Rivo maintained its No. 1 spot on the US App Store on Tuesday.",
                                             "Rivo reached No. 1 on the US App Store on Monday."))
    ranking = claims[claims.metric.str.startswith("app_ranking")]
    assert list(ranking.status) == ["discrepancy"] and "state went on" in ranking.reason.iloc[0]


@pytest.mark.parametrize("bodies, entity", [
    (("Sundew has been downloaded 40 million times worldwide since it launched, the company said.",
      "App analytics firm Sensorly estimates Sundew's lifetime global downloads at 31 million."), "Sundew"),
    (("Ada Quenby is worth $14 billion, according to the Meridian List.",
      "The Corbel Index puts Ada Quenby's personal fortune at $9 billion."), "Ada Quenby"),
    (("Velto reported first-quarter revenue of $3.4 billion.",
      "Analysts at Brixton estimate Velto's first-quarter revenue at $2.1 billion."), "Velto"),
])
def test_two_estimates_of_one_owner_s_measure_conflict(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies))
    assert list(claims[claims.entity == entity].status) == ["conflict"], \
        claims[["entity", "metric", "scope", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("body, quote, scope", [
    ("Pinto has 9 million users in Brazil and its global user base is 80 million.", "9 million", "Brazil"),
    ("Pinto has 9 million users in Brazil and its global user base is 80 million.", "80 million", "global"),
    ("Korvo sold 410,000 cars in Europe last year, and its global sales topped 2 million vehicles.", "410,000", "Europe"),
    ("Odile left 1.1 million customers without power in Florida, and its global death toll reached 40.", "1.1 million",
     "Florida"),
    ("Norra sold 3 million phones in India in March, while its global shipments rose to 20 million.", "3 million", "India"),
])
def test_a_global_word_of_another_noun_is_not_the_figure_s_scope(tmp_path, body, quote, scope):
    claims = story_claims(tmp_path, articles(body), partial=True)
    row = claims[claims["values"].str.contains(quote, regex=False)]
    assert len(row) == 1 and row.scope.iloc[0] == scope, claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("bodies, entity, period", [
    (("Sightline estimates that Pebblequest was downloaded 3.4 million times worldwide in January.",
      "Tapstat put Pebblequest's January installs at 1.9 million across the world."), "Pebblequest", "2026-01"),
    (("Velto's February sales came to $2 billion, the company said.",
      "Analysts put Velto's February revenue at $1.4 billion."), "Velto", "2026-02"),
    (("Ridgeline Air carried 3.1 million passengers in February, the airline said.",
      "The aviation authority puts Ridgeline Air's February passengers at 2.2 million."), "Ridgeline", "2026-02"),
])
def test_a_month_before_an_estimated_measure_dates_the_estimate(tmp_path, bodies, entity, period):
    claims = story_claims(tmp_path, articles(*bodies))
    row = claims[claims.entity == entity]
    assert list(row.status) == ["conflict"] and list(row.period) == [period], \
        claims[["entity", "metric", "period", "values", "status"]].to_string()


@pytest.mark.parametrize("bodies, entity, value", [
    (("Harlo, the payroll start-up, raised $200 million this month.",
      "Investors put $200 million into Harlo at a valuation of $3.5 billion."), "Harlo", "$200 million"),
    (("Backers have poured $45 million into Quenby Foods, the grocery delivery firm said.",
      "Quenby Foods raised $45 million from investors."), "Quenby Foods", "$45 million"),
    (("Venture firms pumped $30 million into Tovi, the language-learning app, last year.",
      "Tovi raised $30 million in 2025."), "Tovi", "$30 million"),
])
def test_money_put_into_a_company_is_its_funding(tmp_path, bodies, entity, value):
    claims = story_claims(tmp_path, articles(*bodies))
    row = claims[(claims.entity == entity) & (claims.metric == "funding")]
    assert list(row.status) == ["agreement"] and value in row["values"].iloc[0], \
        claims[["entity", "metric", "period", "values", "status"]].to_string()


@pytest.mark.parametrize("body, quote, metric", [
    ("Fairwick has raised $120 million in a Series B round that values it at $1.1 billion.", "$120 million", "funding"),
    ("Korvo sold 410,000 cars in a year that saw its revenue fall to $9 billion.", "410,000", "vehicles"),
    ("Harbourside signed Reyes for £62 million in a deal that makes him the club's best-paid player on £200,000 a week.",
     "£62 million", ""),
])
def test_a_relative_clause_holding_another_figure_does_not_name_this_one_s_measure(tmp_path, body, quote, metric):
    claims = story_claims(tmp_path, articles(body), partial=True)
    row = claims[claims["values"].str.contains(quote, regex=False)]
    assert (row.metric.iloc[0] == metric if metric else row.empty or row.metric.iloc[0] != "valuation"), \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("bodies, entity", [
    (("A court in Brussels fined Orbix 2.1 billion euros on Thursday for abusing its dominance.",
      "Regulators fined Orbix 1.5 billion euros, the company said."), "Orbix"),
    (("A tribunal in Madrid fined Tessa Air 40 million euros on Monday over late refunds.",
      "Tessa Air was ordered to pay a fine of 25 million euros, the airline said on Tuesday."), "Tessa"),
    (("Officials in Delmar County fined Quarry Foods $2 million on Friday for safety breaches.",
      "Quarry Foods faces a $3.5 million fine, according to its annual report."), "Quarry Foods"),
])
def test_a_deciding_body_s_seat_and_the_day_of_a_fine_do_not_split_the_fine(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies))
    fines = claims[claims.metric == "fine"]
    assert list(fines.status) == ["conflict"] and fines.entity.iloc[0].startswith(entity) and fines.scope.iloc[0] == "", \
        claims[["entity", "metric", "scope", "period", "values", "status"]].to_string()


@pytest.mark.parametrize("body, quote, metric", [
    ("Quarry Foods faces a $3.5 million fine, according to its annual report.", "$3.5 million", "fine"),
    ("Tessa Air was ordered to pay a fine of 25 million euros.", "25 million euros", "fine"),
    ("Kivo Bank reported a net profit of 1.2 billion euros for 2025.", "1.2 billion euros", "net_profit"),
])
def test_an_amount_before_or_after_its_noun_is_measured_by_that_noun(tmp_path, body, quote, metric):
    claims = story_claims(tmp_path, articles(body), partial=True)
    row = claims[claims["values"].str.contains(quote.split()[0].lstrip("$"), regex=False)]
    assert len(row) == 1 and row.metric.iloc[0] == metric and row.confidence.iloc[0] == "high", \
        claims[["entity", "metric", "values", "confidence", "reason"]].to_string()


@pytest.mark.parametrize("body, entity", [
    ("Forbes estimates Lin Wei's net worth at $12 billion. The Bloomberg Billionaires Index puts it at $9.6 billion.",
     "Lin Wei"),
    ("Pinto was downloaded 1.6 million times in the US last week, Appfigures said. Sensor Tower put it at 2.9 million.",
     "Pinto"),
    ("Ridgeline Air says it carried 3.1 million passengers in February. The aviation authority puts it at about 2.2 million.",
     "Ridgeline"),
])
def test_a_second_estimator_putting_it_at_a_value_conflicts_with_the_figure_before(tmp_path, body, entity):
    claims = story_claims(tmp_path, articles(body))
    rows = claims[claims.entity == entity]
    assert list(rows.status) == ["conflict"] and "+" not in rows.scope.iloc[0] and "Tower" not in rows.scope.iloc[0], \
        claims[["entity", "metric", "scope", "values", "status"]].to_string()


@pytest.mark.parametrize("body, entity, metric, period", [
    ("Lin Wei, worth $12 billion according to Forbes, founded Pinto in 2013.", "Lin Wei", "net_worth", ""),
    ("Tomas Brandt, worth $2 billion, bought Kelso Foods in 2019.", "Tomas Brandt", "net_worth", ""),
    ("Pexio, valued at $2 billion in 2024, is hiring in Madrid.", "Pexio", "valuation", "2024"),
])
def test_a_figure_describing_a_name_is_that_name_s_and_dated_by_its_own_words(tmp_path, body, entity, metric, period):
    claims = story_claims(tmp_path, articles(body), partial=True)
    row = claims[claims.metric == metric]
    assert list(row.entity) == [entity] and list(row.period) == [period], \
        claims[["entity", "metric", "period", "values"]].to_string()


@pytest.mark.parametrize("bodies, entity", [
    (("EU regulators fined Tessa 400 million euros on Monday.",
      "Tessa was fined 300 million euros by the European Commission this week."), "Tessa"),
    (("The league fined Castlebury £2 million.", "Castlebury was fined £3 million by the Premier League."), "Castlebury"),
    (("Regulators fined Kivo $40 million.", "Kivo was fined $55 million by the Federal Reserve."), "Kivo"),
])
def test_the_one_fined_in_a_passive_owns_the_fine_not_the_one_fining(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies))
    fines = claims[claims.metric == "fine"]
    assert list(fines.entity) == [entity] and list(fines.status) == ["conflict"], \
        claims[["entity", "metric", "values", "status"]].to_string()


@pytest.mark.parametrize("bodies, entity, value", [
    (("Plume has raised $300 million, the company said.",
      "Northgate Ventures led a $300 million investment in Plume, two people familiar with the deal said."), "Plume",
     "$300 million"),
    (("Tovi raised $40 million in January.", "A $40 million investment in Tovi was led by Arden Capital."), "Tovi",
     "$40 million"),
    (("Solara Energy raised $1.2 billion from investors.", "The fund made a $1.2 billion investment in Solara Energy."),
     "Solara Energy", "$1.2 billion"),
])
def test_an_investment_in_a_company_is_its_funding(tmp_path, bodies, entity, value):
    claims = story_claims(tmp_path, articles(*bodies))
    row = claims[(claims.metric == "funding") & (claims.entity == entity)]
    assert list(row.status) == ["agreement"], claims[["entity", "metric", "scope", "values", "status"]].to_string()


@pytest.mark.parametrize("bodies, person", [
    (("Hurun's rich list values the Pinto founder's fortune at $12 billion.",
      "Pinto founder Lin Wei is worth $9.6 billion, according to Forbes."), "Lin Wei"),
    (("The Meridian list puts the Corra founder's net worth at $4 billion.",
      "Mara Quist, the founder of Corra, is worth $6 billion, says the Sterling index."), "Mara Quist"),
    (("The Lumen Index puts the Velto founder's wealth at $2 billion.",
      "Velto's co-founder, Ravi Mehta, has a net worth of $3.5 billion."), "Ravi Mehta"),
])
def test_a_fortune_of_a_company_s_founder_is_the_person_named_as_its_founder(tmp_path, bodies, person):
    claims = story_claims(tmp_path, articles(*bodies))
    row = claims[claims.metric == "net_worth"]
    assert list(row.entity) == [person] and list(row.status) == ["conflict"] and list(row.scope) == [""], \
        claims[["entity", "metric", "scope", "values", "status"]].to_string()
