"""Two keys that split one claim. A window told for the earlier level a figure is compared with ("4.5 million times in
the week to May 8, up from 20,000 in a typical week last year") is that level's window, not the figure's
(claims/rates.py, `gives_other_level`). A person whose family name comes first ("Zhao Minghui", then "Mr Zhao") is
one owner of a net worth (claims/people.py, `named_in_full`). Stories of our own: app downloads, parcels shipped,
visitors to a museum; founders' fortunes estimated by two rich lists."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, measure", [
    ("Tallyframe estimates that Pobo was downloaded 4.5 million times in the seven days to May 8, up from a few "
     "tens of thousands in a typical week last year.",
     "Orrery Data estimates that Pobo was installed 2.8 million times in the seven days to May 8.", "download"),
    ("Harlow Freight shipped 900,000 parcels in the week to June 3, compared with 200,000 in an average week in 2025.",
     "Harlow Freight shipped 400,000 parcels in the week to June 3, the union said.", "package"),
    ("The Vessen Museum welcomed 52,000 visitors in the seven days to August 9, up from 9,000 in a normal week.",
     "The Vessen Museum had 30,000 visitors in the seven days to August 9, the city said.", "visitor"),
])
def test_an_earlier_levels_window_does_not_split_the_figures_measure(tmp_path, first, second, measure):
    claims = two_outlets(tmp_path, first, second)
    counted = claims[claims.metric.str.contains(measure)]
    assert "conflict" in set(counted.status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Zhao Minghui, who founded Xinlu in 2015, is worth $3.4 billion, the Harrowgate Rich Index estimates.",
     "Its founder, Zhao Minghui, is now a billionaire. The Calloway Tracker puts Mr Zhao's fortune at $5.1 billion."),
    ("Park Jiwoo, the founder of Molla, is worth $2.2 billion, according to the Orbis Wealth List.",
     "Molla's founder Park Jiwoo has seen his paper wealth soar. Tallis Rich List values Mr Park's fortune at "
     "$3.9 billion."),
    ("Nguyen Thanh, who started Vinto, has a net worth of $1.1 billion, Corran Wealth estimates.",
     "Vinto was started by Nguyen Thanh in 2019. A rival list puts Ms Nguyen's fortune at $2.6 billion."),
])
def test_a_family_name_written_first_is_one_owner_of_a_fortune(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    worth = claims[claims.metric.str.startswith("net_worth")]
    assert list(worth.status) == ["conflict"], table(claims)


def test_a_company_and_its_product_stay_two_owners(tmp_path):
    claims = two_outlets(tmp_path, "Castellan Motors recalled 412,000 vehicles in the US on Monday.",
                         "Regulators said 412,000 Castellan Ridgeback vehicles were recalled in the US.")
    assert not {"conflict", "discrepancy"} & set(claims.status), table(claims)
