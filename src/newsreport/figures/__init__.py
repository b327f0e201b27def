"""Figures stage: every number in the text, with its unit, qualifier, subject, period and exact offsets."""

from newsreport.figures.extractor import Figure, extract, figures_table  # noqa: F401
