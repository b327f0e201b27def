"""Shared fixtures: the seed corpus, and a small corpus of other articles written by the tests."""

from pathlib import Path

import pytest

from newsreport.corpus.loader import load_corpus

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# Another story entirely (food delivery in Brazil and Latin America), whose companies, regulator and
# places no config file names, so nothing written for the seeds, or configured, can pass for output
# about it. It holds an agreement (iFood users in Brazil in 2024: 55 million vs "more than 50
# million"), a conflict (Rappi's Latin American users in March 2025: about 30 million vs 12 million)
# and a series (iFood 2023 -> 2024 users), a front-matter document, a manifest-less plain file and an
# HTML page.
OTHER_ARTICLES = {
    "br_ifood_front.md": """---
title: Meituan (美团) brings Keeta to Brazil as CADE reviews iFood contracts
outlet: Paulista Ledger
author: Ana Ribeiro
published: 2025-05-14
url: https://example.org/ifood-cade
---
CADE opens inquiry into iFood contracts

São Paulo, May 14, 2025 - On Wednesday, the competition regulator CADE opened an investigation into exclusivity contracts signed by the delivery app iFood.
iFood had 55 million monthly active users in Brazil in 2024, up from 48 million in 2023.
Restaurant owners say the contracts keep rivals such as Keeta and Rappi out of the biggest cities.
If the abuse is confirmed, the company could be fined up to 20% of its annual revenue in Brazil.
Diners were drawn by discounts of as much as 50% and free delivery on first orders.
""",
    "latam_rappi_plain.txt": """Rappi updates investors on its users

April 2, 2025 - Rappi said it had about 30 million monthly active users in Latin America in March 2025, according to the company's investor letter.
The delivery company now faces stricter questions on courier pay and hidden delivery fees.
Couriers on Rappi bring groceries to customers in nine countries, and its promotions lean on influencers.
""",
    "delivery_roundup.html": """<!DOCTYPE html>
<html><head><title>Delivery apps under scrutiny: a roundup</title>
<script>alert('x')</script></head>
<body><nav>Home | World | Tech</nav>
<article><h1>Delivery apps under scrutiny: a roundup</h1>
<p>May 20, 2025 - More than 50 million people in Brazil used iFood every month in 2024, CADE said.</p>
<p>Rappi reported 12 million monthly active users in Latin America in March 2025, far below its earlier estimate.</p>
<p>Consumer groups filed a complaint about manipulative design and hidden fees, and CADE may require changes to the checkout.</p>
<img src="x.png" onerror="alert('y')">
<p>Both companies say they comply with Brazilian law and will cooperate with the investigation.</p>
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
