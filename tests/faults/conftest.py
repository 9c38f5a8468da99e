"""Fault-test helpers: generated article streams, an output collector and exact per-article accounting.

Every published record is known in advance together with what must become of it:

* a good article (a seed with new id and shuffled or trimmed sentences) must have on the
  event topics exactly the events offline extraction gives for it (compared by event_id
  and payload, ignoring ``extracted_at``) -- or, failing that, be in the dead-letter topic;
* a bad input must be in the dead-letter topic, byte for byte, with the expected reason.

A repeated event_id is counted as a duplicate; it is acceptable only if every copy has the
same payload (ignoring ``extracted_at``), i.e. at-least-once redelivery, never a different event.

The random seed of a run is printed; set GEOEVENTS_FAULT_SEED to replay one.
"""

from __future__ import annotations

import json
import os
import random
import re
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import pytest
from kafka import KafkaConsumer, KafkaProducer, TopicPartition

from geoevents.config import Settings
from geoevents.decode import decode_article
from geoevents.emit.topics import type_suffix
from geoevents.errors import Rejection
from geoevents.extract.pipeline import extract
from geoevents.resources import load_resources
from tests.integration.conftest import start_worker, worker_env  # noqa: F401 - fixtures re-exported
from tests.integration.harness import SEEDS, WorkerEnv, WorkerProcess

#: Faust's default session timeout is 60 s: a SIGKILLed member keeps its partitions that long,
#: so a restarted worker would wait a minute per crash. 6 s is the broker's minimum
#: (group.min.session.timeout.ms); the heartbeat must be well below it.
FAST_FAILOVER = {"BROKER_SESSION_TIMEOUT": "6", "BROKER_HEARTBEAT_INTERVAL": "1"}

_SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"])")


@pytest.fixture
def rng(request: pytest.FixtureRequest) -> random.Random:
    """A seeded Random for the test (seed printed; GEOEVENTS_FAULT_SEED replays it)."""
    seed = int(os.environ.get("GEOEVENTS_FAULT_SEED") or random.SystemRandom().randrange(1 << 32))
    print(f"\n[{request.node.name}] GEOEVENTS_FAULT_SEED={seed}")
    return random.Random(seed)


# --------------------------------------------------------------------------- articles


@dataclass(frozen=True)
class Published:
    """One record we publish, and what must become of it."""

    key: bytes
    value: bytes
    article_id: str | None  # None: not a decodable article
    #: event_id -> canonical payload (JSON without extracted_at); None for bad input
    expected: dict[str, str] | None
    #: expected dead-letter reason (bad input only)
    reason: str | None = None

    @property
    def good(self) -> bool:
        return self.expected is not None


def canonical(payload: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in payload.items() if k != "extracted_at"}, sort_keys=True)


