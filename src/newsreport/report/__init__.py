"""Report stage: the report object, one module per section, the data dictionary and HTML/PDF export."""

from newsreport.report.document import Report  # noqa: F401
