"""One event a story's articles give to different parties (a court's ruling told as the court's, the company's that
lost, the owner forced to sell; an app's removal told as the app's), so that their days are compared; an event's
owner read after a wire dateline, accented or not; a rule told by its verb ("will begin taxing ... from July 1") or
in a clause opening with "When". Stories of our own: a forced sale, a tax, a congestion charge, an outage, a social
app's chart run."""

import pytest

from claims_fixtures import article, joined, rows_of, story_claims, table

RULING = {
    "a.md": article("Court upholds sale law", "2026-03-11",
                    "The Constitutional Court on Wednesday upheld a law requiring Tavro Media to sell Zipply's Chilean "
                    "arm, the court said in a statement."),
    "b.md": article("Bidders circle Zipply", "2026-03-12",
                    "The race to buy Zipply's Chilean business is set to speed up after the Constitutional Court "
                    "yesterday threw out Tavro Media's challenge to the law."),
    "c.md": article("Zipply buyers brace", "2026-03-13",
                    "Buyers are bracing for months of talks after the Constitutional Court on Thursday upheld the law "
                    "that compels Tavro Media to offload Zipply's Chilean business."),
}


APPEAL = {
    "a.md": article("Dovo loses appeal", "2026-03-12", "The appeals court on Tuesday ruled that Norland may ban the video "
                                                      "app Dovo, rejecting the company's appeal."),
    "b.md": article("Dovo ban cleared", "2026-03-12", "The appeals court's ruling on Wednesday against Dovo clears the "
                                                     "way for Norland's ban."),
}


@pytest.mark.parametrize("articles, days", [(RULING, ("March 11", "March 12")), (APPEAL, ("March 10", "March 11"))])
def test_a_ruling_told_under_each_party_of_the_story_is_one_event(tmp_path, articles, days):
    claims = story_claims(tmp_path, articles)
    assert joined(claims, *days) and "conflict" in set(claims.status), table(claims)


def test_events_of_two_parties_in_one_article_stay_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Two strikes", "2026-06-10",
                        "Dock workers at Harlo went on strike on Monday, and workers at its rival Pellam walked out on "
                        "Tuesday, the unions said."),
        "b.md": article("Harlo strike", "2026-06-11", "Dock workers at Harlo went on strike on Wednesday, their union "
                                                      "said, a day after staff at Pellam walked out."),
        "c.md": article("Pellam strike", "2026-06-12", "Workers at Pellam went on strike on Thursday, the union said. "
                                                       "Harlo's dockers are also out."),
    })
    assert not joined(claims, "June 8", "June 11") and not joined(claims, "June 10", "June 11"), table(claims)


def test_events_of_parties_the_other_article_never_names_stay_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Outage", "2026-05-12", "Ride app Zuno went offline on Monday, the company said."),
        "b.md": article("Outage", "2026-05-12", "Payments app Tellr went offline on Sunday, the company said."),
    })
    assert not joined(claims, "May 11", "May 10"), table(claims)


@pytest.mark.parametrize("dateline", ["SÃO PAULO —", "ASUNCIÓN —", "MEDELLÍN, May 12 (Andes Wire) -", "LIMA —"])
def test_an_events_owner_is_read_after_the_dateline(tmp_path, dateline):
    claims = story_claims(tmp_path, {
        "a.md": article("App pulled", "2026-05-12", f"{dateline} Anonymous messaging app Recado disappeared from Apple's "
                                                   "and Google's app stores on Monday, after the regulator ordered its "
                                                   "removal."),
        "b.md": article("App pulled", "2026-05-15", "Recado was removed from both app stores on Sunday, May 10, two days "
                                                   "after the regulator ordered it taken down."),
    })
    assert "conflict" in set(rows_of(claims, "May 11").status), table(claims)


@pytest.mark.parametrize("app, rival", [("Sussurro", "Piado"), ("Papo", "Grito"), ("Quillo", "Brevo")])
def test_the_app_after_a_dateline_is_the_sentences_opening_subject(tmp_path, app, rival):
    claims = story_claims(tmp_path, {
        "a.md": article(f"{app} tops chart", "2026-04-14",
                        f"SÃO PAULO (Andes Wire) - {app}, a two-year-old social app made by start-up Vento Labs, reached "
                        f"the top of Brazil's free-apps chart on Sunday, as users unhappy with changes at rival platform "
                        f"{rival} went looking for somewhere else to post.\n\nThe app was downloaded 3.1 million times "
                        "in Brazil in the seven days to Sunday, the company said."),
        "b.md": article(f"{app} downloads", "2026-04-15",
                        f"{app} was downloaded about 1.4 million times in Brazil in the seven days to Sunday, according "
                        "to app tracker Tallyfield."),
    })
    assert "conflict" in set(rows_of(claims, "3.1 million").status), table(claims)


@pytest.mark.parametrize("first, second", [
    (("2026-06-24", "Valdoria will begin taxing rental income from July 1, the treasury said on Wednesday."),
     ("2026-06-26", "When Valdoria's new rental income tax takes effect on Monday, landlords will pay 10%.")),
    (("2026-05-20", "Merrow's congestion charge comes into force on June 1, the city said."),
     ("2026-05-29", "Once Merrow's congestion charge comes into force on Wednesday, drivers will pay £15 a day.")),
    (("2026-02-20", "Norland will start levying a duty on imported sugar from March 1, the finance ministry said."),
     ("2026-02-27", "When Norland's new sugar duty takes effect on Tuesday, importers will pay more.")),
])
def test_a_rule_told_by_its_verb_or_in_a_when_clause_is_the_places_rule(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Rule", first[0], first[1], outlet="Wire"),
                                     "b.md": article("Rule", second[0], second[1], outlet="Paper")})
    assert "conflict" in set(claims.status), table(claims)
