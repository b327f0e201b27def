"""The price of one plan of a service is not its other plans' price: "A cheaper basic plan at 900 rupees a
month" and "The standard plan costs 1,500 rupees a month" are two prices, as "its family tier would go up to
$19.99" and "the single tier to $11.99" are, so a price per month or year told with a named plan, tier or
package is keyed apart by that plan's first word."""

from __future__ import annotations

import re

from newsreport.figures.units import CURRENCY_WORDS

# a plan, tier or package and the two words before it ("its standard plan", "A cheaper 'lite' plan", "premium 4K tier")
PLAN = re.compile(r"(\b(?:[A-Za-z0-9][\w-]*(?:['’]s)?[\"'’”]?\s+){1,2})(?:plan|tier|package|bundle|membership|subscription)s?\b")
BEFORE_REACH, AFTER_REACH = 60, 40  # characters from the price to the plan named for it
# right after the price, the plan it is paid for: "will pay $12.49 a month for the basic plan"
FOR_PLAN = re.compile(r"^[^.;!?]{0,25}?\b(?:for|on|of)\s+")
# words before "plan" that name no plan: determiners, owners, comparisons, how often it is paid
NO_NAME = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "each", "every", "new", "old", "current",
           "cheaper", "cheapest", "dearer", "priciest", "most", "more", "least", "monthly", "annual", "yearly", "which",
           "whose", "same", "one", "only", "entry", "top", "price", "pricing", "payment", "savings", "investment",
           "under", "in", "on", "for", "of", "with", "by", "to", "at", "from", "and", "or", "is", "was", "has"}
PER_PERIOD = re.compile(r"^([a-z]+)_per_(?:month|year|week)\b")  # "cost_per_month", "shillings_per_month"
# what a price per period is measured as: a price word, or the bare currency it is written in ("900 shillings a
# month", which the figures step counts); not revenue or pay, which are also told per year
PRICE_MEASURES = {"cost", "price", "prices", "fee", "fees", "fare", "charge", "subscription", "rent", "shillings"} \
    | {word for word in CURRENCY_WORDS if re.fullmatch(r"[a-z]+", word)}


def plan_named(record: dict, text: str) -> str:
    """The first word naming the plan a price per period is told for ('lite', 'premium'), '' for none."""
    per_period = PER_PERIOD.match(record.get("metric") or "")
    if record.get("kind") not in ("money", "count") or record.get("end") is None or not per_period \
            or per_period.group(1) not in PRICE_MEASURES:
        return ""
    start, end = int(record["start"]), int(record["end"])
    before = re.split(r"[.;!?]\s|,\s+(?:while|whereas|but)\b", text[max(0, start - BEFORE_REACH):start])[-1]
    found = list(PLAN.finditer(before))[-1:]
    after = FOR_PLAN.match(text[end:end + AFTER_REACH])
    found = found or ([m for m in [PLAN.match(text, end + after.end())] if m] if after else [])
    words = re.findall(r"[A-Za-z0-9][\w-]*(?:['’]s\b)?", found[0].group(1).lower()) if found else []
    named = words[max((i + 1 for i, w in enumerate(words) if w in NO_NAME or re.search(r"['’]s$", w)), default=0):]
    # (after "its", "cheaper" or an owner: "Streamly's basic plan")
    return named[0] if named and named[0] not in NO_NAME else ""


def key_plan_prices(records: list[dict], texts: dict[str, str]) -> None:
    """Key each price per period told with a named plan apart by the plan ("cost_per_month: plan lite"); in place."""
    for record in records:
        plan = plan_named(record, texts.get(record["doc"], ""))
        if plan:
            record["metric"] = f"{record['metric'].split(':')[0]}: plan {plan}"
