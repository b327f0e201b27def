"""Sources that agree inside a conflicting claim: when three outlets report one figure and one of
them differs, the two that agree are an agreement of their own (`part_of` names the conflict, which
still lists every source), so a reader sees who agrees as well as who differs. Stories of our own."""

import pytest

from claims_fixtures import story_claims
from newsreport.claims.cells import mentions_once
from newsreport.claims.intervals import agreeing_groups


def article(title: str, published: str, body: str) -> str:
    return f"---\ntitle: {title}\nsource: Outlet (invented)\npublished: {published}\n---\n{body}\n"


STORIES = [
    # an estimator against the person's own figure, two wordings that agree
    ({"a.md": article("Rich list", "2025-04-02", "Ada Quenby has a net worth of $14 billion, the Meridian List says."),
      "b.md": article("Wealth", "2025-04-03", "Ada Quenby's fortune is $9.5 billion, according to the Corbel Index."),
      "c.md": article("Profile", "2025-04-04", "Ada Quenby, whose net worth is about $14.5 billion, owns two teams.")},
     {"a", "c"}),
    # a company's count reported by two outlets, a data firm's estimate by a third
    ({"a.md": article("Tallo grows", "2025-06-10", "Tallo has 40 million monthly active users, the company said."),
      "b.md": article("Tallo", "2025-06-11", "Tallo's monthly active users number about 41 million."),
      "c.md": article("Counting Tallo", "2025-06-12",
                      "Data firm Appsight estimates that Tallo has 22 million monthly active users.")},
     {"a", "b"}),
    # one event's day: two outlets agree, a third gives the day before
    ({"a.md": article("Blackout", "2025-03-12", "Nerva's service went dark on March 10, the company said."),
      "b.md": article("Outage", "2025-03-12", "Nerva shut down on March 10 after a fire at its data centre."),
      "c.md": article("Fire", "2025-03-13", "Nerva went offline on March 9, engineers said.")},
     {"a", "b"}),
]


@pytest.mark.parametrize("articles, agreed", STORIES)  # agreed: the documents that agree
def test_the_sources_that_agree_inside_a_conflict_are_an_agreement(tmp_path, articles, agreed):
    claims = story_claims(tmp_path, articles, partial=True)
    conflict = claims[claims.status == "conflict"]
    assert len(conflict) == 1, claims[["entity", "metric", "status", "values"]].to_string()
    partial = claims[claims.part_of == conflict.claim_id.iloc[0]]
    assert list(partial.status) == ["agreement"] and partial.n_sources.iloc[0] == 2
    assert {d.split("/")[-1][0] for d in partial.docs.iloc[0].split("; ")} == agreed, partial.to_string()
    assert conflict.n_sources.iloc[0] == 3  # the conflict keeps every source


def test_a_claim_whose_sources_all_agree_has_no_partial_rows(tmp_path):
    claims = story_claims(tmp_path, {
        "a.md": article("Tallo", "2025-06-10", "Tallo has 40 million monthly active users, the company said."),
        "b.md": article("Tallo", "2025-06-11", "Tallo's monthly active users number about 41 million.")}, partial=True)
    assert list(claims[claims.metric == "monthly_active_users"].status) == ["agreement"]
    assert set(claims.part_of) == {""}


def mention(doc, value, qualifier="exact", kind="count"):
    return {"doc": doc, "kind": kind, "value": value, "low": None, "high": None, "qualifier": qualifier,
            "unit": "", "date": "", "quote": ""}


def test_agreeing_groups_never_join_values_that_cannot_both_be_true():
    mentions = [mention("a", 100.0), mention("b", 104.0), mention("c", 80.0), mention("d", 82.0, "approx"),
                mention("e", 115.0)]
    groups = agreeing_groups(mentions, {"exact": 0.05, "approx": 0.10})
    assert [sorted(m["doc"] for m in g) for g in groups] == [["c", "d"], ["a", "b"]]
    lone = agreeing_groups([mention("a", 100.0), mention("a", 101.0), mention("b", 50.0)], {"exact": 0.05})
    assert lone == []  # two values of one document are no agreement between sources


def test_each_mention_is_counted_once_where_mentions_are_counted(tmp_path):
    from newsreport.claims.ledger import build_ledger
    from newsreport.corpus.loader import load_corpus
    from newsreport.figures.extractor import figures_table
    from claims_fixtures import write_articles

    corpus = load_corpus(write_articles(tmp_path, STORIES[0][0]))
    ledger = build_ledger(figures_table(corpus), corpus)
    once = mentions_once(ledger.sources, ledger.claims)
    assert len(once) < len(ledger.sources)
    assert not once.duplicated(["doc", "start", "end", "kind"]).any()
