"""Harness for integration tests: worker subprocesses, producing and consuming records."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kafka import KafkaConsumer, KafkaProducer

from geoevents.config import Settings
from geoevents.devbroker import stop_process
from geoevents.emit.admin import ensure_topics
from geoevents.emit.topics import EVENT_TYPES, type_suffix

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
#: A worker joins its group and is assigned partitions within this time on the local broker.
READY_TIMEOUT_S = 60


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class WorkerEnv:
    """Unique topic names, group and port for one test's workers."""

    bootstrap: str
    prefix: str
    tmp: Path
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def articles(self) -> str:
        return f"{self.prefix}.articles"

    @property
    def dlq(self) -> str:
        return f"{self.prefix}.articles.dlq"

    @property
    def events_prefix(self) -> str:
        return f"{self.prefix}.events."

    def event_topics(self) -> list[str]:
        return [f"{self.events_prefix}{type_suffix(t)}" for t in EVENT_TYPES]

    def env(self, web_port: int) -> dict[str, str]:
        return {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "GEOEVENTS_APP_ID": f"{self.prefix}-group",
            "GEOEVENTS_ARTICLES_TOPIC": self.articles,
            "GEOEVENTS_DLQ_TOPIC": self.dlq,
            "GEOEVENTS_EVENTS_TOPIC_PREFIX": self.events_prefix,
            "GEOEVENTS_TOPIC_PARTITIONS": "2",
            "GEOEVENTS_WEB_PORT": str(web_port),
            "GEOEVENTS_WEB_HOST": "127.0.0.1",
            "GEOEVENTS_DATA_DIR": str(self.tmp / f"faust-{web_port}"),
            "GEOEVENTS_LOG_LEVEL": "WARNING",
            **self.extra,
        }

    @property
    def group(self) -> str:
        """The workers' consumer group (GEOEVENTS_APP_ID)."""
        return self.env(0)["GEOEVENTS_APP_ID"]

    def settings(self) -> Settings:
        """The Settings a worker started from this environment would read."""
        env = self.env(0)
        return Settings(**{k: v for k, v in env.items() if k.startswith(("KAFKA_", "GEOEVENTS_"))})

    def ensure_topics(self) -> None:
        """Create the input, dead-letter and event topics, as the worker does at start-up."""
        ensure_topics(self.settings())

    def cli(self, *args: str, input: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run(
            [sys.executable, "-m", "geoevents", *args],
            env=self.env(0),
            input=input,
            capture_output=True,
            timeout=timeout,
        )


class WorkerProcess:
    """A `geoevents worker` subprocess with its web port."""

    def __init__(self, wenv: WorkerEnv) -> None:
        self.port = free_port()
        self.log = wenv.tmp / f"worker-{self.port}.log"
        self._log_fh = self.log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "geoevents", "worker"],
            env=wenv.env(self.port),
            stdout=self._log_fh,
            stderr=subprocess.STDOUT,
        )

    def get(self, path: str) -> tuple[int, bytes]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}", timeout=3) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as err:
            return err.code, err.read()

    def wait_ready(self, timeout: float = READY_TIMEOUT_S) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.output()}")
            try:
                status, _ = self.get("/readyz")
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.output()}")

    def metrics(self) -> dict[str, float]:
        """Sample name with labels -> value, from /metrics."""
        _, body = self.get("/metrics")
        out: dict[str, float] = {}
        for line in body.decode().splitlines():
            if line and not line.startswith("#"):
                name, _, value = line.rpartition(" ")
                out[name] = float(value)
        return out

    def output(self) -> str:
        return self.log_text()[-4000:]

    def log_text(self) -> str:
        """Everything the worker wrote to stdout and stderr so far (also after kill/stop)."""
        if not self._log_fh.closed:
            self._log_fh.flush()
        return self.log.read_text(errors="replace")

    def memory_kib(self) -> dict[str, int]:
        """VmRSS and VmHWM (peak RSS) of the worker process in KiB, from /proc/<pid>/status."""
        out: dict[str, int] = {}
        with open(f"/proc/{self.proc.pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    out[name] = int(value.split()[0])
        return out

    def stop(self) -> None:
        stop_process(self.proc, timeout=30)
        self._log_fh.close()

    def kill(self) -> None:
        """SIGKILL (kill -9): no shutdown handlers, no final offset commit."""
        self.proc.kill()
        self.proc.wait()
        self._log_fh.close()


def produce(bootstrap: str, topic: str, records: list[tuple[bytes | None, bytes | None]]) -> None:
    producer = KafkaProducer(bootstrap_servers=bootstrap, acks="all", max_request_size=2 * 1024 * 1024)
    for key, value in records:
        producer.send(topic, key=key, value=value)
    producer.flush()
    producer.close()


def consume(bootstrap: str, topics: list[str], *, until: Callable[[list[Any]], bool], timeout: float = 60) -> list[Any]:
    """Records from the start of `topics` until `until(records)` holds or `timeout` passes."""
    consumer = KafkaConsumer(
        *topics,
        bootstrap_servers=bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        consumer_timeout_ms=500,
    )
    records: list[Any] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline and not until(records):
            for batch in consumer.poll(timeout_ms=500).values():
                records.extend(batch)
    finally:
        consumer.close()
    return records


def payloads(records: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(r.value) for r in records]
