"""Wordings of dated events that name the same event in another way: a court that upholds "the Vidlo
ban" or rejects, dismisses or blocks a party's challenge rules on that party's case; an order "granting
... was signed"; a chamber that "approved the measure" passed it; "Apple's US store" is the App Store; a court or
a judge that "heard the matter" (or "the application", "submissions") and "reserved its decision" held a hearing,
the party's, and made no ruling; a court that sentenced or jailed someone ("handed down Dara Quist's sentence")
ruled on them.
Two articles giving such an event different days conflict. Stories of our own."""

from functools import partial

import pytest

from claims_fixtures import story_claims, numbered_articles


articles = partial(numbered_articles, published="2026-01-23")


@pytest.mark.parametrize("bodies, entity", [
    (("Vidlo faces a US ban. The Supreme Court upheld the Vidlo ban on Friday, Jan. 16. Vidlo has 150 million US users.",
      "Vidlo lost its appeal. The court upheld the law that bans Vidlo on Thursday, Jan. 15."), "Vidlo"),
    (("Orla Air appealed a state rule on fares. A federal judge blocked Orla Air's challenge on Monday.",
      "Orla Air says its fares are fair. The court rejected the Orla Air challenge on Tuesday, Jan. 20."), "Orla"),
    (("Kestrel Bank sued the regulator. A judge dismissed Kestrel Bank's lawsuit on Jan. 12.",
      "Kestrel Bank will appeal. A judge threw out the Kestrel Bank case on Jan. 14, a court filing shows."), "Kestrel Bank"),
])
def test_a_court_s_decision_on_a_party_is_the_party_s_ruling(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies))
    ruling = claims[claims.metric == "ruling"]
    assert list(ruling.entity) == [entity] and list(ruling.status) == ["conflict"], \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("bodies, metric", [
    (("Governor Ana Ruiz signed the Pexa bill on Monday, Jan. 19.",
      "The bill banning Pexa from state phones was signed by Governor Ana Ruiz on Tuesday, Jan. 20."), "law_signed"),
    (("The House passed the Pexa bill on Jan. 13 by a vote of 352-65.",
      "Lawmakers in the House approved the Pexa measure on Jan. 14."), "law_passed"),
    (("The Senate passed the data bill on Jan. 8.",
      "The Senate approved the measure on Jan. 9, after a long debate."), "law_passed"),
])
def test_a_law_signed_or_passed_in_other_words_is_one_event(tmp_path, bodies, metric):
    claims = story_claims(tmp_path, articles(*bodies))
    rows = claims[claims.metric == metric]
    assert len(rows) == 1 and rows.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("bodies", [
    ("Corra overtook ChatMax as the top free app in the US App Store on Sunday.",
     "Corra became the most downloaded app on Apple's US store on Saturday."),
    ("Dottie reached No. 1 on the App Store in the US on Jan. 12.",
     "Dottie was the No. 1 game on Apple's store in the US on Jan. 12, when it first topped the chart."),
    ("Stellar Maps rose to No. 1 on Apple's US store on Jan. 10.",
     "Stellar Maps reached No. 1 on the US App Store on Jan. 11."),
])
def test_apple_s_store_is_the_app_store(tmp_path, bodies):
    claims = story_claims(tmp_path, articles(*bodies))
    ranking = claims[claims.metric.str.startswith("app_ranking")]
    assert len(ranking) == 1 and ranking.metric.iloc[0] == "app_ranking: the App Store", \
        claims[["entity", "metric", "scope", "values", "status"]].to_string()


@pytest.mark.parametrize("bodies, metric", [
    (("Vidlo's app went offline in the US late on Saturday, Jan. 17.",
      "Vidlo blocked access for American users on Sunday, Jan. 18."), "service_shutdown"),
    (("Paywell suspended service for its customers on Friday, Jan. 16, after a cyberattack.",
      "Paywell shut down its app on Thursday, Jan. 15."), "service_shutdown"),
    (("Vidlo began restoring service to US users on Sunday, Jan. 18.",
      "Vidlo was back up and running in the US on Monday, Jan. 19."), "service_restored"),
    (("Trainline Nord's booking site was up and running again on Tuesday, Jan. 13.",
      "Trainline Nord restored its booking site on Wednesday, Jan. 14."), "service_restored"),
])
def test_a_service_blocked_suspended_or_running_again_is_one_shutdown_or_return(tmp_path, bodies, metric):
    claims = story_claims(tmp_path, articles(*bodies))
    rows = claims[claims.metric == metric]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "period", "values", "status"]].to_string()


def test_a_service_down_again_is_another_event(tmp_path):
    claims = story_claims(tmp_path, articles("Paywell went down again on Monday, Jan. 12.", "Paywell went down on Friday, Jan. 9."))
    assert "conflict" not in set(claims.status)


