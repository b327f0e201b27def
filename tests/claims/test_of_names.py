"""An owner named "National Museum of Belmora" in one article and "the National Museum" in another is one owner: the
name before "of" is keyed by the one longer name it starts, so the two articles' figures are compared. Two longer
names starting with it ("Bank of Tavora", "Bank of Ostria") leave it alone. Stories of our own: a museum, a port
authority, two central banks."""

from claims_fixtures import own_outlet_article as article, story_claims
from newsreport.claims.short_names import of_forms


def test_the_name_before_of_is_the_one_longer_name_it_starts(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Capital Chronicle", "2026-05-08", "The National Museum of Belmora reopened on Thursday. "
                        "An adult ticket at the National Museum of Belmora costs €18."),
        "b.md": article("Arts Review", "2026-05-11", "Adult tickets at the National Museum cost €14, the ministry said."),
    })
    price = claims[claims["values"].str.contains("18")]
    assert list(price.entity) == ["National Museum of Belmora"] and list(price.status) == ["conflict"]


def test_an_authority_named_in_full_and_before_of_is_one_owner():
    records = [{"entity": "Port Authority of Kelso", "metric": "containers"}, {"entity": "Port Authority", "metric": "containers"},
               {"entity": "Kelso", "metric": "population"}]
    assert of_forms(records) == {"Port Authority": "Port Authority of Kelso"}


def test_two_longer_names_or_a_person_leave_the_short_name_alone():
    banks = [{"entity": "Bank of Tavora", "metric": "rate"}, {"entity": "Bank of Ostria", "metric": "rate"},
             {"entity": "Bank", "metric": "rate"}]
    assert of_forms(banks) == {}
    person = [{"entity": "Maria Duchess of Arvel", "metric": "net_worth"}, {"entity": "Maria Duchess", "metric": "net_worth"}]
    assert of_forms(person) == {}
