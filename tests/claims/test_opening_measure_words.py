"""A capitalized word a corpus never writes in lower case is read as a name, so an unknown company that
opens sentences ("Loopa grew ...") keeps its name. A measure of the config that only opens sentences
("Turnout was 61%", "Unemployment rose ...", "Inflation eased ...") is no name however often it recurs:
read as one, it would hide the measure and drop the figure (claims/names.document_names)."""

import pytest

from claims_fixtures import article, story_claims
from newsreport.claims.names import document_names


@pytest.mark.parametrize("text, word", [
    ("Turnout was 61.4% on Sunday.\nTurnout was about 58% in 2022.", "Turnout"),
    ("Unemployment rose to 6.4% in June.\nUnemployment had been 6.1% in May.", "Unemployment"),
    ("Inflation eased to 3.1% in August.\nInflation was 3.6% a month earlier.", "Inflation"),
])
def test_a_measure_opening_sentences_is_no_name(text, word):
    assert word not in document_names(text)


@pytest.mark.parametrize("text, word", [
    ("Loopa grew to 5 million users.\nLoopa said it would expand.", "Loopa"),
    ("Vantage reported revenue of $2 billion.\nVantage shares rose.", "Vantage"),
    ("Shares of Orvane fell 4%.\nThe deal values Orvane at $2 billion.", "Orvane"),
])
def test_an_unknown_name_opening_sentences_stays_a_name(text, word):
    assert word in document_names(text)


@pytest.mark.parametrize("first, second", [
    ("Unemployment in Portugal was 6.4% in June.", "Unemployment in Portugal was 7.9% in June."),
    ("Turnout in Kenya was 61.4% in Sunday's election.", "Turnout in Kenya was 54% in Sunday's election."),
    ("Inflation in Chile was 3.1% in August.", "Inflation in Chile was 4.6% in August."),
])
def test_two_articles_opening_on_the_measure_are_compared(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Figures", "2026-09-02", first, outlet="Wire"),
                                     "b.md": article("Report", "2026-09-02", second, outlet="Paper")})
    assert "conflict" in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
