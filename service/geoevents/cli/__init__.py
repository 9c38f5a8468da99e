"""Command line: `geoevents VERB ...`; builds Settings once and hands them to the verb."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable

from pydantic import ValidationError

from geoevents import __version__
from geoevents.config import Settings, settings_help
from geoevents.errors import GeoeventsError

__all__ = ["main"]

Verb = Callable[[argparse.Namespace, Settings], int]


def add_progress_argument(parser: argparse.ArgumentParser) -> None:
    """`--progress/--no-progress`, for verbs that read many articles."""
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: when stderr is a terminal)",
    )


def show_progress(args: argparse.Namespace) -> bool:
    return bool(args.progress) if args.progress is not None else sys.stderr.isatty()


def _parser() -> argparse.ArgumentParser:
    from geoevents.cli import dev, extract, publish, schemas, tail, worker

    parser = argparse.ArgumentParser(
        prog="geoevents",
        description="Real-time geopolitical event extraction: news articles on Kafka -> typed events.",
        epilog="Settings (environment variables, with defaults):\n" + settings_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"geoevents {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")
    for module in (worker, publish, tail, extract, schemas, dev):
        sub = verbs.add_parser(
            module.NAME,
            help=module.HELP,
            description=module.HELP,
            epilog="Settings (environment variables, with defaults):\n" + settings_help(),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(sub)
        sub.set_defaults(run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as err:
        first = err.errors()[0]
        print(f"geoevents: invalid setting {first['loc'][0]}: {first['msg']}", file=sys.stderr)
        return 2
    level = logging.DEBUG if args.verbose else getattr(logging, settings.log_level.upper(), logging.INFO)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # Client libraries log every failed connection attempt; we report failures ourselves in one line.
    logging.getLogger("kafka").setLevel(level if args.verbose else logging.CRITICAL)
    logging.getLogger("aiokafka").setLevel(level if args.verbose else logging.ERROR)
    run: Verb = args.run
    try:
        return run(args, settings)
    except GeoeventsError as err:
        print(f"geoevents: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
