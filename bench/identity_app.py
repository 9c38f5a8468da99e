"""Identity baseline for bench.e2e: a minimal Faust worker that forwards each record unchanged.

It has the transport of `geoevents worker` and none of its work: the same Faust
consumer settings, one agent (concurrency=1) and its own idempotent aiokafka
producer with the worker's settings (acks=all, idempotence, the same linger); each
record is sent to one output topic and its broker ack is awaited before the agent
moves on, so Faust commits an offset only after its copy was acknowledged.

Usage (bench.e2e starts it; it runs until SIGTERM):
    python -m bench.identity_app --bootstrap HOST:PORT --input TOPIC --output TOPIC \
        --group GROUP [--web-port PORT] [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import tempfile
from typing import Any

import faust
from aiokafka import AIOKafkaProducer

from geoevents.emit import app as geoevents_app


def producer_options() -> dict[str, Any]:
    """The producer settings of geoevents' worker (kept in step with emit/app.py)."""
    options = getattr(geoevents_app, "PRODUCER_OPTIONS", None)
    if options is not None:
        return dict(options)
    return {"acks": "all", "enable_idempotence": True, "linger_ms": geoevents_app._PRODUCER_LINGER_MS}


def create_app(args: argparse.Namespace) -> faust.App:
    app = faust.App(
        args.group,
        broker=[f"kafka://{server}" for server in args.bootstrap.split(",")],
        key_serializer="raw",
        value_serializer="raw",
        web_enabled=True,
        web_bind="127.0.0.1",
        web_port=args.web_port,
        web_in_thread=False,
        datadir=args.data_dir,
        consumer_auto_offset_reset="earliest",
        topic_allow_declare=False,
        topic_disable_leader=True,
        producer_acks=-1,
        broker_commit_every=100,
        broker_commit_interval=1.0,
    )
    source = app.topic(args.input, key_type=bytes, value_type=bytes)
    state: dict[str, Any] = {"producer": None, "started": False, "forwarded": 0}

    async def producer() -> AIOKafkaProducer:
        if state["producer"] is None:
            p = AIOKafkaProducer(
                bootstrap_servers=args.bootstrap.split(","), client_id=f"{args.group}-out", **producer_options()
            )
            await p.start()
            state["producer"] = p
        return state["producer"]

    @app.agent(source, concurrency=1)
    async def forward(stream: faust.StreamT[bytes]) -> None:
        state["started"] = True
        out = await producer()
        async for event in stream.events():
            message = event.message
            future = await out.send(args.output, message.value, key=message.key)
            await future  # the broker has the copy; only now may Faust ack the input record
            state["forwarded"] += 1

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        assigned = sorted(f"{tp.topic}:{tp.partition}" for tp in app.consumer.assignment())
        ready = state["started"] and bool(assigned)
        return web.json({"ready": ready, "assigned": assigned}, status=200 if ready else 503)

    @app.page("/count")
    async def count(web: Any, request: Any) -> Any:
        return web.json({"forwarded": state["forwarded"]})

    async def stop_producer(sender: Any, *a: Any, signal: Any, **kw: Any) -> None:
        if state["producer"] is not None:
            await state["producer"].stop()
            state["producer"] = None

    app.on_before_shutdown.connect(stop_producer)  # type: ignore[arg-type]
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bootstrap", required=True)
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--group", required=True)
    parser.add_argument("--web-port", type=int, default=6067)
    parser.add_argument("--data-dir", default=None)
    parser.add_argument("--log-level", default="warning")
    args = parser.parse_args()
    if args.data_dir is None:
        args.data_dir = tempfile.mkdtemp(prefix="identity-app-")
    app = create_app(args)
    worker = faust.Worker(app, loglevel=args.log_level, override_logging=False)
    worker.execute_from_commandline()


if __name__ == "__main__":
    main()
