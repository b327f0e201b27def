"""Discovery's corpus-level search: one regex for every candidate name finds what a search per name finds."""

from newsreport.corpus.discovery import NameFinder, corpus_sentences, entity_candidates, name_pattern


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
