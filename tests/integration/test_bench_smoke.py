"""bench.e2e end to end on a few hundred seed articles against the session's broker: it completes
and reports every figure. No timing assertions: the numbers of a shared test machine mean nothing."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from geoevents.devbroker import BrokerInfo
from tests.integration.harness import REPO, SEEDS

pytestmark = pytest.mark.integration

FIGURES = {
    "offline": ["articles_per_s", "seconds", "events"],
    "identity": ["articles_per_s", "seconds", "startup_s", "peak_rss_mb"],
    "worker_1": ["articles_per_s", "seconds", "startup_s", "peak_rss_mb", "extraction_share", "events"],
    "worker_2": ["articles_per_s", "seconds", "startup_s", "peak_rss_mb"],
    "latency": ["p50_ms", "p90_ms", "p99_ms", "max_ms", "measured", "achieved_rate"],
    "ratios": ["worker_over_offline", "worker_over_identity", "two_over_one"],
    "machine": ["cpu_count", "python"],
    "params": ["n", "partitions", "corpus", "rate", "latency_seconds"],
}


@pytest.mark.timeout(180)
def test_bench_completes_and_reports_every_figure(kafka_broker: BrokerInfo, tmp_path: Path) -> None:
    out = tmp_path / "e2e.json"
    n = 300
    cmd = [
        sys.executable,
        "-m",
        "bench.e2e",
        *("--corpus", str(SEEDS), "-n", str(n), "--partitions", "2"),
        *("--rate", "20", "--latency-seconds", "4"),
        *("--bootstrap", kafka_broker.bootstrap, "--out", str(out)),
    ]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=170)
    assert done.returncode == 0, f"{done.stdout[-3000:]}\n{done.stderr[-5000:]}"

    result = json.loads(out.read_text())
    for section, keys in FIGURES.items():
        for key in keys:
            value = result[section][key]
            assert value is not None, f"{section}.{key} missing"
            if isinstance(value, float):
                assert math.isfinite(value) and value >= 0, f"{section}.{key} = {value}"
    assert result["params"]["n"] == n
    assert result["offline"]["articles"] == n
    for phase in ("identity", "worker_1", "worker_2"):
        assert result[phase]["committed"] == n, phase
    assert result["worker_1"]["consumed"] >= n
    assert result["latency"]["missing"] == 0
    assert result["latency"]["measured"] == result["latency"]["sent"]
    assert all(str(p).startswith(str(REPO)) for p in result["params"]["corpus"])  # never ../shared
    assert "2 workers / 1 worker" in done.stdout and "latency p99 (ms)" in done.stdout
