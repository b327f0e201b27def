"""Dated events told in other words than the vocabulary had: a product cleared for use, or approved on a
day in passing, is approved; a system that stopped doing its job went offline, while accounts shut down
are users removed, not a service gone. Sentences of our own, from several kinds of story."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.events import event_of
from newsreport.claims.vocabulary import load_vocabulary


def event_name(sentence: str, day: str):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    return rule.name if rule else None


@pytest.mark.parametrize("sentence, day", [
    ("The Drug Board approved Calvia, a twice-weekly asthma inhaler from Osk Labs, on Monday, the first inhaler of "
     "its kind cleared for use in children.", "Monday"),
    ("Osk Labs said Calvia, approved on March 4, will reach pharmacies in April.", "March 4"),
    ("The herbicide, authorised on 12 June, goes on sale to farmers next spring.", "12 June"),
    ("Brenna's glucose sensor was cleared for sale to adults on Tuesday.", "Tuesday"),
])
def test_a_product_cleared_for_use_or_approved_in_passing_is_approved(sentence, day):
    assert event_name(sentence, day) == "approval"


@pytest.mark.parametrize("sentence, day", [
    ("The ride-hailing app stopped matching riders with drivers on Friday evening.", "Friday"),
    ("Payments giant Tellar stopped processing payments for about two hours on 3 March.", "3 March"),
    ("The streaming service stopped loading for millions of viewers late on Sunday.", "Sunday"),
])
def test_a_system_that_stopped_doing_its_job_went_offline(sentence, day):
    assert event_name(sentence, day) == "service_shutdown"


@pytest.mark.parametrize("sentence, day", [
    ("Pavo says it has shut down more than 80,000 fake accounts since May 2.", "May 2"),
    ("The network shut down 40 channels run by the group on Thursday.", "Thursday"),
    ("The forum shut off about 3,000 bot profiles on 9 October.", "9 October"),
])
def test_accounts_or_channels_shut_down_are_no_service_gone(sentence, day):
    assert event_name(sentence, day) != "service_shutdown"


@pytest.mark.parametrize("sentence, day, kind", [
    ("Challenger Mira Odell was set to unseat Governor Tam Reece in Tuesday's election, early returns showed.",
     "Tuesday", "election"),
    ("Voters in the canton went to the polls on Sunday to decide whether to ban short-term rentals.", "Sunday",
     "election"),
    ("Turnout in the March 8 referendum on the new constitution was 61%.", "March 8", "referendum"),
    ("In the 14 May vote he took 48% of the ballots, forcing a runoff.", "14 May", "election"),
])
def test_a_vote_held_on_a_day_is_an_election_keyed_by_its_kind(sentence, day, kind):
    from newsreport.claims.event_details import event_detail

    start = sentence.index(day)
    rule, reading = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == "election"
    assert event_detail(rule, sentence, (start, start + len(day))) == kind


@pytest.mark.parametrize("sentence, day", [
    ("Odell was on course early Wednesday to win Tuesday's election.", "early Wednesday"),
    ("Users were still downloading Zapp on Sunday despite Monday's ban on the app.", "Sunday"),
    ("The lawmakers met on 2 June to prepare for the 9 June vote.", "2 June"),
])
def test_an_event_word_after_a_day_of_its_own_is_not_an_earlier_date_s_event(sentence, day):
    assert event_name(sentence, day) not in ("election", "ban_takes_effect")


def test_one_election_day_in_two_wordings_agrees_and_its_runoff_stays_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Odell leads", "2026-05-15", "Mira Odell led Governor Tam Reece after Thursday's election, "
                        "though the race goes to a runoff on May 28."),
        "b.md": article("Governor race", "2026-05-16", "In the May 14 vote, Odell took 47% to Reece's 44%."),
    })
    held = claims[claims.metric.astype(str).str.startswith("election")]
    assert set(held[held.status == "agreement"].metric) == {"election: election"}
    assert "conflict" not in set(held.status)


@pytest.mark.parametrize("sentence, day", [
    ("The striker, who signed on Friday, will earn £90,000 a week.", "Friday"),
    ("Since she signed for the Comets on 2 March, Ada Voss has scored nine times.", "2 March"),
    ("The quarterback completed his move to Denver on Tuesday after passing a medical.", "Tuesday"),
])
def test_a_player_or_hire_signing_on_a_day_is_a_signing(sentence, day):
    assert event_name(sentence, day) == "signing"


@pytest.mark.parametrize("sentence, day, event", [
    ("The bill was signed on Monday by Governor Ray Mills.", "Monday", "law_signed"),
    ("The governor signed the order on 4 May.", "4 May", "law_signed"),
    ("Vell signed a deal to buy Orsa on Friday.", "Friday", "deal_agreed"),
])
def test_a_bill_order_or_deal_signed_is_no_player_s_signing(sentence, day, event):
    assert event_name(sentence, day) == event


def test_a_role_written_before_one_person_s_name_is_that_person():
    from newsreport.claims.role_nouns import role_holders, role_subject

    texts = ["Orsa sold striker Tomas Vey to Lanza on Friday.", "Chief executive Mara Lind resigned.",
             "Singer Ola Brandt cancelled. Coach Ana Pell and coach Ivo Marr disagreed. Judge Ada Kerr ruled."]
    assert role_holders(texts) == {"striker": "Tomas Vey", "chief executive": "Mara Lind", "singer": "Ola Brandt"}
    for sentence, day, role in [("The striker, who signed on Friday, will earn a lot.", "Friday", "striker"),
                                ("The chief executive stepped down on 3 May.", "3 May", "chief executive"),
                                ("The app went dark on Monday.", "Monday", "")]:
        start = sentence.index(day)
        assert role_subject(sentence, start, start + len(day)) == role


def test_one_signing_day_told_by_a_role_and_a_pronoun_agrees(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Lanza buy Vey", "2026-08-08", "Orsa have sold striker Tomas Vey to Lanza for £40m.\n\n"
                        "The striker, who signed on Friday, will wear the number 9 shirt."),
        "b.md": article("Vey settles in", "2026-08-20", "Tomas Vey has scored twice. Since he signed on 7 August, "
                        "the club has sold 30,000 shirts."),
    })
    signed = claims[claims.metric == "signing"]
    assert list(signed.status) == ["agreement"] and list(signed.entity) == ["Tomas Vey"]


@pytest.mark.parametrize("sentence, day", [
    ("The game, released on Oct. 29, reached No. 1 on the App Store.", "Oct. 29"),
    ("The tool, unveiled on 4 March, signed up 9,000 farmers.", "4 March"),
    ("The app, launched in Brazil on May 2, costs $2 a month.", "May 2"),
])
def test_a_product_launched_in_a_participle_aside_is_what_was_launched(sentence, day):
    from newsreport.claims.launches import launched_name

    start = sentence.index(day)
    rule, reading = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == "launch"
    assert launched_name(sentence, reading.clause_span, frozenset(), lambda: "what was named before") \
        == "what was named before"


def test_a_release_day_line_is_the_launch_of_what_the_article_is_about(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Mossveil tops the charts", "2026-03-12", "Mossveil, the puzzle game from Ardent Studios, "
                        "was downloaded 3 million times.\n\nThe game, released on March 3, topped the download charts."),
        "b.md": article("Mossveil's first week in numbers", "2026-03-14", "3 million: downloads in week one.\n\n"
                        "3 March: release day, two days before the studio's first update."),
        "c.md": article("Zephyr Pay's launch in review", "2026-06-20", "9 June: launch day, after two delays."),
    })
    launched = claims[claims.metric.astype(str).str.startswith("launch")]
    assert set(launched[launched.status == "agreement"].entity) == {"Mossveil"}
    assert "Zephyr Pay" in set(launched.entity)


@pytest.mark.parametrize("sentence, day", [
    ("Dealers will replace the faulty valve free of charge starting March 9.", "March 9"),
    ("Repairs to the flood-damaged bridge won't begin until 14 October, the council said.", "14 October"),
    ("Engineers will retrofit the turbines beginning Monday, the utility said.", "Monday"),
])
def test_the_day_repairs_begin_is_an_event(sentence, day):
    assert event_name(sentence, day) == "repairs_start"


@pytest.mark.parametrize("sentence, day", [
    ("Shares slid after documents posted Tuesday by the aviation regulator showed 14 more incidents.", "Tuesday"),
    ("The figure is double the one the statistics office published on 3 May.", "3 May"),
    ("The watchdog said on Thursday, in its annual review of the water industry, that leaks had risen.", "Thursday"),
    ("The club's filing, released on June 30, lists debts of £80m.", "June 30"),
    # the document named with its author between, and forecasts, estimates, lists and indexes as reports
    ("A poll by the broadcaster Radio Kesh, released on Thursday, put the mayor at 41 per cent.", "Thursday"),
    ("The Orlen Wealth List, released on 2 March, counts 212 billionaires.", "2 March"),
    ("The grain board on May 6 released its first forecast for the wheat crop, putting it at 9 million tonnes.", "May 6"),
    ("Harvest estimates published on Friday by the farm ministry show a smaller crop.", "Friday"),
])
def test_a_report_filing_or_figures_made_public_on_a_day_is_an_event(sentence, day):
    assert event_name(sentence, day) == "made_public"


@pytest.mark.parametrize("sentence, day", [
    ("Kitewire says it has closed 40,000 accounts since March 1, far more than the number the regulator published on Monday.",
     "March 1"),
    ("Fans have queued since Friday for the album released on Sunday.", "Friday"),
    ("Passengers were stranded from 6 June, two weeks before the strike that began on 20 June.", "6 June"),
])
def test_an_event_word_right_before_a_day_of_its_own_is_that_day_s(sentence, day):
    assert event_name(sentence, day) not in ("made_public", "launch", "strike_start")


@pytest.mark.parametrize("sentence, day", [
    ("The law, which Gov. Ada Lee signed on April 12, takes effect in July.", "April 12"),
    ("The order that President Tam Reece signed on 11 May gives the company 75 days.", "11 May"),
    ("The decree, which the prime minister signed on Friday, caps rents.", "Friday"),
])
def test_a_law_a_relative_clause_says_someone_signed_is_a_law_signed(sentence, day):
    assert event_name(sentence, day) == "law_signed"


@pytest.mark.parametrize("clause, sentence, party", [
    ("hearing on April 28", "The High Court has listed the petition filed by Zingo for hearing on April 28.", "Zingo"),
    ("a hearing", "The tribunal set a hearing on 3 June for the appeal lodged by Norvel Air.", "Norvel Air"),
    ("a hearing", "Judge Ana Ruiz set a hearing for May 28 in the lawsuit brought by NetGuild against Ohio's law.", "Ohio"),
])
def test_who_brought_a_case_owns_its_hearing_when_no_party_is_named_before(clause, sentence, party):
    from newsreport.claims.event_owners import event_owner

    names = frozenset({"Zingo", "Norvel", "Air", "NetGuild", "Ohio"})
    assert event_owner("hearing", "", clause, names, sentence).rstrip(".") == party


@pytest.mark.parametrize("sentence, day, event", [
    ("Payments firm Tellar suffered an outage on Monday that lasted four hours.", "Monday", "service_shutdown"),
    ("The bank's apps were down for most of Friday, June 5, customers said.", "Friday, June 5", "service_shutdown"),
    ("The nine-hour Orvo outage on 3 March was caused by a power cut.", "3 March", "service_shutdown"),
    ("The death toll from Sunday's quake in the province rose to 96.", "Sunday", "disaster_struck"),
    ("Insurers expect claims from the Aug. 3 floods to top $2 billion.", "Aug. 3", "disaster_struck"),
])
def test_an_outage_or_disaster_named_with_its_day_is_that_day_s_event(sentence, day, event):
    assert event_name(sentence, day) == event


@pytest.mark.parametrize("sentence, day", [
    ("The death toll from Sunday's quake in the province rose to 96 on Tuesday.", "Tuesday"),
    ("Engineers were still working on Wednesday to explain Monday's outage.", "Wednesday"),
    ("It was the company's second outage this year; a February outage lasted two hours.", "February"),
])
def test_an_event_named_by_another_day_is_not_this_day_s(sentence, day):
    assert event_name(sentence, day) not in ("disaster_struck", "service_shutdown")


@pytest.mark.parametrize("sentence, day, event", [
    ("The recall of 90,000 e-bikes, announced on Tuesday, covers models sold since 2023.", "Tuesday", "recall_announced"),
    ("Brenna is recalling 1.2 million baby monitors that can overheat, the safety commission said on 4 May.", "4 May",
     "recall_announced"),
    ("More than 300 planes need new wiring, according to papers the airline filed with regulators and made public "
     "on Friday.", "Friday", "made_public"),
])
def test_a_recall_or_filing_made_public_on_a_day_is_an_event(sentence, day, event):
    assert event_name(sentence, day) == event


@pytest.mark.parametrize("sentence, day", [
    ("The insurer discovered the breach on April 2 and began notifying affected policyholders on Monday.", "Monday"),
    ("Letters went out to owners of the recalled heaters on 12 January.", "12 January"),
    ("The hospital notified about 3,000 patients on Friday that their records had been exposed.", "Friday"),
])
def test_the_day_a_company_began_notifying_the_people_affected_is_an_event(sentence, day):
    assert event_name(sentence, day) == "customers_notified"


@pytest.mark.parametrize("sentence, day", [
    ("A ban on the ride-hailing app Tarvo in the state of Esmer took effect on Thursday.", "Thursday"),
    ("The block on the messaging service Chirp across all of the country's mobile networks came into force on 3 May.",
     "3 May"),
    ("A ban on single-use plastic bags in shops, cafes and markets of the capital takes effect on Jan. 1.", "Jan. 1"),
])
def test_a_ban_named_at_length_before_its_verb_takes_effect(sentence, day):
    assert event_name(sentence, day) == "ban_takes_effect"


@pytest.mark.parametrize("sentence, day, event", [
    ("Police chiefs feared shortages after the president's executive order on drones, which he signed on Friday.",
     "Friday", "law_signed"),
    ("A judge will decide whether to block the state's age-verification law, which is set to take effect on July 1.",
     "July 1", "law_takes_effect"),
    ("The striker, who signed on Friday, will earn £90,000 a week.", "Friday", "signing"),
])
def test_a_law_signed_or_blocked_keeps_its_own_type(sentence, day, event):
    assert event_name(sentence, day) == event


@pytest.mark.parametrize("sentence, day", [
    ("The operator counted 1.1 million trips in July, according to figures it filed with the city.", "July"),
    ("The exchange held $4 billion in customer assets at the end of March, according to its last published audit.",
     "the end of March"),
    ("The storm left 40,000 homes without power on Sunday, according to a report released by the utility.", "Sunday"),
])
def test_the_event_words_of_a_source_cited_after_a_date_are_not_its_event(sentence, day):
    assert event_name(sentence, day) != "made_public"


@pytest.mark.parametrize("sentence, day, name, place", [
    ("The Aurel 3 has been available in American stores since Thursday.", "Thursday", "Aurel 3", "American"),
    ("Glimmerfall 2 has been available to Japanese players since March 4.", "March 4", "Glimmerfall", "Japanese"),
    ("The Zeno e-bike has been on sale in German shops since 2 May.", "2 May", "Zeno", "German"),
])
def test_a_product_available_since_a_day_was_launched_in_that_market_then(sentence, day, name, place):
    from newsreport.claims.launches import launched_name
    from newsreport.claims.store_places import clause_places

    start = sentence.index(day)
    rule, reading = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == "launch"
    assert launched_name(sentence, reading.clause_span, frozenset({"Aurel", "Glimmerfall", "Zeno"})).startswith(name)
    assert place in clause_places(sentence, (0, len(sentence)))


@pytest.mark.parametrize("sentence, clause, owner", [
    ("Hackers stole data from Wexley Borough Council in an attack that took its computer systems offline on Sunday.",
     "that took its computer systems offline on Sunday", "Wexley Borough Council"),
    ("Savers rushed to Corran Bank after a fault that shut its app down on Friday.", "that shut its app down on Friday",
     "Corran Bank"),
    ("Both Tamsel and Orvo said a storm that knocked its grid offline on 3 May was to blame.",
     "that knocked its grid offline on 3 May", ""),  # two names before: whose would be a guess
])
def test_its_in_an_event_clause_is_the_one_name_written_before_it(sentence, clause, owner):
    from newsreport.claims.event_actors import sole_possessor

    start = sentence.index(clause)
    names = frozenset({"Wexley", "Borough", "Council", "Corran", "Bank", "Tamsel", "Orvo"})
    assert sole_possessor(sentence, (start, start + len(clause)), names) == owner
