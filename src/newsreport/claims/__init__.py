"""Claims stage: figures keyed by entity, measure and period, reconciled across sources; events and timeline."""

from newsreport.claims.ledger import build_ledger, claims_table  # noqa: F401
