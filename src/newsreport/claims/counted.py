"""What a figure counts: the noun it is hung on with the modifiers that make it another measure ("monthly active
users", "passenger numbers"), not those that only describe the things counted ("low-value packages")."""

from __future__ import annotations

from newsreport.claims.names import opening_word


def descriptive(token) -> bool:
    """A modifier that describes the things counted without making them another measure: one half of
    a hyphenated adjective ("low-value packages", "duty-free parcels") or a word of a fixed foreign
    phrase ("de minimis packages")."""
    doc = token.doc
    hyphenated = any(0 <= j < len(doc) and doc[j].text in ("-", "–") for j in (token.i - 1, token.i + 1))
    return hyphenated or token.tag_ == "FW" or any(c.pos_ == "X" or c.tag_ == "FW" for c in token.children)


def counted_words(noun, names: frozenset = frozenset()) -> str:
    """The counted noun with its measure-making modifiers, lower case ("monthly active users"); a capitalized
    modifier opening the sentence ("Passenger numbers") is one of them, not a name."""
    modifiers = [c for c in noun.children if c.dep_ in ("amod", "compound") and not c.like_num
                 and (c.pos_ in ("ADJ", "NOUN", "VERB") or c.dep_ == "compound" and opening_word(c, names))
                 and c.ent_type_ not in ("NORP", "GPE", "DATE", "CARDINAL")
                 and not descriptive(c) and not (c.i > noun.i and (c.tag_ in ("VB", "VBP") or c.pos_ == "NOUN"))]
    return " ".join(t.lower_ for t in sorted(modifiers + [noun], key=lambda t: t.i))


def part_and_whole(root, noun, stop: set[int]):
    """(noun, whole) of a figure in "N of the M things" ("won 43 of the 120 seats", "closed 12 of its 80
    stores"): N counts the things (their noun is its noun); M is the whole N is part of (`whole` True:
    nobody's count). Other figures: (noun, False)."""
    of_number = noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num
    if of_number and (root.dep_ == "nummod" or root.i == noun.i) and noun.head.head.i not in stop:
        return noun, True
    if noun.i == root.i and root.like_num:
        things = next((p for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                       if p.dep_ == "pobj" and p.pos_ == "NOUN" and any(n.like_num for n in p.children
                                                                        if n.dep_ == "nummod")), None)
        if things is not None:
            return things, False
    return noun, False


SCALE_WORDS = {"crore", "crores", "lakh", "lakhs"}  # "2 crore users": Indian scale words, parts of the number


def number_root(root, tokens: list):
    """The token a figure's phrase hangs on when the parser splits its number: "31 per cent of the vote" ("per
    cent" hung beside the number: its phrase is the figure's, as for "%"), "2 crore registered users" (a
    scale word taken for a noun: the things counted are the noun it modifies)."""
    cent = next((t for t in tokens if t.lower_ == "cent" and t.i > 0 and t.nbor(-1).lower_ == "per"), None)
    if cent is not None and root.like_num and cent.head.i != root.i:
        return cent
    if root.lower_ in SCALE_WORDS:  # the last noun of the figure's words after it ("6 lakh paying subscribers")
        return next((t for t in reversed(tokens) if t.pos_ == "NOUN" and t.i > root.i), root)
    return root
