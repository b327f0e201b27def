"""What a figure belongs to when the sentence describes it rather than naming it as the subject: a
noun an "-ing" clause describes names the measure ("an outage lasting 14 hours"), a company a
relative clause says was founded owns the founding year ("Velo, which Lind founded in 1998"), and a
descriptor before a name in a title ("Delivery app Pronto") is no name. Stories of our own: an app
outage, a fashion chain, a court ban, a grocery chain."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("title, text, value, metric", [
    ("Pronto outage", "Pronto suffered an outage lasting 14 hours on Monday.", "14 hours", "outage_duration"),
    ("Teller goes dark", "Teller, the payments app, had a shutdown lasting nine hours on Friday.", "9 hours",
     "outage_duration"),
    ("Court bans Lumo", "A court imposed a ban lasting 90 days on Lumo, the ride app, on Tuesday.", "90 days",
     "ban_duration"),
])
def test_a_noun_an_ing_clause_describes_names_the_measure(tmp_path, title, text, value, metric):
    claims = story_claims(tmp_path, {"a.md": article(title, "2025-03-05", text)})
    measured = claims[claims["values"].str.contains(value, regex=False)]
    assert set(measured.metric) == {metric}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("text, company", [
    ("Velo, which Lind founded in 1998, has roughly 37,000 staff.", "Velo"),
    ("Brixa, which two engineers started in 2011, now sells in 30 countries.", "Brixa"),
    ("Mirta Foods, which Ana Ruiz established in 1987, was sold on Monday.", "Mirta Foods"),
])
def test_the_company_a_relative_clause_says_was_founded_owns_the_year(tmp_path, text, company):
    # "Velo, which Lind founded in 1998" gave the founding year to Lind
    claims = story_claims(tmp_path, {"a.md": article("Profile", "2025-05-12", text)})
    founded = claims[claims.metric == "founding_year"]
    assert set(founded.entity) == {company}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("title, name", [
    ("Delivery app Pronto restores service after long outage", "Pronto"),
    ("Fashion retailer Velo opens 40 stores", "Velo"),
    ("Grocery chain Mirta cuts prices", "Mirta"),
])
def test_a_descriptor_opening_a_title_is_not_the_articles_main_actor(tmp_path, title, name):
    # an unnamed figure takes the article's main actor: "Delivery" was read as it
    text = f"{name} said its service was back. The outage lasted 14 hours, its longest yet."
    claims = story_claims(tmp_path, {"a.md": article(title, "2025-03-05", text)})
    assert "Delivery" not in set(claims.entity) and set(claims.entity) <= {name}, \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("name, direct, estimated", [
    ("Orlane", "The strike costs Orlane about €20 million a day, the airline said.",
     "Analysts put the cost of the strike at €8 million a day."),
    ("Teska Oil", "The cleanup costs Teska Oil $2 million a week, the company said.",
     "Regulators estimate the cost of the cleanup at $5 million a week."),
    ("Pronto", "The outage costs Pronto $300,000 a day, its chief executive said.",
     "Analysts put the cost of the outage at $1 million a day."),
])
def test_a_rate_on_an_estimators_figure_keys_it_with_the_same_rate(tmp_path, name, direct, estimated):
    # "put the cost at €8 million a day" was keyed as a cost without its rate, apart from "€20 million a day"
    claims = story_claims(tmp_path, {"a.md": article(f"{name} counts the cost", "2025-07-08", direct),
                                     "b.md": article(f"What the stoppage costs {name}", "2025-07-09", estimated)})
    costs = claims[claims.metric.str.startswith("cost")]
    assert len(costs) == 1 and costs.iloc[0].metric.startswith("cost_per_"), \
        claims[["entity", "metric", "values"]].to_string()
