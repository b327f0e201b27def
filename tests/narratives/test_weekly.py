"""Frames and tone by week, from the stage's own tables and the documents' publication dates."""

import pandas as pd

from newsreport.narratives.weekly import frames_by_week, tone_by_week

DOCUMENTS = pd.DataFrame({"doc": ["a", "b", "c", "d"],
                          "published": ["2025-01-14", "2025-01-16", "2025-01-22", ""]})


def test_share_is_of_the_weeks_articles_carrying_the_frame():
    frames_docs = pd.DataFrame({"doc": list("abcd") * 2, "frame": ["refugee"] * 4 + ["regulatory"] * 4,
                                "present": [1, 0, 1, 1, 1, 1, 0, 0]})
    weekly = frames_by_week(frames_docs, DOCUMENTS)
    first = weekly[weekly["week"] == "2025-01-13"].set_index("frame")
    assert first.loc["refugee", "articles"] == 2 and first.loc["refugee", "share"] == 0.5
    assert first.loc["regulatory", "share"] == 1.0
    assert list(weekly["frame"].unique()) == ["refugee", "regulatory"]  # config order, not alphabetical
    assert weekly["articles"].sum() == 2 * 3  # the undated document is left out


def test_tone_by_week_averages_the_weeks_sentences():
    tone = pd.DataFrame({"doc": ["a", "a", "b", "c", "d"], "compound": [0.5, -0.1, 0.2, -0.4, 0.9]})
    weekly = tone_by_week(tone, DOCUMENTS).set_index("week")
    assert weekly.loc["2025-01-13", "sentences"] == 3 and weekly.loc["2025-01-13", "articles"] == 2
    assert round(weekly.loc["2025-01-13", "mean_tone"], 3) == 0.2
    assert "" not in weekly.index
