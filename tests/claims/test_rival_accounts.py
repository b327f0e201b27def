"""Two values one sentence sets against each other as rival accounts of one thing ("a number that trackers have
disputed; Ridgeview puts it closer to Rs 9,500 crore", "the true figure is 2.9 million", "rejected reports of a £70m
fee") disagree wherever they are told: the article that states both does not make the other sources' values "side by
side, so they may measure different things". Values a sentence merely lists together still do. Sentences of our own:
a retail sale, a data breach, a transfer fee, a march; a satellite fleet and an app's stores for the listing case."""

import pytest

from newsreport.claims.reconcile import SIDE_BY_SIDE, group_status
from newsreport.claims.vocabulary import load_vocabulary


def told(doc: str, sentence_id: str, value: float, context: str, kind: str = "money", unit: str = "USD") -> dict:
    """A mention of `value` as the ledger holds it, told in `context`."""
    return {"doc": doc, "sentence_id": sentence_id, "kind": kind, "unit": unit, "value": value, "low": None,
            "high": None, "qualifier": "exact", "quote": "", "period": "", "date": "", "confidence": "high",
            "reason": "", "context": context, "cited": ""}


def status(mentions: list[dict]) -> tuple[str, str]:
    return group_status(mentions, load_vocabulary().tolerance, False, {})


@pytest.mark.parametrize("said, rivals, values, kind, unit", [
    ("Corvo said gross merchandise value during its festive sale touched $1.2 billion.",
     "Corvo claims GMV of $1.2 billion for the sale, a number that industry trackers have disputed; Ridgefield "
     "Analytics puts it closer to $900 million.", (1.2e9, 9e8), "money", "USD"),
    ("The commission says recordings of 4.2 million EU users were exposed in the breach.",
     "The commission says recordings of 4.2 million EU users were exposed; Lirra says the true figure is 2.9 million.",
     (4.2e6, 2.9e6), "count", "users"),
    ("Porto Nova sold Tomas Reyvik to Castellano for a fee of £70m, the selling club said.",
     "Castellano's president rejected reports of a £70m fee for Reyvik: \"We paid £58m, not a penny more.\"",
     (7e7, 5.8e7), "money", "GBP"),
    ("Organisers said 90,000 people joined the march through Kelby on Saturday.",
     "Police disputed the organisers' count of 90,000 marchers, saying closer to 45,000 people took part.",
     (9e4, 4.5e4), "count", "people"),
])
def test_values_a_sentence_sets_against_each_other_conflict_across_articles(said, rivals, values, kind, unit):
    first, second = values
    mentions = [told("a", "a1", first, said, kind, unit), told("b", "b1", first, rivals, kind, unit),
                told("b", "b1", second, rivals, kind, unit)]
    assert status(mentions) == ("conflict", "")


@pytest.mark.parametrize("listed, values, kind, unit", [
    ("Orbis placed 48 satellites in orbit on Monday, adding to the 264 it already had in space.", (48, 264),
     "count", "satellites"),
    ("The app is sold in 40 countries on one store and in 12 on another.", (40, 12), "count", "countries"),
])
def test_values_a_sentence_lists_together_stay_a_possible_discrepancy(listed, values, kind, unit):
    # wire copy repeating a sentence that lists two values: its writer tells them apart, the sources do not disagree
    first, second = values
    mentions = [told("a", "a1", first, listed, kind, unit), told("a", "a1", second, listed, kind, unit),
                told("b", "b1", first, listed, kind, unit), told("b", "b1", second, listed, kind, unit)]
    assert status(mentions) == ("discrepancy", SIDE_BY_SIDE)


@pytest.mark.parametrize("sentence, quote, metric", [
    ('Dunmore City have rejected reports of a £40m fee for Ali Kaya, with their chairman saying: "We paid £31m and '
     'not a penny more."', "£31m", "transfer_fee"),
    ("Ostra Foods rejected a report that its annual revenue fell to $2 billion, saying it made $2.6 billion.",
     "$2.6 billion", "revenue"),
])
def test_the_measure_a_rival_account_names_once_is_both_values_measure(tmp_path, sentence, quote, metric):
    # the second value names no measure of its own; the sentence names it for the value it disputes
    from claims_fixtures import article, story_mentions

    mentions = story_mentions(tmp_path, {"a.md": article("Story", "2026-07-20", sentence)})
    row = mentions[mentions.quote == quote]
    assert (list(row.metric), list(row.confidence)) == ([metric], ["high"]), mentions[["quote", "metric", "reason"]].to_string()
