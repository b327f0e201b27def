"""A day that dates a verb naming no event is not the day of an event told in a clause below it that has a subject
and a time of its own: in "the tag topped the trending list on Sunday, as users looked for a new home if a ban takes
effect next month", Sunday is when the tag topped the list; the ban has its own time ("next month"). A clause with
no time of its own still lends its event to the day ("downloads soared on Sunday as the ban took effect"). Stories
of our own: a migration hashtag, a phone launch, a court hearing."""

import pytest

from claims_fixtures import dated_outlets, table


@pytest.mark.parametrize("first, second, metric", [
    ("The tag #ClipoExile topped Zorba's trending list on Sunday, May 10, as users looked for a new home if a ban "
     "on Clipo takes effect next month.", "A federal ban on Clipo takes effect on June 1.", "ban_takes_effect"),
    ("Shoppers lined up outside Veyra's stores on Friday, March 6, because the company launches the X2 phone in "
     "Europe next week.", "Veyra launched the X2 phone in Europe on March 12.", "launch: X2"),
    ("Protesters gathered outside the courthouse on Monday, June 8, while the judges hear Orvane's challenge to the "
     "law later this month.", "The judges hear Orvane's challenge to the law on June 22.", "hearing"),
])
def test_a_day_is_not_lent_to_a_clause_with_its_own_time(tmp_path, first, second, metric):
    claims = dated_outlets(tmp_path, ("2026-05-12", first), ("2026-05-12", second))
    rows = claims[claims.metric == metric]
    assert list(rows.status) == ["single"], table(claims)  # the second outlet's day only


@pytest.mark.parametrize("first, second, metric", [
    ("Downloads of rival apps soared on Sunday, January 18, as the ban on Clipo took effect.",
     "The ban on Clipo took effect on January 18.", "ban_takes_effect"),
    ("Shoppers queued outside the stores on Friday, January 16, as Veyra launched the X2 phone in Europe.",
     "Veyra launched the X2 phone in Europe on January 16.", "launch: X2"),
])
def test_a_clause_without_a_time_lends_its_event(tmp_path, first, second, metric):
    claims = dated_outlets(tmp_path, ("2026-01-21", first), ("2026-01-21", second))
    rows = claims[claims.metric == metric]
    assert list(rows.status) == ["agreement"], table(claims)
