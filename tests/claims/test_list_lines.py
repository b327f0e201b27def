"""A "By the numbers" list line that gives a figure, a colon and what it counts ("- 30 million: monthly users
worldwide") is read as the phrase it stands for; and a figure cited to a source ("..., per Appmetric",
"according to BoxTrack") whose sentence names no owner is the article's main actor's, as a reader takes it:
the source is no other actor. Stories of our own: an app's users, a club's revenue, an airline's passengers,
a game's downloads, a film's tickets, a carmaker's deliveries."""

import pytest

from claims_fixtures import story_claims


def article(title: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: 2026-03-12\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, listed, told", [
    ("Zorbit", "monthly_active_users", "Zorbit is a photo app made in Lisbon.\n\nBy the numbers\n\n"
     "- 30 million: monthly users worldwide\n- 2019: the year it was founded",
     "Zorbit has 30 million monthly active users worldwide, the company said."),
    ("Harbourne", "revenue", "Harbourne is the richest club in the league.\n\nKey figures\n\n"
     "- €120 million: revenue in 2025\n- 41,000: seats at its stadium",
     "Harbourne's revenue was €120 million in 2025, the club said."),
    ("Ostravia", "passengers", "Ostravia flies to 90 cities.\n\nThe airline in numbers\n\n"
     "• 31.4 million: passengers in 2025\n• 120: aircraft",
     "Ostravia carried 31.4 million passengers in 2025."),
])
def test_a_list_line_is_read_as_its_phrase(tmp_path, entity, metric, listed, told):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} explained", listed),
                                     "b.md": article(f"{entity} results", told)})
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("entity, metric, cited, told", [
    ("Zorbit", "downloads", "Zorbit tops the charts\n\nDownloads reached 3 million in January, according to Appmetric.",
     "Zorbit was downloaded 1.2 million times in January, the company said."),
    ("Starfall", "tickets", "Starfall breaks records\n\nTickets sold passed 4 million in 2025, per BoxTrack.",
     "Starfall sold 2.5 million tickets in 2025, its distributor said."),
    ("Veltra", "deliveries", "Veltra's electric cars sell well\n\nDeliveries rose to 90,000 in 2025, data from Autoscan show.",
     "Veltra made 140,000 deliveries in 2025, the company said."),
])
def test_a_figure_cited_to_a_source_is_the_article_s_main_actor_s(tmp_path, entity, metric, cited, told):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} news", cited), "b.md": article(f"{entity} update", told)})
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
