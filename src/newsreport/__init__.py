"""newsreport: a folder of news articles in, a sourced research brief out."""

__version__ = "0.1.0"
