"""What a contract, bid, order or deal is worth is the deal's price, not what a company is worth: "signed an order
in a contract worth €40 million", "put in a bid worth about $12bn" and "analysts value the contract at $1.1bn" are
the deal's value ('deal_value'), as "the deal is worth $1.9 billion" is, though "worth" and "valued at" alone read as
a valuation. A company "worth $20 billion", or "valued at $20 billion" in a funding round, stays a valuation."""

from __future__ import annotations

import re

DEAL_NOUNS = r"(?:deal|contract|bid|offer|proposal|order|agreement|tender)s?"
HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|an estimated|up to|more than|over|at least|as much as)\s+)?"
# the worth of a deal noun, right before the figure: "a contract worth", "the bid, valued at", "value the contract at"
DEAL_WORTH = re.compile(rf"(?:\b{DEAL_NOUNS},?\s+(?:(?:is|was|are|were|would be|could be)\s+)?(?:worth|valued\s+at)"
                        rf"|\bvalu(?:e|es|ed|ing)\s+(?:the|its|this|that|their)\s+(?:[\w-]+\s+){{0,2}}?{DEAL_NOUNS}\s+at)"
                        rf"\s+{HEDGE}$", re.I)


def deal_worth(record: dict) -> bool:
    """Whether the record's sentence says, right before the figure, that it is what a deal noun is worth."""
    context, quote = str(record.get("context", "")), str(record.get("quote", ""))
    at = context.find(quote)
    return at >= 0 and bool(DEAL_WORTH.search(context[:at]))


def key_deal_worths(records: list[dict]) -> list[dict]:
    """Claim records measured as a 'valuation' whose sentence gives the worth of a contract, bid, order or deal are
    measured as its 'deal_value'; in place, and returned."""
    for record in records:
        if str(record.get("metric")).partition(": ")[0] == "valuation" and record.get("kind") == "money" and deal_worth(record):
            record["metric"] = "deal_value"
    return records
