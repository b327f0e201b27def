"""A dated event whose clause names nobody ("The judge ruled on Thursday", "Engineers walked out on
Monday") is the article's: it is compared with full confidence when the article's main actor (named
in its title) and the name the text last gave agree; when they do not, the other article's day of the
same event settles the doubt (reconcile.settled), unless that article's own owner is taken from other
accounts. Also: "Millions of Brisk fans" names nobody; a date holding a comma ("Monday, April 6") stays
in its clause after an appositive ("Tollan, a word game, reached No. 1 ... on Monday, April 6").
Stories of our own, from several kinds of story."""

import pytest

from claims_fixtures import story_claims


def article(title: str, body: str, published: str = "2026-06-05") -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


@pytest.mark.parametrize("first, second, metric", [
    (("Calder Pay loses fee-cap challenge", "Calder Pay had asked the court to block the new cap on card fees. "
      "The judge ruled on Thursday, June 4, that the cap could stand."),
     ("Calder Pay shares slip after court defeat", "Calder Pay lost its fight against the fee cap. "
      "The court ruled on Wednesday, June 3."), "ruling"),
    (("Halo Grid workers walk out", "Halo Grid is the country's largest power network. Engineers walked out on "
      "Monday, June 1, demanding higher pay."),
     ("Power strike enters second day", "Halo Grid faces its biggest strike in years. The strike began on Tuesday, "
      "June 2, the union said."), "strike_start"),
    (("Zembra blocked nationwide", "Zembra, the messaging app, has 20 million users. The ban took effect on Sunday, May 31."),
     ("Zembra users look elsewhere", "Zembra stopped working for its users this week. The ban came into force on "
      "Saturday, May 30, officials said."), "ban_takes_effect"),
])
def test_an_unnamed_event_of_a_one_actor_article_conflicts(tmp_path, first, second, metric):
    claims = story_claims(tmp_path, {"01_a.md": article(*first), "02_b.md": article(*second)})
    rows = claims[claims.metric == metric]
    assert list(rows.status) == ["conflict"], claims[["entity", "metric", "values", "status", "reason"]].to_string()


def test_an_unnamed_event_after_another_actor_is_named_is_the_article_s_and_conflicts(tmp_path):
    # the doubt it carries (another actor named just before) is settled by the other article's day of the same event:
    # in the readable sets such pairs were gold conflicts, and such readings never paired a look-alike (claims_doubts.py)
    claims = story_claims(tmp_path, {
        "01_a.md": article("Calder Pay loses challenge", "Calder Pay had asked the court to block the cap. Its rival Vinto "
                           "backed the cap in court. The judge ruled on Thursday, June 4."),
        "02_b.md": article("Calder Pay shares slip", "Calder Pay lost its fight against the fee cap. The court ruled on "
                           "Wednesday, June 3.")})
    ruling = claims[claims.metric == "ruling"]
    assert list(ruling.status) == ["conflict"] and list(ruling.entity) == ["Calder Pay"], \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()


@pytest.mark.parametrize("body", [
    "Millions of Brisk fans woke up to a blank screen. The ban came into force on Monday, June 1.",
    "Thousands of Halo Grid engineers joined the walkout. The strike began on Tuesday, June 2.",
])
def test_a_vague_amount_opening_a_sentence_is_nobody_s_name(tmp_path, body):
    claims = story_claims(tmp_path, {"01_a.md": article("News", body)})
    assert not claims.entity.isin(["Millions", "Thousands"]).any(), claims[["entity", "metric", "values"]].to_string()


@pytest.mark.parametrize("title, body, metric", [
    ("Tollan tops the chart", "Tollan, a word game, reached No. 1 on the US App Store on Monday, June 1, its maker said.",
     "app_ranking"),
    ("Sorrento in Spain", "Sorrento, the fashion app, launched in Spain on Monday, June 1, and in Portugal a week later.",
     "launch"),
    ("Halo Grid strike", "Halo Grid, the power network, said engineers walked out on Monday, June 1, over pay.",
     "strike_start"),
])
def test_a_date_holding_a_comma_stays_in_its_clause_after_an_appositive(tmp_path, title, body, metric):
    claims = story_claims(tmp_path, {"01_a.md": article(title, body)}, partial=True)
    assert claims.metric.str.startswith(metric).any(), claims[["entity", "metric", "values"]].to_string()


def test_an_unnamed_event_in_an_article_whose_title_names_nobody_stays_doubtful(tmp_path):
    claims = story_claims(tmp_path, {
        "01_a.md": article("Calder Pay loses challenge", "Calder Pay had asked the court to block the cap. "
                           "The judge ruled on Thursday, June 4."),
        "02_b.md": article("Morning briefing", "The court ruled on Wednesday, June 3. Calder Pay said it would appeal. "
                           "Calder Pay shares fell 4%.")})
    assert "conflict" not in set(claims[claims.metric == "ruling"].status), \
        claims[["entity", "metric", "values", "status", "reason"]].to_string()