class ArticleFactory:
    """Variants of the seed articles (new ids; shuffled, regrouped or trimmed sentences) and bad inputs.

    Expected events are computed in-process with the same code, resources and settings the
    worker uses (decode_article + extract), which is what `geoevents extract` does.
    """

    def __init__(self, rng: random.Random, prefix: str) -> None:
        self.rng = rng
        self.prefix = prefix
        self.settings = Settings()
        self.resources = load_resources()
        self.seeds = [json.loads(p.read_text()) for p in sorted(SEEDS.glob("*.json"))]
        self.count = 0

    def _id(self, kind: str) -> str:
        self.count += 1
        return f"{self.prefix}-{kind}-{self.count:05d}"

    def expected_events(self, value: bytes) -> tuple[str, dict[str, str]]:
        article = decode_article(value, max_body_bytes=self.settings.max_body_bytes)
        events = extract(article, self.resources, min_confidence=self.settings.min_confidence)
        return article.id, {e.event_id: canonical(json.loads(e.model_dump_json())) for e in events}

    def _body(self, seed: dict[str, Any]) -> str:
        paragraphs = [p for p in seed["body"].split("\n") if p.strip()]
        sentences = [s for p in paragraphs for s in _SENTENCE_END.split(p)]
        mode = self.rng.choices(["paragraphs", "sentences", "trim", "same"], weights=[4, 4, 2, 1])[0]
        if mode == "paragraphs":
            self.rng.shuffle(paragraphs)
            return "\n".join(paragraphs)
        if mode == "sentences":
            self.rng.shuffle(sentences)
            out, i = [], 0
            while i < len(sentences):  # regroup into paragraphs of 1-3 sentences
                n = self.rng.randint(1, 3)
                out.append(" ".join(sentences[i : i + n]))
                i += n
            return "\n".join(out)
        if mode == "trim":  # a few sentences only: often no event at all
            return " ".join(self.rng.sample(sentences, min(len(sentences), self.rng.randint(1, 3))))
        return seed["body"]

    def good(self) -> Published:
        seed = self.rng.choice(self.seeds)
        article_id = self._id("a")
        doc = {**seed, "id": article_id, "body": self._body(seed), "source": "faults"}
        value = json.dumps(doc, ensure_ascii=self.rng.random() < 0.5).encode()
        got_id, expected = self.expected_events(value)
        assert got_id == article_id
        return Published(article_id.encode(), value, article_id, expected)

    def bad(self) -> Published:
        seed = self.rng.choice(self.seeds)
        body = seed["body"]
        kind = self.rng.choice(
            [
                "not_json",
                "not_utf8",
                "not_object",
                "missing_body",
                "empty_body",
                "invalid_article",
                "unsupported_language",
                "empty",
            ]
        )
        bad_id = self._id(f"bad-{kind}")
        value = {
            "not_json": json.dumps({"id": bad_id, "body": body}).encode()[:-7],
            "not_utf8": b'{"id": "' + bad_id.encode() + b'", "body": "\xc3\x28 ' + body[:80].encode() + b'"}',
            "not_object": json.dumps([bad_id, body]).encode(),
            "missing_body": json.dumps({"id": bad_id, "title": seed["title"]}).encode(),
            "empty_body": json.dumps({"id": bad_id, "body": " \n\t "}).encode(),
            "invalid_article": json.dumps({"id": 7, "body": body}).encode(),
            "unsupported_language": json.dumps({"id": bad_id, "body": body, "language": "fr"}).encode(),
            "empty": b"",
        }[kind]
        with pytest.raises(Rejection) as rejected:
            decode_article(value, max_body_bytes=self.settings.max_body_bytes)
        assert rejected.value.reason == kind
        return Published(bad_id.encode(), value, None, None, kind)

    def stream(self, n: int, bad_fraction: float = 0.005) -> list[Published]:
        """`n` records, about `bad_fraction` of them bad inputs at random places (at least one)."""
        n_bad = max(1, round(n * bad_fraction))
        bad_at = set(self.rng.sample(range(n), n_bad))
        return [self.bad() if i in bad_at else self.good() for i in range(n)]


def describe(published: list[Published]) -> str:
    good = [p for p in published if p.good]
    events = sum(len(p.expected or {}) for p in good)
    empty = sum(1 for p in good if not p.expected)
    return (
        f"{len(published)} records: {len(good)} articles ({empty} without events), "
        f"{len(published) - len(good)} bad inputs; {events} expected events"
    )


# --------------------------------------------------------------------------- kafka I/O


def producer(bootstrap: str) -> KafkaProducer:
    """Idempotent, acks=all, retrying for up to 2 minutes (outlives a broker restart)."""
    return KafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        linger_ms=5,
        max_request_size=2 * 1024 * 1024,
        delivery_timeout_ms=120_000,
        max_block_ms=120_000,
    )


def publish_all(bootstrap: str, topic: str, records: list[Published]) -> None:
    """Publish and wait until every record is acknowledged (fails on any error)."""
    prod = producer(bootstrap)
    try:
        futures = [prod.send(topic, key=p.key, value=p.value) for p in records]
        prod.flush()
        for f in futures:
            f.get(timeout=60)
    finally:
        prod.close()


