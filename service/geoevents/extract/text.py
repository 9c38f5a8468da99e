"""Text: normalisation that keeps offsets, sentence splitting and tokenisation."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Final

__all__ = [
    "CALENDAR_WORDS",
    "Sentence",
    "lower_tokens",
    "normalise",
    "split_sentences",
    "tokenise",
    "tokenise_with_lower",
]

#: Capitalised words that name a time, not a person or a place ("in March", "on Monday").
CALENDAR_WORDS: Final = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)

# One-for-one character replacements, so offsets into the normalised text are offsets into the body.
_CHAR_MAP: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u3000": " ",
        "\t": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u2013": "-",
        "\u2014": " ",  # an em dash separates words ("Japan—one of"); an en dash joins them ("U.S.–Japan")
        "\u2011": "-",
        "\u2026": ".",
    }
)

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sen",
        "rep",
        "gov",
        "gen",
        "brig",
        "cpl",
        "pvt",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "sgt",
        "st",
        "mt",
        "ft",
        "jr",
        "sr",
        "rev",
        "hon",
        "pres",
        "amb",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "etc",
        "al",
        "approx",
        "inc",
        "ltd",
        "corp",
        "co",
        "dept",
        "est",
        "fig",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "u.s.a",
        "d.c",
        "p.m",
        "a.m",
    ]
)

#: Words that, capitalised after an abbreviation's stop, open a new sentence ("... D.C. The Secretary").
_SENTENCE_OPENERS: Final = frozenset(
    {"The", "He", "She", "It", "They", "We", "I", "This", "These", "Those", "While", "A", "An", "In", "On"}
    | {"During", "After", "Before", "Previously", "Today", "Yesterday", "Earlier", "Later", "Both", "Their"}
)

# A stop run (not begun mid-run) before a capital or digit, a blank line, or a line break.
# Possessive quantifiers and the look-behind keep this linear on runs of stops ("......"); the
# leading character class lets the engine skip straight to the next candidate ("." "!" "?" "\n")
# instead of trying every branch at every position (same matches, several times faster).
_BOUNDARY: Final = re.compile(
    r"""[.!?\n](?:(?<=[.!?])(?<![.!?][.!?])[.!?]*+["')\]]*+(?=\s+["'(\[]?[A-Z0-9])"""
    r"""|(?<=\n)\s*\n|(?<=\n)(?=\s*\S))"""
)
#: Longer "sentences" (lists, tables, text without stops) are cut here, at a space, so work per
#: sentence stays bounded; real sentences are far shorter.
MAX_SENTENCE_CHARS: Final = 1200
#: What a word before a stop is made of ("U.S", "Mr", "approx").
_WORD_CHARS: Final = string.ascii_letters + "."
# The look-aheads let most positions skip the first two branches at once (same tokens, faster).
_TOKEN: Final = re.compile(
    r"(?=[$£€¥\d])[$£€¥]?\d(?:[\d,.]*\d)?(?:\s?(?:%|bn|m|k)\b|%)?|(?=[A-Z]\.)(?:[A-Z]\.){2,}"
    r"|\w+(?:-\w+)*(?:'(?!s\b)\w+)*|'s\b|[^\w\s]"
)

#: Bound once: compiled code then calls it without looking the method up for every chunk.
_isalpha: Final = str.isalpha
#: What may start the unit of a number written apart from it ("5 bn", "15 %").
_UNIT_STARTS: Final = frozenset("%bmk")
#: Marks that commonly open a chunk and never join the word after them.
_OPENERS: Final = frozenset('"(')
#: Punctuation that commonly ends a chunk and never joins the word before it.
_TRAILING: Final = frozenset(',.;:)"')


@dataclass(slots=True)
class Sentence:
    """A sentence with its offsets into the article body."""

    start: int
    end: int
    text: str

    def __init__(self, start: int, end: int, text: str) -> None:
        self.start = start
        self.end = end
        self.text = text


_SPECIAL: Final = tuple(chr(code) for code in _CHAR_MAP)


def normalise(body: str) -> str:
    """Straighten quotes, dashes and exotic spaces without changing the text's length."""
    if body.isascii() and "\t" not in body and "\r" not in body:
        return body  # the common case costs one scan
    for char in _SPECIAL:
        if char in body:
            body = body.replace(char, _CHAR_MAP[ord(char)])
    return body


def _ends_with_abbreviation(text: str, at: int) -> bool:
    """Whether the stop at `at` ends an abbreviation ("Mr.", "U.S.") or an initial ("J.")."""
    if text[at : at + 1] != ".":
        return False
    window = text[max(0, at - 12) : at]
    run = window[len(window.rstrip(_WORD_CHARS)) :]  # the letters and stops right before, in C
    word = run.lower().rstrip(".")
    # "J.", and the run of initials in "J.D. Vance" or "F.W. de Klerk"
    return bool(run) and (word in _ABBREVIATIONS or len(word) == 1 or ("." in word and _initials(word)))


def _initials(word: str) -> bool:
    """Letters joined by stops, one letter each ("j.d", "f.w")."""
    return len(word) <= 5 and all(len(part) == 1 for part in word.split("."))


def _opens(text: str, at: int) -> bool:
    """After an abbreviation's stop: does a new sentence start at `at`? Releases put two spaces
    between sentences ("in Washington, D.C.  Secretary Blinken"), and some words only open one
    ("... D.C. The Secretary")."""
    if text.startswith("  ", at):
        return True
    word = text[at + 1 : text.find(" ", at + 1)]
    return word in _SENTENCE_OPENERS


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised text into sentences and lines (headlines, captions) with offsets.

    Args:
        text: the normalised body (same length as the original).

    Returns:
        Sentences, stripped of surrounding whitespace, in order.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        stop, end = match.span()
        if end - stop == 1 and text[stop] == "." and _ends_with_abbreviation(text, stop) and not _opens(text, end):
            continue  # a lone stop after an abbreviation
        _append(sentences, text, start, end)
        start = end
    _append(sentences, text, start, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    span = text[start:end]
    lead = span.lstrip()
    stripped = lead.rstrip()
    start += len(span) - len(lead)
    end = start + len(stripped)
    if end - start <= MAX_SENTENCE_CHARS:
        if stripped:
            out.append(Sentence(start, end, stripped))  # the common case: no slicing again
        return
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        out.append(Sentence(start, cut, text[start:cut]))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def tokenise(text: str) -> list[str]:
    """Words, numbers with units ("$550bn", "15%"), initialisms ("U.S.") and punctuation."""
    return tokenise_with_lower(text)[0]


def tokenise_with_lower(text: str) -> tuple[list[str], list[str]]:
    """The tokens of `tokenise` and their lower case (each token lowered on its own), in one pass.

    Tokens never span whitespace except a number and its unit ("15 %"), so text is read chunk by
    chunk, and the regex runs only on chunks that are not plain words; a chunk that starts like a
    unit right after a number sends the whole text to the regex.
    """
    words: list[str] = []
    lowers: list[str] = []
    after_number = False
    for chunk in text.split():
        if after_number and chunk[0] in _UNIT_STARTS:
            words = _TOKEN.findall(text)
            return words, lower_tokens(words)
        if _isalpha(chunk):
            words.append(chunk)  # the word branch takes it whole
            lowers.append(chunk.lower())
            after_number = False
        elif chunk[-1] in _TRAILING and _isalpha(chunk[:-1]):
            word = chunk[:-1]  # "country," -> "country" ","
            words.append(word)
            words.append(chunk[-1])
            lowers.append(word.lower())
            lowers.append(chunk[-1])
            after_number = False
        elif chunk[0] in _OPENERS and _isalpha(chunk[1:]):
            word = chunk[1:]  # '"already', "(Tokyo" -> the mark, then the word
            words.append(chunk[0])
            words.append(word)
            lowers.append(chunk[0])
            lowers.append(word.lower())
            after_number = False
        elif chunk.endswith("'s") and _isalpha(chunk[:-2]):
            word = chunk[:-2]  # "Japan's" -> "Japan" "'s"
            words.append(word)
            words.append("'s")
            lowers.append(word.lower())
            lowers.append("'s")
            after_number = False
        else:
            tokens = _TOKEN.findall(chunk)
            words += tokens
            lowers += lower_tokens(tokens)
            after_number = chunk.rstrip(",.")[-1:].isdecimal()  # "550", "1,200.": a number ends in a digit
    return words, lowers


def lower_tokens(words: list[str]) -> list[str]:
    """`[w.lower() for w in words]`, lower-cased in one call.

    A line break is neither cased nor case-ignorable, so it keeps every token's lower case (final
    sigma included) the same as on its own; a token holding a line break falls back to one call each.
    """
    lowers = "\n".join(words).lower().split("\n")
    return lowers if len(lowers) == len(words) else [w.lower() for w in words]
