"""The Faust application: a thin shell that moves articles to events.

decode -> extract -> produce -> count, pipelined: the agent extracts the next article while
the broker acknowledges the records of the previous ones, and a second task acknowledges
each input record to Faust, in order, only once every record made from it was acknowledged
by the broker. Faust commits only acknowledged offsets, so delivery stays at-least-once;
a crash, a shutdown or a rebalance may repeat the records in flight, never skip them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from types import TracebackType
from typing import Any

import faust
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from geoevents.config import Settings
from geoevents.emit.admin import topics_from
from geoevents.emit.routing import Outgoing, Routed, route
from geoevents.emit.security import aiokafka_security, ssl_context
from geoevents.extract.pipeline import extract
from geoevents.metrics import Metrics
from geoevents.models.article import Article
from geoevents.models.events import EventBase
from geoevents.resources import load_resources

__all__ = ["PRODUCER_OPTIONS", "Worker", "create_app"]

logger = logging.getLogger(__name__)

#: A short linger: under load, the events of several articles share a produce request (fewer
#: socket writes). It is no longer a per-article wait: the agent extracts on while acks are due.
_PRODUCER_LINGER_MS = 2
#: The event producer: every in-sync replica acknowledges, and broker-side idempotence keeps
#: the producer's own retries from writing duplicates.
PRODUCER_OPTIONS: dict[str, Any] = {"acks": "all", "enable_idempotence": True, "linger_ms": _PRODUCER_LINGER_MS}
#: Articles produced but not yet acknowledged; the agent stops taking input at this many.
_MAX_IN_FLIGHT = 256
#: How long a normally ending stream waits for its records in flight to be acknowledged.
_DRAIN_TIMEOUT_S = 10.0
#: First and longest pause between retries while the broker is unreachable.
_RETRY_INITIAL_S = 0.5
_RETRY_MAX_S = 10.0
#: Longest wait for one output topic's metadata while warming up.
_WARM_UP_TIMEOUT_S = 10.0
#: Failure detection for the consumer group: short enough to recover quickly, long enough for GC pauses.
_SESSION_TIMEOUT_S = 12.0
#: How often the lag gauge is refreshed for idle partitions.
_LAG_INTERVAL_S = 5.0


@dataclass(slots=True)
class InFlight:
    """One input record between 'its records were handed to the producer' and 'all were acknowledged'."""

    event: Any  # the Faust event, acknowledged to the stream when done
    routed: Routed
    futures: list[asyncio.Future[Any]]
    source: tuple[str, int, int]
    timestamp: float | None


class Worker:
    """Per-process state of the agent: the producer, the metrics and the positions it has reached."""

    def __init__(self, settings: Settings, metrics: Metrics) -> None:
        self.settings = settings
        self.metrics = metrics
        self.topics = topics_from(settings)
        resources = load_resources()  # fail at start-up, not on the first message
        self.extractor = partial(_extract, resources=resources, min_confidence=settings.min_confidence)
        self.extractor(Article(id="warm-up", body="Japan met China in Tokyo."))  # builds the lazy indexes
        self.producer: AIOKafkaProducer | None = None
        self.positions: dict[Any, int] = {}
        self.started = False

    async def start_producer(self) -> AIOKafkaProducer:
        if self.producer is None:
            producer = AIOKafkaProducer(
                bootstrap_servers=self.settings.bootstrap_servers.split(","),
                client_id=f"{self.settings.app_id}-events",
                **PRODUCER_OPTIONS,
                **aiokafka_security(self.settings),
            )
            await producer.start()
            self.producer = producer
        return self.producer

    async def warm_up(self) -> None:
        """Connect the producer and load the metadata of every output topic before the first record,
        which would otherwise wait for both; on failure, send() retries as it always does."""
        try:
            producer = await self.start_producer()
            for topic in (self.topics.dlq, *self.topics.events.values()):
                await asyncio.wait_for(producer.partitions_for(topic), _WARM_UP_TIMEOUT_S)
        except (KafkaError, TimeoutError) as err:
            logger.warning("producer warm-up failed (%r); continuing", err)

    async def stop(self) -> None:
        if self.producer is not None:
            await self.producer.stop()
            self.producer = None

    def route(self, key: bytes | None, value: bytes | None, topic: str, partition: int, offset: int) -> Routed:
        """Decode and extract one record (CPU only): what to produce for it."""
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
        return routed

    async def send(self, records: Sequence[Outgoing]) -> list[asyncio.Future[Any]]:
        """Hand the records to the producer; the futures resolve when the broker acknowledges them.

        Retries while the producer cannot even take them (broker unreachable, no metadata).
        """
        for delay in _backoff():
            try:
                producer = await self.start_producer()
                return [await producer.send(r.topic, r.value, key=r.key, headers=r.headers) for r in records]
            except KafkaError as err:
                logger.warning("produce failed (%s); retrying in %.1fs", err, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable: _backoff() never ends")

    async def settle(self, records: Sequence[Outgoing], futures: Sequence[asyncio.Future[Any]]) -> None:
        """Return once every record is acknowledged: awaits `futures`, re-sending all on a failure."""
        for delay in _backoff():
            try:
                if futures:
                    await asyncio.gather(*futures)
                return
            except KafkaError as err:
                # The broker is away: keep the article (its offset stays uncommitted) and retry.
                logger.warning("produce failed (%s); retrying in %.1fs", err, delay)
                await asyncio.sleep(delay)
            futures = await self.send(records)

    def done(self, routed: Routed, source: tuple[str, int, int], timestamp: float | None) -> None:
        """Count what an acknowledged record became."""
        if routed.rejection is not None:
            topic, partition, offset = source
            self.metrics.articles_dead_lettered.labels(reason=routed.rejection.reason).inc()
            logger.info("dead-lettered %s/%d@%d: %s", topic, partition, offset, routed.rejection)
        for event in routed.events:
            self.metrics.events_emitted.labels(type=event.type).inc()
        if timestamp:
            self.metrics.article_latency.observe(max(0.0, time.time() - timestamp))


class AckPipeline:
    """Acknowledges input records to Faust in arrival order, each once all its outputs are acknowledged.

    `put` queues a record whose outputs are in the producer; a background task awaits them
    (re-sending on failure), then calls `ack(event)` and `on_acked(item)`. `put` waits while
    `limit` records are pending, and raises if the background task died.
    """

    def __init__(
        self,
        worker: Worker,
        ack: Callable[[Any], Awaitable[Any]],
        on_acked: Callable[[InFlight], None],
        limit: int = _MAX_IN_FLIGHT,
    ) -> None:
        self.worker = worker
        self.ack = ack
        self.on_acked = on_acked
        self.queue: asyncio.Queue[InFlight] = asyncio.Queue(maxsize=limit)
        self.task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> AckPipeline:
        self.task = asyncio.ensure_future(self._run())
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        task, self.task = self.task, None
        if task is None:
            return
        try:
            if exc_type is None and not task.done():
                # The stream ended normally: let what is in flight finish (and be committed).
                join = asyncio.ensure_future(self.queue.join())
                try:
                    await asyncio.wait({join, task}, timeout=_DRAIN_TIMEOUT_S, return_when=asyncio.FIRST_COMPLETED)
                finally:
                    join.cancel()
        finally:
            # Anything still unacknowledged stays uncommitted and is consumed again later.
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _alive(self) -> asyncio.Task[None]:
        task = self.task
        if task is None:
            raise RuntimeError("AckPipeline used outside 'async with'")
        if task.done():
            task.result()  # re-raise what killed it
            raise RuntimeError("the acknowledging task stopped")
        return task

    async def put(self, item: InFlight) -> None:
        task = self._alive()
        if not self.queue.full():
            self.queue.put_nowait(item)
            return
        put = asyncio.ensure_future(self.queue.put(item))
        await asyncio.wait({put, task}, return_when=asyncio.FIRST_COMPLETED)
        if not put.done():
            put.cancel()
            self._alive()

    async def _run(self) -> None:
        while True:
            item = await self.queue.get()  # does not suspend while items are waiting
            if not all(f.done() and not f.cancelled() and f.exception() is None for f in item.futures):
                await self.worker.settle(item.routed.records, item.futures)
            await self.ack(item.event)
            self.on_acked(item)
            self.queue.task_done()


def _backoff() -> Iterator[float]:
    """Pauses between retries while the broker is away: doubling, capped, endless."""
    delay = _RETRY_INITIAL_S
    while True:
        yield delay
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
        # A crashed worker's partitions move to the others after this long (Faust's default is 60 s).
        broker_session_timeout=_SESSION_TIMEOUT_S,
        broker_heartbeat_interval=_SESSION_TIMEOUT_S / 4,
        broker_commit_every=100,
        broker_commit_interval=1.0,
    )
    source = app.topic(settings.articles_topic, key_type=bytes, value_type=bytes)

    def acked(item: InFlight) -> None:
        worker.done(item.routed, item.source, item.timestamp)
        message = item.event.message
        worker.positions[message.tp] = message.offset
        _update_lag(app, worker, message.tp)

    @app.agent(source, concurrency=1)  # concurrency > 1 skips offsets (faust-streaming #606)
    async def articles(stream: faust.StreamT[bytes]) -> None:
        # Faust would ack a record as soon as the loop moves past it; the pipeline acks it
        # instead, after the broker acknowledged all it became (as Stream.take() does).
        stream.enable_acks = False
        await worker.warm_up()
        worker.started = True
        async with AckPipeline(worker, stream.ack, acked) as pipeline:
            async for event in stream.events():
                message = event.message
                source = (message.topic, message.partition, message.offset)
                routed = worker.route(message.key, message.value, *source)
                futures = await worker.send(routed.records)
                await pipeline.put(InFlight(event, routed, futures, source, message.timestamp))

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
