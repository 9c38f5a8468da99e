"""`geoevents worker`: run the Faust worker (creates its topics first)."""

from __future__ import annotations

import argparse

from geoevents.config import Settings

NAME = "worker"
HELP = "consume articles and produce typed events (serves /metrics, /healthz, /readyz)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--web-port", type=int, help="override GEOEVENTS_WEB_PORT")


def run(args: argparse.Namespace, settings: Settings) -> int:
    import faust

    from geoevents.emit.admin import ensure_topics
    from geoevents.emit.app import create_app

    if args.web_port is not None:
        settings = settings.model_copy(update={"web_port": args.web_port})
    ensure_topics(settings)  # one-line error and exit 2 when the broker is unreachable
    app, _ = create_app(settings)
    worker = faust.Worker(app, loglevel=settings.log_level.lower(), override_logging=False)
    worker.execute_from_commandline()
    return 0
