"""Modality: negated, conditional, hedged and planned statements around a trigger."""

from __future__ import annotations

import itertools
from typing import Final

from geoevents.extract.arguments import (
    ASIDE_REACH,
    FRONTED_NOUN_REACH,
    FRONTED_PREPS,
    RELATIVE_PRONOUNS,
    Clause,
    has_relative_aside,
)
from geoevents.extract.wordsets import any_in, any_in_span
from geoevents.lexicon import Grammar

__all__ = ["after_relative_aside", "condition_marks", "is_blocked", "is_hedged", "is_negated", "is_planned", "negates"]

#: Modals close enough to the trigger to govern it ("could deploy", "may soon impose").
_HEDGE_WINDOW: Final = 3
#: How far a hedge or a negation before "to" reaches into its infinitive ("aims to tighten sanctions and
#: impose a blockade", "has no intention of sending troops to fight").
_INFINITIVE_WINDOW: Final = 10
#: How far before an act "either" may open the alternatives it is one of ("either by sending American
#: troops to fight in Ukraine or by attacking").
_EITHER_REACH: Final = 12
#: How far before a trigger a future marker still governs it ("will travel to", "is set to host").
_FUTURE_WINDOW: Final = 4
_WILL: Final = frozenset({"will", "'ll", "shall"})
#: A time set before a sentence's first comma that puts all of it ahead ("Next week, ...", "Tomorrow, ...").
_FRONTED_FUTURE: Final = frozenset({"next", "tomorrow"})
_OPENER_WORDS: Final = 5
_EXPECTED: Final = frozenset({"expected", "scheduled"})
#: Where a sentence-opening participle may stand ("After *meeting*", "In addition to *meeting*").
_FRONTED_GERUND_AT: Final = 3
#: "a Russian invasion of Ukraine would lead to ...": how far an indefinite article and a modal
#: may lie before and after the act they make a supposition.
_INDEFINITE_REACH: Final = 3
_MODAL_REACH: Final = 6
_SUPPOSING_MODALS: Final = frozenset({"would", "could", "might"})
#: How far back the "of" of "the risk of a further Russian invasion" may stand from the act.
_OF_REACH: Final = 5
#: "have to", "has to": an act owed, not done.
_OBLIGED: Final = frozenset({"have", "has"})
#: Verbs that, before "for" or "on", ask for an act: "called for a ceasefire", "pushed for talks".
_CALL: Final = frozenset(
    {"call", "calls", "called", "calling", "push", "pushes", "pushed", "pushing", "press", "pressed", "pressing"}
    | {"lobby", "lobbied", "lobbying", "advocate", "advocated", "advocating"}
)


def is_negated(lowers: list[str], start: int, clause: Clause, grammar: Grammar) -> bool:
    """ "did not endorse", "never met", "no agreement"."""
    negations = grammar.negations
    window = grammar.negation_window
    for w in lowers[max(clause.start, start - window) : start]:  # a loop: cheaper than any() over a generator
        if negates(w, negations):
            return True
    either = next(
        (k for k in range(start - 1, max(clause.start, start - _EITHER_REACH) - 1, -1) if lowers[k] == "either"), -1
    )
    if either >= 0:
        # "will not be engaged in this conflict, either by sending troops or by attacking": the
        # alternatives of a negated act are negated too
        return any(negates(w, negations) for w in lowers[clause.start : either])
    if not start or lowers[start - 1] != "to":
        return False
    # "has no intention of sending U.S. military or U.S. troops to fight": a negation governs the
    # whole infinitive, up to a comma
    for k in range(start - 2, max(clause.start, start - _INFINITIVE_WINDOW) - 1, -1):
        if lowers[k] == ",":
            return False
        if negates(lowers[k], negations):
            return True
    return False


def negates(word: str, negations: frozenset[str]) -> bool:
    """A negation word ("not", "never", "no") or a contracted one ("didn't")."""
    return word in negations or word.endswith("n't")


def condition_marks(lowers: list[str], grammar: Grammar) -> list[int]:
    """Where the sentence's condition markers start, in order, found once per sentence: "if China
    attacks", "unless talks resume", "in the event of an invasion" state a condition, not a fact."""
    conditionals = grammar.conditionals
    marks = [k for k, w in enumerate(lowers) if w in conditionals]
    phrases, keys = _PHRASES.get(conditionals) or _phrases(conditionals)
    if not any_in(keys, lowers):
        return marks  # the common case: no several-word marker's longest word is here
    for phrase in phrases:
        if not all(w in lowers for w in phrase):
            continue
        k = _find(lowers, phrase, 0)
        while k >= 0:
            marks.append(k)
            k = _find(lowers, phrase, k + 1)
    return sorted(marks)


