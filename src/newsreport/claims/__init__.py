"""Claims stage: figures keyed by entity, measure and period, reconciled across sources; events and timeline.

`build_ledger` and `claims_table` are loaded on first use: the ledger imports spaCy (over a second),
which the report, reading only the claims vocabulary and wording, never needs."""


def __getattr__(name):
    if name in ("build_ledger", "claims_table"):
        from newsreport.claims import ledger

        return getattr(ledger, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
