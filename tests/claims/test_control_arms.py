"""A trial's control arm is its own measure: what patients on a placebo, a dummy pill or in the control group
did never meets the drug's own result as a second reading of it, while the drug's result told twice still
conflicts. Stories of our own: three weight-loss drugs (a pill, a weekly jab, a tablet), told by two outlets."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second", [
    ("Corvane's pill helped patients lose 15.2% of their weight on the top dose, the company said.",
     "Those on the top dose lost 31 pounds on average, while those on a dummy pill lost 2.4% of their weight."),
    ("Meridol's weekly jab helped patients lose 19.5% of their body weight, Ostrander Bio said.",
     "Patients on the jab lost 41 pounds, while patients in the control group lost 3.1% of their body weight."),
    ("Sanvera's tablet helped adults lose 12.9% of their weight over a year, the drugmaker said.",
     "Adults taking the tablet lost 27 pounds, whereas those given a placebo lost 1.8% of their weight."),
])
def test_the_control_arm_is_not_the_drug(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert not set(claims.status) & {"conflict", "discrepancy"}, table(claims)
    assert any(claims.metric.str.endswith(": placebo")), table(claims)


def test_the_drug_told_twice_still_conflicts(tmp_path):
    claims = two_outlets(tmp_path, "Corvane's pill helped patients lose 15.2% of their weight, the company said.",
                         "Corvane's pill helped patients lose 11.8% of their weight, the journal paper showed.")
    assert set(claims.status) & {"conflict", "discrepancy"}, table(claims)
