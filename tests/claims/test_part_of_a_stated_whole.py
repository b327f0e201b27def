""""N of its M things": N counts the things the verb acted on (a part), M is the whole and no claim of its own.
The parser sometimes hangs the "of" on the verb rather than on N ("leaving 600 staff unpaid and closing 45 of its
130 stores"); the part is still read as the things closed, so a second outlet's "closed 45 stores" agrees with it
and the whole is never compared with it. A sale that saves jobs is not the employer's staff count either. Stories
of our own: a pub chain, a discount retailer, a bank, a carmaker."""

import pytest

from claims_fixtures import rows_of, table, two_outlets


@pytest.mark.parametrize("first, second, part, whole", [
    ("Wickham Inns, the pub group, collapsed into administration on Wednesday, putting 1,240 jobs at risk and "
     "closing 86 of its 212 pubs with immediate effect.", "Wickham Inns closed 86 pubs on Wednesday.", "86", "212"),
    ("Marlow Stores, the discount chain, went bust on Wednesday, leaving 600 staff unpaid and closing 45 of its 130 "
     "stores.", "Marlow Stores closed 45 stores on Wednesday.", "45", "130"),
    ("Harlow Bank announced the cuts on Wednesday, putting 900 jobs at risk and shutting 38 of its 420 branches.",
     "Harlow Bank shut 38 branches on Wednesday.", "38", "420"),
])
def test_a_part_agrees_with_the_same_count_told_alone(tmp_path, first, second, part, whole):
    claims = two_outlets(tmp_path, first, second)
    agreed = rows_of(claims, part)
    assert list(agreed.status) == ["agreement"] and agreed.metric.iloc[0].endswith(": closed"), table(claims)
    assert rows_of(claims, whole).empty, table(claims)  # the whole the part is of is nobody's count


@pytest.mark.parametrize("first, second", [
    ("Wickham Inns was sold to Lantern Taverns for £38m, saving roughly 3,000 of the group's 4,300 staff, the "
     "administrators said.", "Wickham Inns employs 4,300 staff across the Midlands."),
    ("The rescue deal secures 2,100 jobs at Corvel Motors, the administrators said.",
     "Corvel Motors employs 5,400 people at its two plants."),
])
def test_jobs_a_sale_saves_are_not_the_staff(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" not in set(claims.status) and "discrepancy" not in set(claims.status), table(claims)
    assert any(m.endswith(": saved") for m in claims.metric), table(claims)
