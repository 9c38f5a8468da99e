"""The Faust application: a thin shell that moves articles to events.

decode -> extract -> produce (await acks) -> count; the offset of an article is
committed by Faust only after the agent has moved past it, which is after every
record for it was acknowledged by the broker (at-least-once).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from functools import partial
from typing import Any

import faust
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from geoevents.config import Settings
from geoevents.emit.admin import topics_from
from geoevents.emit.routing import Outgoing, route
from geoevents.emit.security import aiokafka_security, ssl_context
from geoevents.extract.pipeline import extract
from geoevents.metrics import Metrics
from geoevents.models.article import Article
from geoevents.models.events import EventBase
from geoevents.resources import load_resources

__all__ = ["Worker", "create_app"]

logger = logging.getLogger(__name__)

#: Batch events for a few ms so an article's events share one produce request.
_PRODUCER_LINGER_MS = 2
#: First and longest pause between retries while the broker is unreachable.
_RETRY_INITIAL_S = 0.5
_RETRY_MAX_S = 10.0
#: How often the lag gauge is refreshed for idle partitions.
_LAG_INTERVAL_S = 5.0


class Worker:
    """Per-process state of the agent: the producer, the metrics and the positions it has reached."""

    def __init__(self, settings: Settings, metrics: Metrics) -> None:
        self.settings = settings
        self.metrics = metrics
        self.topics = topics_from(settings)
        resources = load_resources()  # fail at start-up, not on the first message
        self.extractor = partial(_extract, resources=resources, min_confidence=settings.min_confidence)
        self.producer: AIOKafkaProducer | None = None
        self.positions: dict[Any, int] = {}
        self.started = False

    async def start_producer(self) -> AIOKafkaProducer:
        if self.producer is None:
            producer = AIOKafkaProducer(
                bootstrap_servers=self.settings.bootstrap_servers.split(","),
                client_id=f"{self.settings.app_id}-events",
                acks="all",
                enable_idempotence=True,
                linger_ms=_PRODUCER_LINGER_MS,
                **aiokafka_security(self.settings),
            )
            await producer.start()
            self.producer = producer
        return self.producer

    async def stop(self) -> None:
        if self.producer is not None:
            await self.producer.stop()
            self.producer = None

    async def handle(
        self,
        key: bytes | None,
        value: bytes | None,
        topic: str,
        partition: int,
        offset: int,
        timestamp: float | None,
    ) -> None:
        """Route one record and produce what it became; returns only when the broker acknowledged it all."""
        self.metrics.articles_consumed.inc()
        started = time.perf_counter()
        routed = route(
            key,
            value,
            (topic, partition, offset),
            topics=self.topics,
            extractor=self.extractor,
            max_body_bytes=self.settings.max_body_bytes,
        )
        self.metrics.extraction_duration.observe(time.perf_counter() - started)
        await self._send_all(routed.records)
        if routed.rejection is not None:
            self.metrics.articles_dead_lettered.labels(reason=routed.rejection.reason).inc()
            logger.info("dead-lettered %s/%d@%d: %s", topic, partition, offset, routed.rejection)
        for event in routed.events:
            self.metrics.events_emitted.labels(type=event.type).inc()
        if timestamp:
            self.metrics.article_latency.observe(max(0.0, time.time() - timestamp))

    async def _send_all(self, records: Sequence[Outgoing]) -> None:
        delay = _RETRY_INITIAL_S
        while True:
            try:
                producer = await self.start_producer()
                futures = [await producer.send(r.topic, r.value, key=r.key, headers=r.headers) for r in records]
                await asyncio.gather(*futures)
                return
            except KafkaError as err:
                # The broker is away: keep the article (its offset stays uncommitted) and retry.
                logger.warning("produce failed (%s); retrying in %.1fs", err, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, _RETRY_MAX_S)


def _extract(article: Article, *, resources: Any, min_confidence: float) -> list[EventBase]:
    return extract(article, resources, min_confidence=min_confidence)


def _faust_credentials(settings: Settings) -> Any:
    context = ssl_context(settings)
    if settings.security_protocol.startswith("SASL"):
        return faust.SASLCredentials(
            username=settings.sasl_username,
            password=settings.sasl_password.get_secret_value() if settings.sasl_password else None,
            mechanism=settings.sasl_mechanism,
            ssl_context=context,
        )
    if context is not None:
        return faust.SSLCredentials(context)
    return None


def create_app(settings: Settings, registry: CollectorRegistry | None = None) -> tuple[faust.App, Worker]:
    """Build the Faust app, its agent and its web views (no I/O until the worker starts)."""
    registry = registry or CollectorRegistry()
    metrics = Metrics.create(registry)
    worker = Worker(settings, metrics)
    brokers = [f"kafka://{server}" for server in settings.bootstrap_servers.split(",")]
    app = faust.App(
        settings.app_id,
        broker=brokers,
        broker_credentials=_faust_credentials(settings),
        key_serializer="raw",
        value_serializer="raw",
        web_enabled=True,
        web_bind=settings.web_host,
        web_port=settings.web_port,
        web_in_thread=False,
        datadir=settings.data_dir,
        consumer_auto_offset_reset="earliest",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        topic_allow_declare=False,
        topic_disable_leader=True,
        producer_acks=-1,
        broker_commit_every=100,
        broker_commit_interval=1.0,
    )
    source = app.topic(settings.articles_topic, key_type=bytes, value_type=bytes)

    @app.agent(source, concurrency=1)  # concurrency > 1 skips offsets (faust-streaming #606)
    async def articles(stream: faust.StreamT[bytes]) -> None:
        worker.started = True
        async for event in stream.events():
            message = event.message
            await worker.handle(
                message.key,
                message.value,
                message.topic,
                message.partition,
                message.offset,
                message.timestamp,
            )
            worker.positions[message.tp] = message.offset
            _update_lag(app, worker, message.tp)

    @app.timer(interval=_LAG_INTERVAL_S)  # type: ignore[untyped-decorator]
    async def refresh_lag() -> None:
        for tp in app.consumer.assignment():
            _update_lag(app, worker, tp)

    @app.page("/metrics")
    async def metrics_page(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(registry), content_type=CONTENT_TYPE_LATEST.split(";")[0])

    @app.page("/healthz")
    async def healthz(web: Any, request: Any) -> Any:
        return web.json({"status": "alive"})

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        assigned = sorted(f"{tp.topic}:{tp.partition}" for tp in app.consumer.assignment())
        ready = worker.started and bool(assigned)
        return web.json({"ready": ready, "assigned": assigned}, status=200 if ready else 503)

    async def stop_producer(sender: Any, *args: Any, signal: Any, **kwargs: Any) -> None:
        await worker.stop()

    app.on_before_shutdown.connect(stop_producer)  # type: ignore[arg-type]

    return app, worker


def _update_lag(app: faust.App, worker: Worker, tp: Any) -> None:
    try:
        highwater = app.consumer.highwater(tp)
    except Exception:  # no fetch response yet for this partition
        return
    if highwater is None:
        return
    position = worker.positions.get(tp)
    lag = highwater - (position + 1) if position is not None else highwater
    worker.metrics.consumer_lag.labels(topic=tp.topic, partition=str(tp.partition)).set(max(0, lag))