class Publisher(threading.Thread):
    """Publishes `records` in order at `rate(elapsed_seconds)` records/s (rate 0 = pause) in the background."""

    def __init__(self, bootstrap: str, topic: str, records: list[Published], rate: Callable[[float], float]) -> None:
        super().__init__(daemon=True, name="publisher")
        self.bootstrap, self.topic, self.records, self.rate = bootstrap, topic, records, rate
        self.sent: list[tuple[Published, Any]] = []
        self.started_at = 0.0
        self.error: BaseException | None = None
        self._stop_event = threading.Event()

    def run(self) -> None:
        try:
            prod = producer(self.bootstrap)
            self.started_at = time.monotonic()
            budget = 0.0
            last = self.started_at
            i = 0
            while i < len(self.records) and not self._stop_event.is_set():
                now = time.monotonic()
                budget = min(budget + self.rate(now - self.started_at) * (now - last), 50.0)
                last = now
                while budget >= 1 and i < len(self.records):
                    p = self.records[i]
                    self.sent.append((p, prod.send(self.topic, key=p.key, value=p.value)))
                    i += 1
                    budget -= 1
                time.sleep(0.01)
            prod.flush()
            prod.close()
        except BaseException as err:  # reported by published()
            self.error = err

    def stop(self) -> None:
        self._stop_event.set()
        self.join(30)

    def published(self, timeout: float = 150) -> list[Published]:
        """Wait for the thread; every record it sent must have been acknowledged."""
        self.join(timeout)
        assert not self.is_alive(), "publisher did not finish"
        assert self.error is None, f"publisher failed: {self.error!r}"
        failed = []
        for p, future in self.sent:
            try:
                future.get(timeout=5)
            except Exception as err:
                failed.append((p.key, repr(err)))
        assert not failed, f"{len(failed)} records were not acknowledged by the broker: {failed[:5]}"
        return [p for p, _ in self.sent]


@dataclass
class Seen:
    """What the collector has read so far from the outputs."""

    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (topic, payload)
    letters: list[Any] = field(default_factory=list)  # ConsumerRecords of the DLQ
    event_ids: set[str] = field(default_factory=set)
    letter_keys: set[bytes] = field(default_factory=set)


class Collector(threading.Thread):
    """Reads the event and dead-letter topics from the beginning, continuously, in the background."""

    def __init__(self, wenv: WorkerEnv, bootstrap: str | None = None) -> None:
        super().__init__(daemon=True, name="collector")
        self.wenv = wenv
        self.bootstrap = bootstrap or wenv.bootstrap
        self.seen = Seen()
        self.lock = threading.Lock()
        self.error: BaseException | None = None
        self._stop_event = threading.Event()
        self.consumer = KafkaConsumer(
            bootstrap_servers=self.bootstrap,
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            max_partition_fetch_bytes=4 * 1024 * 1024,
        )
        tps = []
        for topic in [*wenv.event_topics(), wenv.dlq]:
            partitions = None
            deadline = time.monotonic() + 30
            while not partitions and time.monotonic() < deadline:
                partitions = self.consumer.partitions_for_topic(topic)
                if not partitions:
                    time.sleep(0.2)
            assert partitions, f"topic {topic} does not exist"
            tps += [TopicPartition(topic, p) for p in partitions]
        self.consumer.assign(tps)
        self.consumer.seek_to_beginning(*tps)

    def run(self) -> None:
        try:
            while not self._stop_event.is_set():
                for batch in self.consumer.poll(timeout_ms=200, max_records=5000).values():
                    with self.lock:
                        for r in batch:
                            if r.topic == self.wenv.dlq:
                                self.seen.letters.append(r)
                                self.seen.letter_keys.add(r.key)
                            else:
                                payload = json.loads(r.value)
                                self.seen.events.append((r.topic, payload))
                                self.seen.event_ids.add(payload["event_id"])
        except BaseException as err:
            self.error = err
        finally:
            self.consumer.close()

    def unique_events(self) -> int:
        with self.lock:
            return len(self.seen.event_ids)

    def stop(self) -> None:
        self._stop_event.set()
        self.join(30)
        assert self.error is None, f"collector failed: {self.error!r}"


@pytest.fixture
def publisher_for() -> Iterator[Callable[..., Publisher]]:
    """`publisher_for(bootstrap, topic, records, rate)`: a started Publisher, stopped if the test fails early."""
    started: list[Publisher] = []

    def make(bootstrap: str, topic: str, records: list[Published], rate: Callable[[float], float]) -> Publisher:
        pub = Publisher(bootstrap, topic, records, rate)
        pub.start()
        started.append(pub)
        return pub

    yield make
    for pub in started:
        if pub.is_alive():
            pub.stop()


@pytest.fixture
def collector_for() -> Iterator[Callable[..., Collector]]:
    """`collector_for(wenv, bootstrap=None)`: a started Collector, stopped after the test."""
    started: list[Collector] = []

    def make(wenv: WorkerEnv, bootstrap: str | None = None) -> Collector:
        c = Collector(wenv, bootstrap)
        c.start()
        started.append(c)
        return c

    yield make
    for c in started:
        if c.is_alive():
            c.stop()