def _find(words: list[str], phrase: tuple[str, ...], start: int) -> int:
    """The first place from `start` where `phrase` begins in `words`, or -1."""
    n = len(phrase)
    for k in range(start, len(words) - n + 1):
        if words[k] == phrase[0] and tuple(words[k : k + n]) == phrase:
            return k
    return -1


#: The several-word entries of each word list seen, computed once per list.
_PHRASES: Final[dict[frozenset[str], tuple[tuple[tuple[str, ...], ...], frozenset[str]]]] = {}


def _phrases(entries: frozenset[str]) -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """The entries of several words as word tuples ("in the event" -> ("in", "the", "event")), and
    the longest word of each, to rule them all out at once."""
    phrases = tuple(tuple(e.split()) for e in sorted(entries) if " " in e)
    found = phrases, frozenset(max(p, key=len) for p in phrases)
    _PHRASES[entries] = found
    return found


def after_relative_aside(lowers: list[str], start: int, clause: Clause) -> bool:
    """Whether the trigger at `start` comes right after a relative aside between commas (", who ... ,")."""
    if start < 2 or lowers[start - 1] != "," or not has_relative_aside(lowers):
        return False
    lo = max(clause.start, start - ASIDE_REACH)
    opener = next((k for k in range(start - 2, lo - 1, -1) if lowers[k] == ","), -1)
    return opener >= 0 and lowers[opener + 1] in RELATIVE_PRONOUNS


def _aside_end(lowers: list[str], start: int, clause: Clause) -> int:
    """Just past the closing comma of a relative aside (", which has sought ... ,") before `start`, or -1."""
    if not has_relative_aside(lowers):
        return -1  # the common case, cheaply
    lo = max(clause.start, start - ASIDE_REACH)
    for close in range(start - 1, lo, -1):
        if lowers[close] != ",":
            continue
        opener = next((k for k in range(close - 1, lo - 1, -1) if lowers[k] == ","), -1)
        if opener >= 0 and lowers[opener + 1] in RELATIVE_PRONOUNS:
            return close + 1
        return -1  # the last comma before the act closes no relative aside
    return -1


def is_hedged(lowers: list[str], start: int, clause: Clause, grammar: Grammar) -> bool:
    """ "could deploy", "might impose", "may be about to invade": a possibility, not an act.

    A hedge before "to" governs the whole infinitive, coordinated verbs included: "a resolution
    that aims to tighten sanctions and impose a naval blockade". An act introduced as "a ..." and
    followed by a modal is supposed: "a Russian invasion of Ukraine would lead to sanctions", and so
    is one that is the "risk of" or "prospect of" something.
    """
    hedges = grammar.hedge_words
    lo = max(clause.start, start - _HEDGE_WINDOW)
    if lowers[start - 1] == "," and after_relative_aside(lowers, start, clause):
        lo = start  # "Lula, who is expected to seek a fourth term, praised Trump": the aside's hedge is its own
    if any_in_span(hedges, lowers, lo, start):
        return True
    if lo < start and lowers[start - 1] == "to" and any_in_span(hedges, lowers, max(clause.start, lo - 2), lo):
        return True  # "a pact permitting their forces to deploy": the hedge governs the infinitive past its object
    predicted = grammar.prediction_words
    if any_in_span(predicted, lowers, lo, start) or any_in_span(predicted, lowers, start + 1, start + 4):
        return True  # "an imminent invasion", "a full-scale Russian invasion is imminent"
    if (
        start
        and lowers[start - 1] == "by"
        and lowers[start].endswith("ing")
        and any_in_span(hedges, lowers, clause.start, lo)
    ):
        return True  # "we could undermine our relationship with Germany by imposing sanctions": the means of a guess
    if start and lowers[start - 1] == "from" and lowers[start].endswith("ing"):
        return True  # "deterring Russia from invading", "refrained from attacking": an act kept from happening
    if start >= 2 and lowers[start - 1] == "to" and lowers[start - 2] in _OBLIGED:
        return True  # "we have to impose more sanctions": an obligation, not an act
    about_to = start >= 2 and lowers[start - 1] == "to" and lowers[start - 2] == "about"
    if about_to and any_in_span(hedges, lowers, lo - 2, lo):
        return True
    if clause.start >= 2 and lowers[clause.start - 1] == "that" and lowers[clause.start - 2] in hedges:
        return True  # "a distinct possibility that Putin would order an invasion": a clause only supposed
    for k in range(start - 1, max(clause.start, start - _OF_REACH), -1):
        if lowers[k] == "of":
            if lowers[k - 1] in hedges:
                return True  # "the risk of a further Russian invasion", "the prospect of sanctions": a possibility
            break
    for k in range(max(clause.start, start - _INDEFINITE_REACH), start):
        if lowers[k] == "a":
            if _modal_follows(lowers, start, clause):
                return True
            break
    for k in range(start - 2, max(clause.start, start - _INFINITIVE_WINDOW) - 1, -1):
        if lowers[k] == ",":
            return False  # "the capabilities it needs to meet new threats, our agreement at the summit"
        if lowers[k] in hedges and lowers[k + 1] == "to":
            return True
    return False


