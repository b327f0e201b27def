"""Wordings found on a probe story of our own (a country closing a duty-free parcel exemption, told by a
trade wire, an explainer and a retail weekly), each shown on several kinds of story:
- "will end the duty-free exemption on May 2", "scraps its exemption", "abolished the loophole": the day an
  exemption ends, as "the exemption will close on May 1" is;
- "4 million such parcels", "similar cases": a pointing word is no kind of the things counted;
- "the ministry said on Thursday, closing a loophole ...": the day something was said is no day of the
  events its participle tells;
- "processed 4 million parcels a day last year, up from 1.1 million in 2021": an earlier level a few words
  after its figure is a level of that figure's measure;
- "Ofcom fined the company £1.2m", "was fined £1.2m by Ofcom", "slapped a £1.5 million fine on Chattle's owner":
  a fine is the fined party's, not the regulator's (found on a UK probe story of an app's surge)."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Zembla will end the duty-free exemption for low-value parcels on May 2, the ministry said.",
     "Zembla's exemption, which lets cheap parcels skip duties, will close on May 1."),
    ("Nordland will scrap its tax exemption for electric cars on July 1, the finance ministry said.",
     "Nordland's tax exemption for electric cars expires on June 30."),
    ("Lawmakers in Vellmar abolished the de minimis loophole on Sept. 3.",
     "Vellmar's de minimis loophole closed on Sept. 4, officials said."),
])
def test_an_exemption_ended_in_other_words_is_one_event(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Trade", "2026-04-03", first, "Wire"),
                                     "b.md": article("Explainer", "2026-04-04", second, "Daily")})
    ends = claims[claims.metric.str.startswith("law_takes_effect")]
    assert list(ends.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("body, value, measure", [
    ("Customs officers at Port Ardent processed about 4 million such parcels a day last year.", "4 million", "parcels"),
    ("Health officials in Corvo reported 320 similar cases in May.", "320", "cases"),
    ("Harlo Rail ran 1,200 additional trains over the holiday, Harlo Rail said.", "1,200", "trains"),
])
def test_a_pointing_word_is_no_kind_of_what_is_counted(tmp_path, body, value, measure):
    claims = story_claims(tmp_path, {"a.md": article("Counts", "2026-06-02", body)})
    row = claims[claims["values"].str.contains(value, regex=False)]
    assert len(row) == 1 and not any(w in row.iloc[0].metric for w in ("such", "similar", "additional")), \
        claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body", [
    "The ministry said on Thursday, closing a loophole that retailers such as Quickcart have used for years.",
    "Zembla will end the duty-free exemption for cheap parcels on May 2, the commerce ministry said on Thursday, "
    "closing a loophole that online retailers such as Quickcart and Hexa have used to ship cheap goods.",
    "Nordland's finance ministry said on Monday, scrapping a tax exemption for electric cars that took effect in 2020, "
    "that prices would rise.",
])
def test_the_day_something_was_said_is_no_day_of_what_its_participle_tells(tmp_path, body):
    """(Each sentence dated the exemption's end by the day of saying before the rule; a day its own clause
    names still counts: "will end ... on May 2".)"""
    claims = story_claims(tmp_path, {"a.md": article("Statement", "2026-04-03", body)})
    ends = claims[claims.metric.str.contains("law_takes_effect")]
    assert not ends["values"].str.contains("April 2|March 30").any(), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("body, earlier, later", [
    ("Customs officers processed about 4 million such parcels a day last year, up from 1.1 million in 2021.",
     "1.1 million", "4 million"),
    ("Pinglo counted 48 million monthly users across Europe in 2025, up from 31 million in 2023.", "31 million",
     "48 million"),
    ("Harlo Rail carried 210 million passengers on its network last year, up from 150 million in 2021.",
     "150 million", "210 million"),
])
def test_an_earlier_level_a_few_words_on_is_a_level_of_the_same_measure(tmp_path, body, earlier, later):
    claims = story_claims(tmp_path, {"a.md": article("Growth", "2026-03-10", body)})
    first = claims[claims["values"].str.contains(earlier, regex=False)]
    second = claims[claims["values"].str.contains(later, regex=False)]
    assert len(first) == 1 and len(second) == 1 and first.iloc[0].metric == second.iloc[0].metric, \
        claims[["entity", "metric", "period", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("Ofcom fined the company £1.2m in March. The company, Chattle, is appealing.",
     "Chattle was fined £1.2m by Ofcom in March, the company said."),
    ("A court in Vellmar fined Harlo Rail €4 million on Tuesday, Harlo Rail said.",
     "Regulators slapped a €4 million fine on Harlo Rail on Tuesday."),
    ("The European Commission fined Pinglo €300 million on May 5.",
     "Pinglo was fined €300 million by the European Commission on May 5."),
])
def test_a_fine_is_the_fined_party_s_not_the_regulator_s(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Fine", "2026-06-10", first, "Wire"),
                                     "b.md": article("Fined", "2026-06-10", second, "Daily")})
    fines = claims[claims.metric == "fine"]
    assert list(fines.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()
