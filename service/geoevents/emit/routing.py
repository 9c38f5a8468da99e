"""Routing: one input record -> the records to produce (its events, or one dead letter). Pure."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from geoevents.decode import decode_article
from geoevents.emit.topics import Topics
from geoevents.errors import Rejection
from geoevents.models.article import Article
from geoevents.models.events import EventBase

__all__ = ["Outgoing", "Routed", "cloudevent_headers", "dead_letter", "route"]

logger = logging.getLogger(__name__)

Headers = list[tuple[str, bytes]]
Extractor = Callable[[Article], Sequence[EventBase]]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A record to produce."""

    topic: str
    key: bytes | None
    value: bytes | None
    headers: Headers


@dataclass(frozen=True, slots=True)
class Routed:
    """What one input record became: records to send, the events among them, or a rejection."""

    records: list[Outgoing]
    events: list[EventBase]
    rejection: Rejection | None = None
    article_id: str | None = None


def cloudevent_headers(event: EventBase) -> Headers:
    """CloudEvents 1.0 Kafka protocol binding, binary mode: attributes as `ce_` headers."""
    return [
        ("ce_specversion", b"1.0"),
        ("ce_id", event.event_id.encode()),
        ("ce_source", f"/geoevents/articles/{event.article_id}".encode()),
        ("ce_type", f"io.geoevents.{event.type}.v{event.schema_version.split('.')[0]}".encode()),
        ("ce_time", event.extracted_at.isoformat().encode()),
        ("content-type", b"application/json"),
    ]


def dead_letter(
    topics: Topics, key: bytes | None, value: bytes | None, rejection: Rejection, source: tuple[str, int, int]
) -> Outgoing:
    """The original key and bytes, unchanged, with the reason and where they came from."""
    topic, partition, offset = source
    headers = [
        ("reason", rejection.reason.encode()),
        ("detail", rejection.detail.encode("utf-8", "replace")[:1024].decode("utf-8", "ignore").encode()),
        ("source_topic", topic.encode()),
        ("source_partition", str(partition).encode()),
        ("source_offset", str(offset).encode()),
    ]
    return Outgoing(topics.dlq, key, value, headers)


def route(
    key: bytes | None,
    value: bytes | None,
    source: tuple[str, int, int],
    *,
    topics: Topics,
    extractor: Extractor,
    max_body_bytes: int,
) -> Routed:
    """Decode, extract and address one input record; never raises for bad input or extractor bugs.

    Args:
        key, value: the record as consumed.
        source: (topic, partition, offset) of the record, for dead-letter headers.
        topics: output topic names.
        extractor: article -> events (the pure extraction function, configured).
        max_body_bytes: the body size limit.
    """
    try:
        article = decode_article(value, max_body_bytes=max_body_bytes)
    except Rejection as rejection:
        return Routed([dead_letter(topics, key, value, rejection, source)], [], rejection)
    try:
        events = list(extractor(article))
        records = [
            Outgoing(topics.for_type(e.type), e.event_id.encode(), e.model_dump_json().encode(), cloudevent_headers(e))
            for e in events
        ]
    except Exception as err:  # an extractor bug must cost one article, never the worker
        logger.exception("extraction failed on article %s", article.id)
        failure = Rejection("extraction_error", f"{type(err).__name__}: {err}"[:500])
        return Routed([dead_letter(topics, key, value, failure, source)], [], failure, article.id)
    return Routed(records, events, None, article.id)
