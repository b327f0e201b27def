"""Two estimators on one total: an unscoped count set beside another source's worldwide count may be one
country's (a US count written without "in the US"), so it is only a possible discrepancy, unless it is
larger than anything the worldwide count allows: no country counts more people than the world, so the two
disagree whatever the first one's scope. Stories of our own (an app's daily users by two data firms, a
game's downloads)."""

from claims_fixtures import own_outlet_article as article, story_claims


WORLDWIDE = article("Sensorly on Plinth", "2026-03-02",
                    "Data firm Sensorly estimates Plinth had 21 million daily users worldwide in February.")


def test_an_unscoped_count_above_the_worldwide_one_conflicts(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": WORLDWIDE,
        "b.md": article("Appmetric on Plinth", "2026-03-03", "Plinth's daily active users averaged 32 million in "
                        "February, Appmetric data showed."),
    })
    assert list(claims[claims.metric == "daily_active_users"].status) == ["conflict"]


def test_an_unscoped_count_below_the_worldwide_one_is_only_a_possible_discrepancy(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": WORLDWIDE,
        "b.md": article("Appmetric on Plinth", "2026-03-03", "Plinth's daily active users averaged 12 million in "
                        "February, Appmetric data showed."),
    })
    assert list(claims[claims.metric == "daily_active_users"].status) == ["discrepancy"]


def test_a_game_installed_more_times_than_its_worldwide_total_conflicts(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Brambleway count", "2026-05-02", "Brambleway has been downloaded 8 million times worldwide, "
                        "its studio said."),
        "b.md": article("Brambleway estimate", "2026-05-04", "Sensorly estimates Brambleway's downloads at more than "
                        "11 million."),
    })
    assert list(claims[claims.metric == "downloads"].status) == ["conflict"]


def test_a_rich_list_and_a_magazine_on_one_fortune_conflict(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Rich list", "2026-04-01", "The Harwell Rich List puts Ines Marrow's fortune at $8.1 billion."),
        "b.md": article("Marrow profile", "2026-04-03", "Ines Marrow, whose net worth Tallis Magazine estimates at $5.2 "
                        "billion, founded the shoe brand Strode."),
    })
    worth = claims[claims.metric == "net_worth"]
    assert list(worth.entity) == ["Ines Marrow"] and list(worth.status) == ["conflict"]
