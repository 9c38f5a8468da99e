"""Sentence splitting and tokenisation keep offsets into the original body."""

from __future__ import annotations

import pytest

from geoevents.extract.text import normalise, split_sentences, tokenise, tokenise_with_lower

BODY = (
    "U.S. Secretary of State Marco Rubio met Mr. Wang in Kuala Lumpur on Jan. 12. "
    "He said the “framework” was agreed.\n\nThe talks ran late. Tariffs fell to 15% from 25%."
)


def test_sentences_keep_offsets_into_the_original_body() -> None:
    for s in split_sentences(normalise(BODY)):
        assert len(BODY[s.start : s.end]) == len(s.text)
        assert normalise(BODY[s.start : s.end]) == s.text


@pytest.mark.parametrize("abbreviation", ["U.S.", "Mr.", "Jan."])
def test_abbreviations_do_not_end_sentences(abbreviation: str) -> None:
    starts = [s.text for s in split_sentences(normalise(BODY))]
    assert not any(s.endswith(abbreviation) for s in starts)
    assert len(starts) == 4


@pytest.mark.parametrize(
    ("body", "count"),
    [
        ("Blinken met Minister Rui Vieira in Washington, D.C.\xa0 Secretary Blinken thanked him for his help.", 2),
        ("The minister landed at 9 a.m. The talks began an hour later in the old palace.", 2),
        ("Kenya backed the plan. Its envoy met officials in the U.S. They discussed trade.", 3),
    ],
)
def test_an_abbreviation_ends_a_sentence_before_two_spaces_or_a_sentence_opener(body: str, count: int) -> None:
    assert len(split_sentences(normalise(body))) == count


@pytest.mark.parametrize(
    "body",
    [
        "Vice President J.D. Vance met Indian Prime Minister Narendra Modi in New Delhi on Monday.",
        "Mitterrand welcomed South African President F.W. de Klerk to the Elysee on Thursday.",
    ],
)
def test_a_run_of_initials_does_not_end_a_sentence(body: str) -> None:
    assert len(split_sentences(normalise(body))) == 1


def test_tokens_keep_amounts_and_split_possessives() -> None:
    words = tokenise("Japan's pledge to invest $550bn cut duties to 15%.")
    assert words[:2] == ["Japan", "'s"]
    assert "$550bn" in words and "15%" in words


def test_a_number_does_not_swallow_the_comma_or_stop_after_it() -> None:
    words = tokenise("Hamas attacked on October 7, killing about 1,200 people, up from 3.5.")
    assert words[4:6] == ["7", ","]  # a date's day, then the comma
    assert words[8] == "1,200"  # a thousands separator stays inside the number
    assert words[-2:] == ["3.5", "."]  # a decimal point stays, the full stop goes


@pytest.mark.parametrize(
    "text",
    [
        'U.S. Secretary Rubio met Mr. Wang, who said: "Tariffs fall to 15 % from 25%."',
        "İstanbul hosted ΟΔΥΣΣΕΑΣ, and Ankara's envoy pledged $550bn (£407bn) to the EU-Türkiye fund.",
    ],
)
def test_lower_case_tokens_are_each_token_lowered_on_its_own(text: str) -> None:
    words, lowers = tokenise_with_lower(text)
    assert words == tokenise(text)
    assert lowers == [w.lower() for w in words]
