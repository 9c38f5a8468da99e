"""Event models: one pydantic model per event type on a common envelope.

The nine models form one discriminated union on `type`; the fields follow the
annotation guide (key actors as `Actor` objects, typed fields per type).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, model_validator

from geoevents.models.actor import Actor

SCHEMA_VERSION = "1.0"

EventType = Literal[
    "Endorsement",
    "TradeDeal",
    "DiplomaticRift",
    "Meeting",
    "Threat",
    "Sanction",
    "MilitaryAction",
    "Agreement",
    "Election",
]


class Evidence(BaseModel):
    """The sentence stating the event; `body[start:end] == text` on the article as received."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError("evidence end precedes start")
        return self


class EventBase(BaseModel):
    """Envelope shared by every event type."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    type: EventType
    event_id: str = Field(description="Deterministic id of the event within its article")
    schema_version: str = SCHEMA_VERSION
    article_id: str
    article_url: str | None = None
    published_at: str | None = None
    extracted_at: datetime
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    plover: str | None = Field(description="PLOVER root (null only for Election)")
    cameo: str | None = Field(description="CAMEO event code")
    mentions: int = Field(default=1, ge=1, description="Sentences in the article reporting this event")


class Endorsement(EventBase):
    type: Literal["Endorsement"] = "Endorsement"
    endorser: Actor
    endorsee: Actor
    context: str | None = None


class TradeDeal(EventBase):
    type: Literal["TradeDeal"] = "TradeDeal"
    parties: list[Actor] = Field(min_length=2)
    status: Literal["proposed", "agreed", "signed", "in_force"] | None = None
    investment_usd: float | None = Field(default=None, ge=0)
    tariff_rate_pct: float | None = Field(default=None, ge=0)
    previous_tariff_rate_pct: float | None = Field(default=None, ge=0)
    goods: list[str] = Field(default_factory=list)


class DiplomaticRift(EventBase):
    type: Literal["DiplomaticRift"] = "DiplomaticRift"
    parties: list[Actor] = Field(min_length=2, max_length=2)
    act: str | None = None


class Meeting(EventBase):
    type: Literal["Meeting"] = "Meeting"
    participants: list[Actor] = Field(min_length=2)
    mode: Literal["in_person", "phone", "virtual"] | None = None
    status: Literal["held", "planned"] = "held"
    location: str | None = None


class Threat(EventBase):
    type: Literal["Threat"] = "Threat"
    source: Actor
    target: Actor | None = Field(default=None, description="null when the text names no target")
    kind: Literal["tariff", "sanction", "military", "other"] = "other"


class Sanction(EventBase):
    type: Literal["Sanction"] = "Sanction"
    imposer: Actor
    target: Actor | None = None
    measure: str | None = None


class MilitaryAction(EventBase):
    type: Literal["MilitaryAction"] = "MilitaryAction"
    actor: Actor
    target: Actor | None = None
    action: str


class Agreement(EventBase):
    type: Literal["Agreement"] = "Agreement"
    parties: list[Actor] = Field(min_length=2)
    subject: str | None = None


class Election(EventBase):
    type: Literal["Election"] = "Election"
    country: str = Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 of the electing state")
    status: Literal["scheduled", "held"] = "scheduled"
    date: str | None = None


Event = Annotated[
    Endorsement | TradeDeal | DiplomaticRift | Meeting | Threat | Sanction | MilitaryAction | Agreement | Election,
    Field(discriminator="type"),
]

EVENT_MODELS: dict[str, type[EventBase]] = {
    "Endorsement": Endorsement,
    "TradeDeal": TradeDeal,
    "DiplomaticRift": DiplomaticRift,
    "Meeting": Meeting,
    "Threat": Threat,
    "Sanction": Sanction,
    "MilitaryAction": MilitaryAction,
    "Agreement": Agreement,
    "Election": Election,
}

event_adapter: TypeAdapter[Event] = TypeAdapter(Event)
