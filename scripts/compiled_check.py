"""The compiled build must extract exactly what the pure build does; then how much faster it is.

Run through `scripts/compiled_check` (which picks .venv's interpreter):

1. builds the mypyc-compiled wheel (`GEOEVENTS_COMPILE=1 pip wheel .`, in pip's build isolation)
   into a temporary directory and installs it with its dependencies into a clean throwaway venv;
2. runs extraction over every article in seeds/, tests/fixtures/no_event/ and the sentences of
   tests/fixtures/sentences.jsonl in both builds (this pure .venv and the compiled venv), with no
   confidence floor, and compares the events as JSON (sorted keys, minus `extracted_at`): any
   difference fails, with a diff of the first article that differs;
3. measures both builds' articles/s with bench.extract_bench on the seed article and on seeds/,
   interleaved in rounds in this one run, and prints the compiled/pure ratio.

`--keep DIR` builds into DIR and keeps it (with its venv: a second run reuses the venv).
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = "seeds/00-seed-000.json"
BENCHES = {"seed article": ([SEED_ARTICLE], 150), "seeds/": (["seeds"], 10)}


# --- worker side: runs inside one build's interpreter -------------------------------------------


def _inputs() -> list[bytes]:
    from geoevents.sources import read_articles

    values = [raw.value for raw in read_articles([str(ROOT / "seeds"), str(ROOT / "tests/fixtures/no_event")])]
    sentences = (ROOT / "tests/fixtures/sentences.jsonl").read_text().splitlines()
    for i, line in enumerate(line for line in sentences if line.strip()):
        values.append(json.dumps({"id": f"sentence-{i:03d}", "body": json.loads(line)["text"]}).encode())
    return values


def dump() -> dict[str, Any]:
    """Every input's events (or its error) as JSON-ready data, and which modules ran compiled."""
    from geoevents.decode import decode_article
    from geoevents.extract.pipeline import extract
    from geoevents.native import compiled_modules
    from geoevents.resources import load_resources

    resources = load_resources()
    articles: dict[str, Any] = {}
    for value in _inputs():
        article = decode_article(value, max_body_bytes=512 * 1024)
        try:
            events = [e.model_dump(mode="json") for e in extract(article, resources, min_confidence=0.0)]
        except Exception as exc:  # the other build must fail the same way
            articles[article.id] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        for event in events:
            event.pop("extracted_at")
        assert article.id not in articles, f"duplicate article id {article.id}"
        articles[article.id] = events
    return {"compiled_modules": compiled_modules(), "python": sys.executable, "articles": articles}


def bench() -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from bench.extract_bench import run

    figures = {name: run([str(ROOT / p) for p in paths], repeat) for name, (paths, repeat) in BENCHES.items()}
    return {name: result["extract_articles_per_s"] for name, result in figures.items()}


# --- driver side --------------------------------------------------------------------------------


def _step(message: str) -> float:
    print(f"== {message}", flush=True)
    return time.perf_counter()


def _run(cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, cwd=ROOT, text=True, capture_output=True, check=False, **kwargs)
    if done.returncode != 0:
        sys.exit(f"FAILED: {' '.join(cmd)}\n{done.stdout[-4000:]}\n{done.stderr[-8000:]}")
    return done


def _worker(python: Path, mode: str) -> Any:
    # -P: the script's directory does not go on sys.path; `geoevents` is the installed one.
    return json.loads(_run([str(python), "-P", __file__, mode]).stdout)


def build(work: Path) -> Path:
    """The compiled wheel installed into a clean venv under `work`; returns that venv's python."""
    wheels = work / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    t = _step("build the compiled wheel (GEOEVENTS_COMPILE=1 pip wheel .)")
    env = {**os.environ, "GEOEVENTS_COMPILE": "1"}
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), "."], env=env)
    (wheel,) = wheels.glob("geoevents-*.whl")
    if wheel.name.endswith("-none-any.whl"):
        sys.exit(f"FAILED: {wheel.name} is a pure-Python wheel")
    print(f"   {wheel.name} in {time.perf_counter() - t:.0f} s")
    t = _step("install it into a clean venv")
    venv = work / "venv"
    python = venv / "bin" / "python"
    if not python.exists():
        _run([sys.executable, "-m", "venv", str(venv)])
    pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
    _run([*pip, "--force-reinstall", "--no-deps", str(wheel)])  # a rebuilt wheel of the same version
    _run([*pip, str(wheel)])  # its dependencies
    print(f"   {venv} in {time.perf_counter() - t:.0f} s")
    return python


def compare(pure: dict[str, Any], compiled: dict[str, Any]) -> int:
    """Number of inputs whose events differ; prints a diff of the first."""
    ids = sorted(set(pure["articles"]) | set(compiled["articles"]))
    differ = [i for i in ids if pure["articles"].get(i) != compiled["articles"].get(i)]
    if differ:
        first = differ[0]

        def lines(side: dict[str, Any]) -> list[str]:
            return json.dumps(side["articles"].get(first), indent=1, sort_keys=True).splitlines()

        diff = difflib.unified_diff(lines(pure), lines(compiled), "pure", "compiled", lineterm="", n=2)
        print(f"\nFIRST DIFFERENCE: {first}\n" + "\n".join(list(diff)[:120]), file=sys.stderr)
    return len(differ)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", nargs="?", choices=["dump", "bench"], help=argparse.SUPPRESS)
    parser.add_argument("--keep", type=Path, help="build in this directory and keep it")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved benchmark rounds (default 3)")
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(dump() if args.mode == "dump" else bench(), sort_keys=True))
        return

    from geoevents.native import MODULES

    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="geoevents-compiled-") as tmp:
        work = args.keep.resolve() if args.keep else Path(tmp)
        compiled_python = build(work)
        pure_python = Path(sys.executable)

        t = _step("extract in both builds and compare")
        pure, compiled = _worker(pure_python, "dump"), _worker(compiled_python, "dump")
        if pure["compiled_modules"]:
            sys.exit(f"FAILED: the pure build ({pure_python}) runs compiled modules: {pure['compiled_modules']}")
        if compiled["compiled_modules"] != list(MODULES):
            missing = sorted(set(MODULES) - set(compiled["compiled_modules"]))
            sys.exit(f"FAILED: the compiled build runs these modules as .py: {missing}")
        n_events = sum(len(v) for v in pure["articles"].values() if isinstance(v, list))
        differ = compare(pure, compiled)
        if differ:
            sys.exit(f"FAILED: the compiled build's events differ from the pure build's on {differ} input(s)")
        print(f"   identical: {len(pure['articles'])} inputs, {n_events} events, in {time.perf_counter() - t:.0f} s")

        t = _step(f"articles/s, pure vs compiled ({args.rounds} interleaved rounds, median)")
        runs: dict[str, list[dict[str, float]]] = {"pure": [], "compiled": []}
        for _ in range(args.rounds):
            runs["pure"].append(_worker(pure_python, "bench"))
            runs["compiled"].append(_worker(compiled_python, "bench"))
        print(f"   {'corpus':<14}{'pure':>10}{'compiled':>10}{'ratio':>8}")
        for name in BENCHES:
            p = statistics.median(r[name] for r in runs["pure"])
            c = statistics.median(r[name] for r in runs["compiled"])
            print(f"   {name:<14}{p:>10,.0f}{c:>10,.0f}{c / p:>7.2f}x")
        print(f"   in {time.perf_counter() - t:.0f} s")
    print(f"== compiled check passed in {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
