"""Reading numerals and number words: digit groups, scale words and suffixes, signs."""

from newsreport.figures.extractor import extract
from newsreport.figures.numbers import parse_number_words, parse_numeral


def test_indian_digit_grouping():
    figure = extract("the number had been less than 7,00,000 the day before")[0]
    assert (figure.value, figure.qualifier) == (700000, "less_than")


def test_number_words_with_scale():
    three = extract("nearly three million Americans signed up")[0]
    assert (three.value, three.qualifier, three.unit) == (3e6, "approx", "Americans")
    assert parse_number_words("three hundred and fifty thousand") == 350000
    assert parse_number_words("a dozen") == 12


def test_unicode_and_spaced_digits():
    assert extract("about ٣ million users")[0].value == 3e6
    assert extract("１２ percent of users")[0].value == 12
    assert extract("over\u00a015,000\u2009staff")[0].value == 15000
    assert parse_numeral("1,307,000") == 1307000 and parse_numeral(".5") == 0.5
