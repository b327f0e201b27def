"""A product that "went on sale" on a day was launched then, like one "launched" or "released" that
day, and a product named as a modifier of its kind ("Nimbra's new Aurel 3 phone") is the one
launched: two articles giving two days disagree, two giving one day agree. Stories of our own: a
phone, a video game, an e-bike."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second, status", [
    (("2026-09-20", "Nimbra's new Aurel 3 phone went on sale in the US on Friday, Sept. 18."),
     ("2026-09-22", "Nimbra launched the Aurel 3 in the United States on Sept. 18."), "agreement"),
    (("2026-11-07", "Stardrift, the space-trading game from Kelvane Studios, was released on Thursday."),
     ("2026-11-08", "Kelvane's Stardrift went on sale on Nov. 6 after two delays."), "conflict"),
    (("2026-05-06", "The Velo X bike went on sale in Germany on Monday, May 4."),
     ("2026-05-07", "Velo released the Velo X in Germany on May 5."), "conflict"),
])
def test_went_on_sale_is_a_launch_day(tmp_path, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article("Launch", *first), "b.md": article("Launch", *second)})
    launches = claims[claims.metric.str.startswith("launch")]
    assert list(launches.status) == [status], claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_tickets_on_sale_are_no_product_launch(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Tour", "2026-03-06", "Tickets for the band's tour went on sale on Friday, March 6."),
        "b.md": article("Tour", "2026-03-08", "Tickets for the tour went on sale on March 5.")})
    assert "conflict" not in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()
