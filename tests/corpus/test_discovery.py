"""Discovery's corpus-level search: one regex for every candidate name finds what a search per name finds."""

import pandas as pd

from newsreport.corpus.discovery import (CANDIDATE_COLUMNS, COUNTRY_OR_CITY, NameFinder, corpus_sentences,
                                         entity_candidates, name_pattern, name_types)


def test_one_regex_finds_every_occurrence_a_search_per_name_finds(seed_corpus, other_corpus):
    for corpus in (seed_corpus, other_corpus):
        names = set(entity_candidates(corpus)["name"])
        names |= {"Little Red", "Red Book", "Little"}  # overlapping names, and a prefix of another
        finder = NameFinder(names)
        compared = 0
        for _, _, _, text in corpus_sentences(corpus):
            expected = sorted((m.start(), m.end(), name) for name in names for m in name_pattern(name).finditer(text))
            assert sorted(finder.occurrences(text)) == expected, text
            compared += len(expected)
        assert compared > 10


def test_names_are_matched_as_whole_words_before_a_possessive():
    finder = NameFinder({"Rappi", "Latin America", "America"})
    text = "Rappi's users in Latin America, not Rappia or #Rappi, nor America-based ones."
    assert [text[s:e] for s, e, _ in finder.occurrences(text)] == ["Rappi", "Latin America", "America"]


def test_a_company_the_recognizer_also_calls_a_country_is_an_organization(tmp_path):
    # spaCy's small model labels "Nvidia" a country or city in four sentences of the devcorpus partB
    # development half and an organization in two: the report listed Nvidia among the places
    from report_text_fixtures import development_corpus

    types = name_types(entity_candidates(development_corpus(tmp_path, "partB")))
    assert types["Nvidia"] == "organization" and types["China"] == "place"


def test_places_the_gazetteers_know_stay_places_whatever_else_a_span_says():
    # the labels as the recognizer gives them, in corpus order; names from several kinds of story
    candidates = pd.DataFrame(
        [("a", "1", "Nordland", COUNTRY_OR_CITY), ("a", "2", "Nordland", "organization"),
         ("a", "1", "Gaza", COUNTRY_OR_CITY), ("b", "3", "Gaza", "organization"),
         ("b", "1", "Shenzhen", "organization"), ("b", "2", "Shenzhen", COUNTRY_OR_CITY), ("c", "4", "Shenzhen", COUNTRY_OR_CITY),
         ("c", "1", "Davos", COUNTRY_OR_CITY), ("c", "2", "Davos", "person"),  # only a person besides: stays a place
         ("d", "1", "Loma", COUNTRY_OR_CITY), ("d", "2", "Loma", "product"),  # an app no gazetteer knows
         ("d", "3", "Red Sea", "place"), ("d", "4", "Red Sea", COUNTRY_OR_CITY), ("d", "5", "Red Sea", "organization")],
        columns=CANDIDATE_COLUMNS)
    assert name_types(candidates) == {"Nordland": "place", "Gaza": "place", "Shenzhen": "place", "Davos": "place",
                                      "Loma": "product", "Red Sea": "place"}


def test_a_plural_common_noun_opening_a_sentence_is_no_name(tmp_path):
    # the small model labels "Households" an organization where it opens a sentence; the title of a water-crisis
    # report read "Department of Water and Sanitation, Households and Kouga Dam in the news"
    from claims_fixtures import write_articles
    from newsreport.corpus.loader import load_corpus

    corpus = load_corpus(write_articles(tmp_path / "corpus", {
        "a.md": "---\ntitle: Water limits\npublished: 2026-04-15\n---\nHouseholds that use more than 50 litres a day "
                "face fines, the Department of Water and Sanitation said.\n",
        "b.md": "---\ntitle: Dams near empty\npublished: 2026-04-16\n---\nHouseholds that ignore the rules risk a fine. "
                "Shoppers at Target in Gqeberha bought water tanks, the Department of Water and Sanitation said.\n"}))
    names = set(entity_candidates(corpus)["name"])
    assert "Households" not in names and {"Target", "Department of Water and Sanitation"} <= names, names


def test_the_first_word_of_a_firm_s_name_alone_is_the_firm_not_a_person():
    # a pub chain's collapse: "Wickham" (9 mentions), labelled a person, lost the report's title to its buyer "Lantern
    # Taverns" (4); a person who only shares a first word with no firm stays a person
    candidates = pd.DataFrame(
        [("a", "1", "Wickham Inns", "organization"), ("a", "2", "Wickham", "person"), ("b", "1", "Wickham", "person"),
         ("b", "2", "Kaimai Co-operative Dairy", "organization"), ("b", "3", "Kaimai", "person"),
         ("c", "1", "Dana Whitfield", "person"), ("c", "2", "Whitfield", "person")],
        columns=CANDIDATE_COLUMNS)
    types = name_types(candidates)
    assert types["Wickham"] == "organization" and types["Kaimai"] == "organization"
    assert types["Whitfield"] == "person" and types["Dana Whitfield"] == "person"
