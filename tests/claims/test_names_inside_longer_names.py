"""A court's ruling or hearing is owned by the party it is about, read after "against", "on", "of" ...; the tail of
a longer name ("the Ministry of Information", "the Bank of Zembla", "the University of Lagos") is part of that name,
not a party. Sentences of our own: a ban's reprieve, a levy case, a licence appeal."""

import pytest

from newsreport.claims.event_owners import event_owner


# (the articles also write "the ministry", "the bank", "the university" in lower case, so those words are no names)
@pytest.mark.parametrize("sentence, names", [
    ("The reprieve follows a ruling by the High Court on Friday, which found that the Ministry of Information and "
     "Digital Economy had skipped the consultation.", frozenset({"High", "Court", "Information", "Digital"})),
    ("The levy was struck out in a ruling by the Appeals Court on Monday, which found that the Bank of Zembla had set "
     "it unlawfully.", frozenset({"Appeals", "Court", "Zembla"})),
    ("Fees were frozen after a ruling by the Federal High Court on Tuesday, which said the University of Lagos had "
     "raised them without a hearing.", frozenset({"Federal", "High", "Court", "Lagos"})),
])
def test_the_tail_of_a_longer_name_is_no_party(sentence, names):
    court = sentence.split(" by the ")[1].split(" on ")[0]  # the court the ruling was read as owned by
    clause = sentence.split(",")[0]
    for rule in ("ruling", "hearing"):
        assert event_owner(rule, court, clause, names, sentence) not in {"Information", "Zembla", "Lagos"}


@pytest.mark.parametrize("clause, names, party", [
    ("the court's ruling on Zipclip on Friday", frozenset({"Zipclip"}), "Zipclip"),
    ("a ruling against Ferrobus on Monday", frozenset({"Ferrobus"}), "Ferrobus"),
])
def test_a_party_after_its_preposition_owns_the_ruling(clause, names, party):
    assert event_owner("ruling", "", clause, names, clause) == party
