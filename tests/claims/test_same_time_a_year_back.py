"""A level compared with "the same period last year" is the figure's own quarter or month a year back, and "a year
earlier" is counted from the month or quarter its own sentence names, not from a year a sentence before it names: the
two levels make a series of the right periods. Stories of our own: car deliveries, streaming subscribers, a port's
containers."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("body, periods", [
    ("Voltara delivered 84,000 vehicles in the third quarter, compared with 61,000 in the same period last year.",
     {"2026-Q3", "2025-Q3"}),
    ("Streamly had 41 million subscribers in June, up from 35 million in the same month last year.",
     {"2026-06", "2025-06"}),
    # a year the sentence before names does not date the earlier level
    ("The port opened its third terminal in 2019. Kelso Port handled 1.2 million containers in the second quarter, up "
     "from 900,000 a year earlier.", {"2026-Q2", "2025-Q2"}),
    ("Fernbank raised money in 2024. Streamly had 41 million subscribers at the end of June, up from 35 million a year "
     "earlier.", {"2026-06", "2025-06"}),
])
def test_a_level_a_year_back_is_the_same_period_a_year_back(tmp_path, body, periods):
    claims = story_claims(tmp_path, {"a.md": article("Quarterly figures", "2026-10-03", body, outlet="Wire")})
    series = claims[claims.series != ""]
    assert set(series.period) == periods, table(claims)
