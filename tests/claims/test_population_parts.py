"""The part of a population a rate or share is of is a detail of its measure (claims/population.py): the pass rate
among girls, for boys and overall are three measures; the jobless rate for women, the turnout among under-25s and
the uptake among over-65s are not the rate of everyone. A configured rate whose sentence names no owner is the
article's main actor's; a rise demanded is nobody's (a union's claim is not the employer's offer), and a noun
naming the demand ("the union's demand for a 9% rise") keys it as demanded whatever the clause's verb. Sentences of
our own: exams, a labour market, a vaccine campaign, an election, a pay dispute."""

import pytest

from claims_fixtures import article, story_claims
from newsreport.claims.population import rate_part
from newsreport.claims.vocabulary import load_vocabulary


@pytest.mark.parametrize("metric, sentence, figure, part", [
    ("pass_rate", "The pass rate among girls was 94.1 per cent, against 89.3 per cent for boys.", "94.1 per cent", "girl"),
    ("pass_rate", "The pass rate among girls was 94.1 per cent, against 89.3 per cent for boys.", "89.3 per cent", "boy"),
    ("pass_rate", "Girls recorded a pass rate of 94.1%, the council said.", "94.1%", "girl"),
    ("pass_rate", "The Year 11 pass rate was 71% this summer.", "71%", "year 11"),
    ("pass_rate", "The council published the Year 11 results on Friday, with a pass rate of 71%.", "71%", "year 11"),
    ("unemployment_rate", "The unemployment rate for women aged 25 to 54 fell to 3.8% in March.", "3.8%",
     "woman aged 25 to 54"),
    ("turnout", "Turnout among under-25s was 41 per cent in the city vote.", "41 per cent", "under-25s"),
    ("vaccination_rate", "Flu vaccine uptake among over-65s reached 68% this winter.", "68%", "over-65s"),
    ("pass_rate", "The overall pass rate was 90.2 per cent.", "90.2 per cent", ""),  # the whole, no part
    ("market_share", "Vireo's share of global tablet shipments was 14%.", "14%", ""),  # what a share is of
    ("unemployment_rate", "The jobless rate in manufacturing towns rose to 7%.", "7%", ""),  # where, not who
    ("turnout", "Of the city's 240,000 registered voters, turnout was 44 per cent.", "44 per cent", ""),  # the whole
    ("vote_share", "In the November 3 vote she took 52% of the vote.", "52%", ""),  # a day, no group
    ("market_share", "The firm, which will cut 900 jobs, holds 12% of the market.", "12%", ""),  # a count, no group
])
def test_the_part_of_a_population_is_read_from_the_figure_phrase(metric, sentence, figure, part):
    vocabulary = load_vocabulary()
    start = sentence.index(figure)
    assert rate_part(vocabulary.metric(metric), sentence, start, start + len(figure), vocabulary) == part


def _claims(tmp_path, first, second, title="Results"):
    return story_claims(tmp_path, {"a.md": article(title, "2026-08-20", first, outlet="Wire"),
                                   "b.md": article(title, "2026-08-20", second, outlet="Paper")})


@pytest.mark.parametrize("first, second, metric, status", [
    # exams: the girls' rate agrees across outlets and is no conflict with the overall rate
    ("The Tarrow Exam Council said the pass rate among girls was 92.4 per cent this year.",
     "Girls recorded a pass rate of 92.4% this year, the Tarrow Exam Council said.", "pass_rate: girl", "agreement"),
    # an election: turnout among the young is keyed apart from the whole turnout
    ("In Velmor, turnout among under-25s was 38 per cent in the mayoral election, the electoral office said.",
     "Turnout among under-25s was 38% in the mayoral election in Velmor, officials said.",
     "turnout: under-25s", "agreement"),
])
def test_a_part_is_compared_with_the_same_part(tmp_path, first, second, metric, status):
    claims = _claims(tmp_path, first, second)
    rows = claims[claims.metric == metric]
    assert list(rows.status) == [status], claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    ("The Tarrow Exam Council said the overall pass rate was 88.2 per cent this year.",
     "The Tarrow Exam Council said the pass rate among boys was 84.9 per cent this year."),
    ("The Tarrow Exam Council said the Year 11 pass rate was 81% this year.",
     "The Tarrow Exam Council said the Year 13 pass rate was 89% this year."),
    ("Kerran's unemployment rate among young people rose to 14.2% in May, the statistics office said.",
     "Kerran's unemployment rate rose to 5.1% in May, the statistics office said."),
])
def test_a_part_never_conflicts_with_the_whole_or_another_part(tmp_path, first, second):
    claims = _claims(tmp_path, first, second)
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "status", "values"]].to_string()


def test_a_demand_is_not_the_offer(tmp_path):
    # a pay dispute at a hospital trust: the employer's offer and the union's demand are two measures
    claims = _claims(tmp_path, "Dunmere Hospitals has offered 5 per cent, against the union's demand for a 9% pay rise.",
                     "The union is seeking a pay rise of 9 per cent; Dunmere Hospitals has offered 5 per cent.",
                     title="Dunmere Hospitals pay dispute")
    demanded = claims[claims.metric == "pay_rise: demanded"]
    assert list(demanded.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()
    assert "conflict" not in set(claims.status)


@pytest.mark.parametrize("first, second", [
    # a school strike, a hospital's junior doctors, a bus company: "a rise of N%" offered is the offer "a N% pay rise"
    ("The Orrin school district has offered a 3% pay rise to teachers.",
     "The Orrin school district, which says it has offered a rise of 3 per cent, urged teachers back to class."),
    ("Carvel Health has offered junior doctors a 6% stipend increase.",
     "Carvel Health said it had offered a rise of 6% in stipends."),
    ("Tollway Buses has offered drivers a 5% pay rise.",
     "Tollway Buses has offered drivers a rise of about 5 per cent."),
])
def test_a_rise_of_n_percent_offered_is_the_pay_rise_offered(tmp_path, first, second):
    claims = _claims(tmp_path, first, second, title="Pay dispute")
    offered = claims[claims.metric == "pay_rise: offered"]
    assert list(offered.status) == ["agreement"], claims[["entity", "metric", "status", "values"]].to_string()


@pytest.mark.parametrize("first, second", [
    # an airline, a port and a school district: the day in the sentence dates the deal, not the rise
    ("The strike at Corvi Air ended on Thursday after pilots accepted an 8% pay rise.",
     "The Corvi Air strike ended on Friday, when pilots accepted a pay increase of 8%."),
    ("Halden Port agreed to a 5% pay rise for dock workers on Monday.",
     "Halden Port agreed on Tuesday to a pay rise of 5 per cent for its dock workers."),
    ("Teachers in the Brisk school district won a 4 per cent pay rise on 3 March.",
     "Teachers in the Brisk school district won a 4% pay rise on 4 March."),
])
def test_a_pay_rise_is_not_dated_by_its_deal(tmp_path, first, second):
    claims = _claims(tmp_path, first, second, title="Strike ends")
    rises = claims[claims.metric.str.startswith("pay_rise")]
    assert list(rises.status) == ["agreement"], claims[["entity", "metric", "period", "status", "values"]].to_string()
