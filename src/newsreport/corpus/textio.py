"""Turning a file's bytes into text: BOMs, UTF-8, legacy encodings, and refusing binary files."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from newsreport.errors import CorpusError

# Largest single document we accept: a news article is kilobytes; a 50 MB "article" is a dump.
MAX_DOCUMENT_BYTES = 5_000_000

BINARY_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"%PDF": "PDF document",
    b"PK\x03\x04": "ZIP archive (or Office document)",
    b"\x7fELF": "executable",
}
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
VALID_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def check_size(path: Path) -> None:
    """Raise CorpusError when `path` is too large to be one article."""
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise CorpusError(f"{path.name}: file is {size / 1e6:.1f} MB, over the "
                          f"{MAX_DOCUMENT_BYTES / 1e6:.0f} MB limit for one article")


def decode_document(raw: bytes, path: Path) -> tuple[str, list[str]]:
    """Decode `raw` to text; return the text and notes about how it was decoded.

    A BOM decides the encoding; otherwise UTF-8, where a file with valid multi-byte UTF-8 and a few
    bad bytes keeps UTF-8 (bad bytes become U+FFFD) and a file with none is read as Windows-1252.
    Raises CorpusError for binary content.
    """
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), []
            except UnicodeDecodeError as error:
                raise CorpusError(f"{path.name}: starts with a {encoding} byte-order mark but does not decode ({error.reason})")
    for signature, kind in BINARY_SIGNATURES.items():
        if raw.startswith(signature):
            raise CorpusError(f"{path.name}: binary file ({kind}), not text")
    if b"\x00" in raw[:4096]:
        raise CorpusError(f"{path.name}: binary file (NUL bytes), not text")
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if VALID_UTF8_MULTIBYTE.search(raw):
        text = raw.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
        return text, [f"{path.name}: {bad} invalid UTF-8 byte(s) replaced with U+FFFD"]
    return raw.decode("cp1252", errors="replace"), [f"{path.name}: not UTF-8; decoded as Windows-1252 (Latin-1)"]
