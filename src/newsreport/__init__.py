"""newsreport: a folder of news articles in, a sourced research brief out."""

import os

__version__ = "0.1.0"

if os.environ.get("NEWSREPORT_LEAVE_OUT") == "1":  # a kernel started by a build (see left_out.py)
    from newsreport.left_out import keep_unneeded_out

    keep_unneeded_out()
