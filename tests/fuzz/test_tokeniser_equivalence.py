"""The tokeniser's fast paths give exactly the tokens of its regular expression run on the whole text.

`tokenise` reads whitespace-separated chunks and sends only the unusual ones to the regex; these
properties check that shortcut on text built from what articles are made of: words, capitals,
possessives, quotes, brackets, hyphens, initialisms, amounts with units, and odd spacing.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geoevents.extract.text import _TOKEN, tokenise, tokenise_with_lower

PIECES = st.sampled_from(
    [
        *("Japan", "japan", "JAPAN", "İstanbul", "ΟΔΥΣΣΕΑΣ", "Japan's", "s", "'s", "'", '"', "(", ")", ",", "."),
        *(":", ";", "!", "?", "-", "U.S.", "U.S", "e.g.", "self-defence", "O'Neill", "don't", "$", "£", "550"),
        *("bn", "%", "15", "1,200", "3.5", "m", "k", "Mr", "a", "the", "—", "\u00a0", "2025-26", "_", "x2", "'Tokyo'"),
    ]
)
SPACES = st.sampled_from(["", " ", "  ", "\n", "\t"])
TEXTS = st.lists(st.tuples(PIECES, SPACES), max_size=40).map(lambda parts: "".join(p + s for p, s in parts))


@settings(max_examples=2000, derandomize=True, database=None, deadline=None)
@given(TEXTS)
@example('"already a country," said Japan\'s envoy (in Tokyo) of the $550bn (£407bn) deal at 15 %.')
def test_chunked_tokens_equal_the_regex_on_the_whole_text(text: str) -> None:
    assert tokenise(text) == _TOKEN.findall(text)


@settings(max_examples=500, derandomize=True, database=None, deadline=None)
@given(TEXTS)
def test_lower_case_tokens_match_the_tokens_one_for_one(text: str) -> None:
    words, lowers = tokenise_with_lower(text)
    assert lowers == [w.lower() for w in words]
