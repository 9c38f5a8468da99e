"""Word-set tests on token lists: the engine's most frequent question, "is any of these words here?".

`any_in(words, tokens)` means `not words.isdisjoint(tokens)`, and `any_in_span(words, tokens, start,
end)` means `not words.isdisjoint(tokens[start:end])` (same slice bounds). Compiled, a plain loop
answers them several times faster than the set method on a list, and a span needs no slice copy.
"""

from __future__ import annotations

__all__ = ["any_in", "any_in_span"]


def any_in(words: frozenset[str], tokens: list[str]) -> bool:
    """Whether any token is one of `words`."""
    for token in tokens:  # noqa: SIM110 - compiled, a loop beats any() over a generator
        if token in words:
            return True
    return False


def any_in_span(words: frozenset[str], tokens: list[str], start: int, end: int) -> bool:
    """Whether any of `tokens[start:end]` is one of `words` (negative bounds count from the end)."""
    n = len(tokens)
    if start < 0:
        start = max(0, start + n)
    if end < 0:
        end = max(0, end + n)
    for k in range(start, min(end, n)):  # noqa: SIM110 - as above
        if tokens[k] in words:
            return True
    return False
