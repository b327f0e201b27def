"""One name per person among the owners of dated events: "President Dana Cole signed an executive
order on Monday" and "Cole signed the order on Jan. 21" are Dana Cole's, so the days are set side by
side; a law keyed only by its signer (who may sign several) is at most a possible discrepancy. Stories of
our own."""

from claims_fixtures import story_claims


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: {title} (invented)\npublished: {published}\n---\n{body}\n"


def test_a_title_of_office_and_a_surname_name_one_signer(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Order signed", "2026-01-21", "President Dana Cole signed an executive order on Monday "
                        "putting off the ban's enforcement for 75 days."),
        "b.md": article("Reprieve", "2026-01-22", "Cole signed the order on Jan. 21, giving Vidzy 75 more days."),
    })
    signed = claims[claims.metric == "law_signed"]
    assert list(signed.entity) == ["Dana Cole"]
    assert list(signed.status) == ["discrepancy"] and "signed several" in signed.iloc[0].reason
