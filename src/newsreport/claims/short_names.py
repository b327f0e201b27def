"""One owner under one name across the articles: a company named in full in one article ("Hollis
Bank", "Norrick Energy") and by its first word in another ("Hollis", "Norrick") is one owner, keyed by
the full name, so the two articles' figures are compared. So is a company introduced as one under a longer
name ("grocery startup Dunmore Fresh") and called by its first word elsewhere, unless an article writes
both (a maker and its product); and so is an owner an article gives two names ("Plinth, known in China as
Xiaoshu")."""

from __future__ import annotations

import re

# a parent's legal or holding form ("Brantly Holdings" beside "Brantly Cloud"): the group the short name's unit is
# part of, so no rival for the short name
PARENT_WORDS = {"Holdings", "Group", "Inc", "Inc.", "plc", "Plc", "PLC", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.",
                "Limited", "AG", "SA", "S.A.", "NV", "N.V."}
# words that complete a company's name without naming another thing ("Loopa Go", "TikTok Shop" are products)
COMPANY_WORDS = {"Bank", "Bancorp", "Financial", "Capital", "Energy", "Power", "Motors", "Foods", "Games", "Studios",
                 "Entertainment", "Media", "Pharma", "Pharmaceuticals", "Therapeutics", "Biotech", "Systems",
                 "Networks", "Telecom", "Communications", "Insurance", "Health", "Healthcare", "Logistics", "Shipping",
                 "Resources", "Industries", "Brands", "Retail", "Partners", "Ventures", "Electronics", "Semiconductor",
                 "Robotics", "Mobility", "Motor", "Rail", "Railway", "Railways", "Transit", "Freight",
                 "Steel", "Mining", "Petroleum", "Oil", "Gas", "Chemicals", "Software",
                 "Interactive", "Digital", "International", "Worldwide", "Global", "Enterprises", "Investments",
                 "Mutual", "Assurance", "Airlines", "Airways", "Labs", "Bio", "Therapeutics", "Semiconductors",
                 # a trade named after the name: "Kovel Brewing", "Sarn Technologies", "Ardent Construction"
                 "Brewing", "Brewery", "Breweries", "Beverages", "Drinks", "Distillers", "Technologies", "Technology",
                 "Solutions", "Services", "Construction", "Engineering", "Aerospace", "Automotive", "Hotels", "Resorts",
                 "Utilities", "Farms", "Apparel", "Cosmetics", "Biosciences", "Sciences",
                 # a shop or a house named after the name: "Wickham Inns", "Marlow Stores", "Kirinya Cement"
                 "Inns", "Taverns", "Pubs", "Restaurants", "Stores", "Supermarkets", "Bakeries", "Mills", "Textiles",
                 "Cement", "Sugar", "Dairies", "Homes", "Properties", "Telecoms", "Cinemas", "Pharmacies",
                 # legal forms ("Halden & Co.", "Tamsel Inc.", "Orvel Group plc"; the parent's, `PARENT_WORDS`, above)
                 "&", "Co", "Co.", "Company", "LLC", "GmbH", "AB", "ASA",
                 # institutions named by their kind: "Sahyadri Medical College Hospital", "Harrowgate Borough Council"
                 "Medical", "College", "Hospital", "Hospitals", "University", "School", "Clinic", "Institute",
                 "Trust", "Borough", "City", "County", "Council", "Authority", "Museum", "Foundation",
                 "Line", "Lines",  # a carrier: "Norhaven Line"
                 "Cloud"} | PARENT_WORDS  # "Cloud": a provider named for its service, "Brantly Cloud"
PERSONAL = ("net_worth",)  # only a person has a net worth: a surname is never a company's short form


def owner_names(records: list[dict]) -> tuple[set[str], set[str]]:
    """The owners of `records`, and those of them that are people (tagged so, or owning a person's measure)."""
    owners = {r["entity"] for r in records if r.get("entity")}
    people = {r["entity"] for r in records if r.get("entity") and (
        r.get("_label") == "PERSON" or str(r.get("metric", "")).startswith(PERSONAL))}
    return owners, people


