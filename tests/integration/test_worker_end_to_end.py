"""The worker against the real broker: same events as offline extraction, bad input dead-lettered."""

from __future__ import annotations

import json

import pytest

from geoevents.emit.topics import type_suffix
from tests.integration.harness import SEEDS, WorkerEnv, consume, payloads, produce

pytestmark = pytest.mark.integration

SEED = SEEDS / "00-seed-000.json"


def _offline(wenv: WorkerEnv, path: str) -> list[dict[str, object]]:
    done = wenv.cli("extract", path)
    assert done.returncode == 0, done.stderr.decode()
    return [json.loads(line) for line in done.stdout.splitlines()]


def _comparable(event: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in event.items() if k != "extracted_at"}


def test_seed_article_yields_on_kafka_the_events_extract_gives_offline(worker_env: WorkerEnv, start_worker) -> None:
    worker = start_worker()
    expected = _offline(worker_env, str(SEED))
    assert any(
        e["type"] == "Endorsement"
        and e["endorser"]["name"] == "Donald Trump"
        and e["endorsee"]["name"] == "Sanae Takaichi"
        for e in expected
    )
    published = worker_env.cli("publish", str(SEED))
    assert published.returncode == 0, published.stderr.decode()

    records = consume(worker_env.bootstrap, worker_env.event_topics(), until=lambda r: len(r) >= len(expected))
    got = payloads(records)
    assert sorted(map(json.dumps, map(_comparable, got))) == sorted(map(json.dumps, map(_comparable, expected)))
    for record in records:
        headers = dict(record.headers)
        assert headers["ce_specversion"] == b"1.0"
        assert headers["ce_id"] == record.key
        assert headers["content-type"] == b"application/json"
        assert record.topic == worker_env.events_prefix + type_suffix(json.loads(record.value)["type"])
    worker.stop()


BAD = [
    ("not_json", b"{this is not json"),
    ("not_utf8", b'{"id": "x", "body": "\xc3\x28"}'),
    ("not_object", b'["a", "list"]'),
    ("too_deep", b"[" * 50_000 + b"]" * 50_000),
    ("missing_body", b'{"id": "no-body"}'),
    ("empty_body", b'{"id": "blank", "body": "   "}'),
    ("invalid_article", b'{"id": 7, "body": "wrong id type"}'),
    ("unsupported_language", b'{"id": "fr", "body": "Le Japon et la Chine.", "language": "fr"}'),
    ("too_large", json.dumps({"id": "big", "body": "x" * (600 * 1024)}).encode()),
    ("empty", b""),
]


def test_every_bad_input_is_dead_lettered_and_a_later_article_is_still_processed(
    worker_env: WorkerEnv, start_worker
) -> None:
    worker = start_worker()
    good = json.loads(SEED.read_text())
    produce(
        worker_env.bootstrap,
        worker_env.articles,
        [(f"bad-{reason}".encode(), raw) for reason, raw in BAD] + [(b"good", json.dumps(good).encode())],
    )
    letters = consume(worker_env.bootstrap, [worker_env.dlq], until=lambda r: len(r) >= len(BAD))
    by_reason = {dict(r.headers)["reason"].decode(): r for r in letters}
    assert set(by_reason) == {reason for reason, _ in BAD}
    for reason, raw in BAD:
        letter = by_reason[reason]
        assert letter.key == f"bad-{reason}".encode()
        assert (letter.value or b"") == raw, reason
        headers = dict(letter.headers)
        assert headers["source_topic"].decode() == worker_env.articles
        assert headers["detail"]
        assert int(headers["source_offset"]) >= 0

    events = consume(worker_env.bootstrap, worker_env.event_topics(), until=lambda r: len(r) > 0)
    assert events, f"the good article after the bad ones produced no events:\n{worker.output()}"

    metrics = worker.metrics()
    assert metrics["geoevents_articles_consumed_total"] >= len(BAD) + 1
    for reason, _ in BAD:
        assert metrics[f'geoevents_articles_dead_lettered_total{{reason="{reason}"}}'] >= 1, reason
    assert sum(v for k, v in metrics.items() if k.startswith("geoevents_events_emitted_total{")) >= 1
    assert metrics["geoevents_extraction_duration_seconds_count"] >= len(BAD) + 1
    status, _ = worker.get("/healthz")
    assert status == 200


def test_unreachable_broker_gives_one_line_error_not_traceback(worker_env: WorkerEnv) -> None:
    worker_env.extra["KAFKA_BOOTSTRAP_SERVERS"] = "127.0.0.1:1"
    done = worker_env.cli("publish", str(SEED))
    assert done.returncode == 2
    lines = done.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "cannot reach Kafka" in lines[0], lines
