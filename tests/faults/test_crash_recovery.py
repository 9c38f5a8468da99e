"""kill -9 the worker three times while it works through 5,000 articles: nothing is lost.

Offsets are committed only after an article's records are acknowledged, so a crash may
repeat work (exact duplicates) but must never skip an article.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

import pytest

from tests.faults.conftest import (
    FAST_FAILOVER,
    ArticleFactory,
    Collector,
    account,
    describe,
    publish_all,
    wait_until_done,
)
from tests.integration.harness import WorkerEnv, WorkerProcess

pytestmark = [pytest.mark.fault, pytest.mark.integration]

N_ARTICLES = 5_000  # required by the issue; do not lower
#: Kill when this fraction of the expected events is out (one random point per window).
KILL_WINDOWS = ((0.08, 0.30), (0.38, 0.60), (0.68, 0.88))
#: Some random extra time after the threshold, so the kill lands anywhere in the produce/ack cycle.
KILL_JITTER_S = 0.4
PROGRESS_TIMEOUT_S = 120
DONE_TIMEOUT_S = 240


def _wait_for_progress(collector: Collector, target: int, worker: WorkerProcess) -> None:
    deadline = time.monotonic() + PROGRESS_TIMEOUT_S
    while collector.unique_events() < target:
        assert collector.error is None, f"collector failed: {collector.error!r}"
        assert worker.proc.poll() is None, f"worker died (rc={worker.proc.returncode}):\n{worker.output()}"
        assert time.monotonic() < deadline, (
            f"no progress to {target} events in {PROGRESS_TIMEOUT_S}s "
            f"(at {collector.unique_events()}):\n{worker.output()}"
        )
        time.sleep(0.05)


def test_three_sigkills_lose_no_article(
    worker_env: WorkerEnv,
    start_worker: Callable[[], WorkerProcess],
    collector_for: Callable[..., Collector],
    rng: random.Random,
) -> None:
    started = time.monotonic()
    worker_env.extra.update(FAST_FAILOVER)
    worker_env.ensure_topics()

    published = ArticleFactory(rng, worker_env.prefix).stream(N_ARTICLES)
    generated = time.monotonic()
    publish_all(worker_env.bootstrap, worker_env.articles, published)
    print(
        f"{describe(published)}; generated in {generated - started:.1f}s, "
        f"published in {time.monotonic() - generated:.1f}s"
    )
    expected_total = sum(len(p.expected or {}) for p in published)
    collector = collector_for(worker_env)

    workers = [start_worker()]
    processing_started = time.monotonic()
    downtime = 0.0
    for n, (lo, hi) in enumerate(KILL_WINDOWS, 1):
        target = int(rng.uniform(lo, hi) * expected_total)
        _wait_for_progress(collector, target, workers[-1])
        time.sleep(rng.uniform(0, KILL_JITTER_S))
        victim = workers[-1]
        at = collector.unique_events()
        victim.kill()
        killed = time.monotonic()
        workers.append(start_worker())
        downtime += time.monotonic() - killed
        print(
            f"kill -9 #{n}: pid {victim.proc.pid} at {at}/{expected_total} events; "
            f"new worker pid {workers[-1].proc.pid} ready after {time.monotonic() - killed:.1f}s"
        )
    waited = wait_until_done(collector, published, worker_env, timeout=DONE_TIMEOUT_S, workers=workers)
    elapsed = time.monotonic() - processing_started
    metrics = workers[-1].metrics()
    workers[-1].stop()
    assert workers[-1].proc.returncode == 0, workers[-1].output()
    collector.stop()

    acc = account(published, collector, worker_env)
    rate = len(published) / max(0.001, elapsed - downtime)
    print(
        f"done {waited:.1f}s after the last restart; {elapsed:.1f}s from first start "
        f"({downtime:.1f}s restarting), ~{rate:.0f} articles/s while running; "
        f"last worker consumed {metrics.get('geoevents_articles_consumed_total', 0):.0f}"
    )
    print(f"ACCOUNTING crash: {acc.summary()}")
    print(f"lost articles: {len(acc.lost)}; duplicate event records: {acc.duplicate_records}")
    acc.assert_clean()
    assert len(acc.lost) == 0
