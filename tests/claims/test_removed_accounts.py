"""Accounts (or listings, pages) a platform removed, deleted, closed, shut down or deactivated are one count
(`counted.THING_OUTCOMES`), and accounts "belonging to" or "held by" a people are that country's (the
scope, `figure_scope.held_by_people`). The body that counts ("the regulator counts 310,000") is no counted
noun. Stories of our own: a social app and a regulator, a bank, a marketplace."""

import pytest

from claims_fixtures import story_claims


def article(body: str, published: str) -> str:
    return f"---\ntitle: Accounts\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second", [
    ("Snapgrid has removed about 40,000 accounts belonging to Canadians under 14, the privacy office said.",
     "Snapgrid says it has shut down more than 90,000 accounts held by Canadian children."),
    ("Orrin Bank deleted 12,000 accounts belonging to Irish customers after the fraud, the regulator said.",
     "Orrin Bank said it closed about 20,000 accounts held by Irish customers."),
    ("The marketplace Tradely deactivated 3,000 seller accounts belonging to Brazilians, the consumer agency said.",
     "Tradely said it had terminated some 7,500 seller accounts held by Brazilian traders."),
])
def test_accounts_removed_or_closed_for_one_people_are_one_count(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article(first, "2026-09-22"), "b.md": article(second, "2026-09-23")})
    removed = claims[claims.metric.str.endswith("accounts: closed")]
    assert list(removed.status) == ["conflict"], claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "The regulator counts roughly 310,000 at Snapgrid.",
    "The watchdog tracks about 4,000 at Orrin Bank.",
    "Analysts estimate roughly 2 million at Tradely.",
])
def test_the_body_that_counts_is_no_counted_noun(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article(body, "2026-09-22")})
    assert not any(m.split(":")[0] in ("regulator", "watchdog", "analysts") for m in claims.metric), set(claims.metric)
