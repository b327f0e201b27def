"""One office holder under several names: "Delmar Governor Ruth Oyelaran", "Oyelaran" and "its
governor" (in an article about Delmar) are one signer, so the days they signed on are compared (as a
possible discrepancy when they differ: a governor signs many laws). Stories of our own: a state law,
a city order, a national decree."""

import pytest

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("person, first, second", [
    ("Ruth Oyelaran",
     ("2026-05-16", "Delmar Governor Ruth Oyelaran signed a bill on Friday that bars children under 14 from social media."),
     ("2026-05-20", "Delmar became the latest state to restrict social media for children when its governor signed "
                    "the law on May 15.")),
    ("Tomas Lind", ("2026-03-12", "Brisholm Mayor Tomas Lind signed an order on Tuesday banning cars from the old town."),
     ("2026-03-14", "The city of Brisholm banned cars from its old town when its mayor signed an order on March 10.")),
    ("Milan Dusek", ("2026-08-06", "Ostravia President Milan Dusek signed the decree on Wednesday, Aug. 5."),
     ("2026-08-08", "Ostravia's president signed the decree on Aug. 5, a spokesman said.")),
])
def test_an_office_and_its_holder_sign_as_one_person(tmp_path, person, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Signed", *first), "b.md": article("Signed", *second)})
    signed = claims[claims.metric.str.startswith("law_signed")]
    assert list(signed.entity) == [person] and list(signed.status) == ["agreement"], \
        claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_an_office_with_two_named_holders_stays_the_place(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Signed", "2026-05-16", "Delmar Governor Ruth Oyelaran signed the bill on May 15."),
        "b.md": article("Signed", "2026-05-17", "Delmar Governor Ana Price signed a bill on May 12."),
        "c.md": article("Signed", "2026-05-20", "Delmar's rules changed when its governor signed the law on May 15.")})
    assert "Delmar" in set(claims.entity), claims[["entity", "metric", "period", "status", "values"]].to_string()
