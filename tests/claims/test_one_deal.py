"""The price of the one takeover a corpus tells is one claim whoever a sentence gives it to: the buyer ("Hanlo agreed
to buy Murmur in a deal the company values at A$1.8 billion"), the target (an article about Murmur) or the deal ("The
deal is worth about A$2.4 billion, according to two people familiar with the terms"), so two values conflict
(`one_deal.key_the_one_deal`). Not where the corpus tells two buyers. Stories of our own: a messaging app bought by a
telecom, a games studio, a grocery chain."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("first, second", [
    (("Hanlo to buy Murmur", "Hanlo agreed on December 15 to buy Murmur in a deal the company values at A$1.8 billion."),
     ("Canberra reviews Murmur sale", "Canberra has opened a security review. The deal is worth about A$2.4 billion, "
                                      "according to two people familiar with the terms.")),
    (("Questa buys Pixelforge", "Questa Games has agreed to buy Pixelforge for $640 million, the company said."),
     ("Pixelforge staff wary", "Pixelforge's founders will stay on. The acquisition is worth roughly $900 million, "
                               "analysts at Harrow Securities estimate.")),
    (("Greenway agrees takeover", "Greenway has agreed to buy Corner Larder, a chain of 300 shops, for £410 million."),
     ("Corner Larder sold", "Corner Larder's owners accepted the offer on Friday. The takeover is worth about £600 "
                            "million including debt, bankers said.")),
])
def test_the_one_deals_price_is_one_claim(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article(first[0], "2026-03-10", first[1]),
                                     "b.md": article(second[0], "2026-03-11", second[1])})
    assert "conflict" in set(claims.status), table(claims)


def test_two_buyers_leave_the_deals_apart(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Bidding war", "2026-03-10", "Kelso offered to buy Pell for $2 billion on Monday."),
        "b.md": article("Bidding war", "2026-03-11", "Arden agreed to buy Pell on Tuesday. The deal is worth $2.6 billion.")})
    assert "conflict" not in set(claims.status), table(claims)
