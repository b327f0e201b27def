"""Two common figures of news that made no claim or were keyed apart: a thing's own size, told with an adjective or a
verb of extent ("the tunnel is 9.5 kilometres long", "the bridge stretches 1.6 kilometres", noun_measures.SIZE_*), and
the people a disease reached, however told ("has infected 320 children", "caught measles", "sickened 95 people": config
`cases`). A police catch is no infection, and a length "within 5 km of" something is no size. Stories of our own: a
tunnel, a bridge, a pipeline, an outbreak, a food scare, a border."""

import pytest

from claims_fixtures import table, two_outlets


@pytest.mark.parametrize("first, second, metric", [
    ("The Marlow Tunnel is 9.5 kilometres long, the transport ministry said.",
     "The Marlow Tunnel is 12 kilometres long, according to the builder.", "tunnel_length"),
    ("The new Sarn bridge is 1.2 kilometres long.", "The Sarn bridge, which opened on Monday, stretches 1.6 kilometres.",
     "bridge_length"),
    ("The Orla pipeline runs 340 kilometres from the coast to the capital.",
     "The 410-kilometre Orla pipeline carries gas from the coast to the capital.", "pipeline_length"),
])
def test_a_things_own_size_is_its_measure(tmp_path, first, second, metric):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric == metric].status), table(claims)


@pytest.mark.parametrize("first, second", [
    ("The measles outbreak in Verrin has infected 320 children, health officials said.",
     "At least 410 children in Verrin have caught measles in the outbreak, a hospital group said."),
    ("The cholera outbreak in Dasso has sickened 1,200 people, the health ministry said.",
     "In Dasso, 2,100 people have tested positive for cholera, aid groups said."),
])
def test_people_a_disease_reached_are_its_cases(tmp_path, first, second):
    claims = two_outlets(tmp_path, first, second)
    assert "conflict" in set(claims[claims.metric == "cases"].status), table(claims)


def test_people_the_police_caught_are_no_cases(tmp_path):
    claims = two_outlets(tmp_path, "Police caught 40 people smuggling goods at the border.",
                         "Officers caught 55 smugglers at the border.")
    assert "cases" not in set(claims.metric), table(claims)