def group_behind(bootstrap: str, group: str, topic: str) -> int:
    """Records of `topic` past the group's committed offsets (all of them if nothing is committed).

    The consumer only fetches the group's offsets (OffsetFetch); it never joins the group.
    """
    consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    try:
        tps = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or ()]
        assert tps, f"topic {topic} has no partitions"
        ends = consumer.end_offsets(tps)
        return sum(max(0, ends[tp] - (consumer.committed(tp) or 0)) for tp in tps)
    finally:
        consumer.close()


#: Once the group has committed past every input record, outputs still missing after this long are lost.
SETTLE_S = 10.0


def wait_until_done(
    collector: Collector,
    published: list[Published],
    wenv: WorkerEnv,
    *,
    timeout: float,
    workers: Sequence[WorkerProcess] = (),
    bootstrap: str | None = None,
) -> float:
    """Wait until the group has committed to the end of the input and every expected output is out.

    If the group has committed past everything but some outputs are still missing after
    SETTLE_S, returns anyway: those articles are lost and `account` reports them one by one.
    Returns the seconds waited; fails if the group never gets to the end within `timeout`.
    """
    bootstrap = bootstrap or wenv.bootstrap
    t0 = time.monotonic()
    deadline = t0 + timeout
    pending: list[Published] = list(published)
    behind = -1
    settled_since: float | None = None
    while time.monotonic() < deadline:
        assert collector.error is None, f"collector failed: {collector.error!r}"
        with collector.lock:
            seen = collector.seen
            pending = [
                p
                for p in pending
                if p.key not in seen.letter_keys and not (p.good and seen.event_ids.issuperset(p.expected or {}))
            ]
        behind = group_behind(bootstrap, wenv.group, wenv.articles)
        if behind == 0:
            if not pending:
                return time.monotonic() - t0
            settled_since = settled_since or time.monotonic()
            if time.monotonic() - settled_since >= SETTLE_S:
                print(
                    f"group {wenv.group} committed past every input record, yet {len(pending)} records have "
                    f"no output after {SETTLE_S:.0f}s more (e.g. {[p.key for p in pending[:3]]})"
                )
                return time.monotonic() - t0
        else:
            settled_since = None
        time.sleep(0.5)
    logs = "\n".join(f"--- worker pid {w.proc.pid} (rc={w.proc.poll()}) ---\n{w.output()}" for w in workers[-2:])
    raise AssertionError(
        f"not done after {timeout:.0f}s: {len(pending)} records neither fully out nor dead-lettered "
        f"(e.g. {[p.key for p in pending[:3]]}), group {wenv.group} {behind} records behind on "
        f"{wenv.articles}\n{logs}"
    )


# --------------------------------------------------------------------------- accounting


@dataclass
class Accounting:
    published: int = 0
    articles: int = 0
    bad_inputs: int = 0
    complete: int = 0  # good articles whose events are all there, identical to offline
    complete_without_events: int = 0  # of which: articles with no event at all
    dead_lettered: int = 0  # bad inputs found in the DLQ with their bytes and reason
    lost: list[str] = field(default_factory=list)  # neither all events nor dead-lettered
    wrong: list[str] = field(default_factory=list)  # events that differ from offline, or unexpected ones
    good_dead_lettered: list[str] = field(default_factory=list)  # a good article in the DLQ
    bad_letters: list[str] = field(default_factory=list)  # dead letter with other bytes/reason
    unknown_letters: int = 0  # dead letters for keys we did not publish
    duplicate_letters: int = 0  # extra dead letters for the same record (redelivery after a crash)
    event_records: int = 0
    duplicate_ids: int = 0  # event_ids delivered more than once
    duplicate_records: int = 0  # extra copies beyond the first
    identical_replays: int = 0  # extra copies identical even in extracted_at (producer-level resend)
    inexact_duplicates: list[str] = field(default_factory=list)  # same event_id, different payload
    wrong_topic: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"published={self.published} (articles={self.articles}, bad={self.bad_inputs}) "
            f"complete={self.complete} (of which without events={self.complete_without_events}) "
            f"dead_lettered={self.dead_lettered} lost={len(self.lost)} wrong={len(self.wrong)} "
            f"good_in_dlq={len(self.good_dead_lettered)} bad_letters={len(self.bad_letters)} "
            f"unknown_letters={self.unknown_letters} duplicate_letters={self.duplicate_letters} "
            f"| event records={self.event_records} "
            f"duplicate event_ids={self.duplicate_ids} duplicate records={self.duplicate_records} "
            f"(identical incl. extracted_at={self.identical_replays}) "
            f"inexact duplicates={len(self.inexact_duplicates)} wrong_topic={len(self.wrong_topic)}"
        )

    def assert_clean(self) -> None:
        problems = {
            "lost articles": self.lost,
            "events differing from offline extraction": self.wrong,
            "good articles dead-lettered": self.good_dead_lettered,
            "dead letters not byte-identical / wrong reason": self.bad_letters,
            "duplicates with a different payload": self.inexact_duplicates,
            "events on the wrong topic": self.wrong_topic,
        }
        found = {k: v for k, v in problems.items() if v}
        detail = "; ".join(f"{k}: {len(v)} e.g. {v[:5]}" for k, v in found.items())
        assert not found, f"{self.summary()}\n{detail}"
        assert self.complete + len(self.good_dead_lettered) == self.articles
        assert self.dead_lettered == self.bad_inputs


