"""Resources: the only reader of `data/`; validates every file once, into frozen models and dataclasses."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources as importlib_resources
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from geoevents.errors import ConfigError

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


class BodyRow(_Row):
    code: str
    name: str
    names: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list)


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


@dataclass(frozen=True, slots=True)
class TriggerRow:
    """A lexicon row; a slotted dataclass because the engine reads it for every hit (see Grammar)."""

    __pydantic_config__ = ConfigDict(extra="forbid")

    type: str
    pattern: str
    plover: str | None
    cameo: str | None
    weight: Annotated[float, Field(ge=0.0, le=1.0)]
    label: str


@dataclass(frozen=True, slots=True)
class Grammar:
    """Closed-class word lists and cue lists (see data/grammar.json).

    A slotted dataclass, not a model: the engine reads these lists in its innermost loops, and a
    slot is read several times faster than a pydantic model's attribute. Pydantic still validates it.
    """

    __pydantic_config__ = ConfigDict(extra="ignore")

    negations: frozenset[str]
    negation_window: int
    conditionals: frozenset[str]
    past_election: frozenset[str]
    future_election: frozenset[str]
    trade_cues: frozenset[str]
    military_context: frozenset[str]
    threat_kinds: dict[str, frozenset[str]]
    subject_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    first_person_plural: frozenset[str]
    possessive_first_person: frozenset[str]
    question_markers: frozenset[str]
    prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    clause_breaks: frozenset[str]
    coordinators: frozenset[str]
    passive_aux: frozenset[str]
    group_nouns: frozenset[str]
    group_modifiers: frozenset[str]
    armed_group_nouns: frozenset[str]
    force_nouns: frozenset[str]
    population_qualifiers: frozenset[str]
    attribution_verbs: frozenset[str]
    undergoer_words: frozenset[str]
    warning_verbs: frozenset[str]
    blockers: frozenset[str]
    advocacy_cues: frozenset[str]
    pursuit_words: frozenset[str]
    seeking_words: frozenset[str]
    document_nouns: frozenset[str]
    family_name_first_states: frozenset[str]
    future_cues: frozenset[str]
    phone_cues: frozenset[str]
    virtual_cues: frozenset[str]
    in_person_cues: frozenset[str]
    goods: tuple[str, ...]
    usd_per_unit: dict[str, float]
    scale_words: dict[str, float]
    title_modifiers: frozenset[str]
    determiners: frozenset[str]
    sanction_to_threat: frozenset[str]
    decision_verbs: frozenset[str]
    light_verbs: frozenset[str]
    verbal_followers: frozenset[str]
    sentence_negators: frozenset[str]
    sentence_negator_objects: frozenset[str]
    not_actors: tuple[str, ...]
    sports_cues: frozenset[str]
    sports_threshold: int
    mobilize_target_preps: frozenset[str]
    institution_words: frozenset[str]
    portfolio_words: frozenset[str]
    honorifics: frozenset[str]
    person_titles: frozenset[str]
    placing_participles: frozenset[str]
    victim_nouns: frozenset[str]
    victim_participles: frozenset[str]
    place_qualifiers: frozenset[str]
    role_nouns: frozenset[str]
    prediction_words: frozenset[str]
    provenance_suffixes: frozenset[str]
    act_nouns: frozenset[str]
    hedge_words: frozenset[str]
    nominal_cues: frozenset[str]
    with_only_verbs: frozenset[str]
    assault_target_preps: frozenset[str]
    future_after: frozenset[str]
    partitives: frozenset[str]
    subject_carrying_breaks: frozenset[str]
    topic_preps: frozenset[str]
    topic_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    ship_prefixes: dict[str, str]
    pair_nouns: frozenset[str]
    place_nouns: frozenset[str]
    accord_verbs: frozenset[str]
    irregular_past_verbs: frozenset[str]
    military_ranks: frozenset[str]
    military_services: frozenset[str]
    relation_nouns: frozenset[str]
    nominal_determiners: frozenset[str]
    head_titles: frozenset[str]
    mediation_verbs: frozenset[str]
    accord_backers: frozenset[str]
    request_nouns: frozenset[str]
    intention_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    population_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    courtesy_occasions: frozenset[str]
    military_leader_titles: frozenset[str]
    reversal_words: frozenset[str]
    posture_words: frozenset[str]
    non_triggers: tuple[str, ...]


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


def _jsonl(name: str, model: type[_M]) -> tuple[_M, ...]:
    adapter = TypeAdapter(model)
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
def load_resources() -> Resources:
    """Load and validate every data file once per process.

    Raises:
        ConfigError: when a file is missing or a row is invalid, naming the file and line.
    """
    try:
        grammar = TypeAdapter(Grammar).validate_json(_read_text("grammar.json"))
    except (ValidationError, ValueError) as err:
        raise ConfigError(f"geoevents/data/grammar.json: {err}") from None
    return Resources(
        countries=_jsonl("countries.jsonl", CountryRow),
        bodies=_jsonl("bodies.jsonl", BodyRow),
        groups=_jsonl("groups.jsonl", GroupRow),
        leaders=_jsonl("leaders.jsonl", LeaderRow),
        titles=_jsonl("titles.jsonl", TitleRow),
        triggers=_jsonl("triggers.jsonl", TriggerRow),
        publishers=_jsonl("publishers.jsonl", PublisherRow),
        grammar=grammar,
    )
