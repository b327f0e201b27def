"""The second half of a compound names no share price: "1.4 million bike-share trips", "80,000 car-share members"
and "12,000 time-share weeks" count trips, members and weeks, while "its shares rose 8%" is the share price. Nor
does "stock" that is a supply or livestock: "stock losses" of sheep, "stock levels", "rolling stock"."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("body, value", [
    ("Chicago riders made a record 1.4 million bike-share trips in July, City Hall said.", "1.4 million"),
    ("Zolt said it now has 80,000 car-share members in Berlin.", "80,000"),
    ("The resort group Solvia sold 12,000 time-share weeks last year, it said.", "12,000"),
    ("Across the Kerrin fire ground, stock losses have been put at twelve thousand sheep.", "12,000"),
    ("Harlo Foods said its stock levels fell to 40,000 tonnes of grain in June.", "40,000"),
    ("The rail operator Tavrail ordered 120 new carriages to replace its rolling stock.", "120"),
])
def test_a_compound_ending_in_share_is_no_share_price(tmp_path, body, value):
    claims = story_claims(tmp_path, {"a.md": article("Compound", "2027-08-03", body, "Wire")})
    assert not claims[claims["values"] == value].metric.str.startswith("share_price").any(), \
        claims[["entity", "metric", "values"]].to_string()
