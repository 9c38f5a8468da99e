"""Typed fields: amounts, rates, goods, modes and kinds read from an event's sentence."""

from __future__ import annotations

import math
import re
from functools import cache
from typing import Final

from geoevents.extract.text import CALENDAR_WORDS
from geoevents.extract.wordsets import any_in
from geoevents.lexicon import Grammar

#: "in Tokyo", "at the National Palace": the words that introduce a meeting's venue.
_VENUE_PREPS: Final = frozenset({"in", "at"})
#: A venue's name is at most this many capitalised words ("Palais des Nations" fits).
_MAX_VENUE_WORDS: Final = 4

__all__ = ["goods", "investment_usd", "meeting_location", "meeting_mode", "tariff_rates", "threat_kind"]

# The leading look-ahead only lets the engine skip positions where no amount can start. A dollar sign
# right after a letter belongs to another dollar ("A$", "C$", "HK$"), never read as the U.S. one.
_AMOUNT: Final = re.compile(
    r"(?=[$€£¥ACHNRSUacnhrsu\d])(?:(?P<cur>(?:US|NZ|HK|[ACSR])\$|(?<![A-Za-z])\$|€|£|¥)\s?(?P<num>\d[\d,]*+(?:\.\d+)?)\s?(?P<scale>bn|billion|b|mn|million|m|tn|trillion|k)?\b"
    r"|(?<![\d.,])(?P<num2>\d[\d,]*+(?:\.\d+)?)\s?(?P<scale2>billion|million|trillion|bn|mn|tn)\s"
    r"(?P<cur2>dollars|euros|pounds|yen|yuan|won|rupees))",
    re.IGNORECASE,
)
# A rate, not a share: "85 percent of Australian goods" says how much trade a tariff covers.
_PERCENT: Final = re.compile(r"(?=\d)(?<![\d.])(\d++(?:\.\d+)?)\s?(?:%|per ?cent|percent)(?!\s+of\b)")
_FROM_TO: Final = re.compile(
    r"from\s(\d++(?:\.\d+)?)\s?(?:%|per ?cent|percent)?\s+to\s(\d++(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
)
#: "cutting tariffs to 15% from 39%": the new rate first, the previous one after "from".
_TO_FROM: Final = re.compile(
    r"to\s(\d++(?:\.\d+)?)\s?(?:%|per ?cent|percent)\s+from\s(\d++(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
)
#: "a 20% tariff, down from the 46% rate": the new rate first, the previous one after "down from".
_DOWN_FROM: Final = re.compile(
    r"(\d++(?:\.\d+)?)\s?(?:%|per ?cent|percent)[^.;%]{0,40}?\b(?:down|up|lowered|reduced|cut|raised)\s+from\s"
    r"(?:the\s|an?\s)?(\d++(?:\.\d+)?)\s?(?:%|per ?cent|percent)"
)


def investment_usd(text: str, grammar: Grammar) -> float | None:
    """The first stated amount in USD, when the sentence speaks of investment."""
    if "nvest" not in text:  # "invest", "Investment": decided without lower-casing the sentence
        return None
    for m in _AMOUNT.finditer(text):
        if m.group("num"):
            cur, num, scale = m.group("cur"), m.group("num"), m.group("scale")
        else:
            cur, num, scale = m.group("cur2"), m.group("num2"), m.group("scale2")
        rate = grammar.usd_per_unit.get(cur.lower())
        if rate is None:
            continue
        value = float(num.replace(",", "")) * grammar.scale_words.get((scale or "").lower(), 1.0)
        usd = round(value * rate, 2)
        return usd if math.isfinite(usd) else None  # "$999...9bn" is not an amount
    return None


def tariff_rates(text: str) -> tuple[float | None, float | None]:
    """(rate, previous rate) in percent: "from 25% to 15%" or the first percentage near a tariff."""
    lowered = text.lower()
    if not any(w in lowered for w in ("tariff", "duties", "duty", "levy", "levies")):
        return None, None
    if "from" in lowered:  # every change of rate says "from"; the patterns are slow where they cannot match
        m = _FROM_TO.search(lowered)
        if m:
            return _finite(m.group(2)), _finite(m.group(1))
        m = _TO_FROM.search(lowered) or _DOWN_FROM.search(lowered)
        if m:
            return _finite(m.group(1)), _finite(m.group(2))
    p = _PERCENT.search(lowered)
    return (_finite(p.group(1)), None) if p else (None, None)


def _finite(number: str) -> float | None:
    value = float(number)
    return value if math.isfinite(value) else None


@cache
def _goods_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(g) for g in sorted(names, key=len, reverse=True)) + r")\b")


def goods(text: str, grammar: Grammar) -> list[str]:
    """Goods and sectors named in the sentence, in the order of the goods list.

    Only the goods found as substrings go into the pattern: any good the full alternation would match
    at a place is among them, so the matches are the same, and most sentences need no regex at all.
    """
    lowered = text.lower()
    named = tuple(g for g in grammar.goods if g in lowered)
    if not named:
        return []
    found = set(_goods_pattern(named).findall(lowered))
    return [g for g in grammar.goods if g in found]


def meeting_mode(lowers: list[str], label: str, grammar: Grammar) -> str:
    if "video" in label or any_in(grammar.virtual_cues, lowers):
        return "virtual"
    if "phone" in label or any_in(grammar.phone_cues, lowers):
        return "phone"
    return "in_person"


def threat_kind(lowers: list[str], grammar: Grammar) -> str:
    for kind in ("tariff", "sanction", "military"):
        if any_in(grammar.threat_kinds[kind], lowers):
            return kind
    return "other"


def meeting_location(words: list[str], start: int, end: int, first: int, last: int, grammar: Grammar) -> str | None:
    """Where a meeting is held: the first "in/at <Capitalised name>" of its clause [first, last),
    after the trigger if there is one there ("met Kamikawa in Tokyo"), else before it ("In Brussels, ...")."""
    after = _venue_in(words, end, last, grammar.topic_nouns)
    return after if after is not None else _venue_in(words, first, start, grammar.topic_nouns)


def _venue_in(words: list[str], lo: int, hi: int, topics: frozenset[str]) -> str | None:
    for i in range(lo, hi - 1):
        if words[i].lower() not in _VENUE_PREPS or (i and words[i - 1].lower() in topics):
            continue  # "the war in Ukraine" is what is discussed, not where
        j = i + 1 + (words[i + 1].lower() == "the")
        k = j
        while (
            k < hi
            and k - j < _MAX_VENUE_WORDS
            and ((words[k][:1].isupper() and words[k].isalpha()) or (words[k] == "of" and k > j))
        ):
            k += 1
        while k > j and words[k - 1] == "of":
            k -= 1
        if k > j and words[j] not in CALENDAR_WORDS:
            return " ".join(words[j:k])
    return None
