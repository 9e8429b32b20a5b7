"""The SQLite store (schema.sql; db.Store is the only code that opens the file)."""
from __future__ import annotations

from .db import SaveReport, Store, canonical_url

__all__ = ["Store", "SaveReport", "canonical_url"]
