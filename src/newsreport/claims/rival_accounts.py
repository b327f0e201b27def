"""Sentences that set two values against each other as rival accounts of one measure ("a number trackers have
disputed; Ridgeview puts it closer to Rs 9,500 crore", "rejected reports of a £70m fee: 'We paid £58m'"): their
values disagree wherever they are told (claims.reconcile), and the measure such a sentence names once is both
values' measure (claims.named_measures)."""

import re

RIVAL_ACCOUNTS = re.compile(r"\b(?:disputed?|disputes|disputing|rejected|rejects|denied|denies|closer to|rather than|"
                            r"instead of|contrary to|contradict\w*|not a penny|(?:true|real|actual|correct) (?:figure|number))\b",
                            re.I)
