"""Offline extraction throughput on one core, beside the cost of merely reading JSON.

Usage:
    python -m bench.extract_bench [PATH ...] [--repeat N] [--json OUT]

PATH defaults to seeds/; for real measurements pass ../shared/corpus/gov_releases.jsonl.
Both loops run in this process, interleaved, so the ratio survives a noisy machine.
`compiled` says which build ran: `yes` for the mypyc-compiled one (GEOEVENTS_COMPILE=1), `no` for pure Python.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path
from typing import Any

from geoevents import compiled
from geoevents.decode import decode_article
from geoevents.extract.pipeline import extract
from geoevents.resources import load_resources
from geoevents.sources import read_articles

_LIMIT = 512 * 1024


def _baseline(values: list[bytes]) -> int:
    """Read and re-serialise every article: the floor any JSON service pays."""
    n = 0
    for value in values:
        n += len(json.dumps(json.loads(value)))
    return n


def _extract_all(values: list[bytes], resources: Any) -> int:
    events = 0
    for value in values:
        article = decode_article(value, max_body_bytes=_LIMIT)
        for event in extract(article, resources):
            event.model_dump_json()
            events += 1
    return events


def run(paths: list[str], repeat: int) -> dict[str, Any]:
    values = [raw.value for raw in read_articles(paths)]
    size = sum(len(v) for v in values)
    resources = load_resources()
    _extract_all(values[:20], resources)  # warm caches (gazetteer index, regexes)
    base_t = ext_t = 0.0
    events = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        _baseline(values)
        t1 = time.perf_counter()
        events = _extract_all(values, resources)
        t2 = time.perf_counter()
        base_t += t1 - t0
        ext_t += t2 - t1
    n = len(values) * repeat
    return {
        "paths": paths,
        "articles": len(values),
        "repeat": repeat,
        "mean_article_bytes": size / max(1, len(values)),
        "events_per_pass": events,
        "extract_articles_per_s": n / ext_t,
        "extract_mb_per_s": size * repeat / ext_t / 1e6,
        "json_roundtrip_articles_per_s": n / base_t,
        "extract_over_json_time_ratio": ext_t / base_t,
        "python": platform.python_version(),
        "compiled": "yes" if compiled() else "no",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=["seeds"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    result = run(args.paths, args.repeat)
    width = max(map(len, result))
    for key, value in result.items():
        shown = f"{value:,.2f}" if isinstance(value, float) else value
        print(f"{key:<{width}}  {shown}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
