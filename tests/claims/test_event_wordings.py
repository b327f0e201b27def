"""Dated events in the wordings articles use: the event a date belongs to is named by the words right
before it ("effective May 20", "starting May 20") or by the verb it hangs from ("signed a bill ... on
Friday", "the ban starting on May 20"), not by the nearest event word of the sentence; a law is signed
in several wordings; something launched may be the subject of "launched" ("Orbix launched in
Germany"), and a launch in one place is not a launch in another. Sentences and stories of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.events import event_of
from newsreport.claims.vocabulary import load_vocabulary


@pytest.mark.parametrize("sentence, day, event", [
    ("Governor Ray Mills signed a bill banning Lumo on Friday, with the ban starting on May 20.", "Friday", "law_signed"),
    ("Governor Ray Mills signed a bill banning Lumo on Friday, with the ban starting on May 20.", "May 20",
     "ban_takes_effect"),
    ("The law, signed on May 2, takes effect on May 20.", "May 2", "law_signed"),
    ("President Ana Vell signed the Pexa ban into law on Monday, Sept. 8.", "Monday, Sept. 8", "law_signed"),
    ("Parliament voted for the measure in March, and the ban begins on June 1.", "June 1", "ban_takes_effect"),
    ("Ana Vell will be sworn in on Jan. 20, the day after the ban.", "Jan. 20", "inauguration"),
    ("Vell took the oath of office on January 21.", "January 21", "inauguration"),
])
def test_the_event_of_a_date_is_named_by_its_own_words(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


@pytest.mark.parametrize("sentence, day, launch", [
    ("Quorra released its new photo app on Tuesday.", "Tuesday", True),
    ("The studio released Glimmerfall 2 on March 4.", "March 4", True),
    ("Hoping to reassure lenders, the bank put out a statement released late on Monday.", "Monday", False),
    ("The agency released figures on Thursday showing a drop in sales.", "Thursday", False),
    ("Vantor released its quarterly results on Feb. 12.", "Feb. 12", False),
])
def test_a_statement_figures_or_results_released_are_no_launch(sentence, day, launch):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert (rule is not None and rule.name == "launch") == launch


def test_a_law_signed_on_one_day_in_two_wordings_agrees(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Governor signs Lumo ban", "2025-05-06",
                        "Governor Ray Mills signed a bill banning Lumo on Friday, with the ban starting on May 20."),
        "b.md": article("Lumo ban law", "2025-05-07", "The Lumo law, signed on May 2, fines app stores $10,000 a day."),
    })
    signed = claims[claims.metric == "law_signed"]
    assert list(signed.status) == ["agreement"] and list(signed.entity) == ["Lumo"]


def test_a_launch_told_as_what_launched_is_compared_where_the_place_is_the_same(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Orbix arrives", "2025-05-09", "Streaming service Orbix launched in Germany on Tuesday, May 6."),
        "b.md": article("Orbix debut", "2025-05-10", "Orbix went live in Germany on May 5, charging 8 euros a month."),
        "c.md": article("Orbix in Spain", "2025-05-12", "Orbix launched in Spain on May 9, the company said."),
    })
    germany = claims[(claims.metric == "launch: Orbix") & (claims.scope == "Germany")]
    assert list(germany.status) == ["conflict"] and "May 5" in germany["values"].iloc[0]
    spain = claims[(claims.metric == "launch: Orbix") & (claims.scope == "Spain")]
    assert list(spain.status) == ["single"]


@pytest.mark.parametrize("sentence, day, event", [
    ("The act, which Vell's lawmakers passed on May 13, comes into force on Aug. 1.", "Aug. 1", "law_takes_effect"),
    ("The act, which Vell's lawmakers passed on May 13, comes into force on Aug. 1.", "May 13", "law_passed"),
    ("The app, which shut down on Friday, came back on Sunday.", "Sunday", "service_restored"),
    ("The app, which shut down on Friday, came back on Sunday.", "Friday", "service_shutdown"),
    ("The strike, which began on March 2, ended on March 5.", "March 5", "strike_end"),
])
def test_a_day_outside_a_clause_set_off_by_commas_is_not_that_clause_s_event(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


@pytest.mark.parametrize("sentence, day, event", [
    # a relative clause ending the sentence names no event of the day before it
    ("Lawmakers in Ostra voted on Sept. 3 to ban Pexa, which has 6 million users in the country.", "Sept. 3",
     "law_passed"),
    ("The senate voted on Jan. 14 to ban the app Lumo.", "Jan. 14", "law_passed"),  # an abbreviated month inside
    ("Regulators shut down Vexa on Friday, which had 2 million users.", "Friday", "service_shutdown"),
])
def test_a_vote_to_ban_dated_inside_and_a_closing_relative_clause(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


def test_the_ban_is_keyed_by_what_it_falls_on_named_in_the_sentence_before(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Ostra bans Pexa", "2025-09-05", "Ostra's parliament passed a law banning the video app Pexa "
                                                         "on Tuesday. The ban takes effect on October 1."),
        "b.md": article("Pexa ban", "2025-09-06", "A ban on Pexa will begin on Oct. 2, officials said."),
        "c.md": article("Grayport scooters", "2025-09-07", "Grayport's council voted to outlaw the scooter firm "
                                                           "Zipp. The ban starts on Nov. 1."),
    })
    start = claims[claims.metric == "ban_takes_effect"]
    assert set(start.entity) == {"Pexa", "Zipp"}
    assert list(start[start.entity == "Pexa"].status) == ["conflict"]


@pytest.mark.parametrize("sentence, day, event", [
    ("A hearing in Orla's case, scheduled for Friday, was postponed to March 20.", "March 20", "hearing"),
    ("The ban was delayed on Jan. 20 for 75 days.", "Jan. 20", "ban_delayed"),
    ("Officials postponed enforcement of the ban on Tuesday.", "Tuesday", "ban_delayed"),
    ("Lark granted Vexa a 90-day extension on Friday.", "Friday", "ban_delayed"),
])
def test_only_a_ban_postponed_is_a_ban_delayed(sentence, day, event):
    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == event


@pytest.mark.parametrize("first, second", [
    ("Emergency water restrictions came into force in Veldt Bay on Monday, April 13.",
     "Level 4 water restrictions have been in place across Veldt Bay since Tuesday, April 14."),
    ("New lockdown curbs took effect in Ostra on Tuesday, March 3.", "Ostra's curbs came into force on March 4."),
    ("The new parking rules took effect in Kessel on Monday, Jan. 5, the council said.",
     "Parking rules have been in force in Kessel since Jan. 6."),
])
def test_rules_by_any_name_that_take_effect_are_one_event(tmp_path, first, second):
    # plural rules ("rules", "restrictions", "curbs") take effect as a law does, and a rule "in place since" a day
    # took effect that day; a grade of the rule ("Level 4") is nobody's name
    from claims_fixtures import article

    claims = story_claims(tmp_path, {"a.md": article("Rules", "2026-04-16", first, "Wire"),
                                     "b.md": article("Rules", "2026-04-16", second, "Paper")})
    rules = claims[claims.metric.str.startswith("law_takes_effect")]
    assert len(rules) == 1 and rules.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()
    assert not claims.entity.str.startswith("Level").any(), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("published, first, second", [
    ("2026-03-13", "Castel Motors announced the recall Thursday of about 90,000 SUVs sold in the US.",
     "The recall, announced on March 11 by Castel Motors, covers about 90,000 SUVs."),
    ("2026-06-09", "Tinytoes is recalling 40,000 baby walkers because the wheels can come off, the safety commission said on Monday.",
     "Tinytoes announced a recall of 40,000 baby walkers on Sunday, June 7."),
    ("2026-10-09", "Harvest Foods issued a recall of its peanut butter jars on Wednesday, Oct. 7, after salmonella tests.",
     "The peanut butter recall was announced by Harvest Foods on Oct. 8."),
])
def test_a_recall_is_announced_once(tmp_path, published, first, second):
    # a recall was "made public" as a report is, and two reports on two days are two reports: two days for one
    # recall's announcement never disagreed (told as the maker's or as the day a regulator said it)
    from claims_fixtures import article

    claims = story_claims(tmp_path, {"a.md": article("Recall", published, first, "Wire"),
                                     "b.md": article("Recall", published, second, "Paper")})
    recalls = claims[claims.metric == "recall_announced"]
    assert list(recalls.status) == ["conflict"], claims[["entity", "metric", "values", "status", "reason"]].to_string()
