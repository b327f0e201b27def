"""How the ledger says things: numbers, dates and periods for prose, a mention's readable value,
the sentence excerpt shown as a quote, and the generated explanation of a claim."""

from __future__ import annotations

import re

from newsreport.claims.vocabulary import Vocabulary

QUALIFIER_WORDS = {"approx": "about", "more_than": "over", "less_than": "under", "at_least": "at least",
                   "at_most": "at most"}
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]

def format_number(value: float, unit: str = "") -> str:
    """A readable number: 320000000 -> '320 million', 15000 -> '15,000', money with its currency."""
    prefix = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "RMB": "¥"}.get(unit.upper(), "")
    if not prefix and re.fullmatch(r"[A-Z]{3}", unit):  # any other currency by its ISO code: "INR 2.12 billion"
        prefix = f"{unit} "
    scaled = None
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            scaled = f"{value / size:,.2f}".rstrip("0").rstrip(".") + f" {word}"
            break
    if scaled is None:
        scaled = f"{value:,.2f}".rstrip("0").rstrip(".")
    suffix = "%" if unit == "%" else ""
    return f"{prefix}{scaled}{suffix}"


QUARTER_NAMES = ("first", "second", "third", "fourth")


def format_date(iso: str, with_year: bool = True) -> str:
    """'2025-01-13' -> 'January 13, 2025' (or 'January 13'); '2024-08' -> 'August 2024'; '2024-Q3' ->
    'the third quarter of 2024'."""
    parts = iso.split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        text = f"{MONTH_NAMES[int(parts[1]) - 1]} {int(parts[2])}"
        return f"{text}, {parts[0]}" if with_year else text
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2 and parts[0].isdigit() and re.fullmatch(r"Q[1-4]", parts[1]):  # "2024-Q3"
        return f"the {QUARTER_NAMES[int(parts[1][1]) - 1]} quarter of {parts[0]}"
    return iso


def format_period(period: str) -> str:
    """A claim period for prose: '2024-06' -> 'June 2024', '' -> ''."""
    return format_date(period) if period else ""


def display_value(row: dict) -> str:
    """The value of one mention as a reader would say it: 'over 100 million', 'January 13, 2025'."""
    if row["kind"] == "date":
        return format_date(row["date"])
    unit = row.get("unit", "")
    if row["qualifier"] == "range" and row["low"] is not None and row["high"] is not None:
        return f"{format_number(row['low'], unit)}–{format_number(row['high'], unit)}"
    value = row["value"] if row["value"] is not None else (row["low"] or row["high"] or 0.0)
    text = format_number(value, unit)
    if row.get("kind") == "year":
        text = f"{value:.0f}"
    elif row.get("kind") == "rank":
        text = f"No. {value:.0f}"
    elif row.get("kind") == "duration" and unit:
        text = f"{text} {unit if value != 1 else unit.rstrip('s')}"
    elif row.get("kind") == "other" and unit:  # a length, mass, area or reading in the unit it was written in
        text = f"magnitude {text}" if unit == "magnitude" else f"{text} {unit}"
    word = QUALIFIER_WORDS.get(row["qualifier"], "")
    text = f"{word} {text}" if word else text
    return f"{row['direction']} {text}" if row.get("direction") in ("up", "down") else text


