"""Numbers in scientific notation, as science and technology news writes them: "6.02×10^23 atoms",
"2.4x10-5", "3 x 10^8 m/s", "7e12 Hz", "-2e-4". Read whole into one `Atom` before the plain
numerals, so the mantissa and the power of ten are not read as three separate numbers."""

from __future__ import annotations

import re

from newsreport.figures.numbers import Atom

SCIENTIFIC = re.compile(
    r"(?<![\w.])(?P<sign>[-−])?(?P<mantissa>\d+(?:\.\d+)?)\s?[x×]\s?10\^?(?P<exponent>[-−+]?\d{1,3})(?![\d.]\d)"
    r"|(?<![\w.])(?P<esign>[-−])?(?P<emantissa>\d+(?:\.\d+)?)[eE](?P<eexponent>[-−+]?\d{1,3})(?![\w]|\.\d)")
# what any match holds, a digit before "x", "×" or "e": one cheap search before the full pattern
SCIENTIFIC_GUARD = re.compile(r"\d\s?[x×eE]")


def scientific_atom(match: re.Match) -> Atom | None:
    """The number a scientific notation stands for; None when it overflows a float."""
    groups = match.groupdict()
    mantissa = groups["mantissa"] or groups["emantissa"]
    exponent = (groups["exponent"] or groups["eexponent"]).replace("−", "-")
    negative = bool(groups["sign"] or groups["esign"])
    try:
        value = float(mantissa) * 10.0 ** int(exponent)
    except OverflowError:
        return None
    value = -value if negative else value
    return Atom(match.start(), match.end(), match.start(), match.end(), value, value)
