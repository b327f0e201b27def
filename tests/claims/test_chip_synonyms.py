"""The processors, GPUs or accelerators a model was trained on or a maker shipped are its chips: one count however an
article names them. Servers holding the chips are another count. Stories of our own."""

import pytest

from claims_fixtures import own_outlet_article as article, story_claims


@pytest.mark.parametrize("first, second", [
    ("Lantern AI said its new model was trained on about 2,000 chips.",
     "The model was trained on some 2,000 processors, Lantern AI says."),
    ("Orrin Labs trained its translation model on 16,000 GPUs, the company said.",
     "Orrin Labs trained the model on roughly 16,000 chips, a person familiar with it said."),
    ("Taliq Semiconductor shipped 1.2 million accelerators in the quarter, it said on Tuesday.",
     "Taliq Semiconductor shipped about 1.2 million chips in the quarter, analysts estimated."),
])
def test_processors_gpus_and_accelerators_are_chips(tmp_path, first, second):
    claims = story_claims(tmp_path, {
        "a.md": article("Compute", "2026-03-10", first),
        "b.md": article("Hardware", "2026-03-11", second),
    })
    assert list(claims[claims.metric.str.startswith("chips")]["status"]) == ["agreement"]


def test_servers_are_not_chips(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Compute", "2026-03-10", "Lantern AI said its new model was trained on about 2,000 chips."),
        "b.md": article("Racks", "2026-03-11", "Lantern AI runs the model on some 2,000 servers."),
    })
    assert not any(claims.status.isin(["conflict", "discrepancy", "agreement"]))
