"""A quake's magnitude and the depth of a quake's focus or a mine's collapse are claims (config `quake_magnitude`,
`aftershock_magnitude`, `depth`; kind "other"): two agencies' readings of one event conflict. The agency that
"measured the shock at magnitude 6.9" is the source, not the owner (estimators.measured_at); an aftershock is another
event; a distance named beside a depth is no depth. Stories of our own: a quake at sea, an inland quake, a volcano's
tremor, a mine."""

from claims_fixtures import article, story_claims, table


def two_outlets(tmp_path, first: str, second: str, published: str = "2026-03-10"):
    return story_claims(tmp_path, {"a.md": article("Story", published, first, outlet="Wire"),
                                   "b.md": article("Story", published, second, outlet="Paper")})


def test_two_agencies_magnitudes_conflict_and_the_measurer_owns_nothing(tmp_path):
    claims = two_outlets(
        tmp_path,
        "An earthquake struck Velmora on Sunday. The quake had a magnitude of 5.9, the national survey said.",
        "A strong earthquake hit Velmora on Sunday. The Orrin Seismic Network measured the tremor at magnitude 6.4.")
    rows = claims[claims.metric == "quake_magnitude"]
    assert list(rows.entity) == ["Velmora"] and list(rows.status) == ["conflict"], table(claims)


def test_a_magnitude_glued_to_its_number_and_one_before_it_agree(tmp_path):
    claims = two_outlets(
        tmp_path,
        "A magnitude 7.3 quake shook the Tessaly coast on Friday, March 6, officials said.",
        "The 7.3-magnitude earthquake that hit Tessaly on March 6 damaged the harbour.")
    rows = claims[claims.metric == "quake_magnitude"]
    assert list(rows.status) == ["agreement"], table(claims)


def test_an_aftershock_is_another_event(tmp_path):
    claims = two_outlets(
        tmp_path,
        "An earthquake struck Velmora on Sunday. The quake had a magnitude of 6.2, the survey said.",
        "An earthquake hit Velmora on Sunday. An aftershock of magnitude 4.8 rattled the valley an hour later.")
    assert not set(claims[claims.metric.str.contains("magnitude")].status) & {"conflict", "discrepancy"}, table(claims)


def test_depths_of_one_event_conflict_and_a_distance_is_no_depth(tmp_path):
    claims = two_outlets(
        tmp_path,
        "An earthquake struck Velmora on Sunday. It was centred at a depth of 12 kilometers, 70 kilometers north of the port.",
        "An earthquake hit Velmora on Sunday. The Orrin Seismic Network puts its focus at 30km deep.")
    rows = claims[claims.metric == "depth"]
    assert list(rows.status) == ["conflict"] and list(rows["values"]) == ["12 kilometres; 30 kilometres"], table(claims)


def test_two_aftershocks_never_conflict_and_aftershocks_after_a_quake_are_not_its_magnitude(tmp_path):
    claims = two_outlets(
        tmp_path,
        "An earthquake struck Velmora on Sunday. The magnitude 6.2 quake was followed by dozens of aftershocks.",
        "A quake hit Velmora on Sunday. A magnitude-4.9 aftershock struck an hour later. An aftershock of magnitude "
        "5.1 followed.")
    assert list(claims[claims.metric == "quake_magnitude"]["values"]) == ["magnitude 6.2"], table(claims)
    assert "conflict" not in set(claims.status), table(claims)
