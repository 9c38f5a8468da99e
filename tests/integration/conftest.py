"""Integration fixtures: real `geoevents worker` processes against the session's broker."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from geoevents.devbroker import BrokerInfo
from tests.integration.harness import WorkerEnv, WorkerProcess


@pytest.fixture
def worker_env(kafka_broker: BrokerInfo, tmp_path: Path) -> WorkerEnv:
    return WorkerEnv(kafka_broker.bootstrap, f"t{uuid.uuid4().hex[:10]}", tmp_path)


@pytest.fixture
def start_worker(worker_env: WorkerEnv) -> Iterator[Callable[[], WorkerProcess]]:
    started: list[WorkerProcess] = []

    def start() -> WorkerProcess:
        worker = WorkerProcess(worker_env)
        started.append(worker)
        worker.wait_ready()
        return worker

    yield start
    for worker in started:
        if worker.proc.poll() is None:
            worker.stop()
