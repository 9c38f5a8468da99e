"""A 10x burst: consumer lag rises, then drains to 0 in bounded time, and the worker's memory stays bounded.

Samples `geoevents_consumer_lag` (summed over the input partitions) from /metrics and the
worker's VmRSS / VmHWM from /proc every 0.5 s; writes the result to bench/results/burst.json.
"""

from __future__ import annotations

import json
import platform
import random
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from tests.faults.conftest import ArticleFactory, Collector, Publisher, account, describe, wait_until_done
from tests.integration.harness import REPO, WorkerEnv, WorkerProcess

pytestmark = [pytest.mark.fault, pytest.mark.integration]

STEADY_RATE = 80  # articles/s: 10x is above what one worker extracts from these articles
BURST_FACTOR = 10
STEADY_S, BURST_S, TAIL_S = 10.0, 10.0, 10.0
SAMPLE_EVERY_S = 0.5
#: The backlog must be gone this long after the burst ends.
MAX_DRAIN_S = 60.0
MAX_RSS_MB = 400.0
#: "Lag rose": at least this many records behind at some point during the burst.
MIN_PEAK_LAG = 20
RESULT = REPO / "bench" / "results" / "burst.json"


def rate(t: float) -> float:
    if STEADY_S <= t < STEADY_S + BURST_S:
        return STEADY_RATE * BURST_FACTOR
    return STEADY_RATE


class Sampler(threading.Thread):
    def __init__(self, worker: WorkerProcess, topic: str) -> None:
        super().__init__(daemon=True, name="sampler")
        self.worker, self.topic = worker, topic
        self.t0 = time.monotonic()
        self.samples: list[dict[str, float]] = []
        self.errors: list[str] = []
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(SAMPLE_EVERY_S):
            t = time.monotonic() - self.t0
            try:
                metrics = self.worker.metrics()
                memory = self.worker.memory_kib()
            except OSError as err:  # a slow /metrics answer is recorded, not fatal
                self.errors.append(f"{t:.1f}s: {err!r}")
                continue
            lags = [
                v
                for k, v in metrics.items()
                if k.startswith("geoevents_consumer_lag{") and f'topic="{self.topic}"' in k
            ]
            self.samples.append(
                {
                    "t": round(t, 2),
                    "lag": sum(lags) if lags else -1,
                    "rss_mb": round(memory["VmRSS"] / 1024, 1),
                    "hwm_mb": round(memory["VmHWM"] / 1024, 1),
                    "consumed": metrics.get("geoevents_articles_consumed_total", 0.0),
                }
            )

    def stop(self) -> None:
        self._stop_event.set()
        self.join(10)


def test_burst_lag_drains_and_memory_stays_bounded(
    worker_env: WorkerEnv,
    start_worker: Callable[[], WorkerProcess],
    collector_for: Callable[..., Collector],
    publisher_for: Callable[..., Publisher],
    rng: random.Random,
) -> None:
    worker_env.ensure_topics()
    n = int(STEADY_RATE * (STEADY_S + TAIL_S) + STEADY_RATE * BURST_FACTOR * BURST_S)
    records = ArticleFactory(rng, worker_env.prefix).stream(n)
    print(describe(records))
    worker = start_worker()
    collector = collector_for(worker_env)

    sampler = Sampler(worker, worker_env.articles)
    sampler.start()
    publisher = publisher_for(worker_env.bootstrap, worker_env.articles, records, rate)
    published = publisher.published()
    publishing_s = time.monotonic() - publisher.started_at
    burst_start = publisher.started_at - sampler.t0 + STEADY_S
    burst_end = burst_start + BURST_S

    drained_at: float | None = None
    deadline = time.monotonic() + MAX_DRAIN_S + 15
    while drained_at is None and time.monotonic() < deadline:
        time.sleep(SAMPLE_EVERY_S)
        after = [s for s in sampler.samples if s["t"] >= burst_end]
        drained_at = next((s["t"] for s in after if s["lag"] == 0), None)
    sampler.stop()
    waited = wait_until_done(collector, published, worker_env, timeout=60, workers=[worker])
    collector.stop()
    assert worker.proc.poll() is None, worker.output()
    final_memory = worker.memory_kib()
    worker.stop()

    samples = sampler.samples
    assert samples, f"no samples: {sampler.errors}"
    in_burst = [s for s in samples if burst_start <= s["t"] <= burst_end + 5]
    peak_lag = max(s["lag"] for s in samples)
    peak_rss_mb = max(max(s["hwm_mb"] for s in samples), final_memory["VmHWM"] / 1024)
    drain_s = None if drained_at is None else round(max(0.0, drained_at - burst_end), 2)
    acc = account(published, collector, worker_env)

    result: dict[str, Any] = {
        "steady_rate": STEADY_RATE,
        "burst_rate": STEADY_RATE * BURST_FACTOR,
        "phases_s": {"steady": STEADY_S, "burst": BURST_S, "tail": TAIL_S},
        "published": len(published),
        "publishing_s": round(publishing_s, 2),
        "peak_lag": peak_lag,
        "drain_seconds": drain_s,
        "peak_rss_mb": round(peak_rss_mb, 1),
        "final_rss_mb": round(final_memory["VmRSS"] / 1024, 1),
        "max_rss_limit_mb": MAX_RSS_MB,
        "lost_articles": len(acc.lost),
        "duplicate_event_records": acc.duplicate_records,
        "machine": {"python": platform.python_version(), "platform": platform.platform()},
        "sample_every_s": SAMPLE_EVERY_S,
        "burst_window_s": [round(burst_start, 2), round(burst_end, 2)],
        "samples": samples,
        "sample_errors": sampler.errors,
    }
    RESULT.parent.mkdir(parents=True, exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2) + "\n")
    print(
        f"burst: peak lag {peak_lag:.0f}, drained {drain_s}s after the burst ended, "
        f"peak RSS {peak_rss_mb:.1f} MB (final {final_memory['VmRSS'] / 1024:.1f} MB); "
        f"all done {waited:.1f}s after publishing; written to {RESULT}"
    )
    print(f"ACCOUNTING burst: {acc.summary()}")

    assert any(s["lag"] >= 0 for s in samples), f"geoevents_consumer_lag missing from /metrics: {samples[:3]}"
    assert max((s["lag"] for s in in_burst), default=0) >= MIN_PEAK_LAG, f"lag did not rise: {in_burst}"
    assert drain_s is not None, f"lag did not drain to 0 within {MAX_DRAIN_S}s of the burst: {samples[-10:]}"
    assert drain_s <= MAX_DRAIN_S
    assert peak_rss_mb < MAX_RSS_MB, f"peak RSS {peak_rss_mb:.1f} MB"
    acc.assert_clean()
