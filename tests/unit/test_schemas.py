"""The JSON Schemas in schemas/ are generated from the models and must not drift."""

from __future__ import annotations

from pathlib import Path

from geoevents.cli.schemas import render_schemas

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def test_committed_schemas_match_the_models() -> None:
    rendered = render_schemas()
    on_disk = {p.name: p.read_text() for p in SCHEMAS.glob("*.schema.json")}
    assert set(on_disk) == set(rendered), "run `geoevents schemas` to regenerate schemas/"
    stale = [name for name, text in rendered.items() if on_disk[name] != text]
    assert not stale, f"stale schemas (run `geoevents schemas`): {stale}"


def test_every_event_schema_requires_the_envelope() -> None:
    import json

    for name, text in render_schemas().items():
        if name == "article.schema.json":
            continue
        required = set(json.loads(text)["required"])
        assert {"event_id", "article_id", "extracted_at", "evidence", "confidence"} <= required, name
