"""The final frame flag on text written for these tests (not from any coded corpus): each frame is
found in news sentences of several sources, and frames stay silent on stories they do not fit."""

import pytest

from newsreport.corpus.loader import load_corpus
from newsreport.narratives.methods import sentence_frames

from narratives_fixtures import frames  # noqa: F401

# Three made-up outlets, each writing one sentence per frame in its own style.
SOURCES = {
    "wire_report": {
        "refugee": "Thousands of American users flocked to the Chinese app this week, calling themselves "
                   "digital refugees.",
        "regulatory": "Lawmakers in Congress said the app poses a national security risk because of how it "
                      "handles user data.",
        "ecommerce": "Shares of the retailer fell 8% after investors worried about slowing online sales.",
    },
    "tech_blog": {
        "refugee": "Creators who fear losing their audience are switching to alternative platforms in "
                   "large numbers.",
        "regulatory": "The Commerce Department tightened export controls on advanced chips sold to Chinese "
                      "companies.",
        "ecommerce": "Brands are paying influencers to promote their products in livestream shopping events.",
    },
    "business_weekly": {
        "refugee": "On the app, longtime users welcomed the newcomers and swapped language lessons with them.",
        "regulatory": "The administration will impose new tariffs and customs duties on low-value parcels.",
        "ecommerce": "The startup's valuation doubled to $4 billion after investors backed its latest "
                     "funding round.",
    },
}
# Other stories, where none of the three frames applies.
OTHER_STORIES = [
    "The home team scored twice in the second half to win the championship on Sunday.",
    "Heavy rain is expected across the region on Thursday, forecasters said.",
    "The new model scored higher than its rivals on math and coding benchmarks.",
    "The museum reopened its east wing after a two-year renovation.",
    "Researchers described a rare orchid found high in the mountains.",
    "The app climbed to the top of the download charts within two days of its launch.",
]


@pytest.fixture(scope="module")
def written_corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("written")
    for source, sentences in SOURCES.items():
        (folder / f"{source}.txt").write_text(" ".join(sentences.values()) + "\n", encoding="utf-8")
    (folder / "other_stories.txt").write_text(" ".join(OTHER_STORIES) + "\n", encoding="utf-8")
    return load_corpus(folder)


@pytest.fixture(scope="module")
def written_frames(written_corpus, frames):
    table = sentence_frames(written_corpus, frames)
    texts = {s.sentence_id: s.text for d in written_corpus.documents for s in d.sentences}
    return table.assign(text=table["sentence_id"].map(texts))


@pytest.mark.parametrize("frame", ["refugee", "regulatory", "ecommerce"])
def test_final_method_finds_the_frame_in_sentences_of_three_sources(written_frames, frame):
    for source, sentences in SOURCES.items():
        row = written_frames[(written_frames["text"] == sentences[frame]) & (written_frames["frame"] == frame)]
        assert len(row) == 1 and row.iloc[0]["present"] == 1, (source, sentences[frame])
        assert row.iloc[0]["decided_by"] == "classifier"


def test_frames_stay_silent_on_other_stories(written_frames):
    other = written_frames[written_frames["text"].isin(OTHER_STORIES)]
    assert other["text"].nunique() == len(OTHER_STORIES)
    assert other["present"].sum() == 0, other.loc[other["present"] == 1, ["frame", "text"]]


def test_each_sentence_carries_only_its_own_frame(written_frames):
    for sentences in SOURCES.values():
        for frame, text in sentences.items():
            carried = set(written_frames[(written_frames["text"] == text) & (written_frames["present"] == 1)]["frame"])
            assert carried == {frame}, (text, carried)
