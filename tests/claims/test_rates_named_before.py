"""A rate a place owns (inflation, unemployment) whose sentence names no place is the place the sentences
just before name ("Ostra's central bank held rates. Annual inflation was 3.6% in March, the bank said":
Ostra's inflation; a country is also named as the possessor of its party in power), so it is compared with the
other articles' figures; when the sentence before names two places, the rate stays nobody's. Stories of our own:
six countries' statistics and elections."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("place, metric, first, second, status", [
    ("Varnland", "inflation_rate", "Varnland's inflation rate slowed to 3.2% in March.",
     "Varnland's central bank kept rates on hold on Friday. Annual inflation was 3.2% in March, the bank said.", "agreement"),
    ("Portugal", "unemployment_rate", "Unemployment in Portugal was 6.4% in May.",
     "Portugal's government welcomed the data on Monday. The jobless rate was 6.4% in May, it said.", "agreement"),
    ("Kenya", "inflation_rate", "Inflation in Kenya eased to 4.1% in June.",
     "Kenya's central bank cut its key rate on Tuesday. Annual inflation was 4.1% in June, the bank said.", "agreement"),
    # a country the tagger does not know is the possessor of its party in power ("Vellmark's governing party")
    ("Vellmark", "turnout", "Turnout in Sunday's election in Vellmark reached 61.4%, the electoral commission said.",
     "Vellmark's governing party lost ground in Sunday's vote. Turnout was 58%, the electoral commission said.",
     "conflict"),
    ("Ostravia", "inflation_rate", "Inflation in Ostravia slowed to 3.1% in August.",
     "Ostravia's ruling coalition faces voters in May. Annual inflation was 3.6% in August, the statistics office said.",
     "conflict"),
    ("Kessland", "unemployment_rate", "Unemployment in Kessland was 5.2% in June.",
     "Kessland's ruling party promised 40,000 new jobs on Monday. The jobless rate was 6.1% in June, the ministry said.",
     "conflict"),
])
def test_a_rate_whose_sentence_names_no_place_is_the_place_named_before(tmp_path, place, metric, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article("Economy", "2025-07-01", first),
                                     "b.md": article("Markets", "2025-07-02", second)})
    rows = claims[(claims.entity == place) & (claims.metric == metric)]
    assert list(rows.status) == [status], claims[["entity", "metric", "status", "values"]].to_string()


def test_two_places_before_leave_the_rate_unowned(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Economy", "2025-07-01", "Inflation in Kenya eased to 4.1% in June."),
        "b.md": article("Markets", "2025-07-02", "Kenya and Uganda cut rates on Tuesday. Annual inflation was 5.9% in June, "
                                                  "the statement said.")})
    assert not (claims.status == "conflict").any(), claims[["entity", "metric", "status", "values"]].to_string()

