"""Candidate: an event draft, before merging and validation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from geoevents.extract.text import Sentence

__all__ = ["Candidate"]


@dataclass
class Candidate:
    """An event draft: type, actors by role, typed fields and where it was stated."""

    type: str
    roles: dict[str, Any]
    fields: dict[str, Any]
    sentence: Sentence
    confidence: float
    plover: str | None
    cameo: str | None
    order: tuple[str, ...] = field(default_factory=tuple)  # identity of the initiating side, for rifts

    def __init__(
        self,
        type: str,
        roles: dict[str, Any],
        fields: dict[str, Any],
        sentence: Sentence,
        confidence: float,
        plover: str | None,
        cameo: str | None,
        order: tuple[str, ...] = (),
    ) -> None:
        self.type = type
        self.roles = roles
        self.fields = fields
        self.sentence = sentence
        self.confidence = confidence
        self.plover = plover
        self.cameo = cameo
        self.order = order
