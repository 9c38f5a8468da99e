"""Routing one record: events to their topics with CloudEvents headers, or one dead letter."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from geoevents.emit.routing import route
from geoevents.emit.topics import Topics
from geoevents.models import Actor, Evidence, Meeting
from geoevents.models.article import Article

TOPICS = Topics()
SOURCE = ("articles", 1, 42)


def _meeting(article: Article) -> list[Meeting]:
    return [
        Meeting(
            event_id="abc123",
            article_id=article.id,
            extracted_at=datetime(2026, 3, 1, tzinfo=UTC),
            evidence=Evidence(text=article.body, start=0, end=len(article.body)),
            confidence=0.9,
            plover="CONSULT",
            cameo="041",
            participants=[
                Actor(name="Germany", kind="country", country="DEU"),
                Actor(name="France", kind="country", country="FRA"),
            ],
            mode="phone",
        )
    ]


def test_events_go_to_their_type_topic_keyed_by_event_id() -> None:
    value = json.dumps({"id": "a1", "body": "Merz spoke with Macron by phone."}).encode()
    routed = route(b"k", value, SOURCE, topics=TOPICS, extractor=_meeting, max_body_bytes=1000)
    [record] = routed.records
    assert record.topic == "events.meeting"
    assert record.key == b"abc123"
    headers = dict(record.headers)
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_id"] == b"abc123"
    assert headers["ce_type"] == b"io.geoevents.Meeting.v1"
    assert headers["content-type"] == b"application/json"
    assert json.loads(record.value or b"")["mode"] == "phone"


def test_bad_input_becomes_one_dead_letter_with_original_bytes_and_source() -> None:
    raw = b"\xff\xfenot text"
    routed = route(b"orig-key", raw, SOURCE, topics=TOPICS, extractor=_meeting, max_body_bytes=1000)
    [letter] = routed.records
    assert letter.topic == "articles.dlq"
    assert (letter.key, letter.value) == (b"orig-key", raw)
    headers = dict(letter.headers)
    assert headers["reason"] == b"not_utf8"
    assert headers["source_topic"] == b"articles"
    assert (headers["source_partition"], headers["source_offset"]) == (b"1", b"42")
    assert headers["detail"]


def test_extractor_crash_dead_letters_the_article_instead_of_raising() -> None:
    def broken(article: Article) -> list[Meeting]:
        raise IndexError("list index out of range")

    value = json.dumps({"id": "a2", "body": "Some text."}).encode()
    routed = route(None, value, SOURCE, topics=TOPICS, extractor=broken, max_body_bytes=1000)
    assert routed.rejection is not None and routed.rejection.reason == "extraction_error"
    assert routed.records[0].value == value
    assert b"IndexError" in dict(routed.records[0].headers)["detail"]
