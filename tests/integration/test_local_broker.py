"""Integration tests of geoevents.devbroker against the session's real Kafka broker."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.errors import KafkaError

from geoevents.devbroker import BrokerInfo, LocalBroker

pytestmark = pytest.mark.integration

SCRAM = "SCRAM-SHA-256"


def _sasl(info: BrokerInfo, password: str | None = None) -> dict[str, Any]:
    return {
        "bootstrap_servers": info.sasl_bootstrap,
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": SCRAM,
        "sasl_plain_username": info.sasl_username,
        "sasl_plain_password": info.sasl_password if password is None else password,
    }


def _produce(topic: str, value: bytes, **config: Any) -> None:
    producer = KafkaProducer(acks="all", **config)
    try:
        producer.send(topic, key=b"k", value=value).get(timeout=30)
    finally:
        producer.close(timeout=5)


def _consume_all(topic: str, **config: Any) -> list[bytes]:
    """Every value in partition 0 of ``topic`` from the beginning to the current end."""
    consumer = KafkaConsumer(enable_auto_commit=False, group_id=None, **config)
    try:
        tp = TopicPartition(topic, 0)
        consumer.assign([tp])
        consumer.seek_to_beginning(tp)
        end = consumer.end_offsets([tp])[tp]
        values: list[bytes] = []
        deadline = time.monotonic() + 30
        while consumer.position(tp) < end and time.monotonic() < deadline:
            for records in consumer.poll(timeout_ms=500).values():
                values += [r.value for r in records]
        return values
    finally:
        consumer.close()


def test_plaintext_produce_consume(kafka_broker: BrokerInfo, topic_factory: Any) -> None:
    topic = topic_factory()
    value = uuid.uuid4().bytes
    _produce(topic, value, bootstrap_servers=kafka_broker.bootstrap)
    assert _consume_all(topic, bootstrap_servers=kafka_broker.bootstrap) == [value]


def test_scram_with_right_credentials(kafka_broker: BrokerInfo, topic_factory: Any) -> None:
    assert kafka_broker.sasl_bootstrap != kafka_broker.bootstrap
    topic = topic_factory()
    value = b"over-scram-" + uuid.uuid4().hex.encode()
    _produce(topic, value, **_sasl(kafka_broker))
    assert _consume_all(topic, **_sasl(kafka_broker)) == [value]
    admin = KafkaAdminClient(**_sasl(kafka_broker))
    try:
        assert topic in admin.list_topics()
    finally:
        admin.close()


def _scram_connect(info: BrokerInfo, password: str) -> None:
    """Open one SASL_PLAINTEXT connection with a real client (aiokafka); raises on auth failure.

    aiokafka's connection surfaces the broker's SaslAuthenticate error as is (kafka-python 3
    retries a failed bootstrap until its timeout and then reports only a timeout).
    """
    from aiokafka.conn import create_conn

    host, port = info.sasl_bootstrap.rsplit(":", 1)

    async def connect() -> None:
        conn = await create_conn(
            host,
            int(port),
            security_protocol="SASL_PLAINTEXT",
            sasl_mechanism=SCRAM,
            sasl_plain_username=info.sasl_username,
            sasl_plain_password=password,
            request_timeout_ms=10_000,
        )
        conn.close()

    asyncio.run(connect())


def test_scram_with_wrong_password_fails_authentication(kafka_broker: BrokerInfo) -> None:
    from aiokafka.errors import SaslAuthenticationFailed

    _scram_connect(kafka_broker, kafka_broker.sasl_password)  # the same path succeeds when right
    with pytest.raises(SaslAuthenticationFailed, match="invalid credentials"):
        _scram_connect(kafka_broker, "not-the-password")


def test_auto_topic_creation_is_off(kafka_broker: BrokerInfo) -> None:
    admin = KafkaAdminClient(bootstrap_servers=kafka_broker.bootstrap)
    try:
        missing = f"test.never-created.{uuid.uuid4().hex[:8]}"
        producer = KafkaProducer(bootstrap_servers=kafka_broker.bootstrap, max_block_ms=2000)
        try:
            with pytest.raises(KafkaError):
                producer.send(missing, b"x").get(timeout=5)
        finally:
            producer.close(timeout=5)
        assert missing not in admin.list_topics()
    finally:
        admin.close()


def test_restart_keeps_data_and_addresses(local_broker: LocalBroker, topic_factory: Any) -> None:
    before = local_broker.info
    topic = topic_factory()
    value = b"before-restart-" + uuid.uuid4().hex.encode()
    _produce(topic, value, bootstrap_servers=before.bootstrap)

    after = local_broker.restart()

    assert (after.bootstrap, after.sasl_bootstrap) == (before.bootstrap, before.sasl_bootstrap)
    assert after.pid != before.pid
    assert _consume_all(topic, bootstrap_servers=after.bootstrap) == [value]
    assert _consume_all(topic, **_sasl(after)) == [value]  # SCRAM users survive too
