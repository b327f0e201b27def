"""Digits inside names, page chrome and pronoun "one" are not figures."""

from datetime import date

import pytest

from newsreport.figures.extractor import extract


@pytest.mark.parametrize("text", [
    "Trailing closely behind were TikTok's own photo-sharing app, Lemon8, and OpenAI's ChatGPT.",
    "Published: Jan. 16, 2025  2:19 a.m.  GMT+8",
    "00:00\n00:00/00:00\nListen to this article 1x",
    "the topic #TikTok Refugee on Xiaohongshu",
    "during the Covid-19 pandemic",
    "1. First point\n2. Second point",
    "One user described the current atmosphere on the platform as lively.",
])
def test_names_and_chrome_are_not_counted(text):
    numbers = [f for f in extract(text, date(2025, 1, 16)) if f.kind != "date"]
    assert numbers == [], numbers
