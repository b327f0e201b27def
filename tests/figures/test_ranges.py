"""Two numbers read as one range."""

from newsreport.figures.extractor import extract


def test_scale_of_the_second_bound_applies_to_the_first():
    span = extract("shares could rise 5 to 10 million")[0]
    assert (span.low, span.high, span.qualifier) == (5e6, 10e6, "range")
