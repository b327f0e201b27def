"""Whose happening an occurrence is, as its clause's subject names it: "Pacific Basin Grid peaked on Wednesday" names
the grid; "demand on the Sonoran Grid Authority's network peaked on Tuesday" names the authority whose demand it was.
Two accounts whose subjects name two different owners tell two happenings, even where one names no thing
(`occurrences.unify_occurrences`)."""

from __future__ import annotations

from newsreport.claims.names import name_of
from newsreport.claims.parsing import figure_tokens, parsed, span_root
from newsreport.claims.structure import clause_head

ASIDES = ("relcl", "acl", "appos")  # "Pacific Basin Grid, which serves California": the places it serves own nothing


def subject_names(sentence: str, start: int, end: int) -> set[str]:
    """The names written in the subject of the clause the date at `[start, end)` of `sentence` hangs from (each in
    full, "Sonoran Grid Authority"), leaving out what its relative clauses and appositions say; an empty set."""
    tokens = figure_tokens(parsed(sentence), start, end)
    if not tokens:
        return set()
    head = clause_head(span_root(tokens))
    subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return set()
    aside = {t.i for c in subject.subtree if c.dep_ in ASIDES for t in c.subtree} | {t.i for t in tokens}
    return {name_of(t)[0] for t in subject.subtree  # (each name by its last word: "the Adebola Street building")
            if t.i not in aside and t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME")
            and not (t.dep_ in ("compound", "flat") and t.head.pos_ == "PROPN")}


def other_owners(own: set[str], others: set[str]) -> bool:
    """Whether names `own` and `others` (both named) share no owner: no name of one is, or is part of, a name of
    the other ("Sonoran Grid Authority" and "Pacific Basin Grid" do not; "Severn" and "River Severn" do)."""
    return bool(own and others) and not any(a in b or b in a for a in own for b in others)
