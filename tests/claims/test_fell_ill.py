"""People who "fell ill", "fell sick" or "fell victim" are counted, not a fall in their number: no "down" change and
no growth measure, while "sales fell 12%" still is a fall; nor are things that "fall within" a rule or "fell outside" a
scheme (where they belong). Stories of our own: a food poisoning, a water supply, a scam, a rent cap, a grant scheme, a
parcel threshold."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Nearly 400 patients fell ill after eating at the festival, health officials said.",
     "About 250 patients fell ill after eating at the festival, health officials said."),
    ("More than 1,200 residents fell sick after the water supply was contaminated, the council said.",
     "The council said 800 residents fell sick after the water supply was contaminated."),
    ("About 3,000 customers fell victim to the phishing scam, Harlan Bank said.",
     "Harlan Bank said 2,100 customers fell victim to the phishing scam."),
    # things that fall within a rule or outside a scheme: where they belong
    ("Landlords say that barely 145,000 flats fall within the scope of the rent cap.",
     "The regional government says 210,000 flats fall within the scope of the rent cap."),
    ("Some 40,000 small firms fell outside the grant scheme, the chamber of commerce said.",
     "About 25,000 small firms fell outside the grant scheme, the ministry said."),
    ("Nearly 2 million parcels a day fall under the new customs threshold, the agency said.",
     "The customs agency said 1.2 million parcels a day fall under the new threshold."),
])
def test_falling_ill_or_within_a_rule_is_no_fall(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert len(claims), table(claims)
    assert not claims.metric.str.contains("growth").any(), table(claims)
    assert not claims["values"].str.contains("down").any(), table(claims)


def test_a_fall_in_sales_is_still_a_fall(tmp_path):
    claims = two_outlets(tmp_path, "Ostrander Foods said its sales fell 12% in March.",
                         "Ostrander Foods said its sales fell 15% in March.")
    assert claims["values"].str.contains("down").any(), table(claims)
