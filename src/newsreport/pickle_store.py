"""Entries kept between builds as pickles under one folder (`<key[:2]>/<key>.pkl`), written
atomically so a killed build leaves no half-written entry. An entry that is missing, unreadable or of
another type reads as None and is made again. Like the rest of an output folder, entries are
trusted: a cache must not be shared with people you would not run code from."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

from newsreport.errors import OutputError


class PickleStore:
    """Entries of type `holds` under `root`."""

    holds: type = object
    what = "cache"  # named in the error when an entry cannot be written

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.pkl"

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str):
        """The stored entry, or None when there is none (or it cannot be read: it is then redone)."""
        try:
            with self.path(key).open("rb") as handle:
                entry = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            return None
        return entry if isinstance(entry, self.holds) else None

    def put(self, key: str, entry) -> None:
        """Store `entry` atomically."""
        target = self.path(key)
        partial = target.with_name(f".{target.name}.{os.getpid()}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with partial.open("wb") as handle:
                pickle.dump(entry, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(partial, target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise OutputError(f"{self.root}: cannot write the {self.what} ({error.strerror or error})") from None
