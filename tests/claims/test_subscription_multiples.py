"""How many times over an offer was bid for is a claim (config `subscription`, kind "multiple"; no other multiple is
compared): "subscribed 24 times" and "oversubscribed nearly 25 times" agree, a multiple on another day is a series,
and the part reserved for a class of buyers ("the retail portion", "institutional buyers' portion") is keyed apart
from the whole offer (claims/offer_parts.py). A capitalized common noun ("the IPO") is never an owner. Stories of
our own: a food company's listing, a utility's green bond, a bank's rights issue, a government bond auction."""

from claims_fixtures import article, story_claims, table


def outlets(tmp_path, *texts: str, title: str = "Story", published: str = "2026-07-15"):
    return story_claims(tmp_path, {f"{i}.md": article(title, published, text, outlet=f"Outlet {i}")
                                   for i, text in enumerate(texts)})


def test_an_offer_subscribed_alike_in_two_wordings_agrees_and_the_ipo_owns_nothing(tmp_path):
    claims = outlets(tmp_path,
                     "Narvi Foods' initial public offering was subscribed 24 times on the last day of bidding on Thursday.",
                     "Narvi Foods' IPO, which closed on Thursday, was oversubscribed nearly 25 times overall.")
    rows = claims[claims.metric == "subscription"]
    assert list(rows.entity) == ["Narvi Foods"] and list(rows.status) == ["agreement"], table(claims)


def test_a_bond_covered_more_or_less_often_on_one_day_conflicts(tmp_path):
    claims = outlets(tmp_path, "Halden Power's green bond was subscribed 3.2 times on Tuesday.",
                     "Halden Power's bond sale was covered 1.8 times on Tuesday, bankers said.")
    rows = claims[claims.metric == "subscription"]
    assert list(rows.status) == ["conflict"], table(claims)


def test_multiples_of_two_days_of_bidding_are_a_series(tmp_path):
    claims = outlets(tmp_path, "The Treasury's ten-year bond auction was subscribed 1.3 times on Monday.",
                     "The Treasury's ten-year bond auction was oversubscribed 2.6 times on Wednesday, dealers said.")
    rows = claims[claims.metric == "subscription"]
    assert set(rows.status) == {"series"}, table(claims)


def test_a_part_reserved_for_buyers_is_not_the_whole_offer(tmp_path):
    claims = outlets(tmp_path,
                     "Corvel Bank's rights issue was subscribed 4.1 times, with the portion reserved for retail investors "
                     "booked 2.2 times, the bank said.",
                     "Corvel Bank's rights issue was subscribed 4.1 times. Retail investors bid for 2.2 times the shares set "
                     "aside for them.", title="Corvel Bank raises capital")
    whole, retail = claims[claims.metric == "subscription"], claims[claims.metric == "subscription: retail"]
    assert list(whole.status) == ["agreement"] and list(retail.status) == ["agreement"], table(claims)


def test_other_multiples_make_no_claim(tmp_path):
    claims = outlets(tmp_path, "Tarrow's revenue grew 3 times in five years, the company said.",
                     "Tarrow's revenue has grown 5 times since 2020, analysts said.")
    assert claims.empty or not set(claims.status) & {"conflict", "discrepancy", "agreement"}, table(claims)
