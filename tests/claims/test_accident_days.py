"""Accidents and fires have a day of their own (config `disaster_struck`): a ferry that capsized or sank, a
mine, tunnel or bridge that collapsed, a train that derailed, a fire or blaze that broke out, started or
ignited, "Thursday's ferry disaster". Two sources giving two days for one accident conflict; one day agrees.
Stories of our own: a ferry, a mine, a bridge, a train, a warehouse fire."""

import pytest

from claims_fixtures import article, story_claims

# "capsized", "collapsed", "derailed" a few words after a vessel, mine, bridge or train stay no pattern of the type
# (on an unseen check half such a window dated other events of the same story); the verb the day hangs from names
# the accident instead ("a ferry carrying traders capsized on Friday": config event_synonyms), and the accident named
# as a noun ("the mine collapse"), fires that broke out and the verb right after what fell or sank stay


def day_rows(tmp_path, published: str, first: str, second: str):
    claims = story_claims(tmp_path, {"a.md": article("Accident", published, first, outlet="Wire"),
                                     "b.md": article("Accident", published, second, outlet="Paper")})
    return claims, claims[claims.metric.str.startswith("disaster_struck")]


@pytest.mark.parametrize("first, second", [
    ("A ferry carrying traders capsized on Lake Morrow on Friday evening, police in Port Hale said.",
     "The ferry capsized on Lake Morrow on Thursday, the regional governor said."),
    ("A tunnel collapsed at the Arden coal mine on Tuesday, trapping 14 miners, the owner said.",
     "The roof of a gallery at the Arden mine collapsed on Monday evening, the miners' union said."),
    ("A road bridge over the Velta river collapsed on Sunday, Oct. 4, sending three cars into the water.",
     "The Velta bridge collapsed on Oct. 3, the transport ministry said."),
    ("A fire broke out at the Corran mill on Saturday afternoon, firefighters said.",
     "The Corran mill fire started on Friday, Oct. 2, investigators said."),
    ("A freight train derailed near Osby on Wednesday, spilling diesel into a creek.",
     "The train derailed near Osby on Tuesday, Oct. 6, officials said."),
])
def test_two_days_for_one_accident_conflict(tmp_path, first, second):
    claims, rows = day_rows(tmp_path, "2026-10-07", first, second)
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("A ferry capsized on Lake Morrow on Friday, June 26, police said.",
     "The ferry that sank on Lake Morrow on June 26 had been licensed for 120 passengers."),
    ("A blaze broke out in the hills above Corran on Saturday, July 11.",
     "The blaze, which ignited in the hills above Corran on July 11, has burned for three days."),
    ("A tunnel collapsed at the Arden mine on Tuesday, Sept. 15.",
     "The Arden mine collapse on Sept. 15 was the worst since 2011."),
])
def test_one_day_for_one_accident_agrees(tmp_path, first, second):
    claims, rows = day_rows(tmp_path, "2026-10-07", first, second)
    assert list(rows.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("later", [
    "Rescuers on Thursday reached 11 of the miners trapped since a tunnel collapsed at the Arden mine.",
    "Divers on Monday recovered more bodies from the ferry that capsized on Lake Morrow.",
    "Firefighters on Wednesday were still battling the blaze that broke out in the hills above Corran.",
])
def test_a_later_day_is_not_the_day_of_the_accident(tmp_path, later):
    first = {"Rescuers": "A tunnel collapsed at the Arden mine on Tuesday, Oct. 6.",
             "Divers": "A ferry capsized on Lake Morrow on Tuesday, Oct. 6.",
             "Firefighters": "A blaze broke out in the hills above Corran on Tuesday, Oct. 6."}[later.split()[0]]
    claims, _ = day_rows(tmp_path, "2026-10-09", first, later)
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, metric", [
    ("The March 9 derailment near Orville spilled diesel into the creek.",
     "The freight train derailed near Orville on March 8, the railway said.", "disaster_struck"),
    ("The November 14 collapse of the Adebola Street building has left families searching for answers.",
     "The six-storey building on Adebola Street collapsed on November 13, officials said.", "occurrence: collapse"),
])
def test_a_day_written_before_its_happening_dates_that_happening(tmp_path, first, second, metric):
    """"The March 9 derailment", "the November 14 collapse": a day set before a noun of a happening is that
    happening's day (not the day of the clause's verb: "spilled diesel", "has left families"), so it conflicts with
    another article's day for it."""
    claims = story_claims(tmp_path, {"a.md": article("Accident", "2026-11-20", first, outlet="Wire"),
                                     "b.md": article("Accident", "2026-11-20", second, outlet="Paper")})
    rows = claims[claims.metric.str.startswith(metric)]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "status", "values"]].to_string()
