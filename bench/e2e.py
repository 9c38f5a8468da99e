"""End-to-end benchmark: the worker on a real Kafka broker, beside offline extraction and a no-op worker.

Usage:
    python -m bench.e2e [--corpus PATH ...] [-n 20000] [--partitions 2] [--rate 100]
                        [--latency-seconds 60] [--out bench/results/e2e.json]

For real measurements:
    python -m bench.e2e --corpus ../shared/corpus/gov_releases.jsonl seeds/00-seed-000.json

One invocation starts its own single-node Kafka (geoevents.devbroker.LocalBroker, in a
temporary directory; or reuses one with --bootstrap), builds N articles from the corpus
(repeated under new ids) and publishes them all to a fresh `articles` topic with P
partitions before any worker starts. Then, on the same N articles:

offline    decode_article + extract + model_dump_json in this process, one core.
identity   bench/identity_app.py: a Faust worker that forwards each record unchanged and
           awaits its broker ack (same consumer and producer settings as geoevents);
           N / (first to last output record, from the output topic's end offsets).
worker_1   one `python -m geoevents worker` (own group and output topics); the clock
           starts at its first consumed record (/metrics geoevents_articles_consumed_total)
           and stops when the count reaches N; then the group's committed offsets must
           reach N. Peak RSS is VmHWM of the process and its children.
worker_2   two workers in one fresh group on the same topic: 2w/1w throughput ratio.
latency    one running worker on a fresh topic; a producer sends seed-length articles
           that yield events at a fixed rate, each with its record timestamp set to the
           wall clock at send; a consumer in this process reads the event topics; an
           article's latency = receive time of its LAST event - its record timestamp.

The bench's own broker uses group.initial.rebalance.delay.ms=3000 (Kafka's default),
so two workers started together join one generation instead of rebalancing mid-run.
Figures go to a table on stdout and, with machine info, to --out as JSON.
--profile-dir attaches py-spy (if installed) to the worker_1 worker for its
measured window and writes the collapsed stacks plus a summary of the top functions.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaAdminClient, KafkaConsumer, KafkaProducer, TopicPartition
from kafka.admin import NewTopic

from geoevents.config import Settings
from geoevents.decode import decode_article
from geoevents.devbroker import KAFKA_VERSION, LocalBroker, stop_process
from geoevents.emit.topics import EVENT_TYPES, type_suffix
from geoevents.extract.pipeline import extract
from geoevents.resources import load_resources
from geoevents.sources import read_articles

REPO = Path(__file__).resolve().parents[1]
PHASES = ("offline", "identity", "worker1", "worker2", "latency")
_LIMIT = 512 * 1024
_CLK_TCK = os.sysconf("SC_CLK_TCK")

#: Targets the figures are reported against.
TARGETS = {
    "worker_over_offline": 0.8,  # >=
    "latency_p99_ms": 100.0,  # <=
    "peak_rss_mb": 300.0,  # <= per worker
    "two_over_one": 1.4,  # >=
}


def log(msg: str) -> None:
    print(f"[e2e {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- articles


def load_bases(paths: Sequence[str]) -> list[dict[str, Any]]:
    """The corpus as article objects (records that are not JSON objects with a body are skipped)."""
    bases = []
    for raw in read_articles(list(paths)):
        try:
            obj = json.loads(raw.value)
        except ValueError:
            continue
        if isinstance(obj, dict) and isinstance(obj.get("body"), str) and obj["body"].strip():
            obj.setdefault("id", raw.id or Path(raw.origin).stem)
            bases.append(obj)
    if not bases:
        raise SystemExit(f"no articles in {list(paths)}")
    return bases


def build_articles(bases: Sequence[dict[str, Any]], n: int, tag: str) -> list[tuple[bytes, bytes]]:
    """N (key, value) records: the corpus repeated in order, each copy under a new id."""
    out = []
    for i in range(n):
        obj = dict(bases[i % len(bases)])
        obj["id"] = f"{tag}-{i:07d}-{obj['id']}"[:500]
        out.append((obj["id"].encode(), json.dumps(obj, ensure_ascii=False).encode()))
    return out


def event_count(value: bytes, resources: Any, min_confidence: float) -> int:
    return len(extract(decode_article(value, max_body_bytes=_LIMIT), resources, min_confidence=min_confidence))


# ------------------------------------------------------------------------------ kafka


class Kafka:
    """Admin and offset queries on the broker (kafka-python)."""

    def __init__(self, bootstrap: str) -> None:
        self.bootstrap = bootstrap
        self.admin = KafkaAdminClient(bootstrap_servers=bootstrap, client_id="bench-e2e-admin")
        self.offsets = KafkaConsumer(bootstrap_servers=bootstrap, group_id=None, client_id="bench-e2e-offsets")
        self.created: list[str] = []

    def create(self, names: Sequence[str], partitions: int) -> None:
        self.admin.create_topics([NewTopic(n, partitions, 1) for n in names])
        self.created += names
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            parts = [self.offsets.partitions_for_topic(n) for n in names]
            if all(p is not None and len(p) == partitions for p in parts):
                return
            time.sleep(0.1)
        raise RuntimeError(f"topics {names} have no metadata after 30s")

    def end_offsets(self, topic: str, partitions: int) -> int:
        tps = [TopicPartition(topic, p) for p in range(partitions)]
        return int(sum(self.offsets.end_offsets(tps).values()))

    def committed(self, group: str, topic: str) -> int:
        offsets = self.admin.list_group_offsets(group).get(group, {})
        return int(sum(max(0, om.offset) for tp, om in offsets.items() if tp.topic == topic))

    def close(self, delete: bool) -> None:
        if delete and self.created:
            with contextlib.suppress(Exception):
                self.admin.delete_topics(self.created)
        self.offsets.close()
        self.admin.close()


def publish(bootstrap: str, topic: str, records: Sequence[tuple[bytes, bytes]], partitions: int) -> float:
    """Send every record (round-robin over the partitions, so they hold equal counts); seconds taken."""
    t0 = time.perf_counter()
    producer = KafkaProducer(
        bootstrap_servers=bootstrap,
        acks="all",
        linger_ms=20,
        batch_size=512 * 1024,
        max_request_size=2 * 1024 * 1024,
    )
    futures = [producer.send(topic, key=k, value=v, partition=i % partitions) for i, (k, v) in enumerate(records)]
    producer.flush()
    for f in futures:
        f.get(timeout=60)
    producer.close()
    return time.perf_counter() - t0


# -------------------------------------------------------------------------- processes


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _tree(pid: int) -> list[int]:
    """pid and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for children in Path(f"/proc/{p}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo += [int(c) for c in children.read_text().split()]
    return out


def _status_kb(pid: int, key: str) -> int:
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def cpu_seconds(pid: int) -> float:
    total = 0.0
    for p in _tree(pid):
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{p}/stat").read_text().rpartition(")")[2].split()
            total += (int(fields[11]) + int(fields[12])) / _CLK_TCK
    return total


