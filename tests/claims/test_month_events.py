"""Events dated to a month ("launched in Brazil in March 2023") are compared at the granularity
stated: March and May are a conflict, May and May 4 agree, months far apart are only a possible
discrepancy (two events, perhaps), and the explanation speaks of a date, not a day. Stories of our own."""

from claims_fixtures import story_claims


def article(title: str, day: int, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet {day} (invented)\npublished: 2026-02-1{day}\n---\n{body}\n"


def launches(claims):
    return claims[claims.metric.str.startswith("launch") & (claims.part_of == "")]


def test_a_launch_dated_to_two_months_is_a_conflict_told_as_a_date(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Nuvi in Brazil", 1, "Nuvi launched in Brazil in March 2023, the company said."),
        "b.md": article("Nuvi's rise", 2, "Nuvi, which launched in Brazil in May 2023, has 5 million users."),
    })
    row = launches(claims).iloc[0]
    assert row.status == "conflict" and "the date Nuvi was launched" in row.explanation


def test_a_month_and_a_day_in_it_agree(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Orvi", 1, "The payments app Orvi launched in Mexico in June 2024."),
        "b.md": article("Orvi's start", 2, "Orvi launched in Mexico on June 12, 2024."),
    })
    assert list(launches(claims).status) == ["agreement"]


def test_months_far_apart_are_only_a_possible_discrepancy(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Kelp", 1, "Kelp launched in Japan in January 2024."),
        "b.md": article("Kelp abroad", 2, "Kelp launched in Japan in October 2024."),
    })
    row = launches(claims).iloc[0]
    assert row.status == "discrepancy" and "months apart" in row.reason
