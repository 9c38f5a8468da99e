"""`geoevents schemas`: write a JSON Schema per payload into schemas/."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from geoevents.config import Settings
from geoevents.emit.topics import type_suffix
from geoevents.models import EVENT_MODELS, Article

NAME = "schemas"
HELP = "write JSON Schemas for the Article and every event type (default: ./schemas)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default="schemas", help="output directory")
    parser.add_argument("--check", action="store_true", help="exit 1 if the files differ from the models")


def render_schemas() -> dict[str, str]:
    """File name -> JSON text, generated from the pydantic models."""
    docs = {"article.schema.json": Article.model_json_schema()}
    for name, model in EVENT_MODELS.items():
        docs[f"{type_suffix(name)}.schema.json"] = model.model_json_schema()
    return {name: json.dumps(doc, indent=2, sort_keys=True) + "\n" for name, doc in docs.items()}


def run(args: argparse.Namespace, settings: Settings) -> int:
    out = Path(args.out)
    rendered = render_schemas()
    if args.check:
        stale = [n for n, text in rendered.items() if not (out / n).exists() or (out / n).read_text() != text]
        for name in stale:
            print(f"geoevents: {out / name} is stale; run `geoevents schemas`", file=sys.stderr)
        return 1 if stale else 0
    out.mkdir(parents=True, exist_ok=True)
    for name, text in rendered.items():
        (out / name).write_text(text)
    print(f"wrote {len(rendered)} schemas to {out}", file=sys.stderr)
    return 0
