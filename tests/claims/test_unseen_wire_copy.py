"""Wire copy: outlets that republish one agency sentence repeat every figure in it. When that sentence
states two values side by side that the claim's key does not tell apart ("in the top 10 in 40
countries on the App Store and in 12 on Google Play"), the outlets do not disagree with one another:
at most a possible discrepancy, never a conflict. Two outlets that each state one value still conflict."""

from claims_fixtures import story_claims

WIRE = "Pictor is in the top 10 free apps in 40 countries on the App Store and in 12 countries on Google Play.\n"
STORIES = {
    "wire": {
        f"{outlet}.md": f"---\ntitle: Pictor climbs the charts\npublished: 2025-03-0{day}\n---\nPictor climbs the charts\n\n"
                        f"{WIRE}The photo app was released in February.\n"
        for day, outlet in enumerate(("herald", "courier", "tribune"), 1)},
    "two outlets": {
        "herald.md": "---\ntitle: Pictor climbs the charts\npublished: 2025-03-01\n---\nPictor climbs the charts\n\n"
                     "Pictor is in the top 10 free apps in 40 countries.\n",
        "courier.md": "---\ntitle: Pictor climbs the charts\npublished: 2025-03-01\n---\nPictor climbs the charts\n\n"
                      "Pictor is in the top 10 free apps in 12 countries.\n",
    },
}


def countries(tmp_path, story):
    claims = story_claims(tmp_path, STORIES[story])
    rows = claims[(claims.entity == "Pictor") & claims["values"].str.contains("40")]
    assert len(rows) == 1, claims[["entity", "metric", "status", "values"]]
    return rows.iloc[0]


def test_values_one_sentence_states_side_by_side_are_no_conflict_between_outlets_repeating_it(tmp_path):
    row = countries(tmp_path, "wire")
    assert row.status == "discrepancy" and "side by side" in row.explanation + row.reason


def test_two_outlets_stating_one_value_each_still_conflict(tmp_path):
    assert countries(tmp_path, "two outlets").status == "conflict"
