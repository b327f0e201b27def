"""One owner under one name across the articles: a company named in full in one article ("Hollis
Bank", "Norrick Energy") and by its first word in another ("Hollis", "Norrick") is one owner, keyed by
the full name, so the two articles' figures are compared."""

from __future__ import annotations

# words that complete a company's name without naming another thing ("Loopa Go", "TikTok Shop" are products)
COMPANY_WORDS = {"Bank", "Bancorp", "Financial", "Capital", "Energy", "Power", "Motors", "Foods", "Games", "Studios",
                 "Entertainment", "Media", "Pharma", "Pharmaceuticals", "Therapeutics", "Biotech", "Systems",
                 "Networks", "Telecom", "Communications", "Insurance", "Health", "Healthcare", "Logistics", "Shipping",
                 "Resources", "Industries", "Brands", "Retail", "Partners", "Ventures", "Electronics", "Semiconductor",
                 "Robotics", "Mobility", "Motor", "Rail", "Railway", "Railways", "Transit", "Freight",
                 "Steel", "Mining", "Petroleum", "Oil", "Gas", "Chemicals", "Software",
                 "Interactive", "Digital", "International", "Worldwide", "Global", "Enterprises", "Investments"}
PERSONAL = ("net_worth",)  # only a person has a net worth: a surname is never a company's short form


def short_forms(records: list[dict]) -> dict[str, str]:
    """Short name -> full name, for owners whose name is the first word(s) of exactly one longer owner
    name in `records` (claim mentions and event mentions) that goes on with words naming a kind of
    company (`COMPANY_WORDS`: "Hollis Bank", "Norrick Energy"; never a product, "Loopa Go"). Not for people: a short form that owns a
    person's measure, or a longer name tagged as a person ("Ada Quenby" is not "Ada")."""
    owners = {r["entity"] for r in records if r.get("entity")}
    people = {r["entity"] for r in records if r.get("entity") and (
        r.get("_label") == "PERSON" or str(r.get("metric", "")).startswith(PERSONAL))}
    longer: dict[str, set[str]] = {}
    for name in owners - people:
        words = name.split()
        for cut in range(1, len(words)):
            short = " ".join(words[:cut])
            if short in owners and short not in people and " and " not in name \
                    and all(w in COMPANY_WORDS for w in words[cut:]):  # "Hollis Bank", not the product "Loopa Go"
                longer.setdefault(short, set()).add(name)
    return {short: next(iter(names)) for short, names in longer.items() if len(names) == 1}


def unify_short_names(records: list[dict]) -> None:
    """Key each record owned by a short form (`short_forms`) by the full name instead."""
    mapping = short_forms(records)
    for record in records:
        full = mapping.get(record.get("entity") or "")
        if full:
            record["entity"] = full
