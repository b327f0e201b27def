"""A physical quantity that leaked, spilled or was released is measured by what happened to it: "about 120,000 litres
had leaked", "at least 300,000 litres had escaped", "the tanker spilled 3,000 tonnes of crude", "put the amount
spilled at 500 litres" all give how much got out (`leak_volume`, `leak_mass`), whatever noun the sentence names or
leaves out. Its verb keys it apart from the quantity held ("carrying 650,000 litres of fuel oil", "the oil on board")
and from a slick's area or a coastline's length, which the sentence may name beside it."""

from __future__ import annotations

from newsreport.claims.noun_measures import DIMENSIONS

# verbs of stuff getting out, uncontrolled; one measure whatever the verb ("leaked" and "escaped" tell the same amount)
LEAK_VERBS = {"leak", "escape", "spill", "seep", "pour", "gush", "ooze", "flow"}
# verbs of stuff let out on purpose or by a plant ("released 40 tonnes of gas", "discharged 2,000 litres of sewage")
RELEASE_VERBS = {"release", "discharge", "emit", "vent", "dump"}
DIMENSIONS_OUT = ("volume", "mass")  # stuff that gets out is counted by its volume or its mass


def released_measure(kind: str, unit: str, verb: str) -> tuple[str, tuple[int, int] | None, list[str]] | None:
    """(metric, no span, no doubt) of a physical quantity (`kind` "other") of volume or mass whose governing `verb`
    (a lemma, as `structure.read_figure` reads it) says it leaked or was released; None otherwise."""
    dimension = DIMENSIONS.get(unit.strip().lower(), "") if kind == "other" else ""
    if dimension not in DIMENSIONS_OUT:
        return None
    what = "leak" if verb in LEAK_VERBS else "release" if verb in RELEASE_VERBS else ""
    return (f"{what}_{dimension}", None, []) if what else None
