"""An app and the company that owns it, where an article says so ("Heron, the short-video app owned by
Denver-based Lakeview Media", "Drifto's parent Kaiyun", "Hanbo, which owns Vidzy", "Kaiyun's Drifto app"): what the
owner is said to have of the app's audience ("40 million people who use the app") and the app's days ("the ban, which
took effect on Tuesday", told of the owner) are the app's. The owner's own figures (its revenue, its staff, its
founding) stay its own: a group is more than one of its apps."""

from __future__ import annotations

import re

NAME = r"([A-Z][\w&'’.+-]*(?:\s+[A-Z][\w&'’.+-]*){0,3})"
# "Singapore-based", "Singapore's", "the Beijing-based", "a Seoul" before the owner's name
OWNER_LEAD = r"(?:the\s+|a\s+)?(?:[A-Z][\w-]*-based\s+|[A-Z][a-z]+['’]s\s+)?"
OWNED_BY = [  # (pattern, whether the app is named first)
    (re.compile(rf"{NAME},\s+(?:(?:the|a|an|its)\s+[^,.;]{{0,60}}?\s+)?(?:owned|run|operated|made|developed)\s+by\s+"
                rf"{OWNER_LEAD}{NAME}"), True),
    (re.compile(rf"{NAME}['’]s\s+(?:parent|owner)(?:\s+company)?,?\s+{OWNER_LEAD}{NAME}"), True),
    (re.compile(rf"{NAME},\s+which\s+owns\s+{NAME}"), False),
    # "Kaiyun's Drifto app", "the outage at Vell Labs' Ostra chatbot": a product its owner's possessive names
    (re.compile(rf"{NAME}['’]s?\s+{NAME}\s+(?:app|chatbot|assistant|platform|service|messenger|browser|game)\b"), False),
]
AUDIENCE = {"users", "daily_active_users", "monthly_active_users", "downloads", "installs", "subscribers", "new_users",
            "sign_ups", "accounts"}
OWNERS_OWN_DAYS = re.compile(r"found|listing|ipo|incorporat|merger|acquisition|takeover|results|earnings")


def owners_of_apps(records: list[dict], texts: list[str]) -> dict[str, str]:
    """Owner -> app for each pair an article writes as an ownership, both owning figures; an owner of two apps
    the corpus names keys none."""
    owners = {r["entity"] for r in records if r.get("entity")}
    found: dict[str, set[str]] = {}
    for pattern, app_first in OWNED_BY:
        for text in texts:
            for match in pattern.finditer(text):
                first, second = (re.sub(r"['’]s$", "", g).rstrip(".") for g in match.groups())
                app, owner = (first, second) if app_first else (second, first)
                owner = next((o for o in owners if o == owner or owner.startswith(f"{o} ")), owner)  # "Lakeview Media Group"
                if app in owners and owner in owners and app != owner:
                    found.setdefault(owner, set()).add(app)
    return {owner: next(iter(apps)) for owner, apps in found.items() if len(apps) == 1}


def apps_own_figures(records: list[dict], texts: list[str]) -> None:
    """Key an app owner's audience figures and days (not its founding, listing, deals or results) by the app it
    owns (`owners_of_apps`); in place."""
    apps = owners_of_apps(records, texts)
    for record in records:
        app = apps.get(record.get("entity") or "")
        measure = (record.get("metric") or "").split(":")[0]
        if app and (measure in AUDIENCE or record.get("kind") == "date" and not OWNERS_OWN_DAYS.search(measure)):
            record["entity"] = app
