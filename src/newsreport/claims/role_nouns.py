"""A person called by the role the articles give them: "the striker" is the one person the corpus writes as
"striker Luis Arbo", "the chief executive" the one written "chief executive Ana Bell". Used for the owner of
an event whose subject is only that role ("The striker, who signed on Friday, ...")."""

from __future__ import annotations

import re

# roles written right before a person's name; a code table, not the words of one story. Not officials ("the
# judge", "the governor"): their rulings and signings are keyed by the case or the law, not by them
ROLE_NOUNS = ("striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "playmaker", "captain",
              "coach", "manager", "head coach", "player", "quarterback", "pitcher", "driver", "rider", "boxer",
              "chief executive", "executive", "founder", "co-founder", "chairman", "chairwoman", "chair",
              "singer", "rapper", "actor", "actress", "director", "author", "novelist", "nurse", "doctor",
              "scientist", "astronaut")
ROLE = "|".join(sorted((re.escape(r) for r in ROLE_NOUNS), key=len, reverse=True))
ROLE_THEN_NAME = re.compile(rf"\b((?i:{ROLE})) ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){{0,2}}?)(?![\w'’-]| [A-Z])")
PERSON_NAME = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$")


def role_holders(texts: list[str]) -> dict[str, str]:
    """Role noun -> the person's name, for roles the `texts` write before exactly one person's name."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for match in ROLE_THEN_NAME.finditer(text):
            if PERSON_NAME.match(match.group(2)):
                found.setdefault(match.group(1).lower(), set()).add(match.group(2))
    return {role: next(iter(people)) for role, people in found.items() if len(people) == 1}


def role_subject(sentence: str, start: int, end: int) -> str:
    """The role noun ("striker", "chief executive") that is the subject of the verb the date at `[start, end)`
    hangs from, written "the striker" or "the striker, who ..."; '' when the subject is no role."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.structure import clause_head, figure_tokens, span_root

    tokens = figure_tokens(parsed(sentence), start, end)
    if not tokens:
        return ""
    verb = clause_head(span_root(tokens))
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "The striker, who signed on Friday": the noun the clause describes
    if subject is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return ""
    words = " ".join(t.lower_ for t in subject.subtree if t.dep_ in ("compound", "amod") and t.i < subject.i)
    phrase = f"{words} {subject.lower_}".strip()
    return next((role for role in (phrase, subject.lower_) if role in ROLE_NOUNS), "")
