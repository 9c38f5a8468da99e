"""Worst-case extraction time: adversarial bodies of exactly the 512 KiB limit must extract in bounded time.

This guards against catastrophic regex backtracking and quadratic loops, it is not a benchmark: the
bound (`BOUND_S`) is generous, and a linear extractor needs well under a second per case. Each case
runs in a child process (decode, then timed extraction, then evidence checks), so a blow-up costs
at most `KILL_AFTER_S` of CI time instead of hanging the suite. Timings go to
`bench/results/worst_case.json` as {"case": seconds}; a case killed before finishing is recorded
as null. Run with `pytest -s` to see the table.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from geoevents.config import DEFAULT_MAX_BODY_BYTES

pytestmark = pytest.mark.fault

LIMIT = DEFAULT_MAX_BODY_BYTES
#: Per-article extraction must finish within this many seconds.
BOUND_S = 20.0
#: Wall-clock budget of one child (interpreter start, data loading, decoding, extraction).
KILL_AFTER_S = BOUND_S + 10.0
REPO = Path(__file__).resolve().parents[2]
RESULTS = REPO / "bench" / "results" / "worst_case.json"

COUNTRY_NAMES = [
    "Japan", "China", "United States", "Russia", "Ukraine", "France", "Germany", "India", "Brazil", "Mexico",
    "Canada", "Israel", "Iran", "North Korea", "South Korea", "Taiwan", "Turkey", "Egypt", "Nigeria", "Kenya",
    "Argentina", "Chile", "Peru", "Colombia", "Venezuela", "Cuba", "Poland", "Hungary", "Serbia", "Kosovo",
    "Italy", "Spain", "Portugal", "Greece", "Sweden", "Norway", "Finland", "Denmark", "Australia", "Indonesia",
    "Vietnam", "Thailand", "Philippines", "Pakistan", "Afghanistan", "Saudi Arabia", "Qatar", "Syria", "Iraq",
]  # fmt: skip
VOCABULARY = [
    *COUNTRY_NAMES, "President", "Prime Minister", "Xi Jinping", "Trump", "Putin", "met", "signed", "sanctions",
    "agreement", "trade", "deal", "talks", "and", "the", "with", "on", "of", "in", "said", "he", "she", "him",
    "her", "will", "not", "urged", "tariffs", "investment", "election", "attacked", "troops", "officials",
    "Tuesday", "Beijing", "Washington", "Moscow", "his", "their", "summit", "threatened", "condemned",
]  # fmt: skip


def fill(unit: str, nbytes: int = LIMIT, head: str = "") -> str:
    """`head`, then `unit` repeated, cut to exactly `nbytes` UTF-8 bytes (ASCII-padded if a char is cut)."""
    reps = (nbytes - len(head.encode())) // max(1, len(unit.encode())) + 1
    body = (head + unit * reps).encode()[:nbytes].decode("utf-8", "ignore")
    return body + "x" * (nbytes - len(body.encode()))


def words_without_punctuation(seed: int, vocabulary: list[str], sep: str = " ") -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < LIMIT:
        word = rng.choice(vocabulary)
        out.append(word)
        size += len(word) + len(sep)
    return fill("", head=sep.join(out))


def capitalised_nonsense(seed: int) -> str:
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = [
        rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(rng.choices(letters, k=rng.randint(1, 9)))
        for _ in range(500)
    ]
    return fill(" ".join(words) + " ")


#: Each builder returns a body of exactly LIMIT bytes.
CASES: dict[str, Callable[[], str]] = {
    # One sentence, one line, no punctuation at all.
    "no_punctuation_one_sentence": lambda: words_without_punctuation(1, VOCABULARY),
    "no_punctuation_lowercase": lambda: words_without_punctuation(2, [w.lower() for w in VOCABULARY]),
    # A trigger word repeated to the limit.
    "trigger_repeated_sanctions": lambda: fill("sanctions "),
    "trigger_repeated_met": lambda: fill("met "),
    "trigger_repeated_sanctions_lines": lambda: fill("sanctions\n"),
    # Actors repeated to the limit.
    "japan_and_china": lambda: fill("Japan and China "),
    "japan_met_china": lambda: fill("Japan met China "),
    "japan_met_china_sentences": lambda: fill("Japan met China. "),
    "japan_met_china_lines": lambda: fill("Japan met China\n"),
    "prime_minister_possessive": lambda: fill("Japan's Prime Minister "),
    "prime_minister_possessive_lines": lambda: fill("Japan's Prime Minister\n"),
    "countries_alternating_with_and": lambda: fill(" and ".join(COUNTRY_NAMES) + " and "),
    "countries_alternating_with_and_met": lambda: fill(" and ".join(COUNTRY_NAMES) + " met "),
    "country_names_only": lambda: fill(" ".join(COUNTRY_NAMES) + " "),
    "country_names_only_lines": lambda: fill("\n".join(COUNTRY_NAMES) + "\n"),
    "hyphenated_country_chain": lambda: fill("US-China-", head="Japan met "),
    "possessive_chain": lambda: fill("Japan's China's Russia's ", head="The "),
    # Names without end.
    "title_and_name_run": lambda: fill("President Xi Jinping Xi Jinping "),
    "capitalised_words": lambda: capitalised_nonsense(3),
    "person_and_pronouns": lambda: fill("President Xi Jinping met him "),
    "person_and_pronouns_sentences": lambda: fill("President Xi Jinping met him. He praised her. "),
    # Numbers, amounts and rates.
    "money_and_rates": lambda: fill("$550bn 15% "),
    "trade_deal_money_and_rates": lambda: fill(
        "Japan and China signed a trade deal on investment of $550bn with 15% tariffs "
    ),
    "digit_run_in_trade_deal": lambda: fill(
        "1", head="Japan and China signed a trade deal on investment and tariffs of "
    ),
    # Punctuation and whitespace runs.
    "full_stop_run": lambda: fill(".", head="Japan met China"),
    "mixed_stop_run": lambda: fill("!?.", head="Japan met China"),
    "newlines_only": lambda: fill("\n", head="Japan"),
    "spaces_only": lambda: fill(" ", head="Japan met China. "),
    "blank_lines_and_spaces": lambda: fill(" \n \n", head="Japan met China"),
    # Unusual Unicode everywhere.
    "unicode_soup": lambda: fill("\U0001f1ef\U0001f1f5 Japan\u200d met\u200f China\u2028\u4e2d\u56fd \u0301\uff2a "),
}

CHILD = r"""
import json, math, sys, time
from geoevents.decode import decode_article
from geoevents.extract.pipeline import extract
from geoevents.models.article import Article
from geoevents.resources import load_resources

