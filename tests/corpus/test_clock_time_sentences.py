"""A clock time followed by its time zone does not end a sentence: pysbd cuts after "p.m." before a
capital, which left the day of the event ("on Oct. 13") in a sentence without its verb."""

import pytest

from newsreport.corpus.sentences import split_sentences


@pytest.mark.parametrize("text, first", [
    ("The polls closed at 8 p.m. Eastern time on Nov. 3. Counting began at once.",
     "The polls closed at 8 p.m. Eastern time on Nov. 3."),
    ("Trading in the shares was halted at 2 p.m. Pacific on Monday. The company gave no reason.",
     "Trading in the shares was halted at 2 p.m. Pacific on Monday."),
    ("The storm made landfall near the port at 4 a.m. GMT on Saturday. Power failed across the island.",
     "The storm made landfall near the port at 4 a.m. GMT on Saturday."),
])
def test_a_clock_time_and_its_time_zone_stay_in_one_sentence(text, first):
    assert split_sentences(text, "d")[0].text == first


def test_a_clock_time_ending_a_sentence_still_ends_it():
    texts = [s.text for s in split_sentences("The concert ended at 11 p.m. Fans walked home in the rain.", "d")]
    assert texts == ["The concert ended at 11 p.m.", "Fans walked home in the rain."]
