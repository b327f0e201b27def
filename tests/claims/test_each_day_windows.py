"""A subject that is a span of time with "each" or "every" ("Each day of the stoppage costs the economy €40
million", "Every month of the closure costs the city $2 million") is the figure's window: a cost per day, as
"the daily cost" is, never the total. Stories of our own: a port strike, a museum closure, a mine shutdown."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("entity, metric, first, second", [
    ("Brisholm", "cost_per_day", "The strike at Brisholm's port goes on. Each day of the stoppage costs the regional economy an "
     "estimated €40 million.", "The strike costs Brisholm about €40 million a day, analysts say."),
    ("Varda", "cost_per_month", "Every month of the museum's closure costs Varda $2 million, the city said.",
     "Varda's monthly cost of the closure is $2 million."),
    ("Orla Mining", "cost_per_week", "Each week of the shutdown costs Orla Mining $5 million.",
     "Orla Mining's weekly cost of the shutdown is $5 million."),
])
def test_each_day_as_a_subject_is_the_figure_s_window(tmp_path, entity, metric, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{entity} costs", "2026-09-10", first),
                                     "b.md": article(f"{entity} update", "2026-09-10", second)})
    rows = claims[(claims.entity == entity) & (claims.metric == metric)]
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()
