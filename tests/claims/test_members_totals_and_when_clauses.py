"""Classes read from the spent check6 stories, each shown on several kinds of story:
- a person who is "one of roughly N sellers" is one of them, not their owner, and "it" never points back to a
  person the article names in full (in the story: "Desai said ... since 2024, when it had 6 lakh sellers" is the
  platform's; with other wordings "it" may still be read as the person: left as a known gap);
- a "when" clause dates the figure it holds or follows ("since 2024, when it had 6 lakh sellers": 2024; "$20 million
  when the run began in June": June; "the 2020 stranding ..., where about 470 whales beached": 2020), so it is no value
  of now;
- the total a company has raised over its life is not the round it just raised;
- "N, of whom nearly M came from small towns": M is a part, no count of the whole."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("In Surat, seller Kavita Desai shipped more parcels than ever. Desai is one of roughly 14 lakh sellers on the "
     "marketplace Bazaro, the company says. Desai said her costs rose. The platform's seller count has more than "
     "doubled since 2024, when it had 6 lakh sellers.", "Bazaro has 1.4 million sellers on the platform, the report said."),
    ("Driver Tomas Berg joined in March. Berg is one of about 90,000 drivers on Zipcab, the ride app says. "
     "Berg said fares fell. The driver count has tripled since 2023, when it had 30,000 drivers.",
     "Zipcab has 90,000 drivers, the company said."),
    ("Host Ana Ruiz lists two flats. Ruiz is one of some 40,000 hosts on the rental site Stayla, it says. Ruiz said "
     "fees went up. Its host count has doubled since 2022, when it had 20,000 hosts.",
     "Stayla has 40,000 hosts, the company said."),
])
def test_a_member_owns_nothing_and_a_when_clause_dates_its_figure(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Sellers", "2027-10-20", first, "Post"),
                                     "b.md": article("Count", "2027-10-20", second, "Wire")})
    members = claims[claims["values"].str.contains("14 lakh|1.4 million|90,000|40,000")]
    earlier = claims[claims["values"].isin(["600,000", "30,000", "20,000"])]
    assert "conflict" not in set(claims.status) and not members.entity.isin(["Desai", "Berg", "Ruiz"]).any() \
        and set(earlier.period) <= {"2024", "2023", "2022"} and len(earlier) == 1, \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("body, value, period", [
    ("The jackpot was $1.3 billion on Tuesday night and $20 million when the run began in June.", "$20 million", "2027-06"),
    ("The club had 40,000 members on Monday and 9,000 when it opened in March.", "9,000", "2027-03"),
    ("The museum had 12,000 visitors on Sunday and 800 when it reopened in 2024.", "800", "2024"),
])
def test_a_when_clause_after_a_figure_dates_it(tmp_path, body, value, period):
    claims = story_claims(tmp_path, {"a.md": article("When", "2027-09-22", body, "Wire")})
    dated = claims[claims["values"] == value]
    assert list(dated.period) == [period], claims[["entity", "metric", "period", "values"]].to_string()


@pytest.mark.parametrize("body, value, period", [
    ("The rescue saved 44 whales, a better result than in the 2020 stranding in nearby Kessel Harbour, where about 470 "
     "whales beached.", "about 470", "2020"),
    ("The party won 900,000 votes, fewer than in the 2019 election, when it won 1.2 million votes.", "1.2 million", "2019"),
    ("Joblessness is lower than in the 2009 recession in Ostra, where 12,000 jobs were lost in a month.", "12,000", "2009"),
])
def test_a_clause_hung_on_an_event_a_year_names_is_that_year_s(tmp_path, body, value, period):
    claims = story_claims(tmp_path, {"a.md": article("Then", "2027-09-22", body, "Wire")})
    dated = claims[claims["values"] == value]
    assert list(dated.period) == [period], claims[["entity", "metric", "period", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Cobbly has raised $85 million in a Series C round. The round brings the total Cobbly has raised since 2022 to "
    "$140 million.",
    "Medro raised $30 million this week. Medro has raised $95 million to date, the company said.",
    "Zolt closed a $50 million round on Monday, taking its total funding to $180 million.",
])
def test_the_total_raised_is_not_the_round(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Round", "2027-06-03", body, "Wire")})
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "The company said 14 lakh sellers were active during the sale, of whom nearly 3 lakh came from small towns.",
    "Some 2,600 people attended the fair, of whom about 400 came from abroad, the organisers said.",
    "The airline carried 9 million passengers, of whom 2 million flew on new routes.",
])
def test_of_whom_a_part_is_no_count_of_the_whole(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Part", "2027-10-20", body, "Wire")})
    assert not claims.status.isin(["conflict", "discrepancy", "agreement"]).any(), \
        claims[["entity", "metric", "status", "values"]].to_string()
