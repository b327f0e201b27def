"""A kind of revenue named by a noun before it ("ticket sales", "advertising revenue", "subscription revenue") is a part
of the whole, keyed apart from the total another article gives: never a conflict with it
(claims/measure_details.py `noun_part`, config `divisible` on revenue). The same kind written short ("ad revenue") is
one claim; a period ("fourth-quarter revenue"), a place ("US sales"), an adjective ("strong sales") or a word for the
whole ("group revenue") names no part. Stories of our own: a zoo, a streaming service, a newspaper, an app's ad sales."""

import pytest

from claims_fixtures import rows_of, table, two_outlets


@pytest.mark.parametrize("part, total, value", [
    ("Ticket sales brought in $26 million last year, officials at Brambly Zoo said.",
     "Brambly Zoo's total revenue reached $41 million last year, officials said.", "$26 million"),
    ("Subscription revenue rose to $1.2 billion in 2025, Flixa said.",
     "Flixa's revenue was $2 billion in 2025, the company said.", "$1.2 billion"),
    ("Advertising revenue at the Harbour Courier fell to £40 million last year.",
     "The Harbour Courier's revenue was £95 million last year, its owner said.", "£40 million"),
])
def test_a_kind_of_revenue_is_no_conflict_with_the_total(tmp_path, part, total, value):
    claims = two_outlets(tmp_path, part, total)
    assert not (claims.status == "conflict").any(), table(claims)
    part = rows_of(claims, value)  # kept as a claim, keyed as a kind of revenue
    assert len(part) and part.metric.str.startswith("revenue: ").all(), table(claims)


def test_one_kind_written_in_full_and_short_is_one_claim(tmp_path):
    claims = two_outlets(tmp_path, "Analysts at Castmoor estimate that Marlo took in $6.4 billion in US advertising revenue in 2025.",
                         "Another firm, Brightway, puts Marlo's US ad revenue in 2025 at about $4 billion.")
    assert (claims.status == "conflict").any(), table(claims)


@pytest.mark.parametrize("first, second", [
    ("Quentor's group revenue reached $155bn last year, the company said.",
     "Quentor made sales of about $150 billion last year."),
    ("Sales at Dovra were strong: its strong sales reached $40 million last year.",
     "Dovra's revenue was $41 million last year."),
])
def test_words_for_the_whole_name_no_part(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert (claims.status == "agreement").any(), table(claims)
