"""An occurrence that is another article's account of the corpus's one typed event of the same act: "the governor
signed it on May 3" beside "the governor signed the bill on Friday" (a law signed), "the agreement was signed on
Tuesday" told as an occurrence beside "ministers signed an agreement on Monday" (a deal agreed), or "Fennly rolled out a
voice feature on Thursday" (a launch that named no product) beside "launched the feature on Friday". The act is the
occurrence's verb or one of its synonyms (config `event_synonyms`), read in lemmas: in the words the type's own
accounts matched ("signed a bill"), where what the occurrence happened to is named too, or in the words of the type
its own sentence matched ("rolled out"). Only where the corpus keys that type once, and no other type so: two laws
signed, or a law and a deal both signed, leave the occurrence apart."""

from __future__ import annotations

from newsreport.claims.event_details import OWNERLESS_EVENTS
from newsreport.claims.occurrences import OCCURRENCE, SAME_EVENT_DAYS, apart
from newsreport.claims.parsing import parsed

PREFIX = OCCURRENCE + ": "
KEY_FIELDS = ("metric", "entity", "scope", "period", "period_basis")  # what the occurrence takes from the typed event


def lemmas(text: str) -> str:
    """`text` as its words' lemmas, lower case, padded with spaces ("went live" -> ' go live ')."""
    return " " + " ".join(t.lemma_.lower() for t in parsed(text)) + " "


def act_phrases(event: str, words: dict) -> set[str]:
    """The phrases of one act: the occurrence's key and every verb phrase the synonym table `words` gives that key."""
    return {event} | {phrase for phrase, key in words.items() if key == event}


def names_act(texts: list[str], phrases: set[str], thing: str = "") -> bool:
    """Whether one of `texts` tells one of the act's `phrases` (and the `thing` it happened to, if any)."""
    return any(any(f" {p} " in told for p in phrases) and (not thing or f" {thing} " in told)
               for told in map(lemmas, texts))


def typed_words(rule, text: str) -> list[str]:
    """The words of `text` that `rule`'s patterns match."""
    return [m.group() for p in rule.patterns for m in p.finditer(text)]


def join_one_typed_event(records: list[dict], vocabulary) -> None:
    """Give each occurrence the key of the corpus's one typed event (one key for its type) whose act it tells, when
    exactly one type qualifies, the days lie within `SAME_EVENT_DAYS` of each other, and the occurrence's article
    does not tell that event on another day ("launched in the US on Sept. 18 ... In Europe, the phone arrives on
    Oct. 2": another launch)."""
    occurrences = [r for r in records if r.get("kind") == "date" and str(r.get("metric", "")).startswith(PREFIX)]
    if not occurrences:
        return
    typed_by_rule = {}
    for rule in (r for r in vocabulary.events if r.conflicts and r.name not in OWNERLESS_EVENTS | {OCCURRENCE}):
        accounts = [r for r in records if r.get("kind") == "date" and str(r.get("metric", "")).partition(": ")[0] == rule.name]
        if accounts and len({tuple(str(a.get(f, "")) for f in KEY_FIELDS) for a in accounts}) == 1:
            typed_by_rule[rule.name] = (rule, accounts)
    for record in occurrences:
        event, _, thing = str(record["metric"]).removeprefix(PREFIX).partition(" (")
        phrases, thing = act_phrases(event, vocabulary.event_words), thing.rstrip(")").lower()
        context = str(record.get("context", ""))
        fits = [accounts for rule, accounts in typed_by_rule.values()
                if (names_act([w for a in accounts for w in typed_words(rule, str(a.get("context", "")))], phrases, thing)
                    or names_act(typed_words(rule, context), phrases))
                and apart({str(a["date"]) for a in accounts} | {str(record["date"])}) <= SAME_EVENT_DAYS
                and not any(a["doc"] == record["doc"] and a["date"] != record["date"] for a in accounts)]
        if len(fits) == 1:
            record.update({f: fits[0][0].get(f, "") for f in KEY_FIELDS})
