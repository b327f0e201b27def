"""A name ending in -ly ("Vibely", "Streamly", "Fundly") is parsed as an adverb inside a clause ("estimates that Vibely
generated about $8 billion"): a capitalized adverb inside a sentence is the clause's subject, whose figure it is
(claims/apposed_subjects.py, `misread_subjects`). Stories of our own: ad revenue estimated by two research firms, a
streaming service's subscribers, a lender's loans; in articles whose headline names another company."""

import pytest

from claims_fixtures import article, story_claims, table


@pytest.mark.parametrize("name, first, second, measure", [
    ("Vibely", "Brightmoor Analytics, a research firm, estimates that Vibely generated about $8 billion in US "
               "advertising revenue in 2025.",
     "Castellan Research estimates that Vibely took in $11.2 billion in US advertising revenue in 2025.", "revenue"),
    ("Streamly", "Analysts at Orrin believe that Streamly had about 40 million subscribers at the end of 2025.",
     "Streamly had 62 million subscribers at the end of 2025, the company said.", "subscribers"),
    ("Fundly", "Tallis Data reckons that Fundly made about $900 million in loans in 2025.",
     "Fundly made $1.6 billion in loans in 2025, the lender said.", "loans"),
])
def test_a_name_in_ly_owns_its_clauses_figure(tmp_path, name, first, second, measure):
    claims = story_claims(tmp_path, {
        "a.md": article("Pikto offers credits to lure advertisers; estimates of the prize vary", "2026-05-08",
                        f"Pikto on Thursday unveiled a package of credits aimed at customers leaving {name}, stepping up "
                        f"a race among rivals.\n\nThe size of the prize is a matter of debate. {first}", outlet="Wire"),
        "b.md": article(f"{name} under pressure", "2026-05-06", second, outlet="Ledger")})
    measured = claims[claims.metric.str.contains(measure)]
    assert set(measured.entity) == {name} and "conflict" in set(measured.status), table(claims)
