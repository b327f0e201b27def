"""A wire dateline opening a paragraph ("SHANGHAI, Jan 14 (Reuters) -") is a line of its own, so the
sentence after it starts with its real subject; offsets still index the body exactly. Datelines in the
styles of several agencies; look-alikes that are no dateline stay in their sentence."""

import pytest

from newsreport.corpus.sentences import split_sentences


@pytest.mark.parametrize("text, dateline", [
    ("SHANGHAI, May 6 (Global Wire) - Hushly, a Chinese lifestyle app, has drawn 700,000 new users.",
     "SHANGHAI, May 6 (Global Wire) -"),
    ("WASHINGTON (AP) — The Senate voted 80-20 on Tuesday to pass the bill.", "WASHINGTON (AP) —"),
    ("NEW YORK, March 3 - Shares of Lumio fell 6% in early trading.", "NEW YORK, March 3 -"),
    ("BEIJING/SHANGHAI, Jan 19 (Reuters) - Xiaohongshu said it would hire moderators.",
     "BEIJING/SHANGHAI, Jan 19 (Reuters) -"),
    ("LONDON, Jan. 14 — The bank said profit rose 12%.", "LONDON, Jan. 14 —"),
])
def test_a_dateline_is_a_line_of_its_own(text, dateline):
    sentences = split_sentences(text, "d")
    assert sentences[0].text == dateline and sentences[0].kind == "heading"
    rest = sentences[1]
    assert rest.text == text[rest.start:rest.end] and rest.text == text[len(dateline):].strip()


@pytest.mark.parametrize("text", [
    "US - China trade talks resumed on Monday.",
    "TikTok - the app at the centre of the row - was banned on Sunday.",
    "HONG KONG was the first city to lift its rules.",
])
def test_look_alikes_of_a_dateline_stay_in_their_sentence(text):
    assert [s.text for s in split_sentences(text, "d")] == [text]
