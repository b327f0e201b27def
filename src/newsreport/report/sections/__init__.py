"""The report's sections, one module each, every one generated from the data tables: no sentence
here is written for a particular corpus, and every corpus number is cited to its quote
(`newsreport.report.Report.cite`). The report notebook renders them in `common.SECTIONS` order."""
