"""`geoevents tail [TYPE...]`: follow the event topics, one readable line per event."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kafka import KafkaConsumer
from kafka.errors import KafkaError

from geoevents.config import Settings
from geoevents.emit.admin import topics_from
from geoevents.emit.security import kafka_python_security
from geoevents.emit.topics import EVENT_TYPES, type_from_name
from geoevents.errors import BrokerUnavailable

NAME = "tail"
HELP = "follow event topics (TYPE as `trade_deal` or `TradeDeal`; all types when none given)"

_ROLE_FIELDS = ("endorser", "endorsee", "source", "target", "imposer", "actor", "parties", "participants")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("types", nargs="*", metavar="TYPE")
    parser.add_argument("--json", action="store_true", help="print raw JSON payloads")
    parser.add_argument("--from-beginning", action="store_true", help="start at the oldest event")
    parser.add_argument("--max", type=int, default=0, help="stop after N events (0: follow forever)")
    parser.add_argument("--timeout", type=float, default=0, help="stop after this many idle seconds (0: never)")


def _actor(value: Any) -> str:
    if isinstance(value, list):
        return " + ".join(_actor(v) for v in value)
    if not isinstance(value, dict):
        return str(value) if value else "?"
    tag = value.get("code") or value.get("country")
    return f"{value['name']} ({tag})" if tag and tag != value["name"] else value["name"]


def render(event: dict[str, Any]) -> str:
    """One readable line: type, actors, confidence and evidence."""
    roles = " -> ".join(_actor(event[f]) for f in _ROLE_FIELDS if event.get(f))
    if event.get("type") == "Election":
        roles = f"{event.get('country')} ({event.get('status')})"
    evidence = event.get("evidence", {}).get("text", "").replace("\n", " ")
    if len(evidence) > 100:
        evidence = evidence[:97] + "..."
    return f"{event.get('type', '?'):<15} {roles}  [{event.get('confidence', 0):.2f}]  {evidence!r}"


def run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        wanted = [type_from_name(t) for t in args.types] or list(EVENT_TYPES)
    except ValueError as err:
        print(f"geoevents: {err}", file=sys.stderr)
        return 2
    topics = topics_from(settings)
    names = [topics.for_type(t) for t in wanted]
    try:
        consumer = KafkaConsumer(
            *names,
            bootstrap_servers=settings.bootstrap_servers.split(","),
            client_id=f"{settings.app_id}-tail",
            group_id=None,
            auto_offset_reset="earliest" if args.from_beginning else "latest",
            enable_auto_commit=False,
            consumer_timeout_ms=int(args.timeout * 1000) if args.timeout else float("inf"),
            **kafka_python_security(settings),
        )
    except KafkaError as err:
        raise BrokerUnavailable(f"cannot reach Kafka at {settings.bootstrap_servers}: {err}") from None
    seen = 0
    try:
        for record in consumer:
            if args.json:
                print(record.value.decode(), flush=True)
            else:
                print(render(json.loads(record.value)), flush=True)
            seen += 1
            if args.max and seen >= args.max:
                break
    finally:
        consumer.close()
    return 0
