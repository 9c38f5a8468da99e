"""`geoevents publish PATH...`: send article files to the input topic."""

from __future__ import annotations

import argparse
import sys
import time

from kafka import KafkaProducer
from kafka.errors import KafkaError
from tqdm import tqdm

from geoevents.cli import add_progress_argument, show_progress
from geoevents.config import Settings
from geoevents.emit.admin import ensure_topics
from geoevents.emit.security import kafka_python_security
from geoevents.errors import BrokerUnavailable
from geoevents.sources import read_articles

NAME = "publish"
HELP = "publish articles (.txt = one article, id from the file name; .json; .jsonl; directories; - for stdin)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH")
    parser.add_argument("--topic", help="override the input topic (default: GEOEVENTS_ARTICLES_TOPIC)")
    add_progress_argument(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    topics = ensure_topics(settings)
    topic = args.topic or topics.articles
    try:
        producer = KafkaProducer(
            bootstrap_servers=settings.bootstrap_servers.split(","),
            client_id=f"{settings.app_id}-publish",
            acks="all",
            linger_ms=5,
            max_request_size=2 * 1024 * 1024,
            max_block_ms=10_000,
            **kafka_python_security(settings),
        )
    except KafkaError as err:
        raise BrokerUnavailable(f"cannot reach Kafka at {settings.bootstrap_servers}: {err}") from None
    show = show_progress(args)
    started = time.perf_counter()
    count = size = failed = 0
    futures = []
    for raw in tqdm(read_articles(args.paths), desc="publish", unit=" articles", disable=not show):
        key = raw.id.encode() if raw.id else None
        futures.append((raw.origin, producer.send(topic, value=raw.value, key=key)))
        count += 1
        size += len(raw.value)
    producer.flush()
    for origin, future in futures:
        try:
            future.get(timeout=30)
        except KafkaError as err:
            failed += 1
            print(f"geoevents: failed to publish {origin}: {err}", file=sys.stderr)
    producer.close()
    elapsed = time.perf_counter() - started
    print(
        f"published {count - failed} of {count} articles ({size / 1024:.1f} KiB) to {topic} in {elapsed:.2f}s",
        file=sys.stderr,
    )
    return 1 if failed else 0
