"""A sum named as an estimate is a claim about the thing estimated (claims/noun_measures.estimated): "a $1.4bn
estimate of insured losses" gives the losses, "the £900m estimate for a new bridge" the bridge's cost. Stories of our
own: a bridge, storm damage, a stadium, a hospital; and an estimate that says of nothing what it estimates."""

import pytest

from claims_fixtures import article, story_claims, table
from newsreport.claims.noun_measures import noun_measure
from newsreport.claims.vocabulary import load_vocabulary


def measure(sentence: str, quote: str) -> str | None:
    start = sentence.find(quote)
    found = noun_measure("money", "USD", sentence, start, start + len(quote), load_vocabulary())
    return found[0] if found else None


@pytest.mark.parametrize("sentence, quote, metric", [
    ("The ministry said the $900m estimate for a new bridge was optimistic.", "$900m", "cost"),
    ("The insurers' council stuck with its $2.1-billion estimate of insured losses from the storm.", "$2.1-billion",
     "loss"),
    ("Architects produced a $350 million estimate for the stadium last spring.", "$350 million", "cost"),
    ("The board approved a $75 million projection of hospital costs.", "$75 million", "cost"),
])
def test_an_estimate_measures_what_it_estimates(sentence, quote, metric):
    assert measure(sentence, quote) == metric


@pytest.mark.parametrize("sentence, quote", [
    ("The estimate was $900m, the ministry said.", "$900m"),  # a placeholder: the sum named before (neighbours)
    ("A $900m estimate from analysts surprised the market.", "$900m"),  # whose estimate, not of what
])
def test_an_estimate_of_nothing_named_makes_no_measure(sentence, quote):
    assert measure(sentence, quote) is None


def test_the_cost_of_a_bridge_agrees_with_the_estimate_for_it(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Ferry town weighs a bridge", "2026-04-02",
                        "Engineers have put the cost of a bridge to the mainland at around $900m.", outlet="Wire"),
        "b.md": article("Treasury cool on bridge plan", "2026-04-02",
                        "A Treasury source said the $900m estimate for a bridge was optimistic.", outlet="Paper")})
    costs = claims[claims["metric"] == "cost"]
    assert (costs["status"] == "agreement").any(), table(claims)


# the parser may hang "at <figure>" on the noun of the object's "of" phrase ("puts the final cost of the extension at
# $4.6bn": "at" under "extension"); the measure is still the object the estimator puts at the figure
@pytest.mark.parametrize("words, heads, deps, measured", [
    (["The", "authority", "puts", "the", "final", "cost", "of", "the", "extension", "at", "$", "4.6bn"],
     [1, 2, 2, 5, 5, 2, 5, 8, 6, 8, 11, 9],
     ["det", "nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "pobj", "prep", "nmod", "pobj"], "cost"),
    (["Analysts", "put", "the", "value", "of", "the", "stake", "in", "the", "club", "at", "$", "2", "billion"],
     [1, 1, 3, 1, 3, 6, 4, 6, 9, 7, 9, 13, 13, 10],
     ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "prep", "nmod", "compound", "pobj"],
     "value"),
])
def test_an_estimators_object_is_measured_where_the_parse_hangs_at_deeper(words, heads, deps, measured):
    import spacy
    from spacy.tokens import Doc

    from newsreport.claims.estimators import estimated_noun

    pos = ["NOUN" if d in ("nsubj", "dobj", "pobj") and w[0].islower() else "VERB" if d == "ROOT" else "X"
           for w, d in zip(words, deps)]
    lemmas = [{"puts": "put"}.get(w.lower(), w.lower()) for w in words]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    found = estimated_noun(doc[-1], set())
    assert found is not None and found.text == measured


def test_a_final_cost_an_authority_puts_at_a_figure_conflicts_with_the_cost_reported(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Line opens", "2026-05-02", "The Porthaven Transit Authority opened the Teal Line extension on "
                        "Saturday. The authority now puts the final cost of the extension at $4.6bn, blaming soft ground "
                        "under the harbour.", outlet="Wire"),
        "b.md": article("Line opens", "2026-05-03", "The Porthaven Transit Authority opened the Teal Line extension on "
                        "Saturday. The extension, which runs for about 14 kilometres, cost $3.9 billion.", outlet="Courier")})
    assert set(claims[claims["values"].str.contains("4.6")].status) == {"conflict"}, table(claims)