def _modal_follows(lowers: list[str], start: int, clause: Clause) -> bool:
    for k in range(start + 1, min(clause.end, start + _MODAL_REACH)):
        if lowers[k] in _SUPPOSING_MODALS:
            return True
        if lowers[k] == ",":
            return False
    return False


def is_blocked(lowers: list[str], start: int, clause: Clause, grammar: Grammar) -> bool:
    """ "urged Japan to impose", "refused to endorse": the act is asked for or refused, not done."""
    if (
        start
        and lowers[start - 1] == "and"
        and (lowers[start].endswith("ed") or lowers[start] in grammar.irregular_past_verbs)
    ):
        return False  # "rejected the statement and recalled its ambassador": a second act done, in its own right
    # (a relative aside's own words block nothing after it: "Lula, who is expected to seek ..., praised",
    # "Canada, which has sought to diversify its exports, announced an agreement")
    window = lowers[max(clause.start, _aside_end(lowers, start, clause)) : start]
    if any_in(grammar.blockers, window):
        # "voted against imposing sanctions" blocks; "retaliated against U.S. tariffs by announcing duties"
        # does not: the act after "by" is how the subject answered, not what it opposed
        by = (
            start - 1
            if start and lowers[start - 1] == "by"
            else start - 2
            if start > 1 and lowers[start - 2] == "by"
            else -1
        )
        return (
            by < 0
            or any_in_span(grammar.blockers, lowers, by, start)
            or any(w in grammar.blockers for w in window[: by - clause.start] if w != "against")
        )
    # "demanded that the United States match ...": the clause is what was demanded
    demanded = clause.start > 1 and lowers[clause.start - 1] == "that"
    if demanded and any_in_span(grammar.blockers, lowers, max(0, clause.start - 7), clause.start - 1):
        return True
    if "for" not in window and "on" not in window and "upon" not in window:
        return False  # the common case, decided in one scan
    # "called for a ceasefire", "call on both leaders to resume": asked for, not done
    return any(w in _CALL and nxt in ("for", "on", "upon") for w, nxt in itertools.pairwise(window))


def _intended(lowers: list[str], lo: int, hi: int, grammar: Grammar) -> bool:
    """An intent verb, then within a few words "to": "agreed on Thursday to resume", "invited him to"
    (but in "agreed to boost cooperation during a visit" the visit is where they agreed, not what)."""
    for k in range(lo, hi):
        if lowers[k] == "to" and any_in_span(grammar.intent_verbs, lowers, max(lo, k - _INTENT_REACH), k):
            return not any_in_span(_SETTINGS, lowers, k + 1, hi)
    return False


#: Prepositions that set a meeting beside the intended act, as its time or place ("during a visit").
_SETTINGS: Final = frozenset({"during", "at", "after", "before", "since", "following", "amid", "throughout"})


#: How far before a meeting an intent and its "to" may come, and how far the intent from its "to".
_INTENT_WINDOW: Final = 10
_INTENT_REACH: Final = 7


#: "During the summit, the U.S. delegation will join": how far after a fronted phrase's comma the main
#: clause's "will" may come.
_MAIN_VERB_REACH: Final = 6


