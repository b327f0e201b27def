"""Who and where, in the app-exodus kind of story: a chart's country is the one written at its store
("Apple's US App Store"), not the places describing the app ("Shanghai-based", "popular in China"); a
court hears "the Vidzy case" of Vidzy, not of the court; a people's plural ("Americans flocked to ...")
is nobody "the app" can stand for, and a stand-in subject named right after it ("The app that topped the
charts, Corra, ...") is that name, while "the app" after two apps named together stands for neither.
Stories of our own."""

from claims_fixtures import own_outlet_article as article, story_claims


def test_the_chart_country_is_the_one_written_at_the_store(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Plinth rises", "2026-01-15", "Shanghai-based Plinth, a lifestyle app popular in China, became "
                        "the most-downloaded free app in Apple's US App Store on Monday, Jan. 12."),
        "b.md": article("Plinth on top", "2026-01-17", "Plinth reached No. 1 on Apple's App Store in the US on Jan. 13, "
                        "data from Sensorly show."),
    })
    ranking = claims[claims.metric == "app_ranking: the App Store"]
    assert list(ranking.scope) == ["US"] and list(ranking.status) == ["conflict"]


def test_a_court_hearing_a_case_is_the_hearing_of_the_party_named_in_it(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Court hears Vidzy", "2026-01-11", "The Supreme Court heard arguments in the Vidzy case on Friday."),
        "b.md": article("Vidzy arguments", "2026-01-12", "Justices heard oral arguments over the Vidzy law on Jan. 9, "
                        "according to court records."),
    })
    hearing = claims[claims.metric == "hearing"]
    assert list(hearing.entity) == ["Vidzy"] and list(hearing.status) == ["agreement"]


def test_the_app_named_right_after_it_owns_the_count_not_the_people_before(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Where users went", "2026-01-20", "Americans flocked to Plinth and Corra this week. Plinth is "
                        "owned by Hanbo, and Plinth is bigger. The app that topped the charts, Corra, has 2 million US "
                        "users, its maker said."),
        "b.md": article("Corra count", "2026-01-21", "Corra counts about 5 million American users, according to Sensorly."),
    })
    users = claims[claims.metric == "users"]
    assert list(users.entity) == ["Corra"] and list(users.status) == ["conflict"]


def test_the_app_after_two_apps_named_together_is_neither(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Two apps", "2026-01-20", "Two apps, Plinth and Corra, gained users this week. The app has "
                        "2 million US users, its maker said."),
        "b.md": article("Corra count", "2026-01-21", "Corra counts about 5 million American users, according to Sensorly."),
    })
    assert "conflict" not in set(claims.status)


def test_a_court_hearing_a_partys_challenge_is_the_partys_hearing(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Vidzy in court", "2026-01-13", "The Supreme Court heard Vidzy's challenge on Jan. 10."),
        "b.md": article("Arguments heard", "2026-01-12", "Justices heard oral arguments over the Vidzy law on Jan. 9."),
    })
    hearing = claims[claims.metric == "hearing"]
    assert list(hearing.entity) == ["Vidzy"] and list(hearing.status) == ["conflict"]


def test_the_app_is_never_the_source_the_sentence_cites(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Chart day", "2026-01-16", "On Tuesday, Jan. 13, the Chinese app hit No. 1 on the US App Store, "
                        "according to Sensorly."),
        "b.md": article("Sensorly report", "2026-01-17", "Sensorly reached No. 1 on the US App Store on Jan. 11."),
    })
    assert "conflict" not in set(claims.status)


def test_it_in_a_relative_clause_of_a_name_is_that_name(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Vidzy dark", "2026-01-21", "Vidzy, which says it has 170 million monthly users in the United "
                        "States, went dark on Saturday."),
        "b.md": article("Vidzy count", "2026-01-22", "Vidzy has 120 million monthly users in the US, Appmetric estimates."),
    })
    users = claims[claims.metric == "monthly_active_users"]
    assert list(users.entity) == ["Vidzy"] and list(users.status) == ["conflict"]


def test_the_app_taken_for_the_source_the_sentence_cites_is_only_a_guess(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Global count", "2026-01-21", "The app's global monthly user count stands at 260 million, "
                        "according to Appmetric."),
        "b.md": article("Appmetric users", "2026-01-22", "Appmetric has 500 million monthly users worldwide."),
    })
    assert "conflict" not in set(claims.status)


def test_a_court_upholding_the_law_that_bans_an_app_rules_on_that_app(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Law upheld", "2026-01-18", "The Supreme Court on Friday unanimously upheld the law that bans "
                        "Vidzy unless it is sold."),
        "b.md": article("Ruling", "2026-01-19", "In a ruling issued Jan. 17, the justices sided with the government "
                        "against Vidzy."),
    })
    ruling = claims[claims.metric == "ruling"]
    assert list(ruling.entity) == ["Vidzy"] and list(ruling.status) == ["conflict"]


def test_a_company_reporting_on_itself_is_no_guessed_owner(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Kettlepay back after outage", "2026-06-09", "Kettlepay restored service on Sunday after a "
                        "16-hour blackout that left shops unable to take payments."),
        "b.md": article("Kettlepay explains", "2026-06-10", "The outage lasted 10 hours, Kettlepay said, blaming a "
                        "faulty update."),
    })
    assert list(claims[claims.metric == "outage_duration"].status) == ["conflict"]
