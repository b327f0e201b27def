"""One name per person among the owners of dated events: "President Dana Cole signed an executive
order on Monday" and "Cole signed the order on Jan. 21" are Dana Cole's, so the days are set side by
side; a law keyed only by its signer (who may sign several) is at most a possible discrepancy. Stories of
our own."""

from claims_fixtures import own_outlet_article as article, story_claims


def test_a_title_of_office_and_a_surname_name_one_signer(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Order signed", "2026-01-21", "President Dana Cole signed an executive order on Monday "
                        "putting off the ban's enforcement for 75 days."),
        "b.md": article("Reprieve", "2026-01-22", "Cole signed the order on Jan. 21, giving Vidzy 75 more days."),
    })
    signed = claims[claims.metric == "law_signed"]
    assert list(signed.entity) == ["Dana Cole"]
    assert list(signed.status) == ["discrepancy"] and "signed several" in signed.iloc[0].reason


def test_a_title_before_a_surname_names_the_one_full_name_of_that_surname(tmp_path):
    # a president and a governor, each written once in full and once by title and surname
    claims = story_claims(tmp_path, {
        "a.md": article("Order signed", "2026-01-22", "President Dana Cole signed the order on Monday."),
        "b.md": article("Reprieve", "2026-01-22", "President Cole signed the order on Jan. 21, aides said."),
        "c.md": article("Housing", "2026-06-12", "Ruth Oyelaran signed the housing bill on Tuesday."),
        "d.md": article("Bill signed", "2026-06-12", "Governor Oyelaran signed the housing bill on Wednesday, her office said."),
    })
    signed = claims[claims.metric == "law_signed"]
    assert sorted(signed.entity) == ["Dana Cole", "Ruth Oyelaran"], signed[["entity", "status", "values"]].to_string()


def test_a_configured_person_s_event_is_theirs_not_another_owner_s(tmp_path):
    # config/entities.yaml lists Donald Trump (a person: never a figure's owner) among its non-owners; that makes him
    # no place, so his signing is not handed to the one other signer the story names (a false conflict before)
    claims = story_claims(tmp_path, {
        "a.md": article("Order", "2026-01-22", "Donald Trump signed the order on Monday, the White House said."),
        "b.md": article("Law", "2026-01-22", "Governor Ruth Oyelaran signed the law on Tuesday."),
    })
    signed = claims[claims.metric == "law_signed"]
    assert sorted(signed.entity) == ["Donald Trump", "Ruth Oyelaran"] and "conflict" not in set(signed.status), \
        signed[["entity", "status", "values"]].to_string()
