"""Trigger patterns: the small token-pattern language of `data/triggers.jsonl`, compiled.

Tokens are separated by spaces; within a token `a|b` are alternatives, `verb~`
expands to the regular inflections of a verb, `noun+` adds the plural, and `*`
is a gap of up to `MAX_GAP` words (e.g. "threw *his* support behind").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["GAP", "MAX_GAP", "CompiledPattern", "compile_pattern", "inflect_noun", "inflect_verb", "match_rest"]

#: Determiners and short modifiers fit in a gap of three words ("imposed a new 25% tariff").
MAX_GAP: Final = 3
GAP: Final[frozenset[str]] = frozenset()

_VOWELS: Final = set("aeiou")


def inflect_verb(base: str) -> set[str]:
    """Regular inflections; doubled-consonant forms are added whenever plausible (extra forms are harmless)."""
    forms = {base}
    if base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base + "ing"}
    else:
        third = base + "es" if base.endswith(("s", "sh", "ch", "x", "z", "o")) else base + "s"
        forms |= {third, base + "ed", base + "ing"}
        short_vowel = len(base) >= 3 and base[-2] in _VOWELS and base[-3] not in _VOWELS
        if short_vowel and base[-1] not in _VOWELS | {"w", "x", "y"}:
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    return forms


def inflect_noun(base: str) -> set[str]:
    if base.endswith("y") and len(base) > 1 and base[-2] not in _VOWELS:
        return {base, base[:-1] + "ies"}
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return {base, base + "es"}
    return {base, base + "s"}


def _expand(token: str) -> frozenset[str]:
    forms: set[str] = set()
    for alt in token.lower().split("|"):
        if alt.endswith("~"):
            forms |= inflect_verb(alt[:-1])
        elif alt.endswith("+"):
            forms |= inflect_noun(alt[:-1])
        else:
            forms.add(alt)
    return frozenset(forms)


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """A pattern as a sequence of steps; a step is a set of accepted lower-case tokens or `GAP`."""

    steps: tuple[frozenset[str], ...]

    @property
    def first(self) -> frozenset[str]:
        return self.steps[0]

    def match(self, words: list[str], start: int) -> int:
        """Return the end index of a match starting at `start`, or -1."""
        return _match(self.steps, 0, words, start)


def _match(steps: tuple[frozenset[str], ...], k: int, words: list[str], i: int) -> int:
    """End index of `steps[k:]` matched from word `i`, or -1; only gaps branch (and recurse)."""
    n = len(words)
    while k < len(steps):
        step = steps[k]
        if step is GAP:
            skipped = 0
            while True:
                end = _match(steps, k + 1, words, i)
                if end >= 0 or i >= n:
                    return end
                word = words[i]
                if word == "-" and skipped and i + 1 < n:
                    i += 2  # "two short-range missiles": a hyphenated compound is one word of the gap
                    continue
                if not word[:1].isalnum() and word[:1] not in "$£€%'\"":
                    return -1  # gaps never cross punctuation
                skipped += 1
                if skipped > MAX_GAP:
                    return -1
                i += 1
        if i < n and words[i] in step:
            k += 1
            i += 1
        else:
            return -1
    return i


def match_rest(pattern: CompiledPattern, words: list[str], start: int) -> int:
    """Like `pattern.match`, for a `start` whose word is already known to be in the first step."""
    steps = pattern.steps
    if len(steps) == 1:
        return start + 1
    return _match(steps, 1, words, start + 1)


def compile_pattern(pattern: str) -> CompiledPattern:
    """Compile `pattern`; raises ValueError on an empty pattern or one starting with a gap."""
    steps = tuple(GAP if tok == "*" else _expand(tok) for tok in pattern.split())
    if not steps or steps[0] is GAP or steps[-1] is GAP:
        raise ValueError(f"pattern must start and end with a word: {pattern!r}")
    return CompiledPattern(steps)
