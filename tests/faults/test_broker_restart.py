"""The broker goes away under a consuming worker and comes back: the worker recovers by itself, nothing is lost.

A dedicated LocalBroker is used so the session's broker (and other tests) are untouched.
Articles keep being published before, during (buffered by the producer) and after the outage.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator

import pytest

from geoevents.devbroker import LocalBroker
from tests.conftest import running_broker
from tests.faults.conftest import ArticleFactory, Collector, Publisher, account, describe, wait_until_done
from tests.integration.harness import WorkerEnv, WorkerProcess

pytestmark = [pytest.mark.fault, pytest.mark.integration]

RATE = 60  # articles/s, well below the worker's throughput
N_ARTICLES = 1_500  # ~25 s of publishing
STOP_AFTER_S = 5  # publishing time before the broker is stopped
OUTAGE_S = 5
RECOVERY_TIMEOUT_S = 90
DONE_TIMEOUT_S = 120


@pytest.fixture
def own_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalBroker]:
    """A private broker; requested before the worker fixtures so it is torn down after the workers."""
    with running_broker(tmp_path_factory.mktemp("own-broker"), "the dedicated Kafka broker") as broker:
        yield broker


def test_worker_recovers_from_broker_restart_without_losing_articles(
    own_broker: LocalBroker,
    worker_env: WorkerEnv,
    start_worker: Callable[[], WorkerProcess],
    collector_for: Callable[..., Collector],
    publisher_for: Callable[..., Publisher],
    rng: random.Random,
) -> None:
    worker_env.bootstrap = own_broker.info.bootstrap
    worker_env.ensure_topics()
    records = ArticleFactory(rng, worker_env.prefix).stream(N_ARTICLES)
    print(describe(records))

    worker = start_worker()
    collector = collector_for(worker_env)
    publisher = publisher_for(worker_env.bootstrap, worker_env.articles, records, lambda t: RATE)

    time.sleep(STOP_AFTER_S)
    before = collector.unique_events()
    assert before > 0, f"no events before the outage:\n{worker.output()}"
    t_stop = time.monotonic()
    own_broker.stop()
    print(
        f"broker stopped after {len(publisher.sent)} records sent, {before} events out "
        f"(stop took {time.monotonic() - t_stop:.1f}s)"
    )
    time.sleep(OUTAGE_S)
    assert worker.proc.poll() is None, f"worker exited while the broker was down:\n{worker.output()}"
    t_start = time.monotonic()
    own_broker.start(timeout=120)
    back = time.monotonic()
    print(f"broker back after {back - t_stop:.1f}s down (start took {back - t_start:.1f}s), same ports")

    at_restart = collector.unique_events()
    deadline = back + RECOVERY_TIMEOUT_S
    while collector.unique_events() <= at_restart:
        assert worker.proc.poll() is None, f"worker exited after the broker came back:\n{worker.output()}"
        assert time.monotonic() < deadline, (
            f"worker produced nothing within {RECOVERY_TIMEOUT_S}s of the broker's return:\n{worker.output()}"
        )
        time.sleep(0.1)
    recovered = time.monotonic() - back
    print(f"worker resumed producing {recovered:.1f}s after the broker came back")

    published = publisher.published()
    assert len(published) == N_ARTICLES
    waited = wait_until_done(collector, published, worker_env, timeout=DONE_TIMEOUT_S, workers=[worker])
    assert worker.proc.poll() is None, "the original worker must have done it all, without a restart"
    worker.stop()
    collector.stop()

    acc = account(published, collector, worker_env)
    print(f"done {waited:.1f}s after publishing ended; recovery {recovered:.1f}s")
    print(f"ACCOUNTING broker-restart: {acc.summary()}")
    print(f"lost articles: {len(acc.lost)}; duplicate event records: {acc.duplicate_records}")
    acc.assert_clean()
