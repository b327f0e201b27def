"""A word that opens a sentence before a name is capitalized by its place, not by the name: "Neighbouring Ecuador
expects 2.1 million tonnes" is Ecuador's figure, "Rival Pinglo has 40 million users" Pinglo's. The tagger spans it into
the name; the corpus shows it is none when the name is written elsewhere without it and the longer form only ever opens
a sentence, and the word is one of the language's adjectives, verbs or adverbs (a person's first name is none:
"Akosua Mensah ... Mensah said")."""

from __future__ import annotations

import re
from functools import lru_cache

# first words of place names that open a sentence as often as any other word ("New Mexico", "West Texas", "San Jose")
NAME_OPENERS = {"new", "north", "south", "east", "west", "northern", "southern", "eastern", "western", "upper", "lower",
                "central", "greater", "united", "saint", "st", "st.", "san", "santa", "los", "las", "la", "le", "el",
                "port", "mount", "lake", "fort", "cape", "the"}
SENTENCE_OPENING = r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n)|(?<=—\s)|(?<=\"))"


@lru_cache(maxsize=1)
def describing_words() -> frozenset:
    """The adjectives, verbs and adverbs the parser's lemmatizer knows (its English index)."""
    from newsreport.corpus.syntax import load_parser

    tables = load_parser().get_pipe("lemmatizer").lookups
    if "lemma_index" not in tables.tables:
        return frozenset()
    index = tables.get_table("lemma_index")
    return frozenset(w for pos in ("adj", "verb", "adv") for w in index[pos])


def describing(word: str) -> bool:
    """"Rival", "Embattled", "Neighbouring" (a participle of a spelling the index may lack), not "Akosua" or "Loopa"."""
    lower = word.lower()
    return lower in describing_words() or lower.endswith(("ing", "ed")) and len(lower) > 5


def opening_word(entity: str, texts: list[str]) -> bool:
    """Whether the first word of `entity` only ever comes with it at the start of a sentence, and the rest of the name
    is written without it somewhere in `texts`."""
    first, _, rest = entity.partition(" ")
    if not rest or first.lower() in NAME_OPENERS or not re.fullmatch(r"[A-Z][a-z]+", first) or not describing(first):
        return False
    whole = re.compile(rf"\b{re.escape(entity)}\b")
    opening = re.compile(rf"{SENTENCE_OPENING}{re.escape(entity)}\b")
    alone = re.compile(rf"(?<!{re.escape(first)} )\b{re.escape(rest)}\b")
    written = sum(len(whole.findall(t)) for t in texts)
    return written > 0 and written == sum(len(opening.findall(t)) for t in texts) and any(alone.search(t) for t in texts)


def drop_opening_words(records: list[dict], texts: dict[str, str]) -> None:
    """Owners named with a sentence's opening word ("Neighbouring Ecuador") take the name without it; in place."""
    bodies = list(texts.values())
    renamed: dict[str, str] = {}
    for record in records:
        entity = record.get("entity") or ""
        if entity not in renamed:
            renamed[entity] = entity.partition(" ")[2] if opening_word(entity, bodies) else entity
        record["entity"] = renamed[entity]
