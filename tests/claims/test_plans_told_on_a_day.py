"""A day that dates a saying of what will happen is the day it was said, not a day of the event planned: "Chirpline
said on Friday it would shut down its app", "Amoro said on Wednesday it would appeal the fine imposed by the
regulator", "since Friday, when Chirpline said it would shut down" (`event_phrases.dates_a_plan_told`). The plan's
own day, where one is told ("said it would shut down on Sunday"), is still the event's. Stories of our own: a chat
app closing, fined apps appealing, a bank closing branches."""

import pytest

from claims_fixtures import article, dated_outlets, story_claims, table


def claims_of(tmp_path, first: str, second: str):
    return dated_outlets(tmp_path, ("2026-02-09", first), ("2026-02-09", second))


@pytest.mark.parametrize("first, second", [
    ("Chirpline shut down its app on Sunday, the company confirmed.", "Chirpline said on Friday it would shut down its app."),
    ("Quill's app went offline on Sunday during the rush of new users.",
     "Quill's engineers have been working in shifts since Friday, when Chirpline said it would shut down."),
    ("Lumo shut down its servers in Brazil on Sunday.", "Lumo said on Thursday it would shut down its servers in Brazil."),
])
def test_the_day_a_shutdown_was_announced_is_no_day_of_the_shutdown(tmp_path, first, second):
    claims = claims_of(tmp_path, first, second)
    assert not {"conflict", "discrepancy"} & set(claims.status), table(claims)


@pytest.mark.parametrize("sentence", [
    "Amoro said on Wednesday it would appeal the €3.5m fine imposed by Sweden's privacy regulator.",
    "Parlo said on Thursday it would challenge a €310m penalty imposed by Irish regulators.",
])
def test_the_day_an_appeal_was_announced_is_no_day_of_the_fine(tmp_path, sentence):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-06-11", sentence, outlet="Wire")})
    assert "fine_imposed" not in set(claims.metric), table(claims)


def test_the_plans_own_day_is_still_the_events(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Story", "2026-02-09", "Chirpline shut down its app on Sunday, the company confirmed.", outlet="Wire"),
        "b.md": article("Story", "2026-02-05", "Chirpline said it would shut down its app on Saturday.", outlet="Paper")})
    assert {"conflict", "discrepancy"} & set(claims.status), table(claims)  # (a plan's day: compared, with its doubt)
