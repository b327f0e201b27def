"""Who a sentence cites is written as the sentence names it: a plural common noun that opens the
sentence ("Officials said", "Analysts said") is no name, and stays lower case in the report's
"(citing ...)"; a name ("Reuters said", "Sensor Tower said") keeps its capitals."""

import pytest

from newsreport.claims.keys import cited_source
from newsreport.corpus.loader import load_corpus

from claims_fixtures import write_articles


@pytest.mark.parametrize("sentence, cited", [
    ("Officials said 61 people had died in the Varda floods.", "officials"),
    ("Analysts said Marlo Foods sold $2.1 billion of snacks.", "analysts"),
    ("Regulators said the fine on Kivo was $2 million.", "regulators"),
    ("Reuters said the app had 3 million users.", "Reuters"),
    ("Sensor Tower said downloads rose 40%.", "Sensor Tower"),
])
def test_a_plural_noun_opening_the_sentence_is_cited_in_lower_case(tmp_path, sentence, cited):
    corpus = load_corpus(write_articles(tmp_path / "corpus", {
        "a.md": f"---\ntitle: A story\nsource: Outlet (invented)\npublished: 2025-09-16\n---\n{sentence}\n"}))
    assert cited_source(corpus.documents[0], 0) == cited
