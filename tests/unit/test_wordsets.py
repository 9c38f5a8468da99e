"""The word-set helpers answer exactly what the set method answers on the same slice."""

from __future__ import annotations

import itertools

from geoevents.extract.wordsets import any_in, any_in_span

SENTENCE = "Japan warned on Monday that it could impose sanctions if China attacked".lower().split()
CUES = frozenset({"could", "if", "unless"})


def test_a_whole_sentence_is_searched_like_the_set_method() -> None:
    assert any_in(CUES, SENTENCE) is (not CUES.isdisjoint(SENTENCE))
    assert not any_in(CUES, ["japan", "imposed", "sanctions"])
    assert not any_in(CUES, [])


def test_a_span_follows_slice_bounds_including_negative_and_past_the_end() -> None:
    n = len(SENTENCE)
    for start, end in itertools.product(range(-n - 2, n + 3), repeat=2):
        expected = not CUES.isdisjoint(SENTENCE[start:end])
        assert any_in_span(CUES, SENTENCE, start, end) is expected, (start, end)