# nouns that introduce a company's own name ("grocery delivery startup Dunmore Fresh", "Dunmore Fresh, the
# grocery firm"); not "app" or "service", which introduce products as often ("the app Loopa Go")
COMPANY_NOUNS = r"(?:startup|start-up|company|firm|maker|retailer|chain|lender|carrier|airline|operator|developer|publisher|studio|brand|conglomerate)"


def company_named(name: str, texts: list[str]) -> bool:
    """Whether some text introduces `name` as a company ("startup Dunmore Fresh", "Dunmore Fresh, a
    grocery firm")."""
    escaped = re.escape(name)
    return any(re.search(rf"\b{COMPANY_NOUNS}\s+{escaped}\b|\b{escaped},\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}"
                         rf"{COMPANY_NOUNS}\b", text, re.I) for text in texts)


def described_forms(records: list[dict], texts: list[str]) -> dict[str, str]:
    """Short name -> full name for a company named in full ("Dunmore Fresh") in some articles and by its
    first word ("Dunmore") in others, when the full name is introduced as a company (`company_named`)
    and an article writing both introduces it so itself ("firm Kaveri Quickmart ... Kaveri"; a maker and its
    product, "Loopa" and "Loopa Go", appear together with no such words)."""
    owners = {r["entity"] for r in records if r.get("entity")}
    found: dict[str, set[str]] = {}
    for name in owners:
        words = name.split()
        short = words[0]
        if len(words) < 2 or short not in owners or " and " in name or not company_named(name, texts):
            continue
        alone = re.compile(rf"\b{re.escape(short)}\b(?!['’]?\s*{re.escape(' '.join(words[1:]))})")
        both = [text for text in texts if name in text and alone.search(text)]
        if not both or any(company_named(name, [text]) for text in both):  # "firm Kaveri Quickmart ... Kaveri"
            found.setdefault(short, set()).add(name)
    return {short: next(iter(names)) for short, names in found.items() if len(names) == 1}


def short_forms(records: list[dict]) -> dict[str, str]:
    """Short name -> full name, for owners whose name is the first word(s) of exactly one longer owner
    name in `records` (claim mentions and event mentions) that goes on with words naming a kind of
    company (`COMPANY_WORDS`: "Hollis Bank", "Norrick Energy"; never a product, "Loopa Go"), a parent's holding form
    (`PARENT_WORDS`) yielding to its unit's name. Not for people: a short form that owns a
    person's measure, or a longer name tagged as a person ("Ada Quenby" is not "Ada")."""
    owners, people = owner_names(records)
    longer: dict[str, set[str]] = {}
    for name in owners - people:
        words = name.split()
        for cut in range(1, len(words)):
            short = " ".join(words[:cut])
            if short in owners and short not in people and " and " not in name \
                    and all(w in COMPANY_WORDS for w in words[cut:]):  # "Hollis Bank", not the product "Loopa Go"
                longer.setdefault(short, set()).add(name)
    units = {short: {n for n in names if n.split()[-1] not in PARENT_WORDS} or names for short, names in longer.items()}
    return {short: next(iter(names)) for short, names in units.items() if len(names) == 1}


def described_tails(records: list[dict], texts: list[str]) -> dict[str, str]:
    """Short name -> full name where the word after the short name is the noun the articles call the owner by: "Marrow
    Exchange" is "Marrow" when an article writes "the exchange" or "crypto exchange Marrow"; "Corran Stadium" is
    "Corran" where "the stadium" is written. The open class `COMPANY_WORDS` cannot list: a product ("Loopa Go")
    is never "the go"."""
    owners, people = owner_names(records)
    text = "\n".join(texts)
    longer: dict[str, set[str]] = {}
    for name in owners - people:
        words = name.split()
        short, tail = " ".join(words[:-1]), words[-1]
        if len(words) < 2 or short not in owners or short in people or not tail.isalpha() or " and " in name:
            continue
        noun = re.escape(tail.lower())
        if re.search(rf"\b(?:the|this|that) {noun}\b|\b{noun} {re.escape(short)}\b", text):
            longer.setdefault(short, set()).add(name)
    return {short: next(iter(names)) for short, names in longer.items() if len(names) == 1}