limit = int(sys.argv[1])
raw = sys.stdin.buffer.read()
resources = load_resources()
extract(Article(id="warm-up", body="Japan met China in Tokyo."), resources)  # build the indexes untimed
article = decode_article(raw, max_body_bytes=limit)
start = time.perf_counter()
events = extract(article, resources)
seconds = time.perf_counter() - start
bad = [
    e.event_id
    for e in events
    if article.body[e.evidence.start : e.evidence.end] != e.evidence.text
    or not (0.0 <= e.confidence <= 1.0)
    or math.isnan(e.confidence)
]
print(json.dumps({"seconds": seconds, "events": len(events), "bad_events": bad}))
"""


def _write(results: dict[str, float | None]) -> None:
    """Merge this run's cases into the results file (other cases keep their last recorded time)."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    try:
        merged: dict[str, Any] = json.loads(RESULTS.read_text())
        if not isinstance(merged, dict):
            merged = {}
    except (OSError, ValueError):
        merged = {}
    merged.update(results)
    # Write-then-rename: a concurrent run (or a reader) never sees a half-written file.
    tmp = RESULTS.with_name(f".{RESULTS.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(dict(sorted(merged.items())), indent=2) + "\n")
    os.replace(tmp, RESULTS)


@pytest.fixture(scope="module")
def timings() -> Iterator[dict[str, float | None]]:
    results: dict[str, float | None] = {}
    yield results
    if not results:
        return
    print(f"\nworst-case extraction at {LIMIT} bytes (bound {BOUND_S:g} s):")
    for case, seconds in sorted(results.items(), key=lambda kv: -(kv[1] if kv[1] is not None else float("inf"))):
        shown = f"{seconds:8.3f} s" if seconds is not None else f"> {KILL_AFTER_S:g} s (killed)"
        print(f"  {case:40} {shown}")
    finished = [s for s in results.values() if s is not None]
    killed = [c for c, s in results.items() if s is None]
    worst = f"{max(finished):.3f} s" if finished else "n/a"
    print(f"worst finished case: {worst}; killed: {', '.join(killed) or 'none'}; written to {RESULTS}")


@pytest.mark.parametrize("case", list(CASES))
def test_adversarial_body_at_the_limit_extracts_in_bounded_time(case: str, timings: dict[str, float | None]) -> None:
    body = CASES[case]()
    assert len(body.encode("utf-8")) == LIMIT, "builders must produce exactly the limit"
    raw = json.dumps({"id": f"worst-{case}", "body": body}, ensure_ascii=False).encode("utf-8")
    try:
        proc = subprocess.run(
            [sys.executable, "-c", CHILD, str(LIMIT)],
            input=raw,
            capture_output=True,
            timeout=KILL_AFTER_S,
            cwd=REPO,
            check=False,
        )
    except subprocess.TimeoutExpired:
        timings[case] = None
        _write({case: None})
        pytest.fail(f"{case}: extraction of a {LIMIT}-byte body did not finish within {KILL_AFTER_S:g} s (killed)")
    assert proc.returncode == 0, f"{case}: child failed:\n{proc.stderr.decode(errors='replace')[-4000:]}"
    report = json.loads(proc.stdout.decode().strip().splitlines()[-1])
    seconds = round(report["seconds"], 3)
    timings[case] = seconds
    _write({case: seconds})
    print(f"\n{case}: {seconds:.3f} s, {report['events']} events")
    assert not report["bad_events"], f"{case}: events with wrong evidence offsets or confidence: {report['bad_events']}"
    assert seconds <= BOUND_S, f"{case}: extraction took {seconds:.1f} s at {LIMIT} bytes (bound {BOUND_S:g} s)"
