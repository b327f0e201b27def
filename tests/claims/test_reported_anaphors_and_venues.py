"""Wordings of real coverage that the ledger keyed wrongly, found on probe stories of our own (an app
surge, a data breach, share moves), each shown on stories of several kinds:
- "Appmetric said the app was downloaded ...": a speaker says "it" of itself, but "the app" of the
  thing named before;
- an article whose text names an app no config knows more often than any configured name ("overtaking
  ChatGPT" is an aside) is about that app;
- "the most-downloaded free iPhone app" is a No. 1 on the App Store;
- "The company, which has 31 million customers in Europe, said ...": a relative clause on a speaker
  states its own figure, with its own place;
- "fell 6% in London trading", "rose 14% to $31.20 in New York": where shares trade is no scope of the move;
- "said on Monday that ... a ban that takes effect on Wednesday": Monday is when it was said, no day of the ban."""

import pytest

from claims_fixtures import article, rows_of, story_claims
from newsreport.claims.events import event_of
from newsreport.claims.vocabulary import load_vocabulary


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
    assert set(rows_of(claims, value).entity) == {entity}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, value, entity", [
    ("Vellum Inc. said it had 5 million subscribers.", "5 million", "Vellum"),
    ("Pinglo said it had 95 million monthly users.", "95 million", "Pinglo"),
    ("Pinglo grew fast this year. Pinglo said the app had 95 million monthly users.", "95 million", "Pinglo"),
])
def test_a_speaker_saying_it_of_itself_keeps_its_figure(tmp_path, body, value, entity):
    claims = story_claims(tmp_path, {"a.md": article("Figures", "2026-03-11", body)})
    assert set(rows_of(claims, value).entity) == {entity}, claims[["entity", "metric", "values"]].to_string()


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
    assert set(rows_of(claims, value).scope) == {scope}, claims[["entity", "metric", "scope", "values"]].to_string()


@pytest.mark.parametrize("body, owner", [
    ("RavenPay's shares fell 6% in London trading on Monday.", "RavenPay"),
    ("Shares of Kanto Motors fell 6% in early Tokyo trading on Monday.", "Kanto Motors"),
    ("Lumio shares dropped 6% on the Hong Kong exchange on Monday.", "Lumio"),
    ("Quillo's shares dropped 6% to $31.20 in New York on Monday.", "Quillo"),
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
    ("Hushly, a Chinese lifestyle app, has drawn more than 640,000 new users in two days.", "640,000"),
    ("The German carmaker sold 2 million cars in 2025, Kanto said.", "2 million"),
    ("The Shanghai-based company was valued at $17 billion in 2024.", "$17 billion"),
])
def test_where_the_owner_is_from_is_no_scope(tmp_path, body, value):
    """A nationality or home describing the owner ("a Chinese app", "the Shanghai-based company") says
    nothing about where its users, sales or value are; "Chinese users" would."""
    claims = story_claims(tmp_path, {"a.md": article("Hushly and Kanto", "2026-05-06", f"Hushly and Kanto grew. {body}")})
    assert set(rows_of(claims, value).scope) == {""}, claims[["entity", "metric", "scope", "values"]].to_string()


def test_a_window_written_with_the_is_the_same_window(tmp_path):
    """"In the two days to Tuesday" and "in two days" count new users over one window: they agree."""
    claims = story_claims(tmp_path, {
        "a.md": article("Hushly", "2026-05-06", "Hushly has drawn more than 640,000 new users in two days.", "Wire"),
        "b.md": article("Hushly", "2026-05-08", "In the two days to Tuesday, Hushly gained over 640,000 new users.",
                        "Brief")})
    new = claims[claims.metric.str.startswith("new_users")]
    assert list(new.status) == ["agreement"] and list(new.metric) == ["new_users: in two days"], \
        claims[["entity", "metric", "status", "values"]].to_string()



