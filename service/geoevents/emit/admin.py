"""Admin: reach the cluster and create our topics, with one-line errors when we cannot."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from aiokafka.conn import create_conn
from aiokafka.errors import (
    AuthenticationFailedError,
    AuthenticationMethodNotSupported,
    SaslAuthenticationFailed,
    UnsupportedSaslMechanismError,
)
from aiokafka.errors import KafkaError as AIOKafkaError
from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAlreadyExistsError

from geoevents.config import Settings
from geoevents.emit.security import aiokafka_security, kafka_python_security
from geoevents.emit.topics import Topics
from geoevents.errors import BrokerUnavailable, ConfigError

__all__ = ["admin_client", "check_credentials", "ensure_topics", "topics_from"]

logger = logging.getLogger(__name__)

#: How long a CLI command waits for an unreachable broker before giving up with one line.
_CONNECT_TIMEOUT_S = 10
#: What the broker answers to a client whose SASL credentials or mechanism it rejects.
_AUTH_ERRORS = (
    SaslAuthenticationFailed,
    AuthenticationFailedError,
    AuthenticationMethodNotSupported,
    UnsupportedSaslMechanismError,
)

_T = TypeVar("_T")


def topics_from(settings: Settings) -> Topics:
    return Topics(settings.articles_topic, settings.dlq_topic, settings.events_topic_prefix)


def admin_client(settings: Settings) -> KafkaAdminClient:
    """A connected admin client.

    Raises:
        BrokerUnavailable: the cluster is unreachable or rejected our credentials.
        ConfigError: SASL is configured without a username or password.
    """
    check_credentials(settings)
    try:
        return KafkaAdminClient(
            bootstrap_servers=settings.bootstrap_servers.split(","),
            client_id=f"{settings.app_id}-admin",
            request_timeout_ms=_CONNECT_TIMEOUT_S * 1000,
            bootstrap_timeout_ms=_CONNECT_TIMEOUT_S * 1000,
            **kafka_python_security(settings),
        )
    except KafkaTimeoutError:
        raise BrokerUnavailable(
            f"cannot reach Kafka at {settings.bootstrap_servers} (set KAFKA_BOOTSTRAP_SERVERS)"
        ) from None
    except KafkaError as err:
        raise BrokerUnavailable(f"Kafka at {settings.bootstrap_servers} refused us: {err}") from None


def check_credentials(settings: Settings) -> None:
    """With SASL, fail at once and in one line when the cluster rejects our credentials.

    kafka-python retries a rejected SASL handshake until its bootstrap timeout and then
    reports only that timeout ("cannot reach"); aiokafka raises the broker's
    authentication error on the first connection, so we probe with it. A server that
    cannot be reached at all is left to the admin client to report.

    Raises:
        BrokerUnavailable: a bootstrap server rejected the username, password or mechanism.
        ConfigError: SASL is configured without a username or password.
    """
    if not settings.security_protocol.startswith("SASL"):
        return
    if not settings.sasl_username or settings.sasl_password is None:
        raise ConfigError(
            f"KAFKA_SECURITY_PROTOCOL={settings.security_protocol} needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"
        )
    rejected = _run(_auth_rejection(settings))
    if rejected is not None:
        server, reason = rejected
        raise BrokerUnavailable(
            f"authentication failed: Kafka at {server} rejected user {settings.sasl_username!r} "
            f"({settings.sasl_mechanism}): {reason} (check KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD)"
        )


async def _auth_rejection(settings: Settings) -> tuple[str, str] | None:
    """(server, broker's reason) of the first bootstrap server that rejects our credentials, else None."""
    security = aiokafka_security(settings)
    for server in settings.bootstrap_servers.split(","):
        host, _, port = server.strip().rpartition(":")
        try:
            conn = await asyncio.wait_for(
                create_conn(
                    host.strip("[]"),
                    int(port),
                    client_id=f"{settings.app_id}-auth-check",
                    request_timeout_ms=_CONNECT_TIMEOUT_S * 1000,
                    **security,
                ),
                _CONNECT_TIMEOUT_S,
            )
        except _AUTH_ERRORS as err:
            reason = " ".join(str(err).split()) or type(err).__name__
            return server.strip(), reason
        except (OSError, ValueError, AIOKafkaError):  # TimeoutError is an OSError
            continue  # unreachable or unparsable: the admin client reports it
        conn.close()
        return None  # authenticated
    return None


def _run(coro: Coroutine[Any, Any, _T]) -> _T:
    """Run a coroutine to completion from sync code, also when called inside a running event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def ensure_topics(settings: Settings) -> Topics:
    """Create the input, dead-letter and event topics if missing; return their names."""
    topics = topics_from(settings)
    names = [topics.articles, topics.dlq, *topics.events.values()]
    admin = admin_client(settings)
    try:
        existing = set(admin.list_topics())
        missing = [n for n in names if n not in existing]
        if missing:
            new = [NewTopic(n, settings.topic_partitions, settings.topic_replication) for n in missing]
            with contextlib.suppress(TopicAlreadyExistsError):  # another worker won the race
                admin.create_topics(new)
            logger.info("created topics: %s", ", ".join(missing))
    except KafkaError as err:
        raise BrokerUnavailable(f"cannot create topics on {settings.bootstrap_servers}: {err}") from None
    finally:
        admin.close()
    return topics
