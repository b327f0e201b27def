"""An amount restated in another currency ("a A$310m penalty, or about US$205 million", "€67m (£58m)") is one
amount, not a second figure that disagrees with it; a list of amounts ("$40m, $30m and $20m") and a choice ("$5
or $10") are not conversions, and an amount the tagger takes for a place ("ranged from N5,000") is no scope.
Stories of our own: a bank's fine, a ransom, a transfer fee, a grant; vote buying, fares, cement prices."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Harlan Bank will pay a $420 million penalty, the regulator said.",
     "Harlan Bank's penalty is $420 million, or about US$275 million, the regulator said."),
    ("The hackers demanded a $6 million ransom from Bayfield Hospital, police said.",
     "The hackers demanded a $6 million ransom, roughly C$8.3 million, from Bayfield Hospital, police said."),
    ("Norvale Council received a $12 million grant for the new library, the minister said.",
     "Norvale Council received a $12 million (about NZ$20 million) grant for the new library, the minister said."),
])
def test_a_converted_amount_is_no_second_figure(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)
    assert "agreement" in set(claims.status), table(claims)


def test_a_list_of_amounts_is_no_conversion(tmp_path):
    claims = two_outlets(tmp_path, "Tessery Bank was fined $40 million, $30 million and $20 million in three cases.",
                         "Tessery Bank was fined $55 million in its first case, the court said.")
    values = " ".join(claims["values"])
    assert "$30 million" in values and "$20 million" in values, table(claims)


def test_a_conversion_into_another_currency_stays_comparable(tmp_path):
    claims = two_outlets(tmp_path, "Dorrance Mining was fined A$30 million, or about US$20 million, by the court.",
                         "Dorrance Mining was fined US$26 million by the court, a filing showed.")
    dollars = claims[claims["values"].str.contains("$20 million", regex=False)]
    assert len(dollars) and set(dollars.status) & {"conflict", "discrepancy"}, table(claims)


@pytest.mark.parametrize("first, second, shown", [
    ("The union has demanded compensation of Tk 25 lakh for each family of the dead, the federation said.",
     "Kaveri Mills will pay Tk 7 lakh to each family of the dead, the company said.", "BDT 2.5 million"),
    ("Kirinya Cement was fined KSh1.1 billion by the authority, the ruling said.",
     "Kirinya Cement was fined Sh1.3 billion, the authority said.", "KES 1.1 billion"),
    ("Bhimganj Sugar Mills owes farmers ₹212 crore, the mill said.",
     "Bhimganj Sugar Mills owes farmers ₹340 crore, the farmers' union said.", "INR 2.12 billion"),
])
def test_an_amount_in_a_currency_with_no_sign_is_shown_with_its_code(tmp_path, first, second, shown):
    claims = two_outlets(tmp_path, first, second)
    assert any(shown in values for values in claims["values"]), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Prices ranged from N5,000 to N10,000 per vote, observers said.", "Votes sold for N5,000 to N10,000 each."),
    ("Fares ranged from R1 500 to R2 000 on the route, passengers said.", "Fares on the route cost R1 500 to R2 000."),
    ("Bags ranged from KSh750 to KSh900 at the depot, traders said.", "A bag cost KSh750 to KSh900 at the depot."),
])
def test_an_amount_the_tagger_takes_for_a_place_is_no_scope(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not any(any(ch.isdigit() for ch in scope) for scope in claims.scope), table(claims)
