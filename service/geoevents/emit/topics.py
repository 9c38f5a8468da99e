"""Topic names: one input, one dead-letter topic and one output topic per event type."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geoevents.models.events import EVENT_MODELS

__all__ = ["EVENT_TYPES", "Topics", "type_from_name", "type_suffix"]

EVENT_TYPES: tuple[str, ...] = tuple(EVENT_MODELS)


def type_suffix(event_type: str) -> str:
    """`TradeDeal` -> `trade_deal`, the suffix of its topic."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", event_type).lower()


def type_from_name(name: str) -> str:
    """Accept a type name (`TradeDeal`) or a topic suffix (`trade_deal`); return the type name.

    Raises:
        ValueError: when `name` is neither.
    """
    for event_type in EVENT_TYPES:
        if name in (event_type, type_suffix(event_type)) or name.lower() == event_type.lower():
            return event_type
    known = ", ".join(type_suffix(t) for t in EVENT_TYPES)
    raise ValueError(f"unknown event type {name!r}; expected one of: {known}")


@dataclass(frozen=True)
class Topics:
    """Every topic the service reads or writes."""

    articles: str = "articles"
    dlq: str = "articles.dlq"
    events_prefix: str = "events."

    def for_type(self, event_type: str) -> str:
        return f"{self.events_prefix}{type_suffix(event_type)}"

    @property
    def events(self) -> dict[str, str]:
        return {t: self.for_type(t) for t in EVENT_TYPES}
