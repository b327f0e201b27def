"""Two wrong owners of "it". A city a title gives with a preposition is where the story is set, not its actor, when the
title names one after it ("Can you moderate an American crowd from Shenzhen? Yaoyue is trying": claims/article_names.py),
as is one naming its people or shops ("Boise shops count the cost of a weekend without Reelhouse");
an app the tagger takes for a place stays the actor ("Another reprieve for Loopit shows Ottawa never meant it"). And
a language is no actor ("It has added English menus. But it is a company of about 140 employees": claims/sole_actor.py).
Stories of our own: moderators hired for foreign users, a shopping app's staff, a ban's reprieve."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("title, city, body", [
    ("Can you moderate an American crowd from Shenzhen? Yaoyue is trying", "Shenzhen",
     "Yaoyue's offices in Shenzhen are busy. It now has some three million daily active users in the US."),
    ("Running a global app from Jakarta: inside Kelip's growth spurt", "Jakarta",
     "Kelip's engineers in Jakarta work in shifts. It now has some three million daily active users in the US."),
])
def test_a_city_a_title_sets_the_story_in_is_not_the_owner(tmp_path, title, city, body):
    app = body.split("'")[0]
    claims = story_claims(tmp_path, {
        "a.md": article(title, "2026-02-19", body, outlet="Review"),
        "b.md": article(f"{app} hires moderators", "2026-02-18",
                        f"{app} has about 3 million daily active users in the US, the company said.", outlet="Wire")})
    daily = claims[claims.metric.str.startswith("daily_active_users")]
    assert list(daily.entity) == [app] and list(daily.status) == ["agreement"], table(claims)


def test_an_app_the_tagger_takes_for_a_place_stays_the_actor(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Opinion: Another reprieve for Loopit shows Ottawa never meant it", "2026-04-09",
                        "The ban was delayed again. It has more than 1.2 billion users worldwide.", outlet="Examiner"),
        "b.md": article("Loopit wins a delay", "2026-04-08", "Loopit has about 1.2 billion users worldwide.",
                        outlet="Wire")})
    users = claims[claims.metric.str.startswith("users")]
    assert set(users.entity) == {"Loopit"} and list(users.status) == ["agreement"], table(claims)


@pytest.mark.parametrize("language", ["English", "Spanish", "Portuguese"])
def test_a_language_is_no_actor(tmp_path, language):
    claims = story_claims(tmp_path, {
        "a.md": article("Dallim's week at the top", "2026-02-10",
                        f"There are signs Dallim Labs understands this. It has added {language} menus, is recruiting "
                        "moderators in the US and is promising creator payments. But it is a company of about 140 "
                        "employees trying to serve a user base that has doubled.", outlet="Signal"),
        "b.md": article("Dallim tops the charts", "2026-02-09", "Dallim Labs has 140 employees, the company said.",
                        outlet="Wire")})
    staff = claims[claims.metric.str.contains("staff|employees")]
    assert "".join(staff.entity).count("Dallim") == len(staff) > 0, table(claims)


@pytest.mark.parametrize("title, setting, other_place", [
    ("Spray planes arrive in Sololo, but farmers say the damage is double what Nairobi admits", "Sololo", "Nairobi"),
    ("Yappr chief heads to London as UK scrutiny grows", "London", "UK"),
])
def test_a_setting_gives_way_to_no_other_place(tmp_path, title, setting, other_place):
    from conftest import write_articles
    from newsreport.claims.keys import main_entity
    from newsreport.claims.vocabulary import load_vocabulary
    from newsreport.corpus.loader import load_corpus

    corpus = load_corpus(write_articles(tmp_path, {"a.md": article(title, "2026-03-02",
                                                                   f"Farmers in {setting} counted the damage.")}))
    assert main_entity(corpus.documents[0], load_vocabulary()) != other_place


@pytest.mark.parametrize("title, actor", [
    ("After the outage, Dunmere bakers count the cost of a week without Zorvi", "Zorvi"),
    ("Castrow commuters shrug as Rovi raises its fares again", "Rovi"),
    ("Why Orlby farmers are suing Grainex over late payments", "Grainex"),
])
def test_a_place_naming_its_people_or_shops_in_a_title_is_no_actor(tmp_path, title, actor):
    """"Boise shops count the cost of a weekend without Reelhouse": the story is the app's, and "the app" below is it."""
    from conftest import write_articles
    from newsreport.claims.keys import main_entity
    from newsreport.claims.vocabulary import load_vocabulary
    from newsreport.corpus.loader import load_corpus

    place = title.replace("After the outage, ", "").replace("Why ", "").split()[0]
    body = f"Shops in {place} were quiet all week. When the service stopped, the orders dried up."
    corpus = load_corpus(write_articles(tmp_path, {"a.md": article(title, "2026-03-02", body)}))
    assert main_entity(corpus.documents[0], load_vocabulary()) == actor
