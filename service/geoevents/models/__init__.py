"""Payload models: the single source of truth for what crosses Kafka."""

from geoevents.models.actor import Actor, ActorKind
from geoevents.models.article import Article
from geoevents.models.events import (
    EVENT_MODELS,
    SCHEMA_VERSION,
    Agreement,
    DiplomaticRift,
    Election,
    Endorsement,
    Event,
    EventBase,
    EventType,
    Evidence,
    Meeting,
    MilitaryAction,
    Sanction,
    Threat,
    TradeDeal,
    event_adapter,
)

__all__ = [
    "EVENT_MODELS",
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Agreement",
    "Article",
    "DiplomaticRift",
    "Election",
    "Endorsement",
    "Event",
    "EventBase",
    "EventType",
    "Evidence",
    "Meeting",
    "MilitaryAction",
    "Sanction",
    "Threat",
    "TradeDeal",
    "event_adapter",
]
