"""Sources: article files on disk (.txt, .json, .jsonl, directories, stdin) as raw records."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["RawArticle", "expand_paths", "read_articles"]

_SUFFIXES = (".txt", ".json", ".jsonl")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from a file: its id (if known), its JSON bytes and where it came from."""

    id: str | None
    value: bytes
    origin: str


def expand_paths(paths: list[str]) -> list[str]:
    """Directories become their article files, sorted; `-` stays stdin."""
    out: list[str] = []
    for p in paths:
        path = Path(p)
        if p != "-" and path.is_dir():
            out += sorted(str(f) for f in path.iterdir() if f.suffix in _SUFFIXES and f.is_file())
        else:
            out.append(p)
    return out


def read_articles(paths: list[str]) -> Iterator[RawArticle]:
    """Yield articles: a .txt file is one article (id = file name), .json one object, .jsonl one per line.

    Lines that are not JSON are still yielded (as their bytes), so that the consumer of
    the record, not the reader, decides what is wrong with it.
    """
    for p in expand_paths(paths):
        if p == "-":
            data = sys.stdin.buffer.read()
            yield from _from_jsonl(data, "<stdin>") if b"\n" in data.strip() else _from_json(data, "<stdin>")
            continue
        path = Path(p)
        data = path.read_bytes()
        if path.suffix == ".txt":
            body = data.decode("utf-8", "replace")
            yield RawArticle(path.stem, json.dumps({"id": path.stem, "body": body}).encode(), p)
        elif path.suffix == ".jsonl":
            yield from _from_jsonl(data, p)
        else:
            yield from _from_json(data, p)


def _id_of(value: bytes) -> str | None:
    try:
        obj = json.loads(value)
    except ValueError:
        return None
    return obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else None


def _from_json(data: bytes, origin: str) -> Iterator[RawArticle]:
    value = data.strip()
    yield RawArticle(_id_of(value), value, origin)


def _from_jsonl(data: bytes, origin: str) -> Iterator[RawArticle]:
    for n, line in enumerate(data.splitlines(), 1):
        if line.strip():
            yield RawArticle(_id_of(line), line.strip(), f"{origin}:{n}")
