"""A company's name written before its measure, with no possessive ("Nvidia revenue", "Pellmark stock", "Zentra
users"), owns the figure, though the small tagger calls the name a place, a noun or an adjective
(claims/names.owner_token, untyped_place). A place or platform written there stays where the figure applies ("UK
subscribers", "Android downloads", "American users"), and so does a common noun that opens a sentence ("Vaccination
coverage in Kenya"). Stories of our own: a chipmaker, a retailer, an app, a bank."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, metric", [
    ("Nvidia's revenue was $2 billion in 2025.", "Nvidia revenue reached $2.5 billion in 2025.", "revenue"),
    ("Pellmark's shares fell 12% on Monday after the report.", "On Monday, Pellmark stock dropped 8%.",
     "share_price_growth"),
    ("Zentra's users number 80 million, the company said.", "Zentra users topped 95 million, the company said.", "users"),
    ("Halbrook Bank's net profit was $410 million in 2025.", "Halbrook Bank profit came to $520 million in 2025.",
     "net_profit"),
])
def test_a_name_before_its_measure_owns_it(tmp_path, first, second, metric):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric == metric]
    assert len(rows) == 1 and rows.iloc[0].status == "conflict", table(claims)


@pytest.mark.parametrize("first, second, scope", [
    ("Cinevo has 6.1 million subscribers in the UK.", "Screenmetrics estimates Cinevo has 4.2 million UK subscribers.",
     "UK"),
    ("Zentra has 80 million users in the US.", "Zentra counts 60 million American users, the company said.", "US"),
])
def test_a_place_before_the_measure_stays_its_scope(tmp_path, first, second, scope):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.scope == scope]
    assert len(rows) and set(rows.entity) <= {"Cinevo", "Zentra"}, table(claims)


def test_a_common_noun_opening_the_sentence_owns_nothing(tmp_path):
    claims = two_outlets(tmp_path, "Vaccination coverage in Kenya was 78.4% last year.",
                         "Vaccination coverage in Kenya was about 83% last year.")
    assert list(claims[claims.metric == "vaccination_rate"].entity) == ["Kenya"], table(claims)
