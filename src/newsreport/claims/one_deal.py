"""The price of the one takeover a corpus tells: where every article that names a buyer names the same one ("Hanlo
agreed on December 15 to buy Murmur", "Hanlo is buying the remaining 85 per cent of the company"), a deal's price told
as the deal's ("The deal is worth about A$2.4 billion"), as the target's or as the buyer's is one claim, keyed by the
buyer as `event_owners.buyer` keys a price its sentence gives to the target. Not where the corpus tells two buyers or
none, nor a merger (its price is the merging pair's: `collective_owners.merging_pair`)."""

from __future__ import annotations

import re

from newsreport.claims.event_owners import NAME, PAYER

DEAL_PRICES = ("deal_value",)  # a deal's price is the buyer's, as its day is (`event_owners`)
# "Hanlo agreed to buy Murmur", "Hanlo is buying Murmur", "Hanlo's takeover of Murmur", "Hanlo will acquire Murmur"
BUYS = re.compile(rf"{NAME}\s+(?:(?:has|had|have)\s+)?(?:(?:agreed|agrees|offered|offers|plans|planned|is set|was set)\s+"
                  rf"(?:[\w]+\s+){{0,4}}?to\s+(?:buy|acquire|take over)|(?:is|was|are|were)\s+(?:buying|acquiring|taking over)"
                  rf"|(?:will|would)\s+(?:buy|acquire)|bought|acquired)\s+(?:the\s+)?{NAME}"
                  rf"|{NAME}['’]s\s+(?:proposed\s+|planned\s+)?(?:takeover|acquisition|purchase|buyout)\s+of\s+(?:the\s+)?{NAME}")
# "the deal is worth", "values the transaction at": the deal named, not a thing's own value
THE_DEAL = re.compile(r"\bthe\s+(?:proposed\s+|planned\s+)?(?:deal|takeover|acquisition|transaction|purchase|buyout|sale)\b", re.I)


def first_word(name: str) -> str:
    """The first word of a name, its descriptor aside ("Singapore-based Hanlo": Hanlo)."""
    words = [w for w in name.split() if not w.endswith("-based")]
    return words[0] if words else name.split()[0]


def buyers(texts: dict) -> dict[str, set[str]]:
    """Buyer (its first word) -> the targets (first words) the corpus's articles say it buys."""
    found: dict[str, set[str]] = {}
    for text in texts.values():
        for match in BUYS.finditer(text):
            first, second = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
            found.setdefault(first_word(first), set()).add(first_word(second))
        for match in PAYER.finditer(text):
            found.setdefault(first_word(match.group(1)), set()).add(first_word(match.group(2)))
    return found


def key_the_one_deal(records: list[dict], texts: dict) -> None:
    """Key the deal prices of a corpus that tells one buyer by that buyer (see the module); in place."""
    found = buyers(texts)
    if len(found) != 1:
        return
    buyer_word, targets = next(iter(found.items()))
    if len(targets) != 1 or buyer_word in targets:
        return
    named = [r["entity"] for r in records if r.get("entity") and first_word(str(r["entity"])) == buyer_word]
    if not named:
        return
    buyer = max(named, key=named.count)  # the name its records use most ("Orvane Systems" or "Orvane": `short_names`)
    for record in records:
        if record["metric"].partition(": ")[0] not in DEAL_PRICES or " and " in str(record.get("entity") or ""):
            continue  # (a merging pair's price stays the pair's)
        entity = str(record.get("entity") or "")
        if entity and first_word(entity) == buyer_word:
            continue  # the buyer's already, under whichever of its names
        if entity and first_word(entity) in targets or THE_DEAL.search(str(record.get("context") or "")):
            record["entity"] = buyer
