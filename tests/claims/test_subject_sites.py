"""What "it" stands for after a sentence whose subject is a happening at a named place of work ("The strike at Halden
Rail entered its third day. It began on Monday"): that name, the happening's owner. A happening at an unnamed place
("the strike at the plant") names none. Stories of our own: a rail strike, a bank outage, a port stoppage."""

import pytest

from claims_fixtures import table, two_outlets
from newsreport.claims.keys import sentence_subject
from newsreport.claims.names import document_names


@pytest.mark.parametrize("sentence, subject", [
    ("The strike at Halden Rail entered its third day on Thursday.", "Halden Rail"),
    ("The outage at Marsh Bank lasted most of Saturday.", "Marsh Bank"),
    ("The stoppage at the port cost traders dearly.", ""),
])
def test_a_happening_at_a_named_workplace_is_its(sentence, subject):
    assert sentence_subject(sentence, document_names(sentence), skip_people=True) == subject


def test_it_after_a_strike_at_a_firm_is_the_firms_strike(tmp_path):
    claims = two_outlets(tmp_path, "Drivers at Halden Rail walked out on Tuesday, Oct. 13, the union said.",
                         "The strike at Halden Rail entered its third day on Thursday. It began on Monday night, "
                         "when the night shift walked out.", published="2026-10-16")
    rows = claims[claims.metric == "strike_start"]
    assert list(rows.status) == ["conflict"], table(claims)
