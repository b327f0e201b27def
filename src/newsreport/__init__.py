"""newsreport: a folder of news articles in, a sourced research brief out."""

import os

__version__ = "0.1.0"

if os.environ.get("NEWSREPORT_WITHOUT_TORCH") == "1":  # a kernel started by a build (see without_torch.py)
    from newsreport.without_torch import keep_torch_out

    keep_torch_out()