@pytest.mark.parametrize("sentence, said, told, event", [
    ("Quillo said on Monday that sign-ups soared as Vocala users prepared for a ban that takes effect on "
     "Wednesday.", "on Monday", "on Wednesday", "ban_takes_effect"),
    ("The minister told reporters on Friday that the law banning Zembla's app would take effect on June 1.",
     "on Friday", "on June 1", "ban_takes_effect"),
    ("Officials said on Tuesday that the court ruled against the airline on May 3.", "on Tuesday", "on May 3",
     "ruling"),
])
def test_the_day_something_was_said_is_no_day_of_what_it_tells(sentence, said, told, event):
    vocabulary = load_vocabulary()
    start = sentence.index(said)
    rule, _ = event_of(sentence, start, start + len(said), vocabulary)
    assert rule is None or rule.name not in (event, "other_event") and not rule.conflicts, rule
    start = sentence.index(told)
    rule, _ = event_of(sentence, start, start + len(told), vocabulary)
    assert rule is not None and rule.name == event


@pytest.mark.parametrize("body", [
    "For Maya Torres, who has 80,000 followers on Zipclip, the ban that starts Feb. 15 means starting over.",
    "Velto grew fast. Creators on Zipclip are nervous because the ban starts Feb. 15.",
    "Velto hired 200 moderators. For creators with big followings on Zipclip, the ban that starts Feb. 15 is a blow.",
])
def test_the_ban_is_never_the_app_people_move_to(tmp_path, body):
    """"The ban" falls on what is banned: in an article about Velto that never writes Velto as banned, a
    ban whose sentence names another app is not Velto's (the timeline names no owner rather than a wrong
    one; "Brisk goes dark ... The ban took effect on Sunday" stays Brisk's, see tests/claims/test_state_spans.py)."""
    from newsreport.claims.events import events_table
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table
    from claims_fixtures import write_articles

    corpus = load_corpus(write_articles(tmp_path, {"a.md": article("Creators weigh a move to Velto", "2026-02-11", body)}))
    events = events_table(figures_table(corpus), corpus)
    bans = events[events.event_type == "ban_takes_effect"]
    assert len(bans) == 1 and set(bans.entity) == {""}, events.to_string()


def test_a_ban_due_on_a_day_is_the_day_it_takes_effect():
    vocabulary = load_vocabulary()
    for sentence, day in [("With the US ban on rival app Zipclip due on Feb. 15, creators are moving.", "Feb. 15"),
                          ("The ban on Lumo, scheduled for March 3, was upheld.", "March 3"),
                          ("A ban on the scooters, slated for June 1, has split the council.", "June 1")]:
        start = sentence.index(day)
        rule, _ = event_of(sentence, start, start + len(day), vocabulary)
        assert rule is not None and rule.name == "ban_takes_effect", sentence


@pytest.mark.parametrize("first, second", [
    ("Brightleaf shares jumped after Velto reached the top of the US App Store over the weekend.",
     "Velto reached No. 1 on Saturday, Feb. 7, according to Appmetric."),
    ("Kesta has climbed Apple's US App Store chart all week.", "The game hit number one on Friday, Feb. 6."),
    ("Downloads of Marlo surged on the US App Store this week.", "Marlo took the top spot on Saturday, Feb. 7, Sensorly said."),
])
def test_a_no_1_without_a_store_is_on_the_chart_the_sentence_before_names(tmp_path, first, second):
    """Articles name the store once and then write "No. 1" alone: the day it reached No. 1 there is
    compared with another article's day for that chart."""
    app = second.split()[0] if second.split()[0] != "The" else "Kesta"
    claims = story_claims(tmp_path, {
        "a.md": article(f"{app} tops the charts", "2026-02-09", f"{first} {second}", "Wire"),
        "b.md": article(f"{app} tops the charts", "2026-02-10", f"{app} was the No. 1 free app on Apple's US App Store "
                        f"on Sunday, Feb. 8.", "Desk")})
    rankings = claims[claims.metric.str.startswith("app_ranking")]
    assert len(rankings) == 1 and set(rankings.scope) == {"US"} and rankings.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "scope", "status", "values"]].to_string()


