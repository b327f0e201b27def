"""One institution under the names articles give it (claims/institution_names.py): an acronym an article defines
("the Rajmer Board of Secondary Education (RBSE)") is that name in every article; a central bank named in full
("the Reserve Bank of Kestoria", "the Central Bank of Ostra") is its country, as "Kestoria's central bank" is.
Stories of our own: an exam board, a water authority, two central banks."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("first, second, status", [
    ("The Rajmer Board of Secondary Education (RBSE) employs 4,200 staff.",
     "The RBSE employs 5,100 staff, a spokesperson said.", "conflict"),
    ("The Kerran Water Authority (KWA) has 2,100 employees.", "The KWA has 2,600 employees, a spokesperson said.",
     "conflict"),
    ("The Reserve Bank of Kestoria cut the repo rate to 6.25 per cent on Wednesday.",
     "Kestoria's central bank cut its benchmark rate to 5.5% on Wednesday, Oct. 7.", "conflict"),
    ("The Central Bank of Ostra held its policy rate at 4.5% on Thursday, Oct. 8.",
     "Ostra's central bank kept its main interest rate at 4.5% on Thursday.", "agreement"),
])
def test_one_institution_under_its_names(tmp_path, first, second, status):
    claims = story_claims(tmp_path, {"a.md": article("Names", "2026-10-09", first, outlet="Wire"),
                                     "b.md": article("Names", "2026-10-09", second, outlet="Paper")})
    assert status in set(claims.status), claims[["entity", "metric", "period", "status", "values"]].to_string()


def test_a_commercial_bank_keeps_its_name(tmp_path):
    claims = story_claims(tmp_path, {"a.md": article("Bank", "2026-10-09", "Hollin Bank of Arden reported 3 million customers.")})
    assert "Arden" not in set(claims.entity), claims[["entity", "metric", "values"]].to_string()
