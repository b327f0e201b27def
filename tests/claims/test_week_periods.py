"""A count told for "last week" is that calendar week's (an ISO week counted from the publication day): two
articles of one week that say "last week" compare one week's count, an article of the next week gives
another week (a series, never a conflict), and "the week before" is the week before. A level that holds
"now", "up from ... a week earlier", is the publication day's, and the earlier level the day a week before.
Stories of our own: a game's downloads, a film's ticket sales, a county's flu cases, a bank's app users."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


STORIES = [  # (entity, the same week twice with values far apart, the next week)
    ("Zorbit", "Zorbit was downloaded 3 million times in the US last week, according to Appscope.",
     "Zorbit picked up 1.2 million US downloads last week, data from Metrify show.",
     "Zorbit's US downloads fell to 800,000 last week, Appscope said."),
    ("Starfall", "Starfall sold 2.5 million tickets last week, its distributor Helio Pictures said.",
     "Starfall sold about 1.5 million tickets last week, according to the box-office tracker Reelcount.",
     "Starfall sold 600,000 tickets last week, Helio Pictures said."),
    ("Delmar County", "Delmar County reported 420 flu cases last week, the health department said.",
     "Delmar County recorded 610 flu cases last week, according to the state's figures.",
     "Delmar County reported 150 flu cases last week, the health department said."),
]


@pytest.mark.parametrize("entity, first, second, later", STORIES)
def test_last_week_of_one_week_conflicts_and_of_the_next_week_does_not(tmp_path, entity, first, second, later):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} one", "2026-09-14", first),
                                     "b.md": article(f"{entity} two", "2026-09-15", second),
                                     "c.md": article(f"{entity} three", "2026-09-21", later)})
    rows = claims[claims.entity == entity]
    shown = rows[["entity", "metric", "period", "status", "values"]].to_string()
    assert list(rows[rows.period == "2026-W37"].status) == ["conflict"], shown
    assert list(rows[rows.period == "2026-W38"].status) != ["conflict"], shown


@pytest.mark.parametrize("entity, sentence, level, earlier", [
    ("Zorbit", "Zorbit was downloaded 2.4 million times in the US last week, up from 900,000 the week before, "
     "Appscope said.", "2026-W37", "2026-W36"),
    ("Starfall", "Starfall sold 2.5 million tickets last week, up from 1.1 million the week before.", "2026-W37", "2026-W36"),
    ("Penna Bank", "Penna Bank's app now has 8 million daily users, up from 6 million a week earlier, the bank said.",
     "2026-09-14", "2026-09-07"),
])
def test_a_level_and_the_week_before_make_a_series(tmp_path, entity, sentence, level, earlier):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} grows", "2026-09-14", sentence)})
    rows = claims[claims.entity == entity]
    assert {level, earlier} <= set(rows.period) and rows.series.all(), \
        rows[["entity", "metric", "period", "status", "series", "values"]].to_string()
