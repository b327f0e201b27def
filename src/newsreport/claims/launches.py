"""What a launch event launched: the name of the product a clause says was launched, released,
unveiled, rolled out or went live ("released R1 on January 20", "Zuri Pay went live on April 8").
Launches are told apart by what was launched, not by who launched it."""

from __future__ import annotations

from newsreport.claims.names import without_descriptor
from newsreport.claims.vocabulary import Vocabulary, entity_mentions


def canonical_launch(name: str, vocabulary: Vocabulary) -> str:
    """The configured name of a launched product, else the name as written."""
    name = without_descriptor(name)  # "Streaming service Orbix" launched Orbix
    found = entity_mentions(name, vocabulary)
    return found[0][2] if found and found[0][1] - found[0][0] == len(name) else name


LAUNCH_VERBS = {"launch", "release", "unveil", "debut", "introduce", "roll"}


def launched_name(sentence: str, clause_span: tuple[int, int], names: frozenset) -> str:
    """The name of what a clause says was launched: the object of "launched"/"released"/"unveiled"
    ("released R1"), the object of "the launch of" or its named appositive ("the launch of its newest
    phone, the Z5"), the subject of a passive ("Loopa Go was unveiled") or of "launched", "debuted" or
    "went live" with no object ("Orbix launched in Germany"); '' when no name is given."""
    from newsreport.claims.parsing import parsed
    from newsreport.claims.names import is_name, name_of

    left, right = clause_span if clause_span[1] > clause_span[0] else (0, len(sentence))
    for token in parsed(sentence):
        live = token.lemma_.lower() == "go" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "live"
        if not (left <= token.idx < right and (token.lemma_.lower() in LAUNCH_VERBS or live)):
            continue
        intransitive = not any(c.dep_ in ("dobj", "nsubjpass", "attr") for c in token.children) \
            and token.lemma_.lower() in ("launch", "debut", "go")  # "Orbix launched in Germany on May 6"
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                   or c.dep_ == "nsubj" and intransitive]  # "Zuri Pay went live"
        objects += [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children if p.dep_ == "pobj"]
        objects = [token.head if o.lower_ in ("which", "that") and token.dep_ == "relcl" else o for o in objects]
        for obj in objects:  # "Nuvi, which launched in Brazil in May": Nuvi
            named = obj if is_name(obj, names) else next(  # "its newest phone, the Z5": the appositive first
                (c for dep in ("appos", "compound") for c in obj.children if c.dep_ == dep and is_name(c, names)), None)
            if named is not None:
                return name_of(named)[0]
    return ""
