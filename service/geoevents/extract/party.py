"""Party: an actor as the engine holds it; events carry its validated twin, `models.Actor`.

The engine reads an actor's fields in its innermost loops. A pydantic model's attribute is a
dictionary lookup behind a type lookup; a Party's, in the compiled build, is a field read in C.
Parties are checked where they leave the engine: `model()` validates one into an `Actor`.
"""

from __future__ import annotations

from typing import Final

from geoevents.models.actor import Actor

__all__ = ["Party"]

_KINDS: Final = frozenset({"person", "country", "organization"})


class Party:
    """A person, a state or an organization taking part in an event (the fields of `models.Actor`)."""

    name: str
    kind: str
    country: str | None
    code: str | None
    title: str | None
    side: str  # who the party is on the world stage: its body code, else its country, else its name
    _model: Actor | None

    def __init__(
        self,
        name: str,
        kind: str,
        country: str | None = None,
        code: str | None = None,
        title: str | None = None,
    ) -> None:
        if kind not in _KINDS:
            raise ValueError(f"unknown actor kind {kind!r}")
        self.name = name
        self.kind = kind
        self.country = country
        self.code = code
        self.title = title
        self.side = code or country or name
        self._model = None

    @property
    def state(self) -> str | None:
        """The state or body the party stands for: its body code, else its country."""
        return self.code or self.country

    def with_title(self, title: str | None) -> Party:
        return Party(self.name, self.kind, self.country, self.code, title)

    def with_country(self, country: str | None) -> Party:
        return Party(self.name, self.kind, country, self.code, self.title)

    def with_role(self, country: str | None, code: str | None, title: str | None) -> Party:
        """The same person in another office ("NATO Secretary General Mark Rutte")."""
        return Party(self.name, self.kind, country, code, title)

    def model(self) -> Actor:
        """The validated `Actor` events carry, made once per party."""
        if self._model is None:
            self._model = Actor(
                name=self.name,
                kind=self.kind,  # type: ignore[arg-type]  # checked against the same literals
                country=self.country,
                code=self.code,
                title=self.title,
            )
        return self._model

    def _key(self) -> tuple[str, str, str | None, str | None, str | None]:
        return (self.name, self.kind, self.country, self.code, self.title)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Party) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Party(name={self.name!r}, kind={self.kind!r}, country={self.country!r}, code={self.code!r})"