@pytest.mark.parametrize("second", [
    "Its founder was No. 1 in her class on Friday, Feb. 6.",
    "Its rival Doro reached No. 1 among banks in Japan on Friday, Feb. 6.",
])
def test_a_no_1_on_another_list_is_no_chart_rank(tmp_path, second):
    claims = story_claims(tmp_path, {"a.md": article("Lumo", "2026-02-09", f"Lumo is popular on the US App Store. {second}")})
    assert not claims.metric.str.startswith("app_ranking").any(), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("sentence, app", [
    ("Tollo, a photo app, became the most downloaded free app on Apple's U.S. App Store Monday, data firm "
     "Appmetric said Tuesday.", "Tollo"),
    ("Kesta topped Apple's U.S. App Store Sunday, the analytics firm Sensorly said Monday.", "Kesta"),
    ("Marlo climbed to No. 1 on Google Play Sunday, Appmetric reported Monday.", "Marlo"),
])
def test_an_event_told_by_a_source_is_the_told_clause_s_not_the_source_s(tmp_path, sentence, app):
    """AP style writes the day without "on" ("... App Store Monday, Appmetric said Tuesday"); the parser
    then hangs it on "said", and the event went to the data firm."""
    from newsreport.claims.events import events_table
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table
    from claims_fixtures import write_articles

    corpus = load_corpus(write_articles(tmp_path, {"a.md": article(f"{app} tops the chart", "2026-03-10", sentence)}))
    events = events_table(figures_table(corpus), corpus)
    ranked = events[events.event_type == "app_ranking"]
    assert len(ranked) >= 1 and set(ranked.entity) == {app}, events[["date", "event_type", "entity", "quote"]].to_string()


@pytest.mark.parametrize("metric, entity, label", [
    ("revenue", "Marlo Foods", "Marlo Foods' revenue"),           # a company named by a plural noun
    ("monthly_active_users", "Nordic Games", "Nordic Games' monthly active users"),
    ("valuation", "Brightleaf", "Brightleaf's valuation"),
    ("registered_members", "Orbis", "Orbis' registered members"),   # a measure no config names
    ("revenue", "", "revenue (no owner named)"),                     # (was "an owner no source names's revenue")
    ("staff", "", "the number of staff at an owner no source names"),
    ("deaths", "", "deaths in a place no source names"),              # a place's own measure names no owner
])
def test_a_name_ending_in_s_takes_the_apostrophe_alone(metric, entity, label):
    from newsreport.claims.wording import claim_label

    assert claim_label(metric, entity, load_vocabulary()) == label


@pytest.mark.parametrize("body, value, owner", [
    ("Flicka grew fast. About 150 million Americans use the app, the company says.", "150 million", "Flicka"),
    ("Tessa Bank opened in May. Some 2 million Britons use the bank, the firm says.", "2 million", "Tessa Bank"),
    ("Loomly is popular with teens. Around 900,000 Canadians use the service, its owner said.", "900,000", "Loomly"),
])
def test_the_people_counted_are_not_the_owner_of_their_count(tmp_path, body, value, owner):
    """"150 million Americans use the app, the company says": the app is what is used; the Americans are
    the count itself (they were read as its owner, keyed apart from the app's other user counts)."""
    claims = story_claims(tmp_path, {"a.md": article(f"{owner} grows", "2026-09-18", body)})
    assert set(rows_of(claims, value).entity) == {owner}, claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("title, body, party", [
    ("Five things to know about the Flicka decision", "The Supreme Court's 9-0 decision came on Sept. 11.", "Flicka"),
    ("Vexo loses its appeal", "The appeals court's ruling came on May 3, two months after the hearing.", "Vexo"),
    ("Inside the Pellet case", "The judges' ruling was handed down on June 2.", "Pellet"),
])
def test_a_court_s_ruling_is_the_party_s_the_article_is_about(tmp_path, title, body, party):
    """A court is no party: its ruling is keyed by the actor the article's title names, so that it is
    compared with other articles' day for that party's ruling."""
    from newsreport.claims.events import event_mentions
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table
    from claims_fixtures import write_articles

    corpus = load_corpus(write_articles(tmp_path, {"a.md": article(title, "2026-09-18", body)}))
    rulings = [m for m in event_mentions(figures_table(corpus).to_dict("records"), corpus) if m["metric"] == "ruling"]
    assert [m["entity"] for m in rulings] == [party], rulings


