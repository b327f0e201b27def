"""An estimator's object that the parser splits in two ("Quantix put its US downloads over the past
seven days at 2.1 million": "its US" and "downloads" as two objects of "put") is one measure: its
possessor owns the figure and its place is the scope, so two data firms' weekly US downloads are
compared. Stories of our own: a video app, a mobile game, a banking app."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("name, first, second", [
    ("Pinto", "StoreSense estimates that Pinto was downloaded 3.2 million times in the US over the past week.",
     "Data firm Quantix put its US downloads over the past seven days at 2.1 million."),
    ("Rune Rally", "Gamestat estimates that Rune Rally was installed 900,000 times in the EU over the past month.",
     "Analytics firm Playmeter puts its EU installs over the past month at 1.6 million."),
    ("Kobo", "AppTrace estimates that the banking app Kobo was downloaded 400,000 times in the US over the past week.",
     "Research firm Mobilens put its US downloads over the past seven days at 650,000."),
])
def test_two_data_firms_on_one_app_disagree(tmp_path, name, first, second):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} climbs the charts", "2026-01-13", first),
                                     "b.md": article(f"How big is {name}?", "2026-01-14", second)})
    assert list(claims.status) == ["conflict"] and list(claims.entity) == [name], \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.xfail(strict=True, reason="'put its UK downloads': the parser makes 'downloads' a verb (a ccomp), not a "
                                       "second object; the estimator's measure is then not read")
def test_a_measure_parsed_as_a_verb_is_not_yet_read(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Kobo climbs the charts", "2026-01-13",
                        "AppTrace estimates that the banking app Kobo was downloaded 400,000 times in the UK over the past week."),
        "b.md": article("How big is Kobo?", "2026-01-14",
                        "Research firm Mobilens put its UK downloads over the past seven days at 650,000.")})
    assert list(claims.status) == ["conflict"]
