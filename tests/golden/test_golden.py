"""Golden articles: the seed article and project-written articles against hand-written expectations.

`cases.jsonl` lists, per seed article, the events a careful reader finds (key actors as
ISO codes or body codes, following the annotation guide). The extractor must find the
seed article's required events exactly, and keep precision and recall over all
articles above floors set just under what it achieves today, so regressions fail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geoevents.extract.pipeline import extract
from geoevents.models import Article, EventBase

HERE = Path(__file__).parent
SEEDS = HERE.parents[1] / "seeds"
ROLES = {
    "Endorsement": ("endorser", "endorsee"),
    "Threat": ("source", "target"),
    "Sanction": ("imposer", "target"),
    "MilitaryAction": ("actor", "target"),
    "Election": ("country",),
}
SET_ROLE = {"TradeDeal": "parties", "Agreement": "parties", "DiplomaticRift": "parties", "Meeting": "participants"}
#: Floors under today's figures (precision 0.98, recall 0.90 on 17 articles); raise them as the engine improves.
MIN_PRECISION = 0.94
MIN_RECALL = 0.87


def _side(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.get("code") or value.get("country") or value.get("name")


def _key(event: dict[str, Any]) -> tuple[Any, ...]:
    kind = event["type"]
    if kind in SET_ROLE:
        return (kind, frozenset(_side(a) for a in event[SET_ROLE[kind]]))
    return (kind, *(_side(event.get(role)) for role in ROLES[kind]))


def _matches(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    g, p = _key(gold), _key(pred)
    if g[0] != p[0]:
        return False
    if gold["type"] == "MilitaryAction" and gold.get("target") is None:
        return g[1] == p[1]  # a target the text does not name is not compared
    return g == p


def _articles() -> dict[str, Article]:
    out = {}
    for path in sorted(SEEDS.glob("*.json")):
        article = Article.model_validate_json(path.read_text())
        out[article.id] = article
    return out


def _cases() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (HERE / "cases.jsonl").read_text().splitlines() if line.strip()]


def _dump(events: list[EventBase]) -> list[dict[str, Any]]:
    return [e.model_dump(mode="json") for e in events]


def test_every_seed_file_has_expectations() -> None:
    assert set(_articles()) == {case["article_id"] for case in _cases()}


def test_seed_article_yields_its_required_events() -> None:
    article = _articles()["seed-000"]
    preds = _dump(extract(article))
    expected = [
        {"type": "Endorsement", "endorser": {"country": "USA"}, "endorsee": {"country": "JPN"}},
        {"type": "Endorsement", "endorser": {"country": "USA"}, "endorsee": {"country": "ARG"}},
        {"type": "Endorsement", "endorser": {"country": "USA"}, "endorsee": {"country": "HUN"}},
        {"type": "TradeDeal", "parties": [{"country": "JPN"}, {"country": "USA"}]},
        {"type": "DiplomaticRift", "parties": [{"country": "CHN"}, {"country": "JPN"}]},
        {"type": "Election", "country": "JPN"},
    ]
    for gold in expected:
        assert any(_matches(gold, p) for p in preds), f"missing {gold}"
    meetings = {(p["status"], p["mode"]) for p in preds if p["type"] == "Meeting"}
    assert {("held", "in_person"), ("planned", "in_person"), ("held", "phone")} <= meetings
    trump = next(p for p in preds if p["type"] == "Endorsement" and p["endorsee"]["country"] == "JPN")
    assert (trump["endorser"]["name"], trump["endorsee"]["name"]) == ("Donald Trump", "Sanae Takaichi")
    deal = next(p for p in preds if p["type"] == "TradeDeal")
    assert deal["investment_usd"] == pytest.approx(550e9)


def test_offsets_point_at_the_evidence_in_the_original_body() -> None:
    for article in _articles().values():
        for event in extract(article):
            assert article.body[event.evidence.start : event.evidence.end] == event.evidence.text


def test_extraction_is_deterministic_apart_from_the_timestamp() -> None:
    article = _articles()["seed-000"]
    first = [e.model_dump(exclude={"extracted_at"}) for e in extract(article)]
    second = [e.model_dump(exclude={"extracted_at"}) for e in extract(article)]
    assert first == second


def test_articles_without_events_yield_none() -> None:
    articles = _articles()
    for case in _cases():
        if not case["events"] and "negat" not in case["article_id"]:
            assert extract(articles[case["article_id"]]) == [], case["article_id"]


def test_precision_and_recall_over_all_golden_articles_stay_above_floors() -> None:
    articles = _articles()
    tp = fp = fn = 0
    for case in _cases():
        preds = _dump(extract(articles[case["article_id"]]))
        golds = case["events"]
        used: set[int] = set()
        for p in preds:
            hit = next((i for i, g in enumerate(golds) if i not in used and _matches(g, p)), None)
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += golds[hit].get("required", True)
        fn += sum(1 for i, g in enumerate(golds) if g.get("required", True) and i not in used)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    print(f"golden precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert precision >= MIN_PRECISION
    assert recall >= MIN_RECALL
