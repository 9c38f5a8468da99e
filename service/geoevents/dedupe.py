"""Dedupe: one event per happening within an article, with a deterministic id."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from geoevents.extract.candidate import Candidate
from geoevents.extract.party import Party

__all__ = ["event_id", "fingerprint", "merge"]


def _actor_id(actor: Party | None) -> str:
    if actor is None:
        return "-"
    if actor.kind == "person":
        return f"{actor.country or actor.code or '?'}/{actor.name}"
    return actor.side


def fingerprint(candidate: Candidate) -> str:
    """What makes two mentions the same happening: type, key actors, and what tells acts apart."""
    roles = candidate.roles
    parts: list[str] = [candidate.type]
    if candidate.type == "Sanction":
        # a state imposes: "Trump signed an order imposing the duties" is the United States' tariff
        parts += [roles["imposer"].side, _actor_id(roles["target"])]
    elif candidate.type in ("Endorsement", "Threat"):
        parts += [_actor_id(v) for v in roles.values()]
    elif candidate.type == "MilitaryAction":
        parts += [roles["actor"].side, _actor_id(roles.get("target")), candidate.plover or ""]
    elif candidate.type == "Election":
        parts.append(roles["country"])
    else:
        sides = roles.get("participants") or roles.get("parties") or []
        # The sides are states or bodies: Trump and "Washington" are one side.
        parts.append("+".join(sorted({a.side for a in sides})))
        if candidate.type == "Meeting":
            parts.append(candidate.fields.get("status", ""))
        parts += list(candidate.order)
        if candidate.type == "DiplomaticRift" and candidate.plover == "SANCTION":
            parts.append("measure")  # an expulsion or a closed mission is a happening apart from words
    return "|".join(parts)


def _sides(candidate: Candidate) -> frozenset[str]:
    return frozenset(a.side for a in candidate.roles.get("participants") or [])


def _nested_meetings_merged(keyed: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
    """ "arrived in Saudi Arabia and will meet Saudi and Yemeni officials": two triggers of one
    sentence, one meeting; a meeting whose sides are within another's of the same sentence and
    status takes that one's key."""
    by_sentence: dict[tuple[int, Any], list[tuple[str, Candidate, frozenset[str]]]] = {}
    for key, c in keyed:
        if c.type == "Meeting":
            by_sentence.setdefault((c.sentence.start, c.fields.get("status")), []).append((key, c, _sides(c)))
    if all(len(group) < 2 for group in by_sentence.values()):
        return keyed  # the common case: at most one meeting per sentence and status
    wider_key: dict[int, str] = {}  # id of a narrower meeting -> the key of the widest one around it
    for group in by_sentence.values():
        for _key, c, sides in group:
            wider = [(k, o_sides) for k, o, o_sides in group if o is not c and sides < o_sides]
            if wider:
                wider_key[id(c)] = max(wider, key=lambda ks: len(ks[1]))[0]
    return [(wider_key.get(id(c), key), c) for key, c in keyed]


def _untargeted_acts_merged(keyed: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
    """ "Russia launched air attacks on Kyiv, firing 38 missiles and 400 drones": in one sentence, an
    act by the same forces with no target named is the same happening as the one aimed at a target."""
    targeted: dict[tuple[int, str, str | None], str] = {}
    loose = False
    for key, c in keyed:
        if c.type == "MilitaryAction":
            slot = (c.sentence.start, c.roles["actor"].side, c.plover)
            if c.roles.get("target") is None:
                loose = True
            else:
                targeted.setdefault(slot, key)
    if not loose or not targeted:
        return keyed  # the common case
    out = []
    for key, c in keyed:
        if c.type == "MilitaryAction" and c.roles.get("target") is None:
            key = targeted.get((c.sentence.start, c.roles["actor"].side, c.plover), key)
        out.append((key, c))
    return out


#: Rifts of words that are still a move of their own beside a measure ("summoned the ambassador and told him").
_ACTS_OF_THEIR_OWN = frozenset({"summoned the ambassador"})


def _reasons_merged(keyed: list[tuple[str, Candidate]]) -> list[tuple[str, Candidate]]:
    """ "cut diplomatic ties with the UAE, accusing Abu Dhabi of arming the RSF": in one sentence, the
    charge a side gives for its measure against the other (an expulsion, a recall) is that measure."""
    measures = {
        (c.sentence.start, c.order): key for key, c in keyed if c.type == "DiplomaticRift" and c.plover == "SANCTION"
    }
    if not measures:
        return keyed  # the common case
    out = []
    for key, c in keyed:
        if c.type == "DiplomaticRift" and c.plover == "ACCUSE" and c.fields.get("act") not in _ACTS_OF_THEIR_OWN:
            measure = measures.get((c.sentence.start, c.order))
            if measure is not None and measure.split("|")[1] == key.split("|")[1]:  # the same sides
                key = measure
        out.append((key, c))
    return out


def event_id(article_id: str, print_: str) -> str:
    """Same article, same happening -> same id, on every run and every machine."""
    return hashlib.sha256(f"{article_id}\x1f{print_}".encode()).hexdigest()[:24]


def _preference(c: Candidate) -> tuple[bool, bool, float]:
    """The clearest mention: one that names its target (an act merged with a target-less mention of
    it keeps the target), then a measure over the words given for it, then the most confident."""
    return c.type != "MilitaryAction" or c.roles.get("target") is not None, c.plover == "SANCTION", c.confidence


def merge(candidates: Iterable[Candidate]) -> list[tuple[str, Candidate, int]]:
    """Group candidates by fingerprint; keep the most confident as the event's evidence.

    Returns:
        (fingerprint, best candidate, number of mentions), in order of first mention.
    """
    keyed = [(fingerprint(c), c) for c in candidates]  # once each: a fingerprint is not cheap
    keyed = _nested_meetings_merged(keyed)
    keyed = _untargeted_acts_merged(keyed)
    keyed = _reasons_merged(keyed)
    trade_sides = {key.split("|", 1)[1] for key, c in keyed if c.type == "TradeDeal"}
    groups: dict[str, list[Candidate]] = {}
    for key, c in keyed:
        if c.type == "Agreement" and key.split("|", 1)[1] in trade_sides:
            # The same parties' agreement, mentioned once with its trade terms: one TradeDeal.
            key = "TradeDeal|" + key.split("|", 1)[1]
            c.type = "TradeDeal"
            c.fields = {}
        groups.setdefault(key, []).append(c)
    out: list[tuple[str, Candidate, int]] = []
    for key, group in groups.items():
        best = max(group, key=_preference)
        merged_fields: dict[str, Any] = {}
        for c in group:  # typed fields stated in any mention fill gaps in the best one
            for name, value in c.fields.items():
                if value not in (None, [], "") and merged_fields.get(name) in (None, [], ""):
                    merged_fields[name] = value
        best.fields = {**merged_fields, **{k: v for k, v in best.fields.items() if v not in (None, [], "")}}
        out.append((key, best, len(group)))
    return out