def excerpt(sentence_text: str, start: int, end: int, width: int = 160) -> str:
    """The sentence, cut to about `width` characters around the figure at `[start, end)`."""
    text = " ".join(sentence_text.split()) if len(sentence_text) <= width else None
    if text is not None:
        return text
    left = max(0, start - (width - (end - start)) // 2)
    right = min(len(sentence_text), left + width)
    left = max(0, right - width)
    piece = " ".join(sentence_text[left:right].split())
    return ("…" if left > 0 else "") + piece + ("…" if right < len(sentence_text) else "")


def _doc_phrase(doc: str, items: list[dict], short: dict[str, str], with_year: bool) -> str:
    """'003 (citing Sensor Tower) says January 11' for one document's mentions of a claim."""
    values, seen = [], set()
    distinct = len({(i["date"], i["display"]) for i in items})
    for item in items:
        text = format_date(item["date"], with_year) if item["kind"] == "date" else item["display"]
        if text in seen:
            continue
        seen.add(text)
        if item["date_basis"] == "resolved-from-publication":
            text += f" (resolved from “{' '.join(item['quote'].split())}” and the publication date)"
        elif item["date_basis"] == "resolved-from-context":
            text += f" (resolved from “{' '.join(item['quote'].split())}” and the article's other dates)"
        elif item["date_basis"] == "resolved-from-corpus":
            text += (f" (resolved from “{' '.join(item['quote'].split())}”; the article is undated, so from the "
                     f"corpus's publication dates)")
        elif item["date_basis"] == "stated, year from the corpus":
            text += " (the year from the corpus's publication dates)"
        elif str(item.get("period_basis", "")).startswith("the day other"):
            text += " (no day stated; published within a week of it)"
        elif str(item.get("period_basis", "")).startswith("the quarter other"):
            text += " (“the quarter”: the one other sources report that week)"
        elif str(item.get("period_basis", "")).startswith(("the publication month", "the publication day")):
            text += f" (“now”: no period stated, dated by the {str(item['period_basis']).split()[2]})"
        elif str(item.get("period_basis", "")).startswith("stated as the next day"):
            text += " (dated the next day: the event ran from one day into the next)"
        elif str(item.get("period_basis", "")).startswith("not stated; its value matches"):
            text += " (no period stated; the value matches this period's)"
        elif item.get("scope_guessed"):
            text += " (no scope stated)"
        elif distinct > 1 and item["evidence"]:
            text += f" (“{item['evidence']}”)"  # one article, two values: show which words say which
        values.append(text)
    cited = sorted({i["cited"] for i in items if i["cited"]})
    who = short.get(doc, doc) + (f" (citing {', '.join(cited)})" if cited else "")
    return f"{who} says {' and '.join(values)}"


def scope_phrase(scope: str) -> str:
    """' in the US', ' worldwide', ' in Brazil', or '' for an unstated scope."""
    if not scope:
        return ""
    if scope.startswith("outside "):  # "outside US": everywhere but there
        return " outside the " + scope[8:] if scope[8:] in ("US", "UK", "EU") else " " + scope
    return " worldwide" if scope == "global" else f" in the {scope}" if scope in ("US", "UK", "EU") else f" in {scope}"


def possessive(label: str, entity: str) -> str:
    """`label` with "{entity}'s" written for `entity`: a name ending in s takes the apostrophe alone, as
    news style writes it ("Marlo Foods' revenue", "Shein's revenue")."""
    if entity.endswith(("s", "S")):
        label = label.replace("{entity}'s", "{entity}'")
    return label.replace("{entity}", entity)


def claim_label(metric: str, entity: str, vocabulary: Vocabulary) -> str:
    """What a claim is about, in words: the metric's label with its entity, or the event's."""
    name, _, detail = metric.partition(": ")
    event = next((e for e in vocabulary.events if e.name == name), None)
    if event is not None and event.claim_label:
        label = event.claim_label if entity else re.sub(r"\s*\(\{entity\}\)", "", event.claim_label)
        return label.replace("{entity}", entity or "the subject").replace("{detail}", detail or "")
    growth = name.endswith(vocabulary.growth_suffix)
    base = name[: -len(vocabulary.growth_suffix)] if growth else name
    rule = vocabulary.metric(base)
    words = base.replace("_", " ").replace(" per ", " a ")
    if rule:
        label = possessive(rule.label, entity) if entity else rule.label.replace("{entity}'s ", "").replace(
            "{entity}", "a place no source names" if rule.place_owned else "an owner no source names") \
            + (" (no owner named)" if "{entity}'s " in rule.label else "")  # ("deaths in a place no source names")
        label = label.replace("{detail}", detail or "its total") if "{detail}" in label else \
            label + (f" ({detail})" if detail else "")  # "the cost reported for ... (dress)"
        rate = re.search(r"_per_(day|week|month|year)$", base)
        label += f" a {rate.group(1)}" if rate and not rule.name.endswith(rate.group(0)) else ""
    else:  # a measure no config names: "Vinted's registered members", "packages a day (process)"
        label = (possessive("{entity}'s ", entity) + words if entity else words) + (f" ({detail})" if detail else "")
    return "the change in " + label if growth else label


def measure_name(metric: str, vocabulary: Vocabulary, dated: bool = True) -> str:
    """A claim's measure for a table column: an event's type label with its detail ("App ranking, date
    (the App Store)"), else the metric's words ("monthly active users", "price (change)"), never a config key.
    `dated`: the claim's values are dates; a figure's measure that shares an event type's name ("funding":
    the sum raised, and the day of a round) is named by its words when they are not."""
    name, _, detail = metric.partition(": ")
    event = next((e for e in vocabulary.events if e.name == name), None) \
        if dated or vocabulary.metric(name) is None else None
    growth = name.endswith(vocabulary.growth_suffix)
    base = name[: -len(vocabulary.growth_suffix)] if growth else name
    words = event.label + ", date" if event is not None else base.replace("_", " ")  # the claim is its day
    return words + (" (change)" if growth else "") + (f" ({detail})" if detail else "")


def explain(status: str, entity: str, metric: str, period: str, mentions: list[dict],
            vocabulary: Vocabulary, short: dict[str, str], scope: str = "") -> str:
    """One generated sentence saying what the sources report for a claim. A period is named only
    when the sources state it."""
    label = claim_label(metric, entity, vocabulary) + scope_phrase(scope)
    if any(m["kind"] == "date" and len(str(m["date"])) < 10 for m in mentions):
        label = re.sub(r"^the day\b", "the date", label)  # "launched in March 2023" gives a month, not a day
    where = f" {'on' if len(period) == 10 else 'in'} {format_period(period)}" if period else ""
    years = {m["date"][:4] for m in mentions if m["kind"] == "date"}
    by_doc: dict[str, list[dict]] = {}
    for mention in mentions:
        by_doc.setdefault(mention["doc"], []).append(mention)
    phrases = ", ".join(_doc_phrase(doc, items, short, len(years) > 1) for doc, items in by_doc.items())
    opening = {"conflict": "Sources disagree on", "discrepancy": "Possible discrepancy on",
               "agreement": "Sources agree on"}.get(status, "Reported:")
    if len(by_doc) == 1 and status in ("conflict", "discrepancy"):  # one article, two values
        opening = {"conflict": "One source gives values that cannot both be true for",
                   "discrepancy": "One source gives possibly incompatible values for"}[status]
    return f"{opening} {label}{where}: {phrases}."
