"""Gazetteer: every name of every state, body and known person, indexed by token sequence."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Literal

from geoevents.extract.party import Party
from geoevents.extract.text import tokenise
from geoevents.resources import Resources

__all__ = ["Entry", "Gazetteer", "build_gazetteer", "is_armed_group", "name_key"]

Via = Literal["name", "demonym", "metonym", "body", "person", "none"]


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form stands for, and how it names it."""

    actor: Party
    via: Via


@dataclass(frozen=True)
class Gazetteer:
    """Case-sensitive token-sequence index; `titles` is lower-case."""

    entries: dict[tuple[str, ...], Entry]
    first_tokens: frozenset[str]
    lengths: dict[str, tuple[int, ...]]  # first token -> the lengths of entries starting with it, longest first
    person_first_tokens: frozenset[str]  # first tokens of known persons' names and aliases
    group_first_tokens: frozenset[str]  # first tokens of armed groups' names ("Hezbollah", "Islamic")
    uncased_first_tokens: frozenset[str]  # lower case of the first tokens not capitalised ("al-Qaeda", "de")
    place_first_tokens: frozenset[str]  # first tokens of states, metonyms, demonyms and bodies (not persons)
    max_len: int
    titles: dict[tuple[str, ...], str]
    title_countries: dict[str, str]  # titles only one state uses ("Secretary of State")
    title_first: frozenset[str]
    title_max_len: int
    title_lengths: dict[str, tuple[int, ...]]
    countries: dict[str, Party]
    persons: dict[str, Party]
    country_titles: dict[str, frozenset[str]]  # titles the leaders file gives each state's officials
    body_nouns: dict[str, frozenset[str]]  # "bloc" -> the codes of the bodies news calls "the bloc"
    dateline_cities: dict[tuple[str, ...], str]  # ("Sao", "Paulo") -> "BRA": cities read only in a dateline


def is_armed_group(via: str, actor: Party) -> bool:
    """An armed group from `groups.jsonl` ("Hezbollah"): indexed like a body, but with no body code ("NATO")."""
    return via == "body" and actor.code is None


def name_key(name: str) -> tuple[str, ...]:
    """Tokens of a name, without a leading "the" (so "the Kremlin" and "Kremlin" index alike)."""
    words = tuple(tokenise(name))
    if len(words) > 1 and words[0] in ("the", "The"):
        words = words[1:]
    return words


@cache
def build_gazetteer(resources: Resources) -> Gazetteer:
    """Index every surface form; earlier, more specific sources win on collisions."""
    entries: dict[tuple[str, ...], Entry] = {}
    countries: dict[str, Party] = {}
    persons: dict[str, Party] = {}
    nobody = Party(name="-", kind="organization")
    for phrase in resources.grammar.not_actors:  # "South China Sea" is not China: longest match shadows it
        entries[name_key(phrase)] = Entry(nobody, "none")

    def add(name: str, entry: Entry) -> None:
        key = name_key(name)
        if key and key not in entries:
            entries[key] = entry

    for row in resources.leaders:
        person = Party(name=row.name, kind="person", country=row.country, code=row.code, title=row.title)
        persons[row.name] = person
        for name in (row.name, *row.aliases):
            add(name, Entry(person, "person"))
    for body in resources.bodies:
        actor = Party(name=body.name, kind="organization", code=body.code)
        for name in (body.name, *body.names):
            add(name, Entry(actor, "body"))
    for group in resources.groups:
        armed = Party(name=group.name, kind="organization", country=group.country)
        for name in (group.name, *group.names):
            add(name, Entry(armed, "body"))
    for country in resources.countries:
        actor = Party(name=country.name, kind="country", country=country.iso3)
        countries[country.iso3] = actor
        for name in (country.name, *country.names):
            add(name, Entry(actor, "name"))
    for prefix, iso3 in resources.grammar.ship_prefixes.items():
        add(prefix, Entry(countries[iso3], "name"))  # "USS Ralph Johnson": the US Navy's ship
    for country in resources.countries:
        actor = countries[country.iso3]
        for name in country.metonyms:
            add(name, Entry(actor, "metonym"))
        for name in country.demonyms:
            add(name, Entry(actor, "demonym"))
    for body in resources.bodies:
        for name in body.metonyms:  # "Brussels imposed sanctions": the EU
            add(name, Entry(Party(name=body.name, kind="organization", code=body.code), "metonym"))

    titles: dict[tuple[str, ...], str] = {}
    for title_row in resources.titles:
        for form in title_row.forms:
            titles.setdefault(tuple(t.lower() for t in tokenise(form)), title_row.title)
    return Gazetteer(
        entries=entries,
        first_tokens=frozenset(k[0] for k in entries),
        lengths=_lengths(entries),
        person_first_tokens=frozenset(k[0] for k, e in entries.items() if e.via == "person"),
        group_first_tokens=frozenset(
            k[0] for k, e in entries.items() if is_armed_group(e.via, e.actor) and k[0][:1].isupper()
        ),
        uncased_first_tokens=frozenset(k[0].lower() for k in entries if not k[0][:1].isupper()),
        place_first_tokens=frozenset(k[0] for k, e in entries.items() if e.via not in ("person", "none")),
        max_len=max((len(k) for k in entries), default=1),
        titles=titles,
        title_countries={r.title: r.country for r in resources.titles if r.country},
        title_first=frozenset(k[0] for k in titles),
        title_max_len=max((len(k) for k in titles), default=1),
        title_lengths=_lengths(titles),
        countries=countries,
        persons=persons,
        country_titles=_country_titles(resources),
        body_nouns=_body_nouns(resources),
        dateline_cities={name_key(city): c.iso3 for c in resources.countries for city in c.datelines},
    )


def _body_nouns(resources: Resources) -> dict[str, frozenset[str]]:
    by_noun: dict[str, set[str]] = {}
    for body in resources.bodies:
        for noun in body.called:
            by_noun.setdefault(noun, set()).add(body.code)
    return {noun: frozenset(codes) for noun, codes in by_noun.items()}


def _country_titles(resources: Resources) -> dict[str, frozenset[str]]:
    """Each state's titles, with the short form a release uses ("the Secretary" of a Secretary of State)."""
    short_forms = {row.title for row in resources.titles if " " not in row.title}
    by_country: dict[str, set[str]] = {}
    for row in resources.leaders:
        if row.country and row.title:
            head = row.title.split()[0]
            by_country.setdefault(row.country, set()).update({row.title, head} if head in short_forms else {row.title})
    return {country: frozenset(titles) for country, titles in by_country.items()}


def _lengths(index: Mapping[tuple[str, ...], object]) -> dict[str, tuple[int, ...]]:
    """Per first token, the key lengths to try, longest first (so a lookup tries only real lengths)."""
    by_first: dict[str, set[int]] = {}
    for key in index:
        by_first.setdefault(key[0], set()).add(len(key))
    return {first: tuple(sorted(lengths, reverse=True)) for first, lengths in by_first.items()}
