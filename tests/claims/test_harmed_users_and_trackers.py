"""Users an outage or a breach reached, counted by the company and by a tracker. Users "left unable to log in" or
"hit" are users affected, not the app's user base; a tracker an article introduces as "a service that tracks
outages" counts another's users; and a company's count told of "its Kaiyun's Drifto app" is the app's. So the
company's count and the tracker's of one harm conflict, and neither joins the user base. Stories of our own: a
chatbot's outage, a music app's server failure, a banking app's breach."""

import pytest

from claims_fixtures import joined, story_claims, article, table

STORIES = [
    ("Quorra", "Vell Labs",
     "Vell Labs said its Quorra chatbot was working again after an outage that began on Tuesday and left about 4 "
     "million users unable to reach the service.",
     "The outage that knocked out Vell Labs' Quorra chatbot was larger than the company has said, according to "
     "DownWatch, a service that tracks website failures. DownWatch estimates that more than 9 million users were "
     "affected. Vell Labs said the service has 80 million users.", ("4 million", "9 million")),
    ("Tunely", "Orrin Media",
     "Orrin Media said the Tunely servers were down for six hours on Saturday and left about 700,000 users unable "
     "to play music.",
     "The failure at Orrin Media's Tunely app was far wider, according to Pingboard, a site that monitors app "
     "servers. Pingboard estimates that more than 2 million users were hit. Orrin Media says Tunely has 30 million "
     "users.", ("700,000", "2 million")),
    ("Banco Pix", "Ferro Bank",
     "Ferro Bank said about 150,000 users were affected when its Banco Pix app leaked account details on Monday.",
     "The leak at Ferro Bank's Banco Pix app reached more people than the bank admits, according to Leakline, a "
     "group that tracks data breaches. Leakline estimates that more than 600,000 users were exposed. Ferro Bank "
     "said the app has 5 million users.", ("150,000", "600,000")),
]


def claims_of(tmp_path, first: str, second: str, app: str, company: str):
    return story_claims(tmp_path, {"a.md": article(f"{company}'s {app} hit by failure", "2026-06-17", first, "Wire"),
                                   "b.md": article(f"{app} failure wider than {company} says", "2026-06-18", second,
                                                   "Paper")})


@pytest.mark.parametrize("app, company, first, second, values", STORIES)
def test_the_company_s_and_the_tracker_s_count_of_users_hit_conflict(tmp_path, app, company, first, second, values):
    claims = claims_of(tmp_path, first, second, app, company)
    assert "conflict" in set(claims[claims["values"].str.contains(values[0])].status), table(claims)
    assert joined(claims, *values), table(claims)


@pytest.mark.parametrize("app, company, first, second, values", STORIES)
def test_users_hit_are_not_the_user_base(tmp_path, app, company, first, second, values):
    claims = claims_of(tmp_path, first, second, app, company)
    base = claims[claims["values"].str.contains("million")
                  & ~claims["values"].str.contains(values[1])]
    assert not any(values[0] in v for v in base["values"]), table(claims)


def test_its_users_left_unable_are_all_its_users(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Ostra pulled from app stores", "2026-01-14",
                        "Ostra was pulled from app stores on Monday. The company said it had 45 million users.", "Wire"),
        "b.md": article("Ostra disappears", "2026-01-15", "Ostra disappeared from the stores on Monday, leaving its "
                        "roughly 45 million users unable to download updates.", "Paper")})
    assert "agreement" in set(claims[claims["values"].str.contains("45 million")].status), table(claims)