def sched(pid: int) -> tuple[float, float]:
    """(seconds on a CPU, seconds runnable but waiting for one) of the process's main thread."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        on, wait, _ = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()
        return int(on) / 1e9, int(wait) / 1e9
    return 0.0, 0.0


def sched_shares(before: tuple[float, float], after: tuple[float, float], seconds: float) -> dict[str, float]:
    """How a main thread spent a window: running, waiting for a CPU (starved), or off CPU (idle/GIL)."""
    on, wait = after[0] - before[0], after[1] - before[1]
    return {
        "on_cpu": round(on / seconds, 3),
        "runqueue_wait": round(wait / seconds, 3),
        "off_cpu": round(max(0.0, 1 - (on + wait) / seconds), 3),
    }


class Proc:
    """A worker subprocess (geoevents or identity) with its web port and log."""

    def __init__(self, name: str, cmd: list[str], env: dict[str, str], port: int, workdir: Path) -> None:
        self.name = name
        self.port = port
        self.log = workdir / f"{name}.log"
        self._log_fh = self.log.open("wb")
        self.spawned = time.perf_counter()
        self.proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=self._log_fh, stderr=subprocess.STDOUT)
        self.peak_rss_kb = 0

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> None:
        if self.proc.poll() is not None:
            raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.output()}")

    def get(self, path: str, timeout: float = 5) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=timeout) as resp:
                return int(resp.status), resp.read()
        except urllib.error.HTTPError as err:
            return int(err.code), err.read()

    def metrics(self) -> dict[str, float]:
        try:
            status, body = self.get("/metrics")
        except OSError:
            return {}
        out: dict[str, float] = {}
        if status == 200:
            for line in body.decode().splitlines():
                if line and not line.startswith("#"):
                    name, _, value = line.rpartition(" ")
                    out[name] = float(value)
        return out

    def consumed(self) -> int:
        return int(self.metrics().get("geoevents_articles_consumed_total", 0))

    def readyz(self) -> dict[str, Any] | None:
        try:
            status, body = self.get("/readyz", timeout=2)
        except OSError:
            return None
        try:
            data = json.loads(body)
        except ValueError:
            return None
        return data if status == 200 else None

    def wait_ready(self, timeout: float = 90) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.alive()
            ready = self.readyz()
            if ready:
                return ready
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} not ready after {timeout}s:\n{self.output()}")

    def sample(self) -> None:
        """Record the peak RSS (VmHWM of the process tree) while it is alive."""
        if self.proc.poll() is None:
            self.peak_rss_kb = max(self.peak_rss_kb, sum(_status_kb(p, "VmHWM") for p in _tree(self.pid)))

    @property
    def peak_rss_mb(self) -> float:
        return round(self.peak_rss_kb / 1024, 1)

    def output(self) -> str:
        self._log_fh.flush()
        return self.log.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        self.sample()
        stop_process(self.proc, timeout=30)
        self._log_fh.close()


@dataclass
class Window:
    """First and last consumed record of a throughput phase (perf_counter seconds)."""

    spawned: float
    first: float
    last: float
    n: int
    cpu: dict[str, float] = field(default_factory=dict)  # process name -> CPU seconds in the window
    main_thread: dict[str, dict[str, float]] = field(default_factory=dict)  # process name -> sched_shares

    @property
    def seconds(self) -> float:
        return self.last - self.first

    @property
    def rate(self) -> float:
        return self.n / self.seconds if self.seconds > 0 else float("nan")


def measure_window(
    count: Callable[[], int],
    n: int,
    procs: Sequence[Proc],
    timeout: float,
    cpu_pids: dict[str, int],
    on_first: Callable[[], None] | None = None,
) -> Window:
    """Poll `count()` until it reaches n: the clock runs from the first poll that sees a record to the
    first that sees n. Polling is fast at both ends and slow in between (a /metrics scrape costs the
    worker's event loop time, so it is kept to about one a second while nothing is about to happen)."""
    spawned = min(p.spawned for p in procs)
    deadline = time.monotonic() + timeout
    first: float | None = None
    cpu0: dict[str, float] = {}
    rate = 0.0
    while True:
        for p in procs:
            p.alive()
        c = count()
        now = time.perf_counter()
        if first is None and c > 0:
            first = now
            cpu0 = {name: cpu_seconds(pid) for name, pid in cpu_pids.items()}
            cpu0["_machine"], cpu0["_self"] = system_busy()[0], _self_cpu()
            sched0 = {p.name: sched(p.pid) for p in procs}
            if on_first is not None:
                on_first()
        if c >= n:
            assert first is not None
            cpu = {name: cpu_seconds(pid) - cpu0.get(name, 0.0) for name, pid in cpu_pids.items()}
            machine = system_busy()[0] - cpu0["_machine"]
            # Cores used by processes that are not part of this bench (other people's tests, ...).
            cpu["_other"] = max(0.0, machine - sum(cpu.values()) - (_self_cpu() - cpu0["_self"]))
            shares = {p.name: sched_shares(sched0[p.name], sched(p.pid), now - first) for p in procs}
            return Window(spawned, first, now, n, cpu, shares)
        if time.monotonic() > deadline:
            raise RuntimeError(f"only {c} of {n} records after {timeout:.0f}s")
        for p in procs:
            p.sample()
        if first is None or c == 0:
            time.sleep(0.01)
            continue
        rate = c / max(now - first, 1e-3)
        remaining = (n - c) / max(rate, 1e-3)
        time.sleep(min(1.0, max(0.005, remaining / 3)))


def wait_committed(kafka: Kafka, group: str, topic: str, n: int, timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    committed = 0
    while time.monotonic() < deadline:
        committed = kafka.committed(group, topic)
        if committed >= n:
            return committed
        time.sleep(0.25)
    raise RuntimeError(f"group {group} committed {committed} of {n} on {topic} after {timeout}s")


# ----------------------------------------------------------------------------- profile


class Profiler:
    """py-spy attached to a worker for the measured window (collapsed stacks, idle time included)."""

    def __init__(self, out_dir: Path, name: str) -> None:
        self.out_dir = out_dir
        self.name = name
        self.proc: subprocess.Popen[bytes] | None = None
        self.raw = out_dir / f"{name}.collapsed"

    def start(self, pid: int) -> None:
        spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
        if not Path(spy).exists():
            log("py-spy not found; no profile")
            return
        self.out_dir.mkdir(parents=True, exist_ok=True)
        cmd = [spy, "record", "--pid", str(pid), "--idle", "--rate", "100", "--format", "raw", "-o", str(self.raw)]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> str | None:
        if self.proc is None:
            return None
        stop_process(self.proc, timeout=60, sig=signal.SIGINT)  # py-spy writes its profile on SIGINT
        if not self.raw.exists():
            err = self.proc.stderr.read().decode(errors="replace") if self.proc.stderr else ""
            log(f"py-spy wrote nothing: {err[-500:]}")
            return None
        summary = summarise_collapsed(self.raw)
        (self.out_dir / f"{self.name}.top.txt").write_text(summary)
        return summary


#: Where a main-thread sample is spent, by the first matching frame (checked leaf first).
_CATEGORIES = (
    ("idle (waiting in select)", ("EpollSelector.select", "KqueueSelector.select")),
    ("extraction (geoevents.extract)", ("(geoevents/extract/", "extract (geoevents/extract")),
    ("decode_article", ("decode_article (geoevents/decode",)),
    ("event JSON + headers", ("model_dump_json", "cloudevent_headers")),
    ("aiokafka producer", ("aiokafka/producer/",)),
    ("metrics", ("prometheus_client/",)),
    ("faust/mode (stream, consumer, acks)", ("faust/", "mode/")),
    ("aiokafka (other)", ("aiokafka/",)),
)


def _function(frame: str) -> str:
    """'name (path:line)' -> 'name (path)'."""
    name, _, where = frame.partition(" (")
    return f"{name} ({where.rsplit(':', 1)[0]})" if where else name


def summarise_collapsed(path: Path, top: int = 25) -> str:
    """Main thread of the worker by category, and its top functions by inclusive and by self time
    (from py-spy's collapsed stacks, idle samples included)."""
    threads: Counter[str] = Counter()
    categories: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    main = 0
    for line in path.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not stack:
            continue
        count = int(n)
        frames = [
            f.strip().replace(str(REPO) + "/service/", "").replace(sys.prefix + "/lib/", "") for f in stack.split(";")
        ]
        thread = "consumer thread (mode ServiceThread)" if frames[0].startswith("Thread._bootstrap") else "main thread"
        threads[thread] += count
        if thread != "main thread":
            continue
        main += count
        for label, needles in _CATEGORIES:
            if any(needle in frame for frame in reversed(frames) for needle in needles):
                categories[label] += count
                break
        else:
            categories["other"] += count
        for f in {_function(f) for f in frames}:
            inclusive[f] += count
        own[_function(frames[-1])] += count
    total = sum(threads.values())
    lines = [f"samples: {total} (idle included)"]
    lines += [f"  {100 * c / total:5.1f}%  {t}" for t, c in threads.most_common()]
    lines += ["", "main thread by category (% of main-thread samples)"]
    lines += [f"  {100 * c / main:5.1f}%  {label}" for label, c in categories.most_common()]
    lines += ["", "main thread: inclusive %  function"]
    lines += [f"  {100 * c / main:5.1f}%  {f}" for f, c in inclusive.most_common(top)]
    lines += ["", "main thread: self %  function"]
    lines += [f"  {100 * c / main:5.1f}%  {f}" for f, c in own.most_common(top)]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------ phases


@dataclass
class Bench:
    args: argparse.Namespace
    bootstrap: str
    kafka: Kafka
    workdir: Path
    run: str
    broker_pid: int | None
    settings: Settings = field(default_factory=Settings)
    procs: list[Proc] = field(default_factory=list)

    def cpu_pids(self, procs: Sequence[Proc]) -> dict[str, int]:
        pids = {p.name: p.pid for p in procs}
        if self.broker_pid is not None:
            pids["broker"] = self.broker_pid
        return pids

    def spawn(self, name: str, cmd: list[str], env: dict[str, str], port: int) -> Proc:
        proc = Proc(name, cmd, env, port, self.workdir)
        self.procs.append(proc)
        return proc

    def geoevents_env(self, name: str, group: str, articles: str, prefix: str, port: int) -> dict[str, str]:
        return {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "GEOEVENTS_APP_ID": group,
            "GEOEVENTS_ARTICLES_TOPIC": articles,
            "GEOEVENTS_DLQ_TOPIC": f"{prefix}dlq",
            "GEOEVENTS_EVENTS_TOPIC_PREFIX": f"{prefix}events.",
            "GEOEVENTS_TOPIC_PARTITIONS": str(self.args.partitions),
            "GEOEVENTS_WEB_HOST": "127.0.0.1",
            "GEOEVENTS_WEB_PORT": str(port),
            "GEOEVENTS_DATA_DIR": str(self.workdir / f"faust-{name}"),
            "GEOEVENTS_LOG_LEVEL": "WARNING",
        }

    def output_topics(self, prefix: str) -> list[str]:
        """Create (before the workers start, so they do not race to) the DLQ and event topics of a run."""
        events = [f"{prefix}events.{type_suffix(t)}" for t in EVENT_TYPES]
        self.kafka.create([f"{prefix}dlq", *events], self.args.partitions)
        return events

    def start_workers(self, tag: str, k: int, articles: str) -> tuple[str, str, list[Proc]]:
        group, prefix = f"{self.run}-{tag}", f"{self.run}.{tag}."
        self.output_topics(prefix)
        procs = []
        for i in range(k):
            port = free_port()
            env = self.geoevents_env(f"{tag}-{i}", group, articles, prefix, port)
            procs.append(self.spawn(f"{tag}-{i}", [sys.executable, "-m", "geoevents", "worker"], env, port))
        return group, prefix, procs

    # -- offline
    def offline(self, values: Sequence[bytes]) -> dict[str, Any]:
        resources = load_resources()
        min_conf = self.settings.min_confidence
        for value in values[:20]:  # warm caches, as the worker has by its first record
            for event in extract(decode_article(value, max_body_bytes=_LIMIT), resources, min_confidence=min_conf):
                event.model_dump_json()
        events = 0
        busy0 = system_busy()[0]
        sched0 = sched(os.getpid())
        t0 = time.process_time()
        w0 = time.perf_counter()
        for value in values:
            article = decode_article(value, max_body_bytes=_LIMIT)
            for event in extract(article, resources, min_confidence=min_conf):
                event.model_dump_json()
                events += 1
        wall = time.perf_counter() - w0
        cpu = time.process_time() - t0
        other = max(0.0, system_busy()[0] - busy0 - cpu)
        return {
            "other_cpu_cores": round(other / wall, 2),
            "main_thread": sched_shares(sched0, sched(os.getpid()), wall),
            "articles_per_cpu_s": round(len(values) / cpu, 2),
            "articles": len(values),
            "events": events,
            "seconds": round(wall, 3),
            "cpu_seconds": round(cpu, 3),
            "articles_per_s": round(len(values) / wall, 2),
        }

    # -- identity
    def identity(self, articles: str, n: int) -> dict[str, Any]:
        group, output = f"{self.run}-identity", f"{self.run}.identity.out"
        self.kafka.create([output], self.args.partitions)
        port = free_port()
        cmd = [
            sys.executable,
            "-m",
            "bench.identity_app",
            *("--bootstrap", self.bootstrap, "--input", articles, "--output", output),
            *("--group", group, "--web-port", str(port), "--data-dir", str(self.workdir / "faust-identity")),
        ]
        proc = self.spawn("identity", cmd, {**os.environ}, port)
        try:
            win = measure_window(
                lambda: self.kafka.end_offsets(output, self.args.partitions),
                n,
                [proc],
                self.args.timeout,
                self.cpu_pids([proc]),
            )
            committed = wait_committed(self.kafka, group, articles, n)
        finally:
            proc.stop()
        return {
            "articles_per_s": round(win.rate, 2),
            "seconds": round(win.seconds, 3),
            "startup_s": round(win.first - win.spawned, 2),
            "committed": committed,
            "peak_rss_mb": proc.peak_rss_mb,
            "cpu_util": {k: round(v / win.seconds, 3) for k, v in win.cpu.items() if k != "_other"},
            "other_cpu_cores": round(win.cpu["_other"] / win.seconds, 2),
            "main_thread": win.main_thread[proc.name],
        }

    # -- geoevents workers
    def workers(self, articles: str, n: int, k: int) -> dict[str, Any]:
        tag = f"{k}w"
        group, _, procs = self.start_workers(tag, k, articles)
        profiler = Profiler(self.args.profile_dir, f"worker_{k}") if self.args.profile_dir and k == 1 else None
        try:
            win = measure_window(
                lambda: sum(p.consumed() for p in procs),
                n,
                procs,
                self.args.timeout,
                self.cpu_pids(procs),
                on_first=(lambda: profiler.start(procs[0].pid)) if profiler else None,
            )
            profile = profiler.stop() if profiler else None
            committed = wait_committed(self.kafka, group, articles, n)
            per_worker = []
            for p in procs:
                p.sample()
                m = p.metrics()
                ready = p.readyz() or {}
                per_worker.append(
                    {
                        "consumed": int(m.get("geoevents_articles_consumed_total", 0)),
                        "events": int(
                            sum(v for key, v in m.items() if key.startswith("geoevents_events_emitted_total"))
                        ),
                        "dead_lettered": int(
                            sum(v for key, v in m.items() if key.startswith("geoevents_articles_dead_lettered_total"))
                        ),
                        "extraction_seconds": round(m.get("geoevents_extraction_duration_seconds_sum", 0.0), 3),
                        "assigned": ready.get("assigned", []),
                        "peak_rss_mb": p.peak_rss_mb,
                        "cpu_util": round(win.cpu.get(p.name, 0.0) / win.seconds, 3),
                        "cpu_seconds": round(win.cpu.get(p.name, 0.0), 3),
                        "main_thread": win.main_thread[p.name],
                    }
                )
        finally:
            for p in procs:
                p.stop()
        for p, w in zip(procs, per_worker, strict=True):
            w["peak_rss_mb"] = p.peak_rss_mb
        result: dict[str, Any] = {
            "workers": k,
            "articles_per_s": round(win.rate, 2),
            "seconds": round(win.seconds, 3),
            "startup_s": round(win.first - win.spawned, 2),
            "committed": committed,
            "consumed": sum(w["consumed"] for w in per_worker),
            "events": sum(w["events"] for w in per_worker),
            "dead_lettered": sum(w["dead_lettered"] for w in per_worker),
            "peak_rss_mb": max(w["peak_rss_mb"] for w in per_worker),
            "extraction_share": round(sum(w["extraction_seconds"] for w in per_worker) / (k * win.seconds), 3),
            "per_worker": per_worker,
            "other_cpu_cores": round(win.cpu["_other"] / win.seconds, 2),
            # Articles per CPU-second of the worker processes (all threads): unlike articles/s,
            # this hardly moves when other processes take CPU from the bench.
            "articles_per_cpu_s": round(n / max(1e-9, sum(w["cpu_seconds"] for w in per_worker)), 2),
        }
        if self.broker_pid is not None:
            result["broker_cpu_util"] = round(win.cpu.get("broker", 0.0) / win.seconds, 3)
        if profile is not None:
            result["profile"] = str(self.args.profile_dir)
        return result

    # -- latency
    def latency(self) -> dict[str, Any]:
        args = self.args
        resources = load_resources()
        bases = load_bases(args.latency_corpus)
        min_conf = self.settings.min_confidence
        counts = [event_count(json.dumps(b).encode(), resources, min_conf) for b in bases]
        usable = [(b, c) for b, c in zip(bases, counts, strict=True) if c > 0]
        if not usable:
            raise RuntimeError(f"no article of {args.latency_corpus} yields events")
        total = max(1, round(args.rate * args.latency_seconds))
        records = build_articles([b for b, _ in usable], total, f"{self.run}-lat")
        expected = {k.decode(): usable[i % len(usable)][1] for i, (k, _) in enumerate(records)}
        # Warm-up, not measured: the first records of a fresh worker, producer and receiver pay
        # one-off costs (connections, metadata of each event topic, lazily built indexes).
        warm = build_articles([b for b, _ in usable], max(10, round(args.rate)), f"{self.run}-warm")
        warm_expected = {k.decode(): usable[i % len(usable)][1] for i, (k, _) in enumerate(warm)}
        articles = f"{self.run}.lat.articles"
        self.kafka.create([articles], args.partitions)
        _, prefix, (proc,) = self.start_workers("lat", 1, articles)
        event_topics = [f"{prefix}events.{type_suffix(t)}" for t in EVENT_TYPES]
        receiver: _EventReceiver | None = None
        try:
            proc.wait_ready()
            receiver = _EventReceiver(self.bootstrap, event_topics, args.partitions)
            receiver.start()
            producer = KafkaProducer(bootstrap_servers=self.bootstrap, acks="all", linger_ms=0)
            producer.partitions_for(articles)  # metadata before the clock starts

            def send_at_rate(batch: Sequence[tuple[bytes, bytes]]) -> tuple[dict[str, float], list[float], float]:
                """Send at args.rate; record timestamp = wall clock at send. (sent times, lateness, t0)."""
                sent: dict[str, float] = {}
                late: list[float] = []
                t0 = time.time() + 0.2
                for i, (key, value) in enumerate(batch):
                    due = t0 + i / args.rate
                    pause = due - time.time()
                    if pause > 0:
                        time.sleep(pause)
                    now_ms = int(time.time() * 1000)
                    late.append(now_ms / 1000 - due)
                    sent[key.decode()] = now_ms / 1000
                    producer.send(articles, key=key, value=value, partition=i % args.partitions, timestamp_ms=now_ms)
                    if i % 50 == 0:
                        proc.sample()
                producer.flush()
                return sent, late, t0

            def wait_for(want: dict[str, int], timeout: float) -> None:
                assert receiver is not None
                deadline = time.monotonic() + timeout
                while time.monotonic() < deadline and not receiver.complete(want):
                    proc.alive()
                    proc.sample()
                    time.sleep(0.05)

            warm_sent, _, _ = send_at_rate(warm)
            wait_for(warm_expected, 60)
            metrics0 = proc.metrics()
            busy0, self0 = system_busy()[0], _self_cpu()
            cpu0 = {"worker": cpu_seconds(proc.pid)}
            sched0 = sched(proc.pid)
            if self.broker_pid is not None:
                cpu0["broker"] = cpu_seconds(self.broker_pid)
            sent, late, t0 = send_at_rate(records)
            send_seconds = time.time() - t0
            cpu = {"worker": cpu_seconds(proc.pid) - cpu0["worker"]}
            main_thread = sched_shares(sched0, sched(proc.pid), send_seconds)
            if self.broker_pid is not None:
                cpu["broker"] = cpu_seconds(self.broker_pid) - cpu0["broker"]
            other = system_busy()[0] - busy0 - sum(cpu.values()) - (_self_cpu() - self0)
            producer.close()
            wait_for(expected, max(30.0, args.latency_seconds))
            receiver.stop()
            worker_metrics = proc.metrics()
        finally:
            if receiver is not None:
                receiver.stop()
            proc.stop()
        warm_ms = [
            (receiver.received[a][1] - warm_sent[a]) * 1000
            for a, n_events in warm_expected.items()
            if receiver.received.get(a, (0, 0.0))[0] >= n_events
        ]
        timeline = []
        missing = 0
        for aid, n_events in expected.items():
            got = receiver.received.get(aid)
            if got is None or got[0] < n_events:
                missing += 1
                continue
            timeline.append((sent[aid] - t0, (got[1] - sent[aid]) * 1000))
        if not timeline:
            raise RuntimeError("no article's events arrived")
        lat_ms = sorted(ms for _, ms in timeline)
        slowest = sorted(timeline, key=lambda x: -x[1])[:10]
        return {
            "rate": args.rate,
            "seconds": args.latency_seconds,
            "sent": len(records),
            "achieved_rate": round(len(records) / send_seconds, 2),
            "distinct_articles": len(usable),
            "with_events": len(expected),
            "measured": len(lat_ms),
            "missing": missing,
            "p50_ms": round(_pct(lat_ms, 50), 2),
            "p90_ms": round(_pct(lat_ms, 90), 2),
            "p99_ms": round(_pct(lat_ms, 99), 2),
            "max_ms": round(lat_ms[-1], 2),
            "mean_ms": round(statistics.fmean(lat_ms), 2),
            "send_lag_p99_ms": round(_pct(sorted(late), 99) * 1000, 2),
            "peak_rss_mb": proc.peak_rss_mb,
            "worker_cpu_util": round(cpu["worker"] / send_seconds, 3),
            "worker_main_thread": main_thread,
            "broker_cpu_util": round(cpu["broker"] / send_seconds, 3) if "broker" in cpu else None,
            "other_cpu_cores": round(max(0.0, other) / send_seconds, 2),
            "worker_histogram": _histogram_quantiles(
                {k: v - metrics0.get(k, 0.0) for k, v in worker_metrics.items()}, "geoevents_article_latency_seconds"
            ),
            "warmup": {
                "articles": len(warm),
                "measured": len(warm_ms),
                "first_ms": round(warm_ms[0], 1) if warm_ms else None,
                "max_ms": round(max(warm_ms), 1) if warm_ms else None,
            },
            "slowest": [{"sent_at_s": round(t, 2), "ms": round(ms, 1)} for t, ms in slowest],
        }


def _histogram_quantiles(metrics: dict[str, float], name: str) -> dict[str, float | None]:
    """p50/p99 upper bounds (ms) from a Prometheus histogram's cumulative buckets."""
    buckets = []
    for key, value in metrics.items():
        if key.startswith(f"{name}_bucket{{") and 'le="' in key:
            le = key.split('le="', 1)[1].split('"', 1)[0]
            buckets.append((float("inf") if le == "+Inf" else float(le), value))
    buckets.sort()
    total = buckets[-1][1] if buckets else 0.0
    out: dict[str, float | None] = {"count": total}
    for q in (50, 99):
        bound = next((le for le, c in buckets if total and c >= total * q / 100), None)
        out[f"p{q}_le_ms"] = None if bound is None or bound == float("inf") else bound * 1000
    return out


def _pct(sorted_values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile."""
    k = max(0, min(len(sorted_values) - 1, int(-(-len(sorted_values) * p // 100)) - 1))
    return float(sorted_values[k])


class _EventReceiver(threading.Thread):
    """Reads the event topics from their start; per article: events seen and the receive time of the last."""

    def __init__(self, bootstrap: str, topics: Sequence[str], partitions: int) -> None:
        super().__init__(daemon=True)
        self.consumer = KafkaConsumer(
            bootstrap_servers=bootstrap,
            group_id=None,
            enable_auto_commit=False,
            fetch_max_wait_ms=100,
            client_id="bench-e2e-latency",
        )
        tps = [TopicPartition(t, p) for t in topics for p in range(partitions)]
        self.consumer.assign(tps)
        self.consumer.seek_to_beginning(*tps)
        self.consumer.poll(timeout_ms=200)  # connect and fetch positions before the clock starts
        self.received: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        self._stop_flag = threading.Event()
        self._lock = threading.Lock()

    def run(self) -> None:
        try:
            while not self._stop_flag.is_set():
                batches = self.consumer.poll(timeout_ms=100)
                now = time.time()
                with self._lock:
                    for records in batches.values():
                        for r in records:
                            headers = dict(r.headers or [])
                            source = headers.get("ce_source", b"").decode()
                            aid = source.rpartition("/")[2] if source else json.loads(r.value)["article_id"]
                            entry = self.received[aid]
                            entry[0] += 1
                            entry[1] = max(entry[1], now)
        finally:
            self.consumer.close()

    def complete(self, expected: dict[str, int]) -> bool:
        with self._lock:
            return all(self.received.get(a, (0, 0.0))[0] >= n for a, n in expected.items())

    def stop(self) -> None:
        self._stop_flag.set()
        if self.is_alive():
            self.join(timeout=10)


# ------------------------------------------------------------------------------ report


def machine_info() -> dict[str, Any]:
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    mem_kb = _status_kb_meminfo()
    commit = ""
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        commit = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True, timeout=10
        ).stdout.strip()
    return {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)),
        "cpu_model": model,
        "mem_total_mb": mem_kb // 1024,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "kafka": KAFKA_VERSION,
        "git": commit,
    }


def _status_kb_meminfo() -> int:
    with contextlib.suppress(OSError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1])
    return 0


def ratios(result: dict[str, Any]) -> dict[str, float | None]:
    def get(phase: str) -> float | None:
        value = result.get(phase, {}).get("articles_per_s")
        return float(value) if value else None

    def div(a: float | None, b: float | None) -> float | None:
        return round(a / b, 3) if a is not None and b else None

    w1, w2, off, ident = get("worker_1"), get("worker_2"), get("offline"), get("identity")

    def per_cpu(phase: str) -> float | None:
        value = result.get(phase, {}).get("articles_per_cpu_s")
        return float(value) if value else None

    return {
        "worker_over_offline": div(w1, off),
        "worker_over_offline_per_cpu_s": div(per_cpu("worker_1"), per_cpu("offline")),
        "worker_over_identity": div(w1, ident),
        "two_over_one": div(w2, w1),
    }


def targets(result: dict[str, Any]) -> dict[str, bool | None]:
    r = result.get("ratios", {})
    rss = [result[p]["peak_rss_mb"] for p in ("worker_1", "worker_2", "latency") if p in result]
    p99 = result.get("latency", {}).get("p99_ms")
    rate_ok = result.get("params", {}).get("rate", 0) >= 100

    def ge(v: float | None, t: float) -> bool | None:
        return None if v is None else v >= t

    return {
        "worker_over_offline >= 0.8": ge(r.get("worker_over_offline"), TARGETS["worker_over_offline"]),
        "latency p99 <= 100 ms at >= 100/s": None if p99 is None else (p99 <= TARGETS["latency_p99_ms"] and rate_ok),
        "peak RSS <= 300 MB per worker": (max(rss) <= TARGETS["peak_rss_mb"]) if rss else None,
        "two_over_one >= 1.4": ge(r.get("two_over_one"), TARGETS["two_over_one"]),
    }


def table(result: dict[str, Any]) -> str:
    rows: list[tuple[str, str]] = []

    def add(label: str, value: Any, fmt: str = "{:,.2f}") -> None:
        shown = "-" if value is None else (fmt.format(value) if isinstance(value, int | float) else str(value))
        rows.append((label, shown))

    p = result["params"]
    add("articles (N) / partitions (P)", f"{p['n']:,} / {p['partitions']}")
    add("mean article bytes", p["mean_article_bytes"], "{:,.0f}")
    if "offline" in result:
        add("offline extraction, 1 core (articles/s)", result["offline"]["articles_per_s"])
        add("offline: CPU taken by others (cores, incl. VM steal)", result["offline"]["other_cpu_cores"])
        add("offline: main thread starved (share of wall)", result["offline"]["main_thread"]["runqueue_wait"])
        add("offline: articles per CPU-second", result["offline"]["articles_per_cpu_s"])
    if "identity" in result:
        add("identity Faust worker (articles/s)", result["identity"]["articles_per_s"])
    for key, label in (("worker_1", "1 worker"), ("worker_2", "2 workers")):
        if key in result:
            w = result[key]
            add(f"{label} (articles/s)", w["articles_per_s"])
            add(f"{label}: peak RSS per worker (MB)", w["peak_rss_mb"], "{:,.1f}")
            add(f"{label}: worker CPU util", ", ".join(f"{x['cpu_util']:.2f}" for x in w["per_worker"]))
            add(
                f"{label}: main thread on CPU / starved / off CPU",
                ", ".join(
                    "{on_cpu:.2f} / {runqueue_wait:.2f} / {off_cpu:.2f}".format(**x["main_thread"])
                    for x in w["per_worker"]
                ),
            )
            add(f"{label}: articles per worker CPU-second", w["articles_per_cpu_s"])
            add(f"{label}: extraction share of wall", w["extraction_share"], "{:.3f}")
            if "broker_cpu_util" in w:
                add(f"{label}: broker CPU util", w["broker_cpu_util"])
            add(f"{label}: CPU taken by others (cores, incl. VM steal)", w["other_cpu_cores"])
    r = result.get("ratios", {})
    add("worker / offline", r.get("worker_over_offline"), "{:.3f}")
    add("worker / offline, per CPU-second", r.get("worker_over_offline_per_cpu_s"), "{:.3f}")
    add("worker / identity", r.get("worker_over_identity"), "{:.3f}")
    add("2 workers / 1 worker", r.get("two_over_one"), "{:.3f}")
    if "latency" in result:
        lat = result["latency"]
        add("latency: rate (articles/s) x seconds", f"{lat['rate']} x {lat['seconds']}")
        add("latency: articles measured / missing", f"{lat['measured']} / {lat['missing']}")
        add("latency p50 (ms)", lat["p50_ms"])
        add("latency p99 (ms)", lat["p99_ms"])
        add("latency max (ms)", lat["max_ms"])
        add("latency: CPU taken by others (cores, incl. VM steal)", lat["other_cpu_cores"])
        add(
            "latency: worker main thread on CPU / starved / off CPU",
            "{on_cpu:.2f} / {runqueue_wait:.2f} / {off_cpu:.2f}".format(**lat["worker_main_thread"]),
        )
    for label, ok in result.get("targets", {}).items():
        add(f"target: {label}", "n/a" if ok is None else ("MET" if ok else "MISSED"))
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}}  {value}" for label, value in rows)


# -------------------------------------------------------------------------------- main


_SNAPSHOT_ENV = "GEOEVENTS_BENCH_SNAPSHOT"


def _reexec_on_snapshot(argv: list[str]) -> None:
    """Freeze the package: copy it and run this bench again with the copy first on sys.path.

    Other people edit the source tree while a bench runs; without the copy, every worker
    subprocess would import whatever the files held at its start, and the phases of one
    run would measure different code.
    """
    import geoevents

    source = Path(geoevents.__file__).resolve().parent
    snapshot = Path(tempfile.mkdtemp(prefix="bench-e2e-code-"))
    shutil.copytree(source, snapshot / "geoevents", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = {**os.environ, _SNAPSHOT_ENV: str(snapshot)}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(snapshot), str(REPO), env.get("PYTHONPATH", "")) if p)
    sys.stdout.flush()
    sys.stderr.flush()
    os.chdir(REPO)
    os.execve(sys.executable, [sys.executable, "-m", "bench.e2e", *argv], env)


def code_fingerprint() -> dict[str, str]:
    """Where the package was imported from, and a hash of its sources (to compare runs)."""
    import hashlib

    import geoevents

    root = Path(geoevents.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return {"package_dir": str(root), "source_sha256": digest.hexdigest()[:16]}


def _self_cpu() -> float:
    t = os.times()
    return t.user + t.system


def system_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine so far, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    total = sum(fields[:8])
    return (total - idle) / _CLK_TCK, total / _CLK_TCK


@contextlib.contextmanager
def broker(bootstrap: str | None, workdir: Path) -> Iterator[tuple[str, int | None]]:
    if bootstrap:
        yield bootstrap, None
        return
    local = LocalBroker(workdir / "broker", partitions=1, extra_config={"group.initial.rebalance.delay.ms": "3000"})
    info = local.start(timeout=120)
    log(f"broker up at {info.bootstrap} in {info.startup_seconds:.1f}s")
    try:
        yield info.bootstrap, info.pid
    finally:
        local.stop()


def run(args: argparse.Namespace) -> dict[str, Any]:
    phases = set(args.phases)
    result: dict[str, Any] = {"machine": machine_info(), "code": code_fingerprint()}
    bases = load_bases(args.corpus)
    run_id = f"bench-{uuid.uuid4().hex[:8]}"
    records = build_articles(bases, args.n, run_id)
    values = [v for _, v in records]
    result["params"] = {
        "n": args.n,
        "partitions": args.partitions,
        "corpus": [str(p) for p in args.corpus],
        "corpus_articles": len(bases),
        "mean_article_bytes": round(sum(map(len, values)) / len(values), 1),
        "latency_corpus": [str(p) for p in args.latency_corpus],
        "rate": args.rate,
        "latency_seconds": args.latency_seconds,
        "phases": [p for p in PHASES if p in phases],
        "own_broker": args.bootstrap is None,
    }
    workdir = Path(tempfile.mkdtemp(prefix="bench-e2e-"))
    try:
        with broker(args.bootstrap, workdir) as (bootstrap, broker_pid):
            kafka = Kafka(bootstrap)
            bench = Bench(args, bootstrap, kafka, workdir, run_id, broker_pid)
            try:
                articles = f"{run_id}.articles"
                kafka.create([articles], args.partitions)
                seconds = publish(bootstrap, articles, records, args.partitions)
                log(f"published {args.n:,} articles to {articles} ({args.partitions} partitions) in {seconds:.1f}s")
                if "offline" in phases:
                    log("offline extraction ...")
                    result["offline"] = bench.offline(values)
                    log(f"offline: {result['offline']['articles_per_s']:,.1f} articles/s")
                if "identity" in phases:
                    log("identity worker ...")
                    result["identity"] = bench.identity(articles, args.n)
                    log(f"identity: {result['identity']['articles_per_s']:,.1f} articles/s")
                for k, phase in ((1, "worker1"), (2, "worker2")):
                    if phase in phases:
                        log(f"{k} geoevents worker(s) ...")
                        result[f"worker_{k}"] = bench.workers(articles, args.n, k)
                        log(f"{k} worker(s): {result[f'worker_{k}']['articles_per_s']:,.1f} articles/s")
                if "latency" in phases:
                    log(f"latency at {args.rate}/s for {args.latency_seconds}s ...")
                    result["latency"] = bench.latency()
                    log(f"latency p50 {result['latency']['p50_ms']} ms, p99 {result['latency']['p99_ms']} ms")
            finally:
                for p in bench.procs:
                    p.stop()
                kafka.close(delete=args.bootstrap is not None)
    finally:
        if args.keep_workdir:
            log(f"work dir kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    result["ratios"] = ratios(result)
    result["targets"] = targets(result)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.e2e", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", nargs="+", default=[str(REPO / "seeds")], help="article files (default seeds/)")
    parser.add_argument("-n", type=int, default=20_000, help="articles per throughput phase")
    parser.add_argument("--partitions", type=int, default=2)
    parser.add_argument("--rate", type=float, default=100.0, help="latency phase: articles/s")
    parser.add_argument("--latency-seconds", type=float, default=60.0)
    parser.add_argument(
        "--latency-corpus", nargs="+", default=[str(REPO / "seeds")], help="latency articles (default seeds/)"
    )
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "e2e.json")
    parser.add_argument("--bootstrap", help="use this broker instead of starting one (topics are deleted after)")
    parser.add_argument("--phases", nargs="+", choices=PHASES, default=list(PHASES))
    parser.add_argument("--timeout", type=float, default=1800, help="per throughput phase, seconds")
    parser.add_argument("--profile-dir", type=Path, help="py-spy the 1-worker phase; stacks and summary here")
    parser.add_argument("--keep-workdir", action="store_true", help="keep logs and broker data")
    parser.add_argument(
        "--no-snapshot", action="store_true", help="run the live source tree instead of a frozen copy of it"
    )
    args = parser.parse_args(argv)
    if args.n < 1 or args.partitions < 1 or args.rate <= 0 or args.latency_seconds <= 0:
        parser.error("-n, --partitions, --rate and --latency-seconds must be positive")
    if not args.no_snapshot and _SNAPSHOT_ENV not in os.environ:
        _reexec_on_snapshot(list(sys.argv[1:] if argv is None else argv))  # does not return
    snapshot = os.environ.get(_SNAPSHOT_ENV)
    try:
        result = run(args)
    finally:
        if snapshot:
            shutil.rmtree(snapshot, ignore_errors=True)
    print(table(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
