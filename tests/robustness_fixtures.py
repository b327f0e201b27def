"""Helpers for the robustness tests: the bad-input files of issue 7 (generated, never committed),
a fingerprint of a folder to prove nothing was written into it, and running the CLI as a user would."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def png_bytes() -> bytes:
    """A valid one-pixel PNG: a picture renamed to .txt must be refused as binary."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (len(data).to_bytes(4, "big") + kind + data
                + zlib.crc32(kind + data).to_bytes(4, "big"))
    header = (1).to_bytes(4, "big") * 2 + bytes([8, 2, 0, 0, 0])
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


LATIN1_TEXT = ("Café owners in Zürich said the shopping app was très popular in 2024.\n"
               "The platform had 5 million users in Switzerland, the company said.\n")
UTF16_TEXT = "RedNote gained 3 million new users in January 2025, analysts said.\nMost came from the United States.\n"
INVALID_UTF8 = ("Users of 小红书 grew fast in January 2025, the app said.\n".encode("utf-8")
                + b"A broken byte \xff sits in this sentence, and another \xfe here.\n")
HTML_WITH_SCRIPT = """<!DOCTYPE html>
<html><head><title>App regulators meet</title><script>document.title = "owned"; alert('head')</script></head>
<body><article><h1>App regulators meet in Brussels</h1>
<p>Regulators from 12 countries met on Monday to discuss data rules for shopping apps.</p>
<img src="missing.png" onerror="alert('onerror ran')">
<script>document.write('<p>Injected paragraph from a script.</p>')</script>
<p>The meeting ended with a joint statement on consumer protection.</p>
</article></body></html>
"""
DUPLICATE_TEXT = "The Commission fined the platform 10 million euros on Monday.\nIt said the company broke the rules.\n"
NON_ASCII_NAME = "Über die Grenze — 小红书.txt"
NON_ASCII_TEXT = "Users crossed over to 小红书 in January 2025.\nMany said they liked the app.\n"
BAD_FRONT_MATTER = """---
title: [an unclosed list
author: : :
---
Body text of an article about shopping apps.
It has two sentences.
"""
FORMULA_LINES = ['=HYPERLINK("http://example.invalid/x","click me")',
                 "+SUM(A1:A9) is how this line begins.",
                 "-2+3 is how this one starts.",
                 "@cmd opens the last one."]
# Plain text that looks like markup: it must reach the report as text, never as HTML.
MARKUP_AS_TEXT = """---
title: Apps <script>alert('title')</script> under review
---
A reader typed <script>alert('body')</script> into the comment box on Tuesday.
The page also showed <img src=x onerror=alert('img')> where a photo should be.
"""
HUGE_BYTES = 50_000_000


def write_huge_file(path: Path, size: int = HUGE_BYTES) -> Path:
    """A text file of `size` bytes of plain English lines."""
    line = b"This line repeats to make a file far larger than any news article.\n"
    with path.open("wb") as handle:
        handle.write(line * (size // len(line)))
        handle.write(b"x" * (size - handle.tell()))
    return path


# Each bad file: name -> bytes. Kept separate so one test can use one file and the build test all.
BAD_FILES = {
    "empty.txt": b"",
    "whitespace.txt": b"  \n\t\n   \r\n",
    "picture.txt": png_bytes(),
    "latin1.txt": LATIN1_TEXT.encode("latin-1"),
    "utf16.txt": UTF16_TEXT.encode("utf-16"),  # Python writes the BOM for "utf-16"
    "invalid_utf8.txt": INVALID_UTF8,
    "scripted.html": HTML_WITH_SCRIPT.encode("utf-8"),
    "duplicate_a.txt": DUPLICATE_TEXT.encode("utf-8"),
    "duplicate_b.txt": DUPLICATE_TEXT.encode("utf-8"),
    NON_ASCII_NAME: NON_ASCII_TEXT.encode("utf-8"),
    "bad_front_matter.md": BAD_FRONT_MATTER.encode("utf-8"),
    "formula.txt": ("\n".join(FORMULA_LINES) + "\n").encode("utf-8"),
    "markup_as_text.md": MARKUP_AS_TEXT.encode("utf-8"),
}


def write_bad_files(folder: Path, names=None, huge: bool = False) -> Path:
    """Write the bad files `names` (default all) into `folder`; `huge` adds the 50 MB file."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or BAD_FILES:
        (folder / name).write_bytes(BAD_FILES[name])
    if huge:
        write_huge_file(folder / "huge.txt")
    return folder


def folder_fingerprint(folder: Path) -> str:
    """SHA-256 over every path (including hidden ones and folders), its mode and its bytes."""
    digest = hashlib.sha256()
    for path in sorted(Path(folder).rglob("*")):
        digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape"))
        digest.update(oct(path.stat().st_mode).encode())
        if path.is_file():
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
    return digest.hexdigest()


def cli_env() -> dict:
    """The environment a user's shell would give the CLI (offline model, no MPLBACKEND)."""
    env = dict(os.environ, HF_HUB_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    env.pop("MPLBACKEND", None)
    return env


def run_cli(*args: str, timeout: float = 300, extra_env: dict | None = None) -> subprocess.CompletedProcess:
    """Run `python -m newsreport ARGS` in a subprocess, as a user would; return the finished process."""
    return subprocess.run([sys.executable, "-m", "newsreport", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT, env={**cli_env(), **(extra_env or {})})


def start_cli(*args: str, **kwargs) -> subprocess.Popen:
    """Start `python -m newsreport ARGS` without waiting (stdout is a pipe, line-buffered text)."""
    return subprocess.Popen([sys.executable, "-m", "newsreport", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, bufsize=1, cwd=ROOT, env=cli_env(), **kwargs)


def staging_folders(out_dir: Path) -> list[Path]:
    """Staging folders a build left in `out_dir`."""
    return sorted(Path(out_dir).glob(".newsreport-staging-*")) if Path(out_dir).exists() else []


def tree_hashes(out_dir: Path, folders=("data", "figures")) -> dict[str, str]:
    """SHA-256 of every file under `out_dir/<folder>` for the given folders, keyed by relative path."""
    return {str(p.relative_to(out_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in folders for p in sorted((Path(out_dir) / folder).rglob("*")) if p.is_file()}
