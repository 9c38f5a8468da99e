"""`geoevents extract PATH...`: offline extraction, events as JSON lines on stdout."""

from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from geoevents.cli import add_progress_argument, show_progress
from geoevents.config import Settings
from geoevents.decode import decode_article
from geoevents.errors import Rejection
from geoevents.extract.pipeline import extract
from geoevents.resources import load_resources
from geoevents.sources import read_articles

NAME = "extract"
HELP = "extract events from article files offline (no broker); JSON lines on stdout"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .json, .jsonl files, directories, or -")
    add_progress_argument(parser)


def run(args: argparse.Namespace, settings: Settings) -> int:
    resources = load_resources()
    rejected = 0
    out = sys.stdout
    show = show_progress(args)
    for raw in tqdm(read_articles(args.paths), desc="extract", unit=" articles", disable=not show):
        try:
            article = decode_article(raw.value, max_body_bytes=settings.max_body_bytes)
        except Rejection as err:
            rejected += 1
            print(f"geoevents: skipped {raw.origin}: {err}", file=sys.stderr)
            continue
        for event in extract(article, resources, min_confidence=settings.min_confidence):
            out.write(event.model_dump_json() + "\n")
    return 1 if rejected else 0
