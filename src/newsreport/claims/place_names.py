"""One scope for a place news prose writes in several ways: "in Britain", "in the UK", "British users" and
"9 million Britons" are one country's; "in the European Union" and "EU users" one union's; and "in the US and
Canada" is the market box offices, airlines and retailers call "North America". The US's own names are read
in `keys.US_WORDS`; a people written as a plural noun is the counted people's country ("2 million Canadians",
resolved as adjectives are by `nationalities`; "9 million Britons", which the tagger may not tag: `people_scope`)."""

from __future__ import annotations

# names, adjectives and peoples of places whose words share no stem with the name their scope is written as
PLACE_NAMES = {**dict.fromkeys(("britain", "great britain", "united kingdom", "u.k.", "u.k", "uk", "british", "briton",
                                "britons", "brits"), "UK"),
               **dict.fromkeys(("european union", "e.u.", "eu"), "EU")}
# places several named places make together: "in the US and Canada" is "in North America"
JOINED_PLACES = {frozenset(("Canada", "US")): "North America", frozenset(("Canada", "Mexico", "US")): "North America"}


def canonical_place(word: str) -> str:
    """The scope a place word is written as ('Britain', 'British', 'Britons' -> 'UK'; 'European Union' -> 'EU');
    '' for a word this table does not know."""
    return PLACE_NAMES.get(" ".join(word.split()).lower(), "")


def joined_scope(places: set[str]) -> str:
    """The scope of several places named together: one name for those `JOINED_PLACES` knows, else joined by '+'."""
    return JOINED_PLACES.get(frozenset(places)) or "+".join(sorted(places))


def people_scope(noun) -> str:
    """The people a figure counts, named by a word of this table ("9 million Britons now use it"), whatever the
    tagger took the plural name for (peoples it tags, "2 million Canadians", are read as nationalities are)."""
    return noun.text if noun.tag_ in ("NNPS", "NNS") and canonical_place(noun.text) else ""