@pytest.mark.parametrize("title, body, app", [
    ("Vibely refugees find a new home on Lumina", "American users fleeing Vibely have turned to Lumina, a Chinese "
     "platform. The app topped the App Store in the US on Tuesday, June 9.", "Lumina"),
    ("Strimo users flock to Pinglo", "Users leaving Strimo are signing up for Pinglo. The app hit No. 1 on Google "
     "Play in the US on Friday, May 8.", "Pinglo"),
    ("Zipclip creators move to Velto", "Creators who built followings on Zipclip are moving to Velto. The app "
     "reached No. 1 on Apple's US App Store on Sunday, Feb. 8.", "Velto"),
])
def test_a_title_s_people_of_one_app_moving_to_another_is_about_the_other(tmp_path, title, body, app):
    """"Vibely refugees find a new home on Lumina": the story is about Lumina, so "the app" of its text is
    Lumina, not the app its users leave."""
    claims = story_claims(tmp_path, {"a.md": article(title, "2026-06-10", body)})
    rankings = claims[claims.metric.str.startswith("app_ranking")]
    assert list(rankings.entity) == [app], claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("sentence, day", [
    ("With Vibely set to be banned in the US on June 14, users are leaving.", "June 14"),
    ("The app will be banned in Montana from Jan. 1, the governor said.", "Jan. 1"),
    ("Zivo was banned in India on June 29, 2020, with 58 other apps.", "June 29, 2020"),
])
def test_banned_in_a_place_on_a_day_is_the_day_the_ban_takes_effect(sentence, day):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == "ban_takes_effect"


@pytest.mark.parametrize("text, window", [
    ("Appfigures put Drifto's US downloads at 2.4 million for the week ending July 5.", "one week"),
    ("Hollis Stores said sales reached $410 million in the month through May 31.", "one month"),
    ("Nordbank lent $2.2 billion in the week to Friday, the central bank said.", "one week"),
])
def test_a_span_ending_on_a_day_is_a_window(text, window):
    from newsreport.claims.rates import count_window

    assert count_window(text) == window


def test_estimates_for_the_week_ending_a_day_are_compared(tmp_path):
    """"for the week ending July 5", "in the week to July 5", "over the seven days to July 5": one week, dated
    by its last day (the parser hangs "July 5" in a clause of "ending"); two data firms' values conflict."""
    claims = story_claims(tmp_path, {
        "a.md": article("Drifto soars", "2026-07-06", "Drifto was installed 3.1 million times in the US over the seven "
                        "days to July 5, Sensor Tower estimated.", "Wire"),
        "b.md": article("Drifto's week", "2026-07-07", "Appfigures put Drifto's US downloads at 2.4 million for the week "
                        "ending July 5.", "Daily"),
        "c.md": article("Drifto by the numbers", "2026-07-08", "According to Sensor Tower, Drifto was downloaded about 3 "
                        "million times in the US in the week to July 5.", "Review")}, partial=True)
    downloads = claims[claims.metric.str.startswith("downloads")]
    assert "conflict" in set(downloads.status) and set(downloads.period) == {"2026-07-05"}, \
        downloads[["entity", "metric", "period", "status", "values"]].to_string()
