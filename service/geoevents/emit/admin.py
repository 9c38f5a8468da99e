"""Admin: reach the cluster and create our topics, with one-line errors when we cannot."""

from __future__ import annotations

import contextlib
import logging

from kafka import KafkaAdminClient
from kafka.admin import NewTopic
from kafka.errors import KafkaError, KafkaTimeoutError, TopicAlreadyExistsError

from geoevents.config import Settings
from geoevents.emit.security import kafka_python_security
from geoevents.emit.topics import Topics
from geoevents.errors import BrokerUnavailable

__all__ = ["admin_client", "ensure_topics", "topics_from"]

logger = logging.getLogger(__name__)

#: How long a CLI command waits for an unreachable broker before giving up with one line.
_CONNECT_TIMEOUT_S = 10


def topics_from(settings: Settings) -> Topics:
    return Topics(settings.articles_topic, settings.dlq_topic, settings.events_topic_prefix)


def admin_client(settings: Settings) -> KafkaAdminClient:
    """A connected admin client.

    Raises:
        BrokerUnavailable: the cluster is unreachable or rejected our credentials.
    """
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
