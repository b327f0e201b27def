"""Dates found in text and resolved to ISO strings."""

from newsreport.figures.extractor import extract


def test_dates_without_publication_stay_unresolved():
    figure = extract("Yesterday the app topped the charts.")[0]
    assert figure.kind == "date" and figure.date == ""
