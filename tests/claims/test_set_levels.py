"""A level a verb sets its object at ("kept its main interest rate at 4.5%", "left borrowing costs unchanged at
4.5%", "kept the price of its basic plan at $9.99") is measured by the object, not by the subject that sets
it; and "consumer prices rose 3.2%" is inflation of 3.2% (inflation is itself a change), shown as a level.
Stories of our own: two central banks, a streaming service's price, an economy's prices."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, first, second", [
    ("Germany", "interest_rate", "Germany's central bank kept its main interest rate at 4.5% on Friday.",
     "Germany's central bank held its benchmark rate at 4.5% on Friday, as expected."),
    ("Varnland", "interest_rate", "Varnland's central bank raised rates on Friday. The Varnland central bank "
     "left borrowing costs unchanged at 4.5% on Friday.", "Varnland's central bank set its key rate at 4.5% on Friday."),
    ("Streamly", "price", "Streamly kept the price of its basic plan at $9.99 a month on Monday.",
     "Streamly's basic plan is still priced at $9.99 a month on Monday."),
])
def test_the_object_a_verb_sets_at_a_level_names_the_measure(tmp_path, entity, metric, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} decides", "2026-03-09", first),
                                     "b.md": article(f"{entity} holds", "2026-03-09", second)})
    rows = claims[(claims.entity == entity) & claims.metric.str.startswith(metric)]
    assert len(rows) >= 1 and set(rows.n_sources) == {2}, claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("place, first, second", [
    ("Germany", "Consumer prices in Germany rose 2.2% in March from a year earlier, the statistics office said.",
     "Inflation in Germany was 2.2% in March."),
    ("Brazil", "Consumer prices in Brazil rose 4.8% in March from a year earlier.",
     "Brazil's inflation rate reached 4.8% in March."),
    ("Japan", "In Japan, consumer prices rose 3.6% in March from a year earlier.",
     "Japan's inflation rate was 3.6% in March."),
])
def test_consumer_prices_that_rose_are_the_inflation_rate(tmp_path, place, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"Prices in {place}", "2025-04-11", first),
                                     "b.md": article(f"{place} data", "2025-04-12", second)})
    rows = claims[(claims.entity == place) & (claims.metric == "inflation_rate")]
    assert list(rows.status) == ["agreement"] and "up" not in rows["values"].iloc[0], \
        claims[["entity", "metric", "status", "values"]].to_string()
