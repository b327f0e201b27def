"""The extractor as a whole: any text in, figures whose spans and quotes match it out, no exception."""

from datetime import date

from hypothesis import given, settings, strategies as st

from newsreport.figures.extractor import Figure, extract


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.-%$£٣１２\u00a0\u2009abcmkMBnoe\n"
                                             "JanuaryFridaytopNo.")) , max_size=200)
       | st.text(max_size=200))
def test_extract_never_raises_and_spans_match(text):
    for figure in extract(text, date(2025, 1, 14)):
        assert isinstance(figure, Figure)
        assert 0 <= figure.start < figure.end <= len(text)
        assert figure.quote == text[figure.start:figure.end]


def test_extract_handles_empty_long_and_unicode_digits():
    assert extract("") == []
    long_text = "Over 15,000 staff, including 5,000 moderators. " * 4000
    assert len(extract(long_text)) == 8000
    arabic = extract("about ٣ million users")
    assert arabic and arabic[0].value == 3e6
    fullwidth = extract("１２ percent of users")
    assert fullwidth and fullwidth[0].value == 12
    assert extract("over\u00a015,000\u2009staff")[0].value == 15000