def account(published: list[Published], collector: Collector, wenv: WorkerEnv) -> Accounting:
    """Match every published record to what came out (see the module docstring)."""
    with collector.lock:
        events = list(collector.seen.events)
        letters = list(collector.seen.letters)
    acc = Accounting(published=len(published), event_records=len(events))
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for topic, payload in events:
        by_id[payload["event_id"]].append(payload)
        if topic != wenv.events_prefix + type_suffix(payload["type"]):
            acc.wrong_topic.append(f"{payload['event_id']} on {topic}")
    by_article: dict[str, set[str]] = defaultdict(set)
    for eid, copies in by_id.items():
        by_article[copies[0]["article_id"]].add(eid)
        if len(copies) > 1:
            acc.duplicate_ids += 1
            acc.duplicate_records += len(copies) - 1
            if len({canonical(c) for c in copies}) > 1:
                acc.inexact_duplicates.append(eid)
            stamps = Counter(c.get("extracted_at") for c in copies)
            acc.identical_replays += sum(n - 1 for n in stamps.values())
    letters_by_key: dict[bytes, list[Any]] = defaultdict(list)
    for r in letters:
        letters_by_key[r.key].append(r)
    published_keys = {p.key for p in published}
    acc.unknown_letters = sum(1 for k in letters_by_key if k not in published_keys)
    acc.duplicate_letters = sum(len(v) - 1 for v in letters_by_key.values())

    for p in published:
        if p.good:
            acc.articles += 1
            assert p.expected is not None and p.article_id is not None
            got = by_article.get(p.article_id, set())
            diff = _difference(p.expected, {e: by_id[e][0] for e in got})
            if diff:
                acc.wrong.append(f"{p.article_id}: {diff}")
            if p.key in letters_by_key:
                acc.good_dead_lettered.append(p.article_id)
            elif got == set(p.expected):
                acc.complete += 1
                acc.complete_without_events += not p.expected
            else:
                acc.lost.append(p.article_id)
        else:
            acc.bad_inputs += 1
            found = letters_by_key.get(p.key)
            if not found:
                acc.lost.append(p.key.decode())
                continue
            ok = [r for r in found if (r.value or b"") == p.value and dict(r.headers)["reason"].decode() == p.reason]
            if ok:
                acc.dead_lettered += 1
            else:
                acc.bad_letters.append(p.key.decode())
    return acc


def _difference(expected: dict[str, str], got: dict[str, dict[str, Any]]) -> str:
    """'' if every event that came out is expected with the same payload; else the first difference."""
    for eid, payload in sorted(got.items()):
        if eid not in expected:
            return f"unexpected event {eid} {canonical(payload)[:300]}"
        want = json.loads(expected[eid])
        have = json.loads(canonical(payload))
        if want != have:
            keys = sorted(k for k in want.keys() | have.keys() if want.get(k) != have.get(k))
            shown = {k: {"offline": want.get(k), "worker": have.get(k)} for k in keys}
            return f"event {eid} differs in {json.dumps(shown)[:400]}"
    return ""
