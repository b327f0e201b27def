"""A measure whose words run through the figure ("will pay $640 million for Brevik Dairy", "took in $31 million in
its first three days") is the figure's own, even where the parse ends the figure's phrase early: no "named near the
figure" doubt, so two articles that give it different values conflict. Sentences of our own: acquisitions and
films' takings."""

import pytest

from claims_fixtures import article, story_claims, story_mentions


@pytest.mark.parametrize("sentence, metric", [
    ("Harlow will pay about $2.3 billion for Fenwick, which has 1,800 employees.", "deal_value"),
    ("Ostra Foods will pay $640 million for Brevik Dairy, which runs 14 plants.", "deal_value"),
    ("Tallow took in $31 million in its first three days in cinemas.", "box_office"),
])
def test_a_measure_whose_words_surround_the_figure_is_its_own(tmp_path, sentence, metric):
    mentions = story_mentions(tmp_path, {"a.md": article("Story", "2026-07-20", sentence)})
    rows = mentions[mentions.metric == metric]
    assert len(rows) == 1 and rows.iloc[0].confidence == "high", rows[["quote", "confidence", "reason"]].to_string()


def test_two_articles_giving_such_a_measure_two_values_conflict(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Takings", "2026-07-20", "Copper Sky took in $92 million in North America in its first "
                        "three days, according to Comscore.", outlet="Wire"),
        "b.md": article("Takings", "2026-07-20", "Copper Sky earned $85 million in North America over its opening "
                        "weekend, the studio said.", outlet="Trade")})
    rows = claims[claims.metric == "box_office"]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "status", "values", "reason"]].to_string()
