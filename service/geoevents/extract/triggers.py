"""Triggers: the words that announce an event, found by the lexicon in `data/triggers.jsonl`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Final

from geoevents.extract.patterns import GAP, CompiledPattern, compile_pattern, match_rest
from geoevents.lexicon import TriggerRow
from geoevents.resources import Resources

__all__ = ["Hit", "TriggerIndex", "build_trigger_index"]


@dataclass(slots=True)
class Hit:
    """A trigger found in a sentence: token span and the lexicon row."""

    start: int
    end: int
    row: TriggerRow

    def __init__(self, start: int, end: int, row: TriggerRow) -> None:
        self.start = start
        self.end = end
        self.row = row


@dataclass(frozen=True)
class TriggerIndex:
    """Patterns indexed by their first token."""

    by_first: dict[str, tuple[tuple[CompiledPattern, TriggerRow], ...]]
    firsts: frozenset[str]  # the keys of `by_first`, as a set built once
    #: for a first word all of whose patterns need a given second word ("the threatened", "in
    #: consultation"), the words that may come second: one test rules the rest out
    seconds: dict[str, frozenset[str]]

    def find(self, lowers: list[str]) -> list[Hit]:
        """Non-overlapping hits, preferring longer spans, then heavier rows."""
        hits: list[Hit] = []
        firsts, by_first, seconds = self.firsts, self.by_first, self.seconds
        n = len(lowers)
        for i, word in enumerate(lowers):
            if word not in firsts:
                continue  # (no test of the whole sentence first: nearly every one holds a "the" or a "to")
            nxt = lowers[i + 1] if i + 1 < n else ""
            allowed = seconds.get(word)
            if allowed is not None and nxt not in allowed:
                continue  # "the", "a", "to", "in": most start no pattern here
            for pattern, row in by_first[word]:
                steps = pattern.steps
                if len(steps) > 1 and steps[1] is not GAP and nxt not in steps[1]:
                    continue  # "the" starts "the threatened": most tries end at the second word, uncalled
                end = match_rest(pattern, lowers, i)  # the index already matched the first word
                if end > i:
                    hits.append(Hit(i, end, row))
        if len(hits) < 2 or all(a.end <= b.start for a, b in pairwise(hits)):
            return [h for h in hits if h.row.type]  # found in order of start; with no overlaps every hit is taken
        hits.sort(key=_preference)
        taken: list[Hit] = []
        occupied = bytearray(len(lowers))
        for hit in hits:
            if not any(occupied[hit.start : hit.end]):
                occupied[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
                taken.append(hit)
        taken.sort(key=_start)
        return [h for h in taken if h.row.type]


def _preference(hit: Hit) -> tuple[int, float, int]:
    return -(hit.end - hit.start), -hit.row.weight, hit.start


def _start(hit: Hit) -> int:
    return hit.start


#: The row of a phrase that contains a trigger word but states no event ("hunger strike"):
#: it takes its span like any hit, so the trigger inside it is not read, and is then dropped.
_NON_TRIGGER: Final = TriggerRow(type="", pattern="", plover=None, cameo=None, weight=1.0, label="not an event")


@cache
def build_trigger_index(resources: Resources) -> TriggerIndex:
    index: dict[str, list[tuple[CompiledPattern, TriggerRow]]] = defaultdict(list)
    non_triggers = (replace(_NON_TRIGGER, pattern=p) for p in resources.grammar.non_triggers)
    rows = [*resources.triggers, *non_triggers]
    for row in rows:
        pattern = compile_pattern(row.pattern)
        for form in pattern.first:
            index[form].append((pattern, row))
    seconds: dict[str, frozenset[str]] = {}
    for first, entries in index.items():
        steps = [p.steps for p, _ in entries]
        if all(len(st) > 1 and st[1] is not GAP for st in steps):
            seconds[first] = frozenset().union(*(st[1] for st in steps))
    return TriggerIndex({k: tuple(v) for k, v in index.items()}, frozenset(index), seconds)
