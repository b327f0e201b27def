"""When a measure the sentence names outside a figure's own phrase is still the figure's own, so that it carries no
"named near the figure" doubt: the measure of a "whose" clause the figure is in ("whose net worth Tallis estimates at
$5.2 billion"), words that run through the figure ("took in $92 million ... in its first three days", "will pay $640
million for Brevik Dairy"), and the measure a sentence of rival accounts names once for both values ("rejected
reports of a £70m fee: 'We paid £58m'")."""

from __future__ import annotations

from newsreport.claims.figure_owner import whose_owner
from newsreport.claims.rival_accounts import RIVAL_ACCOUNTS


def named_for_it(sentence: str, span: tuple[int, int] | None, rel_start: int, rel_end: int) -> bool:
    """Whether the measure named at `span` of `sentence` is the figure's at `[rel_start, rel_end)`."""
    if not span:
        return False
    whose_at = whose_owner(sentence, rel_start)[1]
    return (0 <= whose_at < span[0] < rel_start or span[0] <= rel_start and rel_end <= span[1]
            or span[1] <= rel_start and bool(RIVAL_ACCOUNTS.search(sentence)))
