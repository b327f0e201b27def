"""Who an article is about, read from its own words:
- money put into a company names no place: "Investors have put $12 million into Driftly" leaves Driftly the name
  the text writes most, so "the app's downloads" are Driftly's, not those of the rival it mentions;
- a name in a temporal clause dates the sentence and is no actor "the app" can point back to ("tried the app
  after Snapvale went offline")."""

import pytest

from claims_fixtures import article
from conftest import write_articles
from newsreport.claims.article_names import text_name
from newsreport.claims.sole_actor import sole_actor
from newsreport.claims.vocabulary import load_vocabulary
from newsreport.corpus.loader import load_corpus


@pytest.mark.parametrize("body, name", [
    ("Users of Snapvale said goodbye. They tried Driftly after Snapvale went offline. Driftly grew fast. "
     "Investors have put $12 million into Driftly since 2024.", "Driftly"),
    ("Fans of Loopa moved on. Many joined Pinglo after Loopa shut down. Pinglo added servers. Backers poured "
     "$40 million into Pinglo last year.", "Pinglo"),
    ("Riders left Zipcab. Many switched to Velo after Zipcab raised fares. Velo hired drivers. A fund invested "
     "$9 million into Velo in May.", "Velo"),
])
def test_money_put_into_a_company_names_no_place(tmp_path, body, name):
    write_articles(tmp_path, {"a.md": article("Inside a busy weekend", "2027-03-10", body, "Ledger")})
    document = load_corpus(tmp_path).documents[0]
    assert text_name(document, load_vocabulary()) == name


@pytest.mark.parametrize("sentence", [
    "She was one of millions who tried the app after Snapvale went offline.",
    "Many signed up for the service since Loopa shut down in March.",
    "Riders flocked to the app once Zipcab raised its fares.",
])
def test_a_name_in_a_temporal_clause_is_no_actor(sentence):
    assert sole_actor(sentence, load_vocabulary(), frozenset({"Snapvale", "Loopa", "Zipcab"})) == ""
