"""Whose figure it is when the sentence names its owner only around it: "Tamsel, the maker of Crunchfield crisps,
said quarterly net income was $412 million" (the name an appositive describes is the speaker, and the article's
actor); a title's capitalized common noun that the text writes in lower case ("Crisps and cookies keep Tamsel
growing") is no actor; a title opening with a descriptor ("Photo editor Zappo tops Google Play") is about the
name after it. Stories of our own: a snack maker, a photo app, a bank."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, title, first, second", [
    ("Tamsel", "net_profit", "Crisps and cookies keep Tamsel growing",
     "Tamsel, the maker of Crunchfield crisps, said quarterly net income was $412 million.",
     "Tamsel posted first-quarter net profit of $412 million."),
    ("Zappo", "downloads", "Photo editor Zappo tops Google Play",
     "Photo editor Zappo climbed to No. 1 on Tuesday. The app has been downloaded 5 million times.",
     "Zappo now has more than 5 million downloads."),
    ("Hollis", "customers", "Loans and savings lift Hollis",
     "Hollis, a lender based in Leeds, said it now has 2.4 million customers. Its loans grew.",
     "Hollis has 2.4 million customers."),
])
def test_the_actor_named_around_a_figure_owns_it(tmp_path, entity, metric, title, first, second):
    claims = story_claims(tmp_path, {"a.md": article(title, "2026-04-27", first),
                                     "b.md": article(f"{entity} results", "2026-04-27", second)})
    rows = claims[(claims.entity == entity) & claims.metric.str.startswith(metric)]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()
