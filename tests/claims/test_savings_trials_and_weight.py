"""Three measures named by their nouns: the savings a merger or a restructuring targets (`cost_savings`: "$350 million
in annual cost savings" is no cost), the people a trial was tested on (`trial_participants`: "tested on 2,000
volunteers"; a trial's length is no window they were counted over, `no_window`), and the share of their weight people
lost (`weight_loss`, itself a change). Stories of our own: a brewer's merger, a bank's cost plan, an airline's
restructuring, a vaccine trial, a diet drug, a sleep study."""

import pytest

from claims_fixtures import article, story_claims, table


def two_outlets(tmp_path, first: str, second: str, published: str = "2026-04-08"):
    return story_claims(tmp_path, {"a.md": article("Story", published, first, outlet="Wire"),
                                   "b.md": article("Story", published, second, outlet="Paper")})


@pytest.mark.parametrize("first, second, metric, status", [
    ("Harlan Brewing expects $120 million in annual cost savings from the merger.",
     "Harlan Brewing is targeting $120 million in annual savings, its chief executive said.", "cost_savings", "agreement"),
    ("Ostmark Bank said its plan delivered cost savings of EUR 400 million last year.",
     "Ostmark Bank's plan delivered savings of EUR 250 million last year, the bank said.", "cost_savings", "conflict"),
    ("Velia's vaccine was tested on 2,400 volunteers in a trial lasting 18 months.",
     "Velia's trial of 2,400 volunteers ran over 18 months, the company said.", "trial_participants", "agreement"),
    ("Dormila, a sleeping pill, was trialled on about 900 adults over 12 weeks.",
     "In a study of 900 adults over 12 weeks, Dormila cut the time taken to fall asleep.", "trial_participants",
     "agreement"),
])
def test_measures_named_by_their_nouns(tmp_path, first, second, metric, status):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == metric]
    assert list(rows.status) == [status], table(claims)


@pytest.mark.parametrize("sentence", [
    "Patients taking Slimora lost an average of 11.2% of their body weight, the company said.",
    "In the study, patients on Slimora lost 11.2 per cent of their body weight over a year.",
    "Slimora's patients lost 11.2% of their weight, Slimora said.",
])
def test_weight_lost_is_a_measure_of_its_own(tmp_path, sentence):
    claims = story_claims(tmp_path, {"a.md": article("Slimora trial", "2026-04-08", sentence, outlet="Wire")})
    assert "weight_loss" in set(claims.metric), table(claims)


def test_a_stocks_weight_in_an_index_is_no_weight_lost(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Index", "2026-04-08", "Orvane's weight in the Velt 50 index rose "
                                                     "to 4.2% after the rebalancing, the exchange said.", outlet="Wire")})
    assert "weight_loss" not in set(claims.metric), table(claims)
