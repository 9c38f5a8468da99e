"""Dedupe: one event per happening, whatever the number of triggers that state it."""

from __future__ import annotations

from geoevents.extract.pipeline import extract
from geoevents.models import Article


def test_two_triggers_of_one_sentence_with_nested_sides_are_one_meeting() -> None:
    body = (
        "U.S. Special Envoy Tim Lenderking arrived in Saudi Arabia today and met senior officials "
        "from Saudi Arabia and Yemen."
    )
    meetings = [e for e in extract(Article(id="n", body=body)) if e.type == "Meeting"]
    assert [sorted(p.side for p in m.participants) for m in meetings] == [["SAU", "USA", "YEM"]]  # type: ignore[attr-defined]


def test_a_visit_held_and_one_planned_stay_two_meetings() -> None:
    body = "Chancellor Merz visited Paris in October. He will visit Paris again in March to meet President Macron."
    meetings = [e for e in extract(Article(id="t", body=body)) if e.type == "Meeting"]
    assert sorted(m.status for m in meetings) == ["held", "planned"]  # type: ignore[attr-defined]


def test_a_target_less_mention_of_an_attack_in_the_same_sentence_is_the_same_happening() -> None:
    body = "Russia launched a large air attack on Kyiv overnight, firing 40 missiles and 300 drones at the city."
    attacks = [e for e in extract(Article(id="o", body=body)) if e.type == "MilitaryAction"]
    assert [(a.actor.side, a.target.side) for a in attacks] == [("RUS", "UKR")]  # type: ignore[attr-defined]
