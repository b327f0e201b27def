"""The corpus-level part of the claim mentions (`mentions.claim_mentions`): what needs every document's mentions
at once, once each document's rows are read on their own (and may come from a cache)."""

from __future__ import annotations

from newsreport.claims.earlier_spans import date_earlier_spans
from newsreport.claims.people import unify_people
from newsreport.claims.vocabulary import Vocabulary


def finish_mentions(rows: list[dict], corpus, vocabulary: Vocabulary) -> list[dict]:
    """The corpus-level part of `claim_mentions`, on the `mention_rows` of every document: one name
    per person across the articles, then earlier levels dropped where their sentence dates the
    change ("to $18 from $12 on Monday")."""
    unify_people(rows, {d.doc: d for d in corpus.documents}, {entity for entity, _ in vocabulary.aliases})
    rows = date_earlier_spans(rows, {d.doc: d.published for d in corpus.documents})
    current = {(o["doc"], o["sentence_id"], o["entity"], o["metric"], o["period"]) for o in rows if not o["earlier"]}
    return [r for r in rows if not (r["earlier"] and  # "to $18 from $12 on Monday": Monday dates the change
                                    (r["doc"], r["sentence_id"], r["entity"], r["metric"], r["period"]) in current)]
