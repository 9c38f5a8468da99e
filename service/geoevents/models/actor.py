"""Actor: a person, a state (or its government) or an organization taking part in an event."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal["person", "country", "organization"]


class Actor(BaseModel):
    """An event participant in the format GUIDE.md defines.

    `country` is the ISO 3166-1 alpha-3 code of the state the actor belongs to or
    stands for (XKX for Kosovo); `code` is the acronym of an international body
    (EU, NATO, UN, ...) for the body itself and for its officials.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, description="Full name as introduced, or a state's usual English name")
    kind: ActorKind
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    code: str | None = Field(default=None, description="International body acronym, e.g. EU, NATO, UN")
    title: str | None = None

    @property
    def state(self) -> str | None:
        """The state or body the actor stands for: its body code, else its country."""
        return self.code or self.country

    @property
    def side(self) -> str:
        """Who the actor is on the world stage: its state or body, else (unknown state) its own name."""
        return self.code or self.country or self.name
