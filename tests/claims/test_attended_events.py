"""Who attends, watches or skips an event is not whose event it is: "Lena Vos will attend Mayor Hal Brandt's
inauguration on Friday" is Hal Brandt's inauguration, and "... plans to attend both Ode's rally and his inauguration"
names nobody's (the story's one account of it, with a doubt, or none). Stories of our own: a mayor's and a
governor's inauguration, a president's."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("attended, held, attendee, owner", [
    ("Lena Vos will attend Mayor Hal Brandt's inauguration on Friday.",
     "Hal Brandt will be sworn in on Friday.", "Lena Vos", "Hal Brandt"),
    ("Kim Ode, the party's treasurer, says she will attend his inauguration on Friday.",
     "Governor-elect Sam Reyes will be sworn in on Friday, his office said.", "Kim Ode", "Sam Reyes"),
    ("Reporters said Arlo Pinn plans to attend both Dana Cole's victory rally and his inauguration on Monday.",
     "President Dana Cole will take the oath of office on Monday.", "Arlo Pinn", "Dana Cole"),
])
def test_an_attended_event_is_not_the_attendee_s(tmp_path, attended, held, attendee, owner):
    claims = story_claims(tmp_path, {"a.md": article("Attending", "2026-03-02", attended, outlet="Wire"),
                                     "b.md": article("Sworn in", "2026-03-02", held, outlet="Daily")})
    days = claims[claims.metric == "inauguration"]
    assert list(days.entity) == [owner] and attendee not in set(claims.entity), \
        claims[["entity", "metric", "status", "values"]].to_string()
