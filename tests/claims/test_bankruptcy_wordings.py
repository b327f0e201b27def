"""Wordings of a company's collapse, found on a probe story of our own (a department store chain's bankruptcy told
by a wire, a trade paper and a local paper), each shown on several kinds of company:
- the day a company seeks protection from its creditors is one event however it is written ("filed for Chapter 11
  bankruptcy protection on Tuesday", "Halden's bankruptcy filing on Monday", "entered administration on Friday"),
  or its administrators "called in" or "appointed", and two days for it conflict;
- "Halden & Co." is one name, not "Halden & Co. and Co.", and the short "Halden" is the same company, as a legal
  form ("Inc.", "Group plc") names no other one;
- jobs a closure "puts at risk", or that "are at risk", are no count of the staff."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Halden & Co., the department store chain, filed for Chapter 11 bankruptcy protection on Tuesday.",
     "Halden's bankruptcy filing on Monday ended months of speculation."),
    ("The airline Skyrion entered administration on Friday, its administrators said.",
     "Skyrion went into administration on Thursday, stranding 40,000 passengers."),
    ("Ledgerline Inc., a crypto lender, filed for bankruptcy on Sunday.",
     "Ledgerline's bankruptcy petition, filed on Saturday, lists 90,000 creditors."),
    # administrators called in or appointed: the same collapse told by its officers
    ("Wickham Inns, the pub group, collapsed into administration on Wednesday, putting 1,240 jobs at risk.",
     "Twenty-six pubs shut when Wickham Inns, the Wolverhampton-based chain, called in administrators on Tuesday."),
    ("The retailer Marlow & Finch appointed administrators on Monday after talks with lenders failed.",
     "Marlow & Finch went into administration on Sunday, its lenders said."),
    ("Administrators were appointed to the builder Castleby Homes on Tuesday.",
     "Castleby Homes entered administration on Wednesday, leaving 300 homes unfinished."),
])
def test_two_days_for_one_bankruptcy_filing_conflict(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Filing", "2027-02-03", first, "Wire"),
                                     "b.md": article("Collapse", "2027-02-05", second, "Daily")})
    filings = claims[claims.metric == "bankruptcy_filed"]
    assert list(filings.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("full, short, body", [
    ("Halden & Co.", "Halden", "Halden & Co. said it had 310 stores. Halden has 24,000 employees."),
    ("Tamsel Inc.", "Tamsel", "Tamsel Inc. said it had 52 factories. Tamsel has 9,000 employees."),
    ("Orvel Group plc", "Orvel", "Orvel Group plc said it had 80 hotels. Orvel has 6,500 employees."),
])
def test_a_legal_form_is_part_of_one_company_s_name(tmp_path, full, short, body):
    claims = story_claims(tmp_path, {"a.md": article("Names", "2027-02-03", body, "Wire")})
    assert len(set(claims.entity)) == 1 and set(claims.entity) <= {full, short}, \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Halden & Co. will close 120 stores, putting about 9,000 jobs at risk.", "Halden & Co. employs about 24,000 people."),
    ("The carmaker Tavora will shut its Velm plant, threatening 3,000 jobs.", "Tavora employs 3,100 people worldwide."),
    ("The hospital group Medra will close two wards, putting 400 jobs at risk.", "Medra has 420 staff at the site."),
    # the detail told in the clause's own words rather than by the verb
    ("Administrators say 1,240 jobs are at risk at Marlow Stores.", "Marlow Stores employs 1,300 people."),
    ("About 600 jobs remain at risk at Corvel Motors, the union said.", "Corvel Motors has 640 staff."),
    # or in other words of the same threat ("in danger", "on the line", "under threat", "jeopardise")
    ("The quota cut will put some 2,600 jobs at Brennvik Seafood in danger.", "Brennvik Seafood employs 2,700 people."),
    ("About 900 jobs at Ostra Mills are on the line, the union said.", "Ostra Mills has 950 staff."),
    ("The closure leaves 1,100 jobs at Calder Glass under threat.", "Calder Glass employs 1,150 people."),
    ("The tariff could jeopardise 700 jobs at Pellworth Steel.", "Pellworth Steel has 720 employees."),
])
def test_jobs_put_at_risk_are_no_staff_count(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Risk", "2027-02-03", first, "Wire"),
                                     "b.md": article("Staff", "2027-02-05", second, "Daily")})
    assert not claims.status.isin(["agreement", "conflict", "discrepancy"]).any(), \
        claims[["entity", "metric", "status", "values"]].to_string()
