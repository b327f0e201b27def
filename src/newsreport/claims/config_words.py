"""Single words the claims config gives a meaning to, asked by the name reader: a word that is a measure ("Turnout was
54%": no name) and a noun people are counted by ("Shoppers placed ...": no name). Cached; the config is read when a
word is first asked about, not when the module is imported."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=256)
def measure_word(word: str) -> bool:
    """Whether `word` alone is a measure of the config ("turnout", "revenue", "inflation")."""
    from newsreport.claims.vocabulary import load_vocabulary

    return any((m := p.search(word)) is not None and m.group(0) == word
               for rule in load_vocabulary().metrics for p in rule.patterns)


@lru_cache(maxsize=256)
def people_word(word: str) -> bool:
    """Whether `word` is a noun the config counts people by ("shoppers", "farmers", "commuters")."""
    from newsreport.claims.vocabulary import load_vocabulary

    return word in load_vocabulary().person_nouns
