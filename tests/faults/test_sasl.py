"""SASL_PLAINTEXT + SCRAM-SHA-256: the worker works with the right password, fails fast and clearly with a wrong one.

Also: the worker's INFO log never contains article text (nor the SASL password).
"""

from __future__ import annotations

import json
import random
import re
import time
import uuid
from pathlib import Path

import pytest

from geoevents.devbroker import BrokerInfo
from tests.faults.conftest import ArticleFactory, canonical
from tests.integration.harness import SEEDS, WorkerEnv, WorkerProcess, consume, produce

pytestmark = [pytest.mark.fault, pytest.mark.integration]

#: A sentence no seed contains, planted in every article body below.
CANARY = "The harbour master of Vellmar counted nine hundred and seven copper lanterns on the quay."
AUTH_FAIL_WITHIN_S = 30


def _sasl_env(kafka_broker: BrokerInfo, tmp: Path, password: str) -> WorkerEnv:
    wenv = WorkerEnv(kafka_broker.sasl_bootstrap, f"t{uuid.uuid4().hex[:10]}", tmp)
    wenv.extra.update(
        {
            "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
            "KAFKA_SASL_MECHANISM": "SCRAM-SHA-256",
            "KAFKA_SASL_USERNAME": kafka_broker.sasl_username,
            "KAFKA_SASL_PASSWORD": password,
            "GEOEVENTS_LOG_LEVEL": "INFO",
        }
    )
    return wenv


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n", text) if len(s.strip()) >= 30]


def test_worker_with_scram_credentials_consumes_and_never_logs_article_text(
    kafka_broker: BrokerInfo, tmp_path: Path, rng: random.Random
) -> None:
    wenv = _sasl_env(kafka_broker, tmp_path, kafka_broker.sasl_password)
    worker = WorkerProcess(wenv)  # creates its topics over SASL, consumes and produces over SASL
    try:
        worker.wait_ready()
        seed = json.loads((SEEDS / "01-merz-macron-call.json").read_text())
        factory = ArticleFactory(rng, wenv.prefix)
        article = {**seed, "id": f"{wenv.prefix}-sasl-1", "body": seed["body"] + "\n" + CANARY}
        value = json.dumps(article).encode()
        _, expected = factory.expected_events(value)
        assert expected, "the seed must yield events"
        # Bad inputs that carry the same body text, so a dead-letter log line could leak it.
        bad = [
            (b"sasl-not-json", value[:-9]),
            (b"sasl-invalid", json.dumps({**article, "id": 7}).encode()),
            (b"sasl-french", json.dumps({**article, "id": "fr-1", "language": "fr"}).encode()),
            (b"sasl-not-utf8", b'{"id": "u", "body": "\xc3\x28 ' + CANARY.encode() + b'"}'),
        ]
        # Produced and consumed on the PLAINTEXT listener: same broker, same topics.
        produce(kafka_broker.bootstrap, wenv.articles, [(article["id"].encode(), value), *bad])
        records = consume(kafka_broker.bootstrap, wenv.event_topics(), until=lambda r: len(r) >= len(expected))
        got = {json.loads(r.value)["event_id"]: canonical(json.loads(r.value)) for r in records}
        assert got == expected, f"events over SASL differ from offline extraction:\n{worker.output()}"
        letters = consume(kafka_broker.bootstrap, [wenv.dlq], until=lambda r: len(r) >= len(bad))
        assert sorted(r.key for r in letters) == sorted(k for k, _ in bad)
        time.sleep(1.5)  # let the dead-letter INFO lines reach the log
    finally:
        worker.stop()

    log = worker.log_text()
    assert "dead-lettered" in log, f"no INFO lines in the worker log; the check below would be vacuous:\n{log}"
    leaked = [s for s in _sentences(article["body"]) if s in log]
    assert not leaked, f"the worker's INFO log contains article text: {leaked[:3]}"
    assert CANARY not in log
    assert kafka_broker.sasl_password not in log, "the worker logged the SASL password"
    print(f"SASL worker: {len(got)} events, {len(letters)} dead letters; INFO log {len(log)} chars, no body text")


@pytest.mark.parametrize("verb", ["worker", "publish"])
def test_wrong_password_exits_nonzero_with_one_line(kafka_broker: BrokerInfo, tmp_path: Path, verb: str) -> None:
    wenv = _sasl_env(kafka_broker, tmp_path, "not-the-password")
    args = [verb] if verb == "worker" else [verb, str(SEEDS / "00-seed-000.json")]
    started = time.monotonic()
    done = wenv.cli(*args, timeout=AUTH_FAIL_WITHIN_S + 15)
    elapsed = time.monotonic() - started
    stderr = done.stderr.decode(errors="replace")
    lines = stderr.strip().splitlines()
    print(f"{verb} with a wrong password: exit {done.returncode} after {elapsed:.1f}s: {lines}")
    assert done.returncode != 0
    assert elapsed < AUTH_FAIL_WITHIN_S, f"took {elapsed:.1f}s"
    assert "Traceback" not in stderr, stderr
    assert len(lines) == 1, f"expected exactly one stderr line, got {len(lines)}:\n{stderr}"
    assert "authentication failed" in lines[0].lower(), lines[0]
    assert "not-the-password" not in stderr + done.stdout.decode(errors="replace")
