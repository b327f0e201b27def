"""People as owners of claims: one person under one name ("Lina Ortiz", then "Ortiz"), and a
person's worth is a net worth, not a company's valuation. Two rich lists that estimate the same
person's fortune are then compared as one claim."""

from __future__ import annotations

import re

TITLES = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "President", "Prime", "Minister", "Senator", "Judge", "Justice",
          "Chief", "CEO", "Founder", "Mayor", "Governor", "Professor", "Prof", "The", "A", "An", "In", "On", "At",
          "By", "For", "From", "With", "And", "But", "Of", "To", "As", "Said", "Says", "Like"}
PERSONAL_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Prof", "Professor"}
PERSON_METRICS = {"valuation": "net_worth"}
# the last word of a company's name, never of a person's (the tagger takes "Plume AI" for a person)
COMPANY_WORDS = {"AI", "Inc", "Ltd", "Corp", "Co", "LLC", "Plc", "plc", "AG", "SA", "GmbH", "Labs", "Group", "Holdings",
                 "Bank", "Motors", "Pictures", "Capital", "Ventures", "Technologies", "Systems", "Media", "Games",
                 "Studios", "Airlines", "Airways", "Air", "Foods", "Pharma", "Energy", "Partners", "Robotics", "Mobile"}
PERSONAL_METRICS = ("net_worth", "transfer_fee")  # only a person has a fortune, a net worth or a transfer fee  # "Ortiz is worth $12 billion": her fortune, not a valuation


def full_names(people: set[str]) -> dict[str, str]:
    """Surname -> full name, for the people named in full as owners ("Lina Ortiz"), when the surname
    belongs to one of them only."""
    by_surname: dict[str, set[str]] = {}
    for name in people:
        if len(name.split()) >= 2:
            by_surname.setdefault(name.split()[-1], set()).add(name)
    return {surname: next(iter(names)) for surname, names in by_surname.items() if len(names) == 1}


def named_in_full(surname: str, text: str) -> str:
    """The one full name "First Surname" written in `text`, or else the one "Surname Given" (a family name
    written first: "Zhao Minghui"); '' when none, or several."""
    firsts = {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", text)
              if m.group(1) not in TITLES}
    if firsts:
        return f"{next(iter(firsts))} {surname}" if len(firsts) == 1 else ""
    givens = {m.group(1) for m in re.finditer(rf"\b{re.escape(surname)} ([A-Z][a-z]+)\b", text)
              if m.group(1) not in TITLES | COMPANY_WORDS}
    return f"{surname} {next(iter(givens))}" if len(givens) == 1 else ""


def unify_people(rows: list[dict], documents: dict, configured: set[str] = frozenset()) -> None:
    """Give each person one name across the mentions, and key a person's worth as a net worth.
    People are owners named in full ("Ana Lima") that the parser tags PERSON or that own a fortune
    or net worth; never a `configured` entity (an app the tagger takes for a person). A one-word owner
    ("Lima") becomes the one such person of that surname; the owner of a fortune also the one full
    name of that surname written in its own article."""
    for row in rows:  # "Ms Quenby" is Quenby: a title is not part of whose figure it is
        words = row["entity"].split()
        if len(words) >= 2 and words[0].rstrip(".") in PERSONAL_TITLES:
            row["entity"] = " ".join(words[1:])
    people = {row["entity"] for row in rows if len(row["entity"].split()) >= 2 and row["entity"] not in configured
              and " and " not in row["entity"]  # "Nimo and Pexa" together own a count: no person "Pexa"
              and row["entity"].split()[-1].rstrip(".") not in COMPANY_WORDS  # "Plume AI", "Tavora Motors": firms
              and (row.get("_label") == "PERSON" or row["metric"].startswith(PERSONAL_METRICS))}
    for _ in range(2):  # again with the full names found in the articles: "Vos" in one, "Lena Vos" in another
        known = full_names(people)
        for row in rows:
            entity = row["entity"]
            if not entity or " " in entity or entity in configured:
                continue
            full = known.get(entity, "")
            document = documents.get(row["doc"])
            if not full and row["metric"].startswith(PERSONAL_METRICS) and document is not None:
                full = named_in_full(entity, document.text)
            if full:
                row["entity"] = full
                people.add(full)
    texts = "\n".join(d.text for d in documents.values())
    for row in rows:  # "values the Pinto founder's fortune at $12 billion": the founder's, named elsewhere in full
        document = documents.get(row["doc"])
        if row["metric"].startswith(PERSONAL_METRICS) and row["entity"] and row["entity"] not in people \
                and document is not None and "founder" in document.text[max(0, int(row["start"]) - 120):int(row["start"])]:
            founder = founder_of(row["entity"], texts)
            if founder:  # (the company's name is then no place either: "the Pinto founder's fortune")
                row["entity"], row["scope"] = founder, "" if row["scope"] == row["entity"] else row["scope"]
    for row in rows:
        base, sep, detail = row["metric"].partition(": ")
        if row["entity"] in people and base in PERSON_METRICS:
            row["metric"] = PERSON_METRICS[base] + sep + detail


