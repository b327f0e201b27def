"""Frames per sentence and per document by the dictionary method, on the seeds and another corpus."""

import re

import pytest
import yaml

from newsreport.errors import ParameterError
from newsreport.narratives.methods import (cue_hits, doc_frames, frames_table, load_frames, sentence_frames)

from narratives_fixtures import (frames, row_for, seed_dictionary_frames, sentence_containing,  # noqa: F401
                                 write_config_with_extra_frame)


def test_national_security_over_free_speech_sentence_is_regulatory(seed_corpus, seed_dictionary_frames):
    sentence = sentence_containing(seed_corpus, "national security takes precedence over free speech")
    row = row_for(seed_dictionary_frames, sentence, "regulatory")
    assert row["dict_present"] == 1
    assert "national security" in row["cues"] and "Supreme Court" in row["cues"]


def test_tmall_global_sentence_is_ecommerce(seed_corpus, seed_dictionary_frames):
    sentence = sentence_containing(seed_corpus, "Tmall Global is a platform")
    row = row_for(seed_dictionary_frames, sentence, "ecommerce")
    assert row["dict_present"] == 1
    assert "Tmall" in row["cues"]


def test_cat_tax_sentence_is_refugee(seed_corpus, seed_dictionary_frames):
    sentence = sentence_containing(seed_corpus, "humorously termed “cat tax,”")
    row = row_for(seed_dictionary_frames, sentence, "refugee")
    assert row["dict_present"] == 1
    assert "cat tax" in row["cues"]


def test_welcomed_a_good_opportunity_is_not_the_refugee_welcome(seed_corpus, seed_dictionary_frames):
    # "welcome" alone is a weak cue: here the company, not the users, is welcoming an opportunity
    sentence = sentence_containing(seed_corpus, "Xiaohongshu has finally welcomed a good opportunity")
    row = row_for(seed_dictionary_frames, sentence, "refugee")
    assert "welcomed" in row["cues"] and row["dict_score"] < 1 and row["dict_present"] == 0


def test_selling_tiktok_under_the_law_is_not_ecommerce(seed_corpus, seed_dictionary_frames):
    sentence = sentence_containing(seed_corpus, "if ByteDance does not sell TikTok")
    assert row_for(seed_dictionary_frames, sentence, "regulatory")["dict_present"] == 1
    assert row_for(seed_dictionary_frames, sentence, "ecommerce")["dict_present"] == 0


def test_cue_offsets_quote_the_document_text(seed_corpus, frames):
    hits = cue_hits(seed_corpus, frames)
    texts = {d.doc: d.text for d in seed_corpus.documents}
    assert len(hits) > 50
    for hit in hits.itertuples():
        assert texts[hit.doc][hit.start:hit.end] == hit.quote
    assert "Tmall" in set(hits.loc[hits["frame"] == "ecommerce", "quote"])


def test_supreme_court_is_one_cue_not_two(seed_corpus, frames):
    sentence = sentence_containing(seed_corpus, "the US Supreme Court held oral arguments")
    hits = cue_hits(seed_corpus, frames)
    quotes = list(hits.loc[(hits["sentence_id"] == sentence.sentence_id) & (hits["frame"] == "regulatory"),
                           "quote"])
    assert quotes.count("Supreme Court") == 1 and "Court" not in quotes


def test_doc_share_is_sentences_carrying_the_frame_over_kept_sentences(seed_corpus, frames,
                                                                       seed_dictionary_frames):
    docs = doc_frames(seed_corpus, frames, sentences=seed_dictionary_frames)
    assert len(docs) == len(seed_corpus.documents) * 3
    caixin = seed_corpus.documents[3]
    row = docs[(docs["doc"] == caixin.doc) & (docs["frame"] == "ecommerce")].iloc[0]
    assert row["present"] == 1
    assert row["share"] == pytest.approx(row["n_sentences"] / len(caixin.sentences))
    assert row["per_1000_words"] > 0


def test_sentence_table_columns(seed_dictionary_frames):
    assert list(seed_dictionary_frames.columns) == ["doc", "sentence_id", "start", "end", "frame", "dict_score",
                                                    "cues", "clf_score", "dict_present", "clf_present", "present",
                                                    "decided_by"]
    assert set(seed_dictionary_frames["decided_by"]) == {"dictionary"}


def test_frame_added_in_config_shows_up_for_another_corpus(tmp_path, other_corpus_dir):
    config = write_config_with_extra_frame(tmp_path)
    docs = frames_table(other_corpus_dir, level="doc", frames_config=config)
    assert set(docs["frame"]) == {"refugee", "regulatory", "ecommerce", "consumer_protection"}
    temu = docs[(docs["doc"] == "eu_temu_front") & (docs["frame"] == "consumer_protection")].iloc[0]
    assert temu["present"] == 1  # "under the Digital Services Act", "the sale of illegal products"
    refugee = docs[docs["frame"] == "refugee"]
    assert refugee["present"].sum() == 0  # no one migrates anywhere in the EU shopping story
    decided = frames_table(other_corpus_dir, level="sentence", frames_config=config).groupby("frame")["decided_by"]
    assert set(decided.get_group("consumer_protection")) == {"dictionary (no training data for this frame)"}
    assert set(decided.get_group("refugee")) == {"classifier"}


def test_other_corpus_regulators_and_shoppers(other_corpus, frames):
    table = sentence_frames(other_corpus, frames, classifier=False)
    regulators = sentence_containing(other_corpus, "Regulators want to know")
    shoppers = sentence_containing(other_corpus, "Shoppers were drawn by discounts")
    assert row_for(table, regulators, "regulatory")["dict_present"] == 1
    assert row_for(table, shoppers, "ecommerce")["dict_present"] == 1


def test_bad_cue_weight_names_file_and_key(tmp_path):
    config = yaml.safe_load(load_frames().path.read_text(encoding="utf-8"))
    config["frames"]["refugee"]["cues"][0]["weight"] = "heavy"
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    with pytest.raises(ParameterError, match=re.escape(f"{path}: frames.refugee.cues[0].weight")):
        load_frames(path)


def test_missing_version_is_named(tmp_path):
    path = tmp_path / "noversion.yaml"
    path.write_text("frames: {}\n", encoding="utf-8")
    with pytest.raises(ParameterError, match="version"):
        load_frames(path)


def test_unknown_level_is_refused(other_corpus):
    with pytest.raises(ParameterError, match="--level"):
        frames_table(other_corpus, level="paragraph")
