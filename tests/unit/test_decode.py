"""Decoding raw records into articles: every bad input has its own reason."""

from __future__ import annotations

import json

import pytest

from geoevents.decode import REASONS, decode_article
from geoevents.errors import Rejection

LIMIT = 512 * 1024
GOOD = {"id": "wire-1", "body": "Canada and Mexico signed a customs agreement in Ottawa on Tuesday."}


def _json(obj: object) -> bytes:
    return json.dumps(obj).encode()


BAD_INPUTS = [
    ("empty", b""),
    ("not_utf8", b'{"id": "x", "body": "caf\xe9"}'),
    ("not_json", b"<html>Service unavailable</html>"),
    ("not_object", _json(["an", "array"])),
    ("not_object", _json("a bare string")),
    ("too_deep", b"[" * 100_000 + b"]" * 100_000),
    ("missing_body", _json({"id": "x", "title": "No body here"})),
    ("empty_body", _json({"id": "x", "body": ""})),
    ("empty_body", _json({"id": "x", "body": " \n\t "})),
    ("invalid_article", _json({"id": 42, "body": "numeric id"})),
    ("invalid_article", _json({"body": "no id at all"})),
    ("invalid_article", _json({"id": "x", "body": ["not", "a", "string"]})),
    ("unsupported_language", _json({**GOOD, "language": "de"})),
    ("too_large", _json({"id": "x", "body": "a" * (LIMIT + 1)})),
]


@pytest.mark.parametrize(("reason", "raw"), BAD_INPUTS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(BAD_INPUTS)])
def test_bad_input_is_rejected_with_its_reason(reason: str, raw: bytes) -> None:
    with pytest.raises(Rejection) as info:
        decode_article(raw, max_body_bytes=LIMIT)
    assert info.value.reason == reason
    assert info.value.detail
    assert reason in REASONS


def test_good_article_decodes_with_optional_fields() -> None:
    article = decode_article(_json({**GOOD, "language": "en-GB", "url": "https://example.org/a"}), max_body_bytes=LIMIT)
    assert article.id == "wire-1"
    assert article.url == "https://example.org/a"


def test_unknown_fields_are_ignored_not_rejected() -> None:
    assert decode_article(_json({**GOOD, "section": "world"}), max_body_bytes=LIMIT).id == "wire-1"


def test_body_exactly_at_the_limit_is_accepted() -> None:
    body = "a" * LIMIT
    assert len(decode_article(_json({"id": "x", "body": body}), max_body_bytes=LIMIT).body) == LIMIT
