"""Counts of one thing that one sentence gives together, none of them owned ("over 1 billion parcels entered
customs that year, ... with about 4 million processed daily"; "About 1,200 flights were cancelled on Monday and
another 4,000 flights were delayed") are told of one party the sentence leaves unnamed: none of them is given the one
owner the corpus has for that measure elsewhere (two retailers' own packages, one airline's cancellations). Stories
of our own: parcels through customs, flights in a storm."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("owned, together, quote_value", [
    ("Tindra and Pell ship 600,000 packages a day from their warehouses, the companies said.",
     "Tariffs will make Tindra dearer. That year, over 1 billion such packages entered U.S. customs, compared to 134 "
     "million in 2015, with about 4 million packages processed daily by year-end.", "about 4 million"),
    ("Skyline Air cancelled 300 flights on Monday because of the storm, the airline said.",
     "The storm grounded planes across the region. About 1,200 flights were cancelled on Monday and another 4,000 "
     "flights were delayed.", "about 1,200"),
])
def test_counts_a_sentence_gives_together_take_no_owner_from_elsewhere(tmp_path, owned, together, quote_value):
    claims = story_claims(tmp_path, {"a.md": article("Owned", "2026-03-02", owned, outlet="Wire"),
                                     "b.md": article("Together", "2026-03-02", together, outlet="Daily")})
    told = claims[claims["values"] == quote_value]
    assert len(told) == 1 and told.iloc[0].entity == "", claims[["entity", "metric", "values", "status"]].to_string()
    assert "discrepancy" not in set(claims.status)  # (the owned count is not set against the unowned one)


@pytest.mark.parametrize("together, alone", [
    ("Customs data show 600,000 daily packages from Tindra and Pell combined in 2025.",
     "Pell is building warehouses in Texas. Pell sells clothes online. In 2025, about 900,000 packages a day were "
     "processed by customs."),
    ("Flight data show 1,100 daily flights by Harwick and Orla combined in 2025.",
     "Harwick is hiring pilots. Harwick flies to 40 cities. In 2025, about 1,500 flights a day were flown from the "
     "capital's airports."),
])
def test_two_companies_named_together_are_no_full_name_of_the_first(tmp_path, together, alone):
    # what "Pell and Tindra" own together is not Pell's own measure: given to them at most as the corpus's one owner
    from claims_fixtures import write_articles
    from newsreport.claims.ledger import build_ledger
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table

    corpus = load_corpus(write_articles(tmp_path, {"a.md": article("Together", "2026-03-02", together, outlet="Wire"),
                                                   "b.md": article("Alone", "2026-03-02", alone, outlet="Daily")}))
    sources = build_ledger(figures_table(corpus), corpus).sources
    taken = sources[sources.doc.str.startswith("b") & sources.entity.str.contains(" and ")]
    assert len(taken) == 1 and taken.iloc[0].entity_basis != "main entity (it owns this measure elsewhere)" \
        and taken.iloc[0].confidence == "low", \
        sources[["doc", "entity", "entity_basis", "quote", "confidence"]].to_string()
