"""Found on a probe story of our own (a health service's waiting list, told by a wire, a paper and a local
paper), each shown on several kinds of story:
- a length of time is no window of a count: "38,200 patients had been waiting more than a year" is no count per
  year, "the third monthly fall in a row" no monthly count, while "4 million packages a day" is one;
- a scale glued to its number ("1.51m", "£14m", which the tokenizer splits) counts nothing: the measure is what the phrase names."""

import pytest

from newsreport.claims.structure import read_figure
from newsreport.claims.counted import counted_words
from newsreport.claims.parsing import parsed


@pytest.mark.parametrize("sentence, quote, rate", [
    ("Some 38,200 patients had been waiting more than a year, down from 41,900.", "Some 38,200 patients", ""),
    ("About 1,200 asylum seekers have been held for over a month, the ministry said.", "About 1,200 asylum seekers", ""),
    ("The number of people out of work fell to 1.4 million, the third monthly fall in a row.", "1.4 million", ""),
    ("Tamsel posted sales of $2 billion, its annual report showed.", "$2 billion", ""),
    ("Customs officers process 4 million packages a day.", "4 million packages", "day"),
    ("The app has 50 million monthly users.", "50 million", "month"),
])
def test_a_length_of_time_is_no_window(sentence, quote, rate):
    start = sentence.find(quote)
    assert read_figure(sentence, start, start + len(quote)).rate == rate


@pytest.mark.parametrize("sentence, number", [
    ("The list had peaked at 1.51m in December.", "1.51"),
    ("Its debt stood at £14m at the end of June.", "14"),
    ("Attendance at the fair reached 1.2m last year.", "1.2"),
])
def test_a_scale_glued_to_its_number_counts_nothing(sentence, number):
    doc = parsed(sentence)
    scale = next(t for t in doc if t.i > 0 and doc[t.i - 1].text == number)
    assert counted_words(scale) == ""
