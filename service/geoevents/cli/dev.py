"""`geoevents dev`: no-Docker dev mode - local broker, a worker, and the seed articles."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from geoevents.config import Settings

NAME = "dev"
HELP = "start a local Kafka broker (Maven jars, Java 17+) and a worker, publish seeds/, keep running"

#: How long the worker may take to join its group and report ready.
_READY_TIMEOUT_S = 90


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", default=".dev/broker", help="broker data directory (kept between runs)")
    parser.add_argument("--seeds", default="seeds", help="articles to publish once the worker is ready")
    parser.add_argument("--web-port", type=int, default=6066)


def _wait_ready(port: int, worker: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + _READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            raise SystemExit(f"geoevents: the worker exited with code {worker.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as resp:
                if json.load(resp).get("ready"):
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"geoevents: the worker was not ready after {_READY_TIMEOUT_S}s")


def run(args: argparse.Namespace, settings: Settings) -> int:
    from geoevents.devbroker import LocalBroker, stop_process

    def _stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # SIGTERM stops the worker and the broker like Ctrl-C does

    signal.signal(signal.SIGTERM, _stop)
    broker = LocalBroker(Path(args.data_dir))
    info = broker.start()
    print(
        f"broker: {info.bootstrap} (started in {info.startup_seconds:.1f}s, data in {args.data_dir})",
        file=sys.stderr,
    )
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": info.bootstrap, "GEOEVENTS_WEB_PORT": str(args.web_port)}
    worker = subprocess.Popen([sys.executable, "-m", "geoevents", "worker"], env=env)
    try:
        _wait_ready(args.web_port, worker)
        subprocess.run([sys.executable, "-m", "geoevents", "publish", args.seeds], env=env, check=True)
        print(
            "\nready. In another terminal:\n"
            f"  KAFKA_BOOTSTRAP_SERVERS={info.bootstrap} geoevents tail --from-beginning\n"
            f"  curl http://127.0.0.1:{args.web_port}/metrics\nCtrl-C stops the worker and the broker.",
            file=sys.stderr,
        )
        worker.wait()
    except KeyboardInterrupt:
        pass
    finally:
        stop_process(worker, timeout=20)
        broker.stop()
    return 0
