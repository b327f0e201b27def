"""People counted by the content work they do ("2,600 people reviewing content", "900 people moderating
videos", "450 workers screening listings") are content-moderation staff, as "moderators" are
(where the parse keeps the participle in the counted phrase). Stories of our own: a chat app before senators, a
video site's safety team, a marketplace's."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("name, moderators, workers", [
    ("Voxa", "Voxa employs 2,600 content moderators.", "Voxa now has 2,600 people reviewing content worldwide."),
    ("Clipstream", "Clipstream has 900 moderators worldwide.", "Clipstream now has 900 people moderating videos worldwide."),
    ("Tradeo", "Tradeo has 450 moderators worldwide.", "Tradeo now has 450 workers screening listings worldwide."),
])
def test_people_doing_content_work_are_moderators(tmp_path, name, moderators, workers):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} and safety", "2026-05-10", moderators),
                                     "b.md": article(f"{name} and safety", "2026-05-11", workers)})
    shown = claims[["entity", "metric", "period", "status", "values"]].to_string()
    assert list(claims[claims.entity == name].metric) == ["content_moderation_staff"], shown
