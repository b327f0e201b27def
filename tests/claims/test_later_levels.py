"""A level nobody dates, in an article published after every period the other sources give for it, is the
level at publication: a later point of the series, not an undated figure left apart
(claims/periods.date_later_levels). Stories of our own: a social app's users, a bank's customers, a shipping
line's fleet; and a figure published within the stated period is not moved."""

import pytest

from claims_fixtures import dated_outlets

COLUMNS = ["entity", "metric", "period", "status", "values", "series"]


@pytest.mark.parametrize("first, second, entity", [
    (("2026-07-02", "Chirply had 5.3 million monthly active users in June, the company said."),
     ("2026-09-15", "Chirply has 4.8 million monthly active users, down from its peak."), "Chirply"),
    (("2026-04-03", "Hollin Bank had 3.8 million customers in March."),
     ("2026-10-20", "Hollin Bank counted 4.1 million customers, its chief executive told shareholders."), "Hollin Bank"),
    (("2026-06-30", "Norvik Line had 198 ships in its fleet in June."),
     ("2026-11-04", "Norvik Line's fleet numbered 212 ships, the company said."), "Norvik Line"),
])
def test_an_undated_level_published_later_is_the_next_point_of_the_series(tmp_path, first, second, entity):
    claims = dated_outlets(tmp_path, first, second)
    rows = claims[claims.entity == entity]
    assert len(rows) == 2 and set(rows.status) == {"series"}, claims[COLUMNS].to_string()


def test_an_undated_level_published_within_the_period_is_not_moved(tmp_path):
    claims = dated_outlets(tmp_path, ("2026-06-10", "Chirply had 5.3 million monthly active users in June."),
                         ("2026-06-20", "Chirply has 5.3 million monthly active users."))
    assert "series" not in set(claims.status), claims[COLUMNS].to_string()
