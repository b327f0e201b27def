"""Three wordings of news measures read as one: a country's exports however written ("exports rose to $62 billion",
"exported $58 billion of goods"; goods exported "worth" a sum are no valuation of the country: config `exports`,
`imports`); an airport's "travellers" are its passengers (config synonyms); people "forced from their homes" with the
count between the verb and "homes" are displaced (config `displaced_people`). Stories of our own: two economies, an
airport, a flood, a storm."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, metric", [
    ("Marova's exports rose to $62 billion in 2025, the trade ministry said.",
     "Marova's exports reached $58 billion in 2025.", "exports"),
    ("Ostland imported $41 billion of energy in 2025.", "Ostland's imports of energy totalled $35 billion in 2025.",
     "imports"),
    ("Kessel Airport handled 31 million passengers in 2025.",
     "Kessel Airport handled 28.4 million travellers in 2025, its operator said.", "passengers"),
    ("Flooding forced 12,000 people from their homes in Ardley on Monday.",
     "About 20,000 residents of Ardley were evacuated on Monday.", "displaced_people"),
])
def test_one_measure_however_written(tmp_path, first, second, metric):
    claims = two_outlets(tmp_path, first, second)
    rows = claims[claims.metric.str.startswith(metric)]
    assert len(rows) == 1 and rows.iloc[0].status in ("conflict", "discrepancy"), table(claims)


def test_goods_worth_a_sum_are_no_valuation(tmp_path):
    claims = two_outlets(tmp_path, "Marova exported goods worth $58 billion in 2025.",
                         "Marova's central bank said the economy grew 2% in 2025.")
    assert "valuation" not in set(claims.metric), table(claims)
