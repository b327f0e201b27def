"""Wordings of real coverage that the ledger keyed wrongly, found on probe stories of our own (an app
surge, a data breach, share moves), each shown on stories of several kinds:
- "Appmetric said the app was downloaded ...": a speaker says "it" of itself, but "the app" of the
  thing named before;
- an article whose text names an app no config knows more often than any configured name ("overtaking
  ChatGPT" is an aside) is about that app;
- "the most-downloaded free iPhone app" is a No. 1 on the App Store;
- "The company, which has 31 million customers in Europe, said ...": a relative clause on a speaker
  states its own figure, with its own place;
- "fell 6% in London trading": where shares trade is no scope of the move."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str, outlet: str = "Outlet") -> str:
    return f"---\ntitle: {title}\nsource: {outlet} (invented)\npublished: {published}\n---\n{body}\n"


def rows(claims, value: str):
    return claims[claims["values"].str.contains(value, regex=False)]


@pytest.mark.parametrize("body, value, entity", [
    ("Pinglo now counts 95 million monthly users. Sensor Tower said the app was downloaded 2.1 million times "
     "in the US last week.", "2.1 million", "Pinglo"),
    ("Tessa Bank opened 40 branches this year. Analysts at Brixton said the bank had 6 million customers.",
     "6 million", "Tessa Bank"),
    ("Corvo launched its scooters in Lisbon in May. Data from Ridemetric showed riders took 300,000 trips. "
     "Ridemetric said the company had 12,000 scooters on the road.", "12,000", "Corvo"),
])
def test_the_app_in_a_reported_clause_is_the_thing_named_before(tmp_path, body, value, entity):
    claims = story_claims(tmp_path, {"a.md": article("Surge", "2026-03-11", body)})
    assert set(rows(claims, value).entity) == {entity}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value, entity", [
    ("Vellum Inc. said it had 5 million subscribers.", "5 million", "Vellum"),
    ("Pinglo said it had 95 million monthly users.", "95 million", "Pinglo"),
    ("Pinglo grew fast this year. Pinglo said the app had 95 million monthly users.", "95 million", "Pinglo"),
])
def test_a_speaker_saying_it_of_itself_keeps_its_figure(tmp_path, body, value, entity):
    claims = story_claims(tmp_path, {"a.md": article("Figures", "2026-03-11", body)})
    assert set(rows(claims, value).entity) == {entity}, claims[["entity", "metric", "values"]].to_string()


def test_an_app_no_config_knows_is_the_story_s_actor_over_a_known_app_named_aside(tmp_path):
    """"The app became the most-downloaded ..., overtaking ChatGPT": the app of a story that names
    Pinglo twice and ChatGPT once is Pinglo, and two articles' days of its No. 1 conflict."""
    claims = story_claims(tmp_path, {
        "a.md": article("Pinglo tops the App Store", "2026-03-10",
                        "Pinglo climbed to the top of Apple's US App Store on Monday, March 9.", "TechWire"),
        "b.md": article("Users flock to a little-known app", "2026-03-11",
                        "Downloads of Pinglo surged over the weekend. The app became the most-downloaded free iPhone "
                        "app in the US on March 8, overtaking ChatGPT and Threads. Pinglo now counts 95 million "
                        "monthly users.", "Daily Ledger")})
    conflicts = claims[claims.status == "conflict"]
    assert list(conflicts.entity) == ["Pinglo"] and "app_ranking" in conflicts.metric.iloc[0], \
        claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "Tollo became the most-downloaded free iPhone app in the US on March 8.",
    "By Friday, Kesta was the top free iPhone app in Canada.",
    "Marlo ranked No. 1 among free iPhone apps in Japan on Tuesday, June 2.",
])
def test_an_iphone_app_chart_is_the_app_store(tmp_path, body):
    claims = story_claims(tmp_path, {"a.md": article("Chart", "2026-06-05", body)})
    assert any("the App Store" in m for m in claims.metric), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value, scope", [
    ("RavenPay, which has 31 million customers in Europe, said it found no evidence of fraud.", "31 million", "Europe"),
    ("The bank, which has 12 million customers in Brazil, said profit rose.", "12 million", "Brazil"),
    ("The airline, which flies 40 million passengers a year in Asia, said it would cut routes.", "40 million", "Asia"),
])
def test_a_relative_clause_on_a_speaker_has_its_own_place(tmp_path, body, value, scope):
    claims = story_claims(tmp_path, {"a.md": article("Results", "2026-10-06", f"Tessa Bank grew. {body}")})
    assert set(rows(claims, value).scope) == {scope}, claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("body, owner", [
    ("RavenPay's shares fell 6% in London trading on Monday.", "RavenPay"),
    ("Shares of Kanto Motors fell 6% in early Tokyo trading on Monday.", "Kanto Motors"),
    ("Lumio shares dropped 6% on the Hong Kong exchange on Monday.", "Lumio"),
])
def test_the_market_a_share_moved_in_is_no_scope(tmp_path, body, owner):
    """Two articles on one move, one naming the market and one not, agree."""
    claims = story_claims(tmp_path, {
        "a.md": article("Shares", "2026-10-05", body, "Wire"),
        "b.md": article("Shares", "2026-10-05", f"{owner}'s shares closed down 6.2% on Monday.", "Desk")})
    moves = claims[claims.metric == "share_price_growth"]
    assert list(moves.status) == ["agreement"] and set(moves.scope) == {""}, \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("body, value", [
    ("Hushly, a Chinese lifestyle app, has drawn more than 700,000 new users in two days.", "700,000"),
    ("The German carmaker sold 2 million cars in 2025, Kanto said.", "2 million"),
    ("The Shanghai-based company was valued at $17 billion in 2024.", "$17 billion"),
])
def test_where_the_owner_is_from_is_no_scope(tmp_path, body, value):
    """A nationality or home describing the owner ("a Chinese app", "the Shanghai-based company") says
    nothing about where its users, sales or value are; "Chinese users" would."""
    claims = story_claims(tmp_path, {"a.md": article("Hushly and Kanto", "2026-05-06", f"Hushly and Kanto grew. {body}")})
    assert set(rows(claims, value).scope) == {""}, claims[["entity", "metric", "scope", "values"]].to_string()


def test_a_window_written_with_the_is_the_same_window(tmp_path):
    """"In the two days to Tuesday" and "in two days" count new users over one window: they agree."""
    claims = story_claims(tmp_path, {
        "a.md": article("Hushly", "2026-05-06", "Hushly has drawn more than 700,000 new users in two days.", "Wire"),
        "b.md": article("Hushly", "2026-05-08", "In the two days to Tuesday, Hushly gained over 700,000 new users.",
                        "Brief")})
    new = claims[claims.metric.str.startswith("new_users")]
    assert list(new.status) == ["agreement"] and list(new.metric) == ["new_users: in two days"], \
        claims[["entity", "metric", "status", "values"]].to_string()
