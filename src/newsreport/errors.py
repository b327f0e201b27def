"""Named errors. Their messages name the file (or parameter) and the problem, so the CLI can print
them as one line instead of a traceback."""


class NewsreportError(Exception):
    """Base class for every error the CLI reports as a one-line message."""


class CorpusError(NewsreportError):
    """The corpus folder (or a file in it) cannot be used: message names the path and the reason."""


class ParameterError(NewsreportError):
    """A build or notebook parameter is invalid: message names the parameter and the reason."""


class OutputError(NewsreportError):
    """The output folder cannot be written: message names the folder and the reason."""
