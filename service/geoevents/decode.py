"""Decoding: raw Kafka bytes -> a validated Article, or a Rejection with its reason."""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from geoevents.errors import Rejection
from geoevents.models.article import Article

__all__ = ["REASONS", "decode_article"]

#: Every reason code a dead letter can carry, with what it means.
REASONS: dict[str, str] = {
    "empty": "the message has no value",
    "too_large": "the message is larger than the configured body limit",
    "not_utf8": "the message is not valid UTF-8",
    "not_json": "the message is not JSON",
    "too_deep": "the JSON is nested too deeply to decode",
    "not_object": "the JSON is not an object",
    "missing_body": "the article has no body",
    "empty_body": "the article's body is empty or blank",
    "invalid_article": "the object is not a valid Article (missing or wrongly typed fields)",
    "unsupported_language": "the article is not in English",
    "extraction_error": "the extractor failed on this article",
}

_ENGLISH = {"en", "eng", "english"}
_TEXT_FIELDS = tuple(Article.model_fields)
#: A 4-byte character written as two \\uXXXX escapes takes 12 bytes of JSON: 3x its UTF-8 size.
_MAX_ESCAPE_GROWTH = 3


def _first_error(err: ValidationError) -> str:
    first = err.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "article"
    return f"{where}: {first['msg']}"


def decode_article(raw: bytes | None, *, max_body_bytes: int) -> Article:
    """Turn a message value into an Article.

    Args:
        raw: the Kafka record value, untouched.
        max_body_bytes: bodies (and whole messages) over this many bytes are rejected.

    Returns:
        The validated article.

    Raises:
        Rejection: with a reason from `REASONS` and a one-sentence detail.
    """
    if not raw:
        raise Rejection("empty", "message value is empty")
    # The envelope is small; JSON escaping ("\\ud83d\\ude00") can grow a body up to 12 bytes per character.
    if len(raw) > max_body_bytes * _MAX_ESCAPE_GROWTH + 64 * 1024:
        raise Rejection("too_large", f"message is {len(raw)} bytes; body limit is {max_body_bytes} bytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise Rejection("not_utf8", f"invalid UTF-8 at byte {err.start}") from None
    try:
        value: Any = json.loads(text)
    except RecursionError:
        raise Rejection("too_deep", "JSON nesting exceeds the decoder's recursion limit") from None
    except ValueError as err:
        raise Rejection("not_json", f"not JSON: {err}") from None
    if not isinstance(value, dict):
        raise Rejection("not_object", f"JSON value is {type(value).__name__}, expected an object")
    body = value.get("body")
    if body is None:
        raise Rejection("missing_body", "article has no 'body' field")
    if isinstance(body, str) and not body.strip():
        raise Rejection("empty_body", "article body is empty or blank")
    try:
        article = Article.model_validate(value)
    except ValidationError as err:
        raise Rejection("invalid_article", _first_error(err)) from None
    except RecursionError:
        raise Rejection("too_deep", "article fields are nested too deeply") from None
    for field in _TEXT_FIELDS:
        text = getattr(article, field)
        if text is None or text.isascii():
            continue
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as err:
            # JSON may escape a lone surrogate ("\ud800"); it decodes but is not text and cannot be re-encoded.
            raise Rejection("not_utf8", f"{field} holds a lone surrogate at character {err.start}") from None
    size = len(article.body.encode("utf-8"))
    if size > max_body_bytes:
        raise Rejection("too_large", f"body is {size} bytes; limit is {max_body_bytes} bytes")
    if article.language is not None and article.language.strip().lower().split("-")[0] not in _ENGLISH:
        raise Rejection("unsupported_language", f"language {article.language!r} is not English")
    return article
