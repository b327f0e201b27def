"""British wordings of a hearing: a witness who "will give evidence to the culture committee on 23 November" and
one who "faced two hours of questions from MPs on Tuesday" are at the hearing "is set to testify before lawmakers on
Nov. 24" dates: two days for it conflict."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second", [
    ("The chief executive of Yappr will give evidence to the Commons culture committee on 23 November.",
     "Yappr chief executive Jonah Reyes is set to testify before British lawmakers on Nov. 24."),
    ("The boss of Severn Water gave evidence to the environment committee on 3 March.",
     "Severn Water's chief executive testified before MPs on March 4, the company said."),
    ("Harlo United's chairman faced two hours of questions from MPs on Tuesday, 9 June.",
     "Harlo United's chairman appeared before the culture committee on June 10."),
])
def test_evidence_given_to_lawmakers_is_a_hearing(tmp_path, first, second):
    claims = story_claims(tmp_path, {"a.md": article("Evidence", "2027-06-11", first, "Post"),
                                     "b.md": article("Hearing", "2027-06-11", second, "Wire")})
    hearings = claims[claims.metric == "hearing"]
    assert list(hearings.status) == ["conflict"], claims[["entity", "metric", "status", "values"]].to_string()
