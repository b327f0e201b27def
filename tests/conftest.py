"""Shared fixtures: the seed corpus, and a small corpus of other articles written by the tests."""

from pathlib import Path

import pytest

from newsreport.corpus.loader import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# Another story entirely (EU scrutiny of shopping apps), so nothing written for the seeds can pass
# for output about it. It holds an agreement (Temu users: 92 million vs "more than 90 million"),
# a conflict (Shein's EU users in Aug 2024: 45 million vs 108 million) and a series (Temu
# 2023 -> 2024 users), a front-matter document, a manifest-less plain file and an HTML page.
OTHER_ARTICLES = {
    "eu_temu_front.md": """---
title: Pinduoduo (拼多多) owner's Temu faces formal EU proceedings
outlet: Brussels Ledger
author: Anna Keller
published: 2024-10-31
url: https://example.org/temu-dsa
---
EU opens formal proceedings against Temu

Brussels, October 31, 2024 - The European Commission opened formal proceedings against the shopping app Temu under the Digital Services Act on Thursday.
Temu had 92 million monthly active users in the European Union in 2024, up from 75 million in 2023.
Regulators want to know how the platform stops the sale of illegal products and protects consumer data.
If the breach is confirmed, the company could be fined up to 6% of its global annual turnover.
Shoppers were drawn by discounts of as much as 90% and free shipping on first orders.
""",
    "eu_shein_plain.txt": """Shein designated a very large online platform

September 3, 2024 - Shein said it had about 45 million monthly active users in the EU in August 2024, according to the company's filing.
The fast-fashion retailer now faces stricter rules on content moderation and risk audits.
Merchants on Shein sell clothing to shoppers in 27 member states, and its marketplace promotions lean on influencers.
""",
    "eu_roundup.html": """<!DOCTYPE html>
<html><head><title>Shopping apps under the DSA: a roundup</title>
<script>alert('x')</script></head>
<body><nav>Home | World | Tech</nav>
<article><h1>Shopping apps under the DSA: a roundup</h1>
<p>November 2, 2024 - More than 90 million people in the EU used Temu every month in 2024, the Commission said.</p>
<p>Shein reported 108 million monthly active users in the EU in August 2024, far above its earlier estimate.</p>
<p>Consumer groups filed a complaint about manipulative design, and the Commission may require changes to the checkout.</p>
<img src="x.png" onerror="alert('y')">
<p>Both companies say they comply with European law and will cooperate with the investigation.</p>
</article></body></html>
""",
}


# A story no config file knows (no configured entity, measure or frame cue): the pipeline must still
# build a report, with a ledger taken from the figures' subjects.
UNSEEN_ARTICLES = {
    "vinted_growth.txt": "Vinted keeps growing\n\nMarch 3, 2025 - Vinted had 105 million registered members in 2024, "
                         "the company said.\nZalando had 50 million active customers in 2023.\n",
    "resale_boom.txt": "Second-hand fashion booms\n\nMarch 5, 2025 - Vinted said it had about 80 million registered "
                       "members in 2024.\nZalando reported 52 million active customers in 2024, up from the year before.\n",
}


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    """Write `articles` (file name -> text) into `folder` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_other_corpus(folder: Path) -> Path:
    """Write the other-story corpus into `folder` and return it."""
    return write_articles(folder, OTHER_ARTICLES)


@pytest.fixture(scope="session")
def seed_corpus():
    return load_corpus(SEEDS)


@pytest.fixture(scope="session")
def other_corpus_dir(tmp_path_factory):
    return write_other_corpus(tmp_path_factory.mktemp("other_corpus"))


@pytest.fixture(scope="session")
def other_corpus(other_corpus_dir):
    return load_corpus(other_corpus_dir)
