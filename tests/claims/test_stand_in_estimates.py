"""An estimator that puts a stand-in at a figure carrying its own noun ("put the figure at about 2 million
subscribers in France") measures that noun, where it says (the stand-in only names the estimator's figure); and
the subject of a verb of saying before a bare number ("The union says 4,000.") is who says it, never what is
counted. Stories of our own: a streaming service, a bank, a game studio; a strike, a census, a protest."""

import pytest

from claims_fixtures import article, story_claims


@pytest.mark.parametrize("name, stated, estimate", [
    ("Flixa", "Flixa has 3 million subscribers in France, the regulator said.",
     "Flixa, in its appeal, put the figure at about 2 million subscribers in France."),
    ("Kordbank", "Kordbank has 650,000 customers in Spain, the central bank said.",
     "Kordbank, in a filing, put the total at roughly 400,000 customers in Spain."),
    ("Runequest", "Runequest has 8 million players in Japan, according to Gamestat.",
     "Runequest's studio, in a statement, put the number at about 5 million players in Japan."),
])
def test_a_stand_in_put_at_a_figure_with_its_own_noun(tmp_path, name, stated, estimate):
    claims = story_claims(tmp_path, {"a.md": article(f"{name} under scrutiny", "2026-04-10", stated),
                                     "b.md": article(f"{name} disputes the count", "2026-04-11", estimate)})
    shown = claims[["entity", "metric", "scope", "period", "status", "values"]].to_string()
    assert list(claims[claims.entity == name].status) == ["conflict"], shown


@pytest.mark.parametrize("before, said, speaker", [
    ("Dockworkers at Brisholm walked out on Monday over pay.", "The union says 4,000.", "union"),
    ("Officials disagree on how many people live in the valley.", "The ministry says 2.3 million.", "ministry"),
    ("Crowds filled the square on Saturday.", "Police say 12,000.", "police"),
])
def test_who_says_a_bare_number_is_not_what_it_counts(tmp_path, before, said, speaker):
    claims = story_claims(tmp_path, {"a.md": article("The count", "2026-04-10", f"{before} {said}")})
    assert not claims.metric.str.startswith(speaker).any(), claims[["entity", "metric", "values"]].to_string()
