"""A figure in a clause that says what someone plans, or what will or may happen, is not a reported
fact: its claims are low confidence and never a conflict."""

import pytest

from newsreport.claims.structure import read_figure


def reading_of(sentence: str, figure: str):
    start = sentence.index(figure)
    return read_figure(sentence, start, start + len(figure))


@pytest.mark.parametrize("sentence, figure", [
    ("The governor unveiled plans to give Loopa a 60-day reprieve after the vote.", "60-day"),
    ("Veltra unveiled plans to cut 1,200 jobs by June.", "1,200"),
    ("The regulator published a proposal to lower card fees by 5% next year.", "5%"),
    ("The 60-day pause is something that may well be extended, the minister said.", "60-day"),
    ("A 12% raise is what the union will demand next week.", "12%"),
])
def test_plans_and_what_will_be_done_are_not_facts(sentence, figure):
    assert reading_of(sentence, figure).modal


@pytest.mark.parametrize("sentence, figure", [
    ("The governor gave Loopa a 45-day reprieve on Monday.", "45-day"),
    ("Veltra cut 1,200 jobs in June, its filing shows.", "1,200"),
    ("The plan cut card fees by 5% last year.", "5%"),
    ("The 60-day pause is something the minister announced on Friday.", "60-day"),
])
def test_what_was_done_stays_a_fact(sentence, figure):
    assert not reading_of(sentence, figure).modal


DELAYS = {
    "harbor.txt": "Port rules delayed\n\nJune 3, 2025 - The harbor board is delaying the Loopa Freight ban by "
                  "60 days, its chair said on Tuesday.\n",
    "council.txt": "Vote pushed back\n\nJune 4, 2025 - The council is postponing the Vexia vote by two weeks.\n",
    "deadline.txt": "More time for Orinoco\n\nJune 5, 2025 - Regulators are extending Orinoco's deadline by 30 days, "
                    "they said.\n",
}


def test_a_delay_or_extension_in_any_verb_form_is_its_length_not_a_ban(tmp_path):
    # "delaying the ban by 60 days" is how long the ban waits, not how long anything was banned
    from conftest import write_articles
    from newsreport.claims.mentions import claim_mentions
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table

    corpus = load_corpus(write_articles(tmp_path / "delays", DELAYS))
    mentions = claim_mentions(figures_table(corpus), corpus)
    durations = mentions[mentions.kind == "duration"]
    assert len(durations) == 3 and set(durations.metric) == {"extension_duration"}, durations[["quote", "metric"]]


@pytest.mark.parametrize("sentence, day", [
    ("On July 30, 2025, the governor signed an executive order suspending the duty exemption for all ports "
     "effective August 29, 2025.", "August 29, 2025"),
    ("The new tariff schedule, effective March 1, doubles duties on Zemblan steel, the agency said.", "March 1"),
    ("Councillors passed the parking rule on Tuesday; it is effective from June 3 in the old town.", "June 3"),
])
def test_a_day_a_rule_is_effective_from_is_when_it_takes_effect(sentence, day):
    # the day after "effective" is when the rule applies, not when it was signed or passed
    from newsreport.claims.events import event_of
    from newsreport.claims.vocabulary import load_vocabulary

    start = sentence.index(day)
    rule, _ = event_of(sentence, start, start + len(day), load_vocabulary())
    assert rule is not None and rule.name == "law_takes_effect"
