"""Resources: the only reader of `data/`; validates every file once, into frozen models and dataclasses."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import cache
from importlib import resources as importlib_resources
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from geoevents import lexicon
from geoevents.errors import ConfigError
from geoevents.lexicon import Grammar, TriggerRow

__all__ = [
    "BodyRow",
    "CountryRow",
    "Grammar",
    "GroupRow",
    "LeaderRow",
    "PublisherRow",
    "Resources",
    "TitleRow",
    "TriggerRow",
    "load_resources",
]


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class CountryRow(_Row):
    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    names: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    metonyms: list[str] = Field(default_factory=list)
    kind: Literal["state", "territory"] = "state"
    #: cities that place an article in the state when they open its dateline ("SANTIAGO, Dec 15 -")
    datelines: list[str] = Field(default_factory=list)


class BodyRow(_Row):
    code: str
    name: str
    names: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)
    #: seats that stand for it as capitals stand for states ("Brussels" for the EU)
    metonyms: list[str] = Field(default_factory=list)
    #: the common nouns a later sentence calls it by ("the bloc", "the alliance")
    called: list[str] = Field(default_factory=list)


class GroupRow(_Row):
    """A non-state armed group or movement; `country` is where it operates, null when transnational."""

    name: str
    names: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")


class LeaderRow(_Row):
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    code: str | None = None
    title: str | None = None
    roles: list[dict[str, Any]] = Field(default_factory=list)


class TitleRow(_Row):
    title: str
    forms: list[str]
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")  # titles only one state uses


class PublisherRow(_Row):
    suffix: str = Field(pattern=r"^[a-z0-9.-]+$")  # a host ends with it: ".gov", "kremlin.ru"
    country: str | None = Field(default=None, pattern=r"^[A-Z]{3}$")
    code: str | None = None  # a body's code ("EU") when the publisher is no state


@dataclass(frozen=True, eq=False)  # hashed by identity: one instance per process, cache key for indexes
class Resources:
    """Every data file, validated."""

    countries: tuple[CountryRow, ...]
    bodies: tuple[BodyRow, ...]
    groups: tuple[GroupRow, ...]
    leaders: tuple[LeaderRow, ...]
    titles: tuple[TitleRow, ...]
    triggers: tuple[TriggerRow, ...]
    publishers: tuple[PublisherRow, ...]
    grammar: Grammar


_M = TypeVar("_M")


def _read_text(name: str) -> str:
    try:
        return importlib_resources.files("geoevents").joinpath("data", name).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"data file geoevents/data/{name} is missing") from None


def _jsonl(name: str, adapter: TypeAdapter[_M]) -> tuple[_M, ...]:
    rows = []
    for n, line in enumerate(_lines(_read_text(name)), 1):
        try:
            rows.append(adapter.validate_json(line))
        except ValidationError as err:
            raise ConfigError(f"geoevents/data/{name} line {n}: {err.errors()[0]['msg']}") from None
    return tuple(rows)


def _lines(text: str) -> Iterator[str]:
    for line in text.splitlines():
        if line.strip():
            yield line


@cache
def _lexicon_source() -> ModuleType:
    """A copy of geoevents.lexicon run from its source, whose dataclasses pydantic validates.

    The compiled build keeps only each field's outer type (`frozenset`, not `frozenset[str]`) and
    pydantic cannot fill its native classes, so files are validated into the source's classes and
    their values moved into geoevents.lexicon's (`_native`). Pure builds take the same path.
    """
    path = Path(str(lexicon.__file__)).with_name("lexicon.py")
    spec = importlib.util.spec_from_file_location("geoevents._lexicon_source", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise ConfigError(f"the lexicon's source {path} is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while they are made
    spec.loader.exec_module(module)
    return module


def _lexicon_adapter(name: str, extra: Literal["forbid", "ignore"]) -> TypeAdapter[Any]:
    cls = getattr(_lexicon_source(), name)
    cls.__pydantic_config__ = ConfigDict(extra=extra)
    return TypeAdapter(cls)


def _native(row: Any, cls: type[_M]) -> _M:
    return cls(**{f.name: getattr(row, f.name) for f in fields(row)})


@cache
def load_resources() -> Resources:
    """Load and validate every data file once per process.

    Raises:
        ConfigError: when a file is missing or a row is invalid, naming the file and line.
    """
    try:
        grammar = _lexicon_adapter("Grammar", "ignore").validate_json(_read_text("grammar.json"))
    except (ValidationError, ValueError) as err:
        raise ConfigError(f"geoevents/data/grammar.json: {err}") from None
    return Resources(
        countries=_jsonl("countries.jsonl", TypeAdapter(CountryRow)),
        bodies=_jsonl("bodies.jsonl", TypeAdapter(BodyRow)),
        groups=_jsonl("groups.jsonl", TypeAdapter(GroupRow)),
        leaders=_jsonl("leaders.jsonl", TypeAdapter(LeaderRow)),
        titles=_jsonl("titles.jsonl", TypeAdapter(TitleRow)),
        triggers=tuple(
            _native(row, TriggerRow) for row in _jsonl("triggers.jsonl", _lexicon_adapter("TriggerRow", "forbid"))
        ),
        publishers=_jsonl("publishers.jsonl", TypeAdapter(PublisherRow)),
        grammar=_native(grammar, Grammar),
    )
