"""Places named in a locative phrase: where something happened, never whose figure it is. "Most arrests were
made near the station", "protesters gathered outside the ministry": the station and the ministry own no
count, as "18 million users are on the platform" or "sent by Brisko" name an owner. A place a count spreads
through ("marched through Ostrava", "cases across Rajmer") is where it applies: its scope, or the owner of a
measure config says a place owns (`place_owned`: "deaths across Rajmer")."""

from __future__ import annotations

# prepositions of nearness: the object is a landmark beside the thing counted, neither its owner nor its extent
# ("on", "at", "by", "from", "with" may name an owner: "users on Vexa", "jobs at Vexa", "sent by Vexa")
NEARNESS_PREPS = {"near", "outside", "around", "beside", "behind", "opposite", "along", "past", "beyond", "off",
                  "amid", "toward", "towards"}
# prepositions of extent: a place is where the count applies; a facility ("passed through Kessel Airport",
# "shipped across the Vexa network") may still own what passes through it
EXTENT_PREPS = {"through", "across", "throughout", "within", "inside", "among"}


def locative_owner(reading, sentence: str) -> tuple[str, str] | None:
    """(entity, basis) for a figure whose owner was read as the object of a locative preposition of its verb:
    ('', '') for a landmark near it ("nineteen arrests were made near Harrow Road"), ('', 'place') for a place
    it spreads through ("40,000 marched through Ostrava"); None when the owner is read otherwise."""
    from newsreport.claims.places import is_place

    if reading.entity_basis != "object":
        return None
    if reading.owner_prep in NEARNESS_PREPS:
        return "", ""
    if reading.owner_prep in EXTENT_PREPS and is_place(reading.entity_text, sentence):
        return "", "place"
    return None
