"""Events a story tells again on one day (config `fine_imposed`, `show_played`, `results_announced`, all `agrees`):
two sources giving one day for a company's fine, a performer's show or a drug maker's trial results agree; another
day is another fine, show or set of results, never a conflict. Stories of our own: a regulator fining an app and a
bank, a singer's and a band's tour, a drug trial and a battery study. Also: a relative clause of place after the
date ("racing on Sunday to reach the pit, where a roof fall ...") tells another event's time."""

import pytest

from claims_fixtures import article, story_claims


def day_rows(tmp_path, first: str, second: str, metric: str):
    claims = story_claims(tmp_path, {"a.md": article("Story", "2026-10-16", first, outlet="Wire"),
                                     "b.md": article("Story", "2026-10-16", second, outlet="Paper")})
    return claims, claims[claims.metric == metric]


def shown(claims):
    return claims[["entity", "metric", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second, metric, entity", [
    ("Snapwise, the photo app, was fined £12m by the data regulator on Monday for mishandling children's data.",
     "Snapwise will appeal the £12m penalty handed down on 12 October, the company said.", "fine_imposed", "Snapwise"),
    ("Regulators fined Hollin Bank $40 million on Tuesday, Oct. 13, over lax money-laundering checks.",
     "Hollin Bank paid the fine imposed on Oct. 13 within a day.", "fine_imposed", "Hollin Bank"),
    ("Ana Rivera played to 58,000 fans at Osby Stadium on Saturday, the promoter said.",
     "Ana Rivera's tour is a hit. Rivera has played to big crowds all summer, most recently at Osby Stadium on "
     "10 October.", "show_played",
     "Ana Rivera"),
    ("Halcyon Drive performed in Lyon on Friday, Oct. 9, to a sold-out arena.",
     "The band Halcyon Drive played at the Lyon arena on 9 October.", "show_played", "Halcyon Drive"),
    ("Meridell said Monday that its pill Torvexa cut seizures by 40% in a late-stage trial of 900 patients.",
     "When Meridell announced on October 12 that Torvexa had cut seizures by 40% in a large trial, shares jumped.",
     "results_announced", "Meridell"),
    ("Voltcell reported on Tuesday, Oct. 13, that its cells lasted twice as long in an independent study.",
     "Voltcell's batteries lasted twice as long in a study, Voltcell said on Oct. 13.", "results_announced", "Voltcell"),
])
def test_one_day_from_two_sources_agrees(tmp_path, first, second, metric, entity):
    claims, rows = day_rows(tmp_path, first, second, metric)
    assert list(zip(rows.entity, rows.status)) == [(entity, "agreement")], shown(claims)


@pytest.mark.parametrize("first, second, metric", [
    ("Snapwise was fined £12m by the data regulator on Monday, Oct. 12.",
     "Snapwise was fined £4m by the same regulator on 3 March.", "fine_imposed"),
    ("Ana Rivera played to 58,000 fans at Osby Stadium on Saturday, Oct. 10.",
     "Ana Rivera performed in Lyon on Friday, Oct. 9.", "show_played"),
    ("Meridell said Monday, Oct. 12, that Torvexa cut seizures by 40% in a late-stage trial.",
     "Meridell said on 2 June that Torvexa cut seizures by 30% in an early trial.", "results_announced"),
])
def test_another_day_is_another_event(tmp_path, first, second, metric):
    claims, rows = day_rows(tmp_path, first, second, metric)
    assert "conflict" not in set(rows.status) and "discrepancy" not in set(rows.status), shown(claims)


@pytest.mark.parametrize("first, second", [
    ("Rescuers were racing on Sunday to reach 30 miners at the Arden pit, where a roof fall a day earlier trapped them.",
     "A roof fall at the Arden pit on Saturday, Oct. 10, trapped 30 miners."),
    ("Crews worked on Wednesday to clear the line near Osby, where a train derailment on Monday spilled diesel.",
     "The Osby train derailment on Monday, Oct. 12, spilled diesel into a creek."),
    ("Divers searched on Friday near Port Hale, where the ferry disaster of Wednesday left 40 dead.",
     "The Port Hale ferry disaster on Wednesday, Oct. 14, left 40 dead."),
])
def test_a_place_clause_after_the_date_tells_another_day(tmp_path, first, second):
    claims, rows = day_rows(tmp_path, first, second, "disaster_struck")
    assert "conflict" not in set(rows.status), shown(claims)


@pytest.mark.parametrize("first, second", [
    ("The Cedar Hill fire began on Friday, Aug. 13, near a campground, the forest service said.",
     "The Cedar Hill fire broke out on Saturday, Aug. 14, state officials said."),
    ("The Corran warehouse blaze erupted on Tuesday, Oct. 6, firefighters said.",
     "The Corran warehouse fire started on Oct. 7, the owner said."),
    ("The bushfire near Alder Creek began on 2 January, the rural fire service said.",
     "The Alder Creek bushfire broke out on 3 January, residents said."),
])
def test_a_fire_that_began_has_a_day(tmp_path, first, second):
    claims, rows = day_rows(tmp_path, first, second, "disaster_struck")
    assert list(rows.status) == ["conflict"], shown(claims)


@pytest.mark.parametrize("first, second, status", [
    ("Crypto lender Kivex filed for bankruptcy protection on Wednesday, Oct. 14, in Delaware.",
     "Kivex's Chapter 11 filing on Oct. 13 listed debts of $1.9 billion.", "conflict"),
    ("Fashion chain Marlowe went into administration on Monday, Oct. 12, putting 3,000 jobs at risk.",
     "Marlowe collapsed into administration on 12 October, its administrators said.", "agreement"),
    ("The airline Skyra filed for insolvency on Friday, Oct. 9, after its lenders pulled out.",
     "Skyra filed for insolvency in a Berlin court on 10 October.", "conflict"),
])
def test_the_day_a_company_filed_for_bankruptcy(tmp_path, first, second, status):
    claims, rows = day_rows(tmp_path, first, second, "bankruptcy_filed")
    assert list(rows.status) == [status], shown(claims)