ALIAS_NAME = r"([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
# "Plinth, known in China as Xiaoshu", "Plinth, also called Xiaoshu", "Xiaoshu, which Western users call Plinth"
WRITTEN_ALIASES = [re.compile(rf"{ALIAS_NAME},?\s+(?:\w+\s+)?(?:known|called|named|branded)\s+(?:in\s+\w+\s+|abroad\s+|"
                              rf"locally\s+|internationally\s+|overseas\s+)?(?:as\s+)?{ALIAS_NAME}"),
                   re.compile(rf"{ALIAS_NAME},\s+which\s+(?:[\w-]+\s+){{0,3}}call(?:s|ed)?\s+{ALIAS_NAME}")]


def written_aliases(records: list[dict], texts: list[str]) -> dict[str, str]:
    """Other name -> name for an owner an article gives two names ("Plinth, known in China as Xiaoshu"):
    both own figures, and the one owning more mentions keys them all."""
    counts: dict[str, int] = {}
    for record in records:
        if record.get("entity"):
            counts[record["entity"]] = counts.get(record["entity"], 0) + 1
    mapping = {}
    for pattern in WRITTEN_ALIASES:
        for text in texts:
            for match in pattern.finditer(text):
                first, second = (re.sub(r"['’]s$", "", g).rstrip(".") for g in match.groups())
                if first in counts and second in counts and first != second:
                    keep, other = (first, second) if (counts[first], first) >= (counts[second], second) else (second, first)
                    mapping[other] = keep
    return mapping


def possessed_places(records: list[dict], texts: list[str]) -> dict[tuple[str, str], str]:
    """(short name, metric) -> full name for an owner named "Port of Brisholm" in one figure and "Brisholm" in
    another of the same measure, where an article writes "Brisholm's port": the town's port is the Port of the
    town. Only for that measure: the town's other figures stay the town's."""
    text = "\n".join(texts)
    owned = {(r["entity"], r.get("metric")) for r in records if r.get("entity")}
    found = {}
    for name, metric in owned:
        noun, of, short = (name.split(" ", 2) + ["", ""])[:3]
        if of == "of" and noun.istitle() and (short, metric) in owned \
                and re.search(rf"\b{re.escape(short)}['’]s {re.escape(noun.lower())}\b", text):
            found[(short, metric)] = name
    return found


def of_forms(records: list[dict]) -> dict[str, str]:
    """Short name -> full name for an owner named "National Museum of Belmora" in one figure and "National Museum" in
    another: the name before "of" is the one longer name it starts (never a person's name, and not when two longer
    names start with it: "Bank of Tavora" and "Bank of Ostria" leave "Bank" alone)."""
    owners, people = owner_names(records)
    named = owners - people
    longer: dict[str, set[str]] = {}
    for name in named:
        short, of, rest = name.partition(" of ")
        if of and rest[:1].isupper() and short in named and short.istitle():
            longer.setdefault(short, set()).add(name)
    return {short: next(iter(names)) for short, names in longer.items() if len(names) == 1}


def unify_short_names(records: list[dict], texts: list[str] = ()) -> None:
    """Key each record owned by a short form (`short_forms`, and with the articles' `texts`
    `described_forms`, `of_forms`), or by another name an article gives it (`written_aliases`), by the full name instead;
    and a town's figure of a measure its "Port of" owns (`possessed_places`) by that name."""
    mapping = {**of_forms(records), **described_tails(records, list(texts)), **described_forms(records, list(texts)),
               **short_forms(records), **written_aliases(records, list(texts))}
    places = possessed_places(records, list(texts))
    for record in records:
        full = mapping.get(record.get("entity") or "") or places.get((record.get("entity"), record.get("metric")))
        if full:
            record["entity"] = full
