"""An article telling the corpus's one typed event with a bare verb ("the governor signed it on March 10") or a
launch that names no product ("rolled out the feature on March 3") gives that event's day, compared with the days the
other articles give; not when what it happened to is another thing ("signed a contract"), nor when the corpus
holds two such events. Stories of our own."""

from functools import partial

import pytest

from claims_fixtures import story_claims, numbered_articles


articles = partial(numbered_articles, published="2026-03-20")


@pytest.mark.parametrize("bodies, metric", [
    (("Governor Ana Ruiz signed the Pexa bill on Monday, March 9, ending a long fight in the statehouse.",
      "Ruiz signed it on March 10, her office said."), "law_signed"),
    (("Health ministers from six states signed an agreement to fund the Orla vaccine plant on March 4.",
      "The ministers signed it on March 5 in Accra, a spokesman said."), "deal_agreed"),
    (("Tamba launched Tamba Voice in Canada on March 2, letting drivers search by speaking.",
      "Tamba rolled out the feature in Canada on March 3, letting drivers search by speaking."), "launch"),
    (("Kivo launched Kivo Pay in Kenya on March 11, letting traders take card payments.",
      "The payments service went live in Kenya on March 12, a week after a pilot in Nairobi."), "launch"),
])
def test_a_bare_account_of_the_one_typed_event_is_compared(tmp_path, bodies, metric):
    claims = story_claims(tmp_path, articles(*bodies))
    rows = claims[claims.metric.str.partition(":")[0] == metric]
    assert len(rows) == 1 and rows.status.iloc[0] in ("conflict", "discrepancy"), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("bodies, metric", [
    (("Governor Ana Ruiz signed the Pexa bill on Monday, March 9.",
      "The striker signed a contract with Orla FC on March 10, the club said."), "law_signed"),
    (("Governor Ana Ruiz signed the Pexa bill on Monday, March 9.",
      "Governor Ana Ruiz signed the Dorra bill on March 2.",
      "Ruiz signed it on March 10, her office said."), "law_signed"),
    # an article that tells the launch on one day tells another launch on another ("In Europe, ... arrives")
    (("Nimbra launched the Vela 3 in the US on Sept. 18.",
      "The Vela 3 went on sale in the US on Sept. 18. In Europe, the phone arrives on Oct. 2."), "launch"),
])
def test_another_thing_or_another_event_stays_apart(tmp_path, bodies, metric):
    claims = story_claims(tmp_path, articles(*bodies))
    rows = claims[claims.metric.str.partition(":")[0] == metric]
    assert not rows.status.isin(["conflict", "discrepancy"]).any(), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()
