"""Entity mentions with aliases merged, counts per document and co-occurrence, on real seed text."""

import pytest

from newsreport.narratives.entities import entity_cooccurrence, entity_counts, entity_mentions, load_entities
from newsreport.errors import ParameterError

from narratives_fixtures import sentence_containing


@pytest.fixture(scope="module")
def seed_mentions(seed_corpus):
    return entity_mentions(seed_corpus)


def mentions_in(mentions, sentence):
    return mentions[mentions["sentence_id"] == sentence.sentence_id]


def test_little_red_book_and_red_merge_into_xiaohongshu(seed_corpus, seed_mentions):
    # "Xiaohongshu (also known as Little Red Book or RED), a popular Chinese social media platform"
    sentence = sentence_containing(seed_corpus, "also known as Little Red Book or RED")
    found = mentions_in(seed_mentions, sentence)
    xhs = found[found["entity"] == "Xiaohongshu"]
    assert list(xhs["alias"]) == ["Xiaohongshu", "Little Red Book", "RED"]


def test_rednote_on_google_play_is_xiaohongshu(seed_corpus, seed_mentions):
    sentence = sentence_containing(seed_corpus, "its international version, Rednote")
    found = mentions_in(seed_mentions, sentence)
    assert "Rednote" in set(found.loc[found["entity"] == "Xiaohongshu", "alias"])
    assert "Google Play" in set(found["entity"]) and "Apple App Store" in set(found["entity"])


def test_mention_offsets_quote_the_document_text(seed_corpus, seed_mentions):
    texts = {d.doc: d.text for d in seed_corpus.documents}
    for mention in seed_mentions.itertuples():
        assert texts[mention.doc][mention.start:mention.end] == mention.alias


def test_us_supreme_court_is_the_court_not_also_the_country(seed_corpus, seed_mentions):
    sentence = sentence_containing(seed_corpus, "the US Supreme Court held oral arguments")
    found = mentions_in(seed_mentions, sentence)
    assert list(found["entity"]) == ["US Supreme Court", "TikTok"]


def test_red_in_lower_case_is_not_xiaohongshu(seed_corpus):
    # "Little Red Book" holds "Red": only the whole name, and the upper-case acronym, count
    mentions = entity_mentions(seed_corpus)
    assert not ((mentions["entity"] == "Xiaohongshu") & (mentions["alias"] == "Red")).any()


def test_instagram_and_facebook_count_as_meta(seed_corpus, seed_mentions):
    sentence = sentence_containing(seed_corpus, "global social platforms like Instagram, Facebook, and YouTube")
    found = mentions_in(seed_mentions, sentence)
    assert list(found.loc[found["entity"] == "Meta", "alias"]) == ["Instagram", "Facebook"]


def test_counts_per_document_follow_the_mentions(seed_mentions):
    counts = entity_counts(seed_mentions)
    caixin = counts[counts["doc"].str.startswith("003")].set_index("entity")
    # the Caixin piece has a "Taobao" entry: a heading and three sentences, two naming Taobao
    assert caixin.at["Taobao", "mentions"] == 3
    assert counts["mentions"].sum() == len(seed_mentions)


def test_tiktok_and_xiaohongshu_co_occur_in_every_seed(seed_mentions):
    pairs = entity_cooccurrence(seed_mentions)
    pair = pairs[(pairs["entity_a"] == "TikTok") & (pairs["entity_b"] == "Xiaohongshu")].iloc[0]
    assert pair["docs"] == 4


def test_other_corpus_needs_no_code_change(other_corpus):
    # no config file names iFood, Rappi, CADE, Brazil or Latin America: the recognizer finds them
    configured = {alias.entity for alias in load_entities()}
    mentions = entity_mentions(other_corpus)
    found = set(mentions["entity"])
    assert {"iFood", "Rappi", "CADE", "Brazil", "Latin America"} <= found
    assert not {"iFood", "Rappi", "CADE", "Brazil", "Latin America"} & configured
    assert "Xiaohongshu" not in found
    texts = {d.doc: d.text for d in other_corpus.documents}
    for mention in mentions.itertuples():
        assert texts[mention.doc][mention.start:mention.end] == mention.alias


def test_discovered_names_count_and_co_occur_like_configured_ones(other_corpus):
    mentions = entity_mentions(other_corpus)
    counts = entity_counts(mentions)
    assert counts.loc[counts["entity"] == "Rappi", "mentions"].sum() >= 3  # in all three articles
    pairs = entity_cooccurrence(mentions)
    assert ((pairs["entity_a"] == "Brazil") & (pairs["entity_b"] == "iFood")).any()


def test_configured_entities_are_unchanged_by_discovery(seed_corpus, seed_mentions):
    configured = entity_mentions(seed_corpus, discover=False)
    kept = seed_mentions.merge(configured, on=list(configured.columns))
    assert len(kept) == len(configured)  # discovery only adds names no alias covers


def test_bad_entities_config_names_file_and_key(tmp_path):
    path = tmp_path / "entities.yaml"
    path.write_text("version: 1\nentities:\n  - name: X\n    aliases: [{case_sensitive: true}]\n", encoding="utf-8")
    with pytest.raises(ParameterError, match=r"entities\[0\]\.aliases\[0\]"):
        load_entities(path)
