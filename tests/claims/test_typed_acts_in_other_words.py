"""Typed events told in words their patterns missed: a prohibition that "kicked in" is a ban taking effect; a court
(or a bench of judges) that "sided with" a party ruled; an agreement that "was signed" is a deal agreed; lawyers who
"urged a panel of the appeals court" argued at a hearing; two companies that "agreed to merge" or announced they "will
combine" agreed a deal. Two articles giving such an event different days conflict;
a party, a council or a team siding with someone is no ruling. Stories of our own."""

from functools import partial

import pytest

from claims_fixtures import story_claims, numbered_articles


articles = partial(numbered_articles, published="2026-03-20")


@pytest.mark.parametrize("bodies, metric", [
    (("The ban on Pexa took effect on March 2, the ministry said.",
      "When the prohibition on Pexa kicked in on March 3, millions of users went looking for a new app."),
     "ban_takes_effect"),
    (("A ban on Dorra came into force on March 9 after talks with the ministry failed.",
      "The prohibition on Dorra came into force on March 10, the ministry said."), "ban_takes_effect"),
    (("The Court of Appeal upheld the Tessa law on March 4, finding the objective pressing.",
      "The Court of Appeal sided with the government on March 5, saying the Tessa law was justified."), "ruling"),
    (("The High Court ruled against Ombra Foods on March 11.",
      "A bench of three judges sided with the regulator over Ombra Foods on March 12."), "ruling"),
    (("Nine countries signed an agreement to fund the Vela observatory on March 2.",
      "The agreement to fund the Vela observatory was signed on March 3 in Lima."), "deal_agreed"),
    (("Pello and Dunmore, two grocery-delivery apps, said on Monday they had agreed to merge.",
      "Couriers are still digesting Tuesday's announcement that Pello and Dunmore will combine."), "deal_agreed"),
])
def test_an_act_told_in_other_words_is_one_event(tmp_path, bodies, metric):
    claims = story_claims(tmp_path, articles(*bodies))
    rows = claims[claims.metric.str.partition(":")[0] == metric]
    assert len(rows) == 1 and rows.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


def test_a_decision_released_on_a_day_is_the_court_s_ruling(tmp_path):
    claims = story_claims(tmp_path, articles(
        "The Court of Appeal upheld the ban on the Tessa app on March 4, the ministry said.",
        "In a 2-1 decision released March 5, the Court of Appeal rejected the Tessa app's challenge to the ban.",
        "Orla released the Orla Go app on March 5, its first since the ban on Tessa."))
    rows = claims[claims.metric == "ruling"]
    assert len(rows) == 1 and rows.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()
    assert claims.metric.str.startswith("launch").any(), claims[["entity", "metric", "values", "status"]].to_string()


def test_lawyers_urging_the_judges_argue_at_a_hearing(tmp_path):
    claims = story_claims(tmp_path, articles(
        "Lawyers for Vanta urged a panel of the federal appeals court on Monday, March 9, to throw out the law.",
        "Lawyers for Vanta urged the judges of the appeals court on Tuesday, March 10, to strike down the law."))
    rows = claims[claims.metric == "hearing"]
    assert len(rows) == 1 and rows.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("bodies", [
    ("The opposition party sided with the government on March 4 over the Tessa bill.",
     "The city council sided with residents on March 5 over the new bus lanes."),
])
def test_others_siding_with_someone_make_no_ruling(tmp_path, bodies):
    claims = story_claims(tmp_path, articles(*bodies))
    assert not claims.metric.str.startswith("ruling").any(), claims[["entity", "metric", "values", "status"]].to_string()
