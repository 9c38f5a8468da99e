"""Shared pytest fixtures: the session's real local Kafka broker and per-test topics.

The broker is started lazily: only a test that (indirectly) requests ``kafka_broker``,
``local_broker`` or ``topic_factory`` starts Java, so plain unit test runs never do.
If the broker cannot start, the requesting tests fail with the broker's own error
output -- they are never skipped.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from geoevents.devbroker import BrokerError, BrokerInfo, LocalBroker, ensure_jars

TopicFactory = Callable[..., str]


@pytest.fixture(scope="session")
def local_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    """The session's LocalBroker (for tests that must stop/restart/kill it).

    A test that restarts it must leave it running; ``restart()`` keeps data and ports,
    so other tests' clients reconnect to the same addresses.
    """
    try:
        ensure_jars()
    except BrokerError as e:
        pytest.fail(f"cannot resolve the Kafka broker jars:\n{e}", pytrace=False)
    with running_broker(tmp_path_factory.mktemp("kafka-broker"), "the local Kafka broker") as broker:
        yield broker


@contextlib.contextmanager
def running_broker(directory: Path, what: str) -> Iterator[LocalBroker]:
    """A started single-partition LocalBroker in `directory`, stopped on exit; the test fails (never
    skips) with the broker's own output when it cannot start."""
    broker = LocalBroker(directory, partitions=1)
    try:
        broker.start(timeout=120)
    except BrokerError as e:
        pytest.fail(f"{what} did not start:\n{e}", pytrace=False)
    try:
        yield broker
    finally:
        broker.stop()


@pytest.fixture(scope="session")
def kafka_broker(local_broker: LocalBroker) -> BrokerInfo:
    """Addresses and SCRAM credentials of the session's broker (see geoevents.devbroker)."""
    return local_broker.info


@pytest.fixture
def topic_factory(kafka_broker: BrokerInfo, request: pytest.FixtureRequest) -> Iterator[TopicFactory]:
    """``topic_factory(partitions=1, configs=None) -> name``: create a fresh, uniquely named topic.

    Returns once the topic has a leader for every partition; the topics are deleted
    after the test.
    """
    from kafka import KafkaAdminClient

    admin = KafkaAdminClient(bootstrap_servers=kafka_broker.bootstrap, client_id="geoevents-tests")
    created: list[str] = []
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", request.node.name)[:80].strip("-.")

    def make(partitions: int = 1, configs: Mapping[str, str] | None = None) -> str:
        name = f"test.{stem}.{uuid.uuid4().hex[:8]}"
        spec: dict[str, Any] = {"num_partitions": partitions, "replication_factor": 1}
        if configs:
            spec["configs"] = dict(configs)
        admin.create_topics({name: spec}, wait_for_metadata=True)
        created.append(name)
        return name

    try:
        yield make
    finally:
        # The test may have stopped the broker; leftovers die with the session's tmp dir.
        if created:
            with contextlib.suppress(Exception):
                admin.delete_topics(created, raise_errors=False)
        admin.close()