def is_planned(words: list[str], lowers: list[str], start: int, clause: Clause, grammar: Grammar) -> bool:
    """ "will host", "is set to visit", "plans to meet", "the upcoming summit"."""
    lo = max(clause.start, start - _FUTURE_WINDOW)
    window = lowers[lo:start]
    for k in range(lo, start):
        if lowers[k] in grammar.future_cues and lowers[k] != "to" and not (k and words[k][:1].isupper()):
            return True  # (but "the COVID-19 Global Action Plan Senior Officials Meeting": a name)
    if any(window[k] == "going" and window[k + 1] == "to" for k in range(len(window) - 1)):
        return True  # "is going to travel to Belgium", "He's going to meet with NATO"
    if any_in_span(grammar.future_after, lowers, start, min(clause.end, start + _FUTURE_WINDOW * 2)):
        return True  # "a dialogue in Geneva tomorrow", "talks next week"
    when = clause.start - 1 if clause.start > 1 and lowers[clause.start - 1] == "when" else -1
    if when > 0 and any_in_span(grammar.future_after, lowers, max(0, when - _FUTURE_WINDOW), when):
        return True  # "more to say next week when the G7 leaders meet in the UK"
    if start + 1 < len(lowers) and lowers[start + 1] in _WILL:
        return True  # "The Deputy's meetings will include discussions on ...": a meeting to come
    fronted_encounter = 0 < start <= FRONTED_NOUN_REACH and lowers[0] in FRONTED_PREPS  # "During the summit, ..."
    fronted_participle = start <= _FRONTED_GERUND_AT and lowers[start].endswith("ing")  # "After meeting ..., "
    if (fronted_encounter or fronted_participle) and _main_clause_will(lowers, start):
        # "During the summit, the President will reaffirm ...", "In addition to meeting Israeli leaders,
        # Assistant Secretary Leaf will meet ...": a fronted phrase takes the time of the main clause
        return True
    will = next((k for k in range(start - 1, clause.start - 1, -1) if lowers[k] in _WILL), -1)
    relative = will > 0 and lowers[will - 1] in ("which", "who") and "," in lowers[will:start]
    # "This will be the third State visit ... and reciprocates President Obama's State visit to China in
    # November 2009": a verb of its own after "and" is not under the "will"
    own_verb = will >= 0 and any(
        lowers[k] == "and"
        and lowers[k + 1].endswith(("es", "ed"))
        and (lowers[k + 2] in grammar.determiners or words[k + 2][:1].isupper())  # not "and related harmful"
        for k in range(will + 1, start - 2)
    )
    if will >= 0 and not relative and not own_verb:
        # "will travel to Madrid to co-open the Cybersecurity Dialogue" (but in "This agreement, which will
        # impact millions, was the result of ... a discussion at the Geneva summit" the "will" is a relative
        # clause's, closed before the act)
        return True
    opener = lowers[: lowers.index(",")] if "," in lowers[:_OPENER_WORDS] else []
    if any_in(_FRONTED_FUTURE, opener):
        return True  # "Next week, the Brazilian delegation is arriving ... for the bilateral meeting"
    if any_in_span(_EXPECTED, lowers, clause.start, start) and any(
        lowers[k] in _EXPECTED and lowers[k - 1] != "as" for k in range(clause.start, start)
    ):
        return True  # "is expected to travel to Jakarta on Thursday for talks" (but "as expected, ...")
    if _intended(lowers, max(clause.start, start - _INTENT_WINDOW), start, grammar):
        return True  # "agreed to resume regular security talks", "invited Korea's president to visit"
    # "to" only marks a plan right before a verb trigger: "plans to visit", not "trip to".
    if start == 0 or lowers[start - 1] != "to":
        return False
    # (a "to" counts as an infinitive's, "plans to travel to Moscow to meet", not as a preposition's:
    # "travelled together to Kyiv to meet Zelenskiy" met him)
    if any(
        lowers[k] in grammar.future_cues and (lowers[k] != "to" or _infinitive_after(words, lowers, k, grammar))
        for k in range(lo, start - 1)
    ):
        return True
    # "plans to travel to Moscow to meet Putin": a plan that governs the infinitive before this one
    return any(
        lowers[k] == "to" and lowers[k - 1] != "to" and lowers[k - 1] in grammar.future_cues
        for k in range(max(clause.start + 1, start - 2 * _FUTURE_WINDOW), lo)
        if _infinitive_after(words, lowers, k, grammar)
    )


def _main_clause_will(lowers: list[str], start: int) -> bool:
    """Whether the act at `start` stands before the sentence's first comma, and a "will" soon follows it."""
    if "," not in lowers:
        return False
    comma = lowers.index(",")
    return start < comma and any_in_span(_WILL, lowers, comma + 1, comma + _MAIN_VERB_REACH)


def _infinitive_after(words: list[str], lowers: list[str], k: int, grammar: Grammar) -> bool:
    """ "to travel", not "to Kyiv" nor "to the summit"."""
    nxt = k + 1
    return nxt < len(words) and not words[nxt][:1].isupper() and lowers[nxt] not in grammar.determiners