PERSON = r"([A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"


def founder_of(company: str, text: str) -> str:
    """The one person `text` names as `company`'s founder ("Pinto founder Lin Wei", "Lin Wei, the founder of
    Pinto", "Pinto's founder, Lin Wei"); '' when it names none or several."""
    name = re.escape(company)
    found = {m.group(1) for pattern in (rf"\b{name}(?:['’]s)? (?:co-?)?founder,? (?:and [a-z ]+ )?{PERSON}",
                                        rf"{PERSON}, (?:the )?(?:co-?)?founder (?:and [a-z ]+ )?of {name}\b",
                                        rf"{PERSON}, (?:the )?{name} (?:co-?)?founder\b")
             for m in re.finditer(pattern, text)}
    return next(iter(found)) if len(found) == 1 else ""


SIGNED_EVENTS = ("law_signed", "law_passed")
SIGNER_DOUBT = "keyed by the person who signed it, who may have signed several laws or orders"
OFFICE_TITLES = {"President", "Governor", "Gov.", "Prime", "Minister", "Senator", "Sen.", "Mayor", "Judge", "Justice",
                 "Chancellor", "Premier", "King", "Queen", "Chief", "Executive", "CEO"}


OFFICE_HOLDER = re.compile(r"\b([A-Z][a-z]+) (Governor|Mayor|President|Premier|Chancellor) ([A-Z][a-z]+ [A-Z][a-z]+)\b")


def unify_event_people(records: list[dict]) -> None:
    """One name per person among the owners of dated events: "President Dana Cole signed the order on
    Monday" and "Cole signed the order on Jan. 21" are Dana Cole's, so the two days are compared. A title
    of office is dropped ("President Dana Cole", "Delmar Governor Ruth Oyelaran"), a place whose office
    signs ("when its governor signed the law", "Delmar's governor") is the one holder the articles name
    ("Delmar Governor Ruth Oyelaran"), and a surname becomes the one full name of that surname that a
    titled owner was written with; a title and a surname ("President Cole") become the one full name of that
    surname the events' owners give ("Dana Cole")."""
    titled, offices = set(), {}
    for record in records:
        words = record["entity"].split() if record["kind"] == "date" else []
        if len(words) > 3 and words[1] in OFFICE_TITLES and words[0] not in OFFICE_TITLES:
            words = words[1:]  # "Delmar Governor Ruth Oyelaran": the office's place goes first
        while len(words) > 2 and words[0] in OFFICE_TITLES | PERSONAL_TITLES:
            words = words[1:]
        if words and len(words) < len(record["entity"].split()):
            record["entity"] = " ".join(words)
            titled.add(record["entity"])
        for place, office, person in OFFICE_HOLDER.findall(record.get("context") or "") if record["kind"] == "date" else []:
            offices.setdefault((place, office.lower()), set()).add(person)
    for record in records:  # "Delmar ... when its governor signed the law": the governor Delmar's articles name
        office = next((o for p, o in offices if p == record["entity"] and re.search(
            rf"\b(?:its|the|{re.escape(p)}['’]s) {o}\b", record.get("context") or "", re.I)), "")
        if record["kind"] == "date" and office and len(offices[(record["entity"], office)]) == 1:
            record["entity"] = next(iter(offices[(record["entity"], office)]))
            titled.add(record["entity"])
    known = full_names(titled)
    untitled = full_names({r["entity"] for r in records if r["kind"] == "date" and r["entity"].split()[:1]
                           and r["entity"].split()[0] not in OFFICE_TITLES | PERSONAL_TITLES})
    for record in records:
        words = record["entity"].split() if record["kind"] == "date" else []
        if len(words) == 2 and words[0] in OFFICE_TITLES | PERSONAL_TITLES and (known.get(words[1]) or untitled.get(words[1])):
            record["entity"] = known.get(words[1]) or untitled[words[1]]  # "President Cole" of "Dana Cole"
            titled.add(record["entity"])
    for record in records:
        if record["kind"] == "date" and record["entity"] in known:
            record["entity"] = known[record["entity"]]
        if record["kind"] == "date" and record["entity"] in titled and record["metric"].startswith(SIGNED_EVENTS):
            # a president signs many orders: two days keyed by the signer alone may be two laws
            record["confidence"] = "low"
            record["reason"] = "; ".join(filter(None, [record["reason"], SIGNER_DOUBT]))