@pytest.mark.parametrize("bodies", [
    ("Kuma's chatbot topped the App Store in the US on Monday, Jan. 19.",
     "On Saturday, Jan. 17, the Kuma chatbot was No. 1 on the US App Store for the first time."),
    ("Dottie reached No. 1 on Google Play in the US on Jan. 12.",
     "Dottie was the top free game on Google Play in the US for the first time on Jan. 10."),
])
def test_an_app_at_no_1_for_the_first_time_got_there_that_day(tmp_path, bodies):
    claims = story_claims(tmp_path, articles(*bodies))
    ranking = claims[claims.metric.str.startswith("app_ranking")]
    assert list(ranking.status) == ["conflict"], claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("bodies, conflict", [
    (("Kuma launched its chatbot app in the US on Jan. 10.", "Kuma's chatbot app debuted in America on Jan. 15."), True),
    (("Pinto, a Chinese AI startup, released its new reasoning model on Jan. 20.",
      "Pinto released its reasoning model on Jan. 22, the company said."), True),
    (("Lumen Games released its puzzle game on Jan. 6.", "Lumen Games' puzzle game was released on Jan. 8."), True),
    (("Kuma launched its chatbot app in the US on Jan. 10.", "Kuma launched its video app in the US on Jan. 15."), False),
])
def test_a_product_named_by_its_kind_is_its_owner_s_product_of_that_kind(tmp_path, bodies, conflict):
    claims = story_claims(tmp_path, articles(*bodies))
    launches = claims[claims.metric.str.startswith("launch")]
    assert (list(launches.status) == ["conflict"]) == conflict and not launches.entity.str.contains("AI").any(), \
        claims[["entity", "metric", "values", "status"]].to_string()


@pytest.mark.parametrize("bodies, entity", [
    (("Congress passed a law banning Vidlo last year. The Supreme Court upheld the ban on Friday, Jan. 16.",
      "Lawmakers voted to ban Vidlo in April. The justices upheld the ban on Thursday, Jan. 15."), "Vidlo"),
    (("The city banned the scooter firm Zipp in March. A judge upheld the ban on Jan. 12.",
      "The city's ban on Zipp stands. A court upheld the ban on Jan. 13, Zipp said."), "Zipp"),
    (("Parliament passed a law banning the messaging app Ashby. The high court upheld the ban on Jan. 5.",
      "The ban on Ashby survived its court test when judges upheld the ban on Jan. 7."), "Ashby"),
])
def test_a_court_upholding_the_ban_rules_on_what_is_banned(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies))
    ruling = claims[claims.metric == "ruling"]
    assert list(ruling.entity) == [entity] and list(ruling.status) == ["conflict"], \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("bodies, entity", [
    (("The Vidlo ban, which takes effect on Jan. 19, was upheld by the court.",
      "The ban on Vidlo went into effect on Jan. 18, a day earlier than planned."), "Vidlo"),
    (("The Zipp ban starts on Jan. 1, the city said.", "The city's ban on the scooter firm Zipp began on Jan. 2."), "Zipp"),
    (("Kestrel's ban took effect on Jan. 5 across the province.", "The ban on Kestrel came into force on Jan. 6."), "Kestrel"),
])
def test_a_ban_named_by_what_it_falls_on_is_that_thing_s_ban(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies))
    ban = claims[claims.metric == "ban_takes_effect"]
    assert list(ban.entity) == [entity] and list(ban.status) == ["conflict"], \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("bodies, entity", [
    (("Governor Ana Ruiz signed the Kids Online Safety Act on Friday, Jan. 16.",
      "Governor Ana Ruiz signed the Kids Online Safety Act into law on Thursday, Jan. 15."), "Kids Online Safety"),
    (("President Dana Cole signed the Data Privacy Act on Jan. 9.", "Cole signed the Data Privacy Act on Jan. 8."),
     "Data Privacy"),
])
def test_an_act_signed_by_name_is_the_act_s_signing(tmp_path, bodies, entity):
    claims = story_claims(tmp_path, articles(*bodies))
    signed = claims[claims.metric == "law_signed"]
    assert len(signed) == 1 and signed.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()



@pytest.mark.parametrize("party, bodies", [
    ("Tarra Bank", ("Justice Ellen Moss heard the matter on Thursday, Jan. 15, and reserved her decision.",
                    "The Federal Court heard the matter on Friday, Jan. 16.")),
    ("Kovu Mills", ("The High Court heard the application on Monday, Jan. 12.",
                    "The High Court heard the application on Tuesday, Jan. 13, and reserved judgment.")),
    ("Drayton Water", ("The tribunal heard submissions on Jan. 8.",
                       "The appeal was heard on Jan. 9, and the tribunal reserved its decision.")),
])
def test_a_court_that_hears_a_matter_and_reserves_its_decision_holds_a_hearing(tmp_path, party, bodies):
    claims = story_claims(tmp_path, {f"0{i}_outlet.md": f"---\ntitle: {party} goes to court\nsource: Outlet {i} (invented)"
                                     f"\npublished: 2026-01-23\n---\n{body}\n" for i, body in enumerate(bodies, start=1)})
    assert "ruling" not in set(claims.metric), claims[["entity", "metric", "values", "status"]].to_string()
    hearing = claims[claims.metric == "hearing"]
    assert list(hearing.entity) == [party] and hearing.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("party, bodies", [
    ("Arlo Venn", ("A court in Kessel on Wednesday, Jan. 14, sentenced Arlo Venn to 14 years for fraud.",
                   "Arlo Venn was jailed for 14 years on Tuesday, Jan. 13.")),
    ("Dara Quist", ("Dara Quist was sentenced to six years on Monday, Jan. 12, for bribery.",
                    "The judge handed down Dara Quist's sentence on Jan. 13.")),
])
def test_a_sentencing_is_the_court_s_ruling_on_the_one_sentenced(tmp_path, party, bodies):
    claims = story_claims(tmp_path, articles(*bodies))
    ruling = claims[claims.metric == "ruling"]
    assert len(ruling) == 1 and ruling.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()
