"""Arguments: which mentioned actors fill a trigger's roles (agent, patient, parties).

Rules are general and positional: the agent is the nearest subject-like mention
left of the trigger in its clause (or the "by" phrase of a passive), the patient
is the first mention to its right, and coordination ("X and Y", "X, Y and Z")
extends either side.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Final

from geoevents.extract.actors import Mention, made_in
from geoevents.extract.text import CALENDAR_WORDS
from geoevents.extract.wordsets import any_in, any_in_span
from geoevents.lexicon import Grammar

__all__ = [
    "ASIDE_REACH",
    "FRONTED_NOUN_REACH",
    "FRONTED_PREPS",
    "RELATIVE_PRONOUNS",
    "Clause",
    "before_article",
    "clause_of",
    "coordinated",
    "find_agent",
    "find_parties",
    "find_patients",
    "has_relative_aside",
    "named_as_a_place",
    "possessor_of",
]

_IRREGULAR_PARTICIPLES: Final = frozenset(
    {"thrown", "met", "held", "struck", "shot", "given", "broken", "frozen", "sent", "hit"}
)
#: "launched one of its largest air attacks": a light verb this far before a nominal trigger lends it a subject.
_LIGHT_VERB_WINDOW: Final = 8
#: Prepositions that name where a meeting is held when its sides are already named.
_VENUE_PREPS: Final = frozenset({"in", "at"})
#: Pronouns no mention resolves and that never point back to a named actor ("they" often does): between
#: an actor and a verb they are the verb's own subject.
_OTHER_SUBJECTS: Final = frozenset({"you", "i"})
#: How far before an accord "of" may sit after the noun of its making ("conclusion of a new trilateral pact").
_OF_REACH: Final = 4
#: How close after a nominal act "from" names its doer ("threats from Beijing", "attacks from the Taliban").
_FROM_DOER_GAP: Final = 2
#: "added X to its entity list", "put X under sanctions": prepositions a light verb governs through.
_OBJECT_PREPS: Final = frozenset({"of", "to", "on", "under", "onto"})
_PARTICIPLE_JOINERS: Final = frozenset({"or", "and", ","})
#: What joins two places under one preposition ("in Israel and the West Bank").
_AND_OR: Final = frozenset({"and", "or", "the"})
_AND_OR_WORDS: Final = frozenset({"and", "or"})
#: The longest aside between a sentence-opening subject and its verb ("Blinken, just last month in the Negev,").
_MAX_ASIDE: Final = 12
#: Relative pronouns that open an aside between commas.
RELATIVE_PRONOUNS: Final = frozenset({"which", "who", "whom", "whose"})
_WHERE: Final = frozenset({"where"})
#: Verbs whose subject watches an act rather than doing it ("we've *seen* Russia mass troops").
_PERCEIVING: Final = frozenset({"see", "sees", "saw", "seen", "seeing", "watched", "watching", "witnessed", "aware"})
#: How far after its subject a verb of perception may come ("we are now *seeing*").
_PERCEIVER_REACH: Final = 3
#: Endings of adjectives that "and" may join before a possessed act ("unprovoked and unjustified").
_ADJECTIVE_ENDINGS: Final = ("ed", "al", "ful", "ous", "ive", "ic", "ble", "ent", "ant", "less")
#: Prepositions that introduce the sides of a meeting or a deal.
_PARTY_PREPS: Final = frozenset({"with", "between", "among"})
#: The party prepositions whose conjuncts never open a clause ("with Bahrain and Israel signing" may).
_BETWEEN: Final = frozenset({"between", "among"})
#: Words that join coordinated sides besides the coordinators: "U.S.-Japan", "Japanese/USA", "as well as".
_JOINERS: Final = frozenset({"or", "the", "both", "as", "well", "along", "-", "/"})
#: Words that may sit between an auxiliary and a passive participle ("was reportedly expelled").
_MAX_ADVERBS: Final = 2


@dataclass(slots=True)
class Clause:
    """Token bounds of the clause around a trigger: [start, end)."""

    start: int
    end: int

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end


def before_article(m: Mention, lowers: list[str]) -> int:
    """Where the word before a mention sits, past a "the" ("of the United States": the "of")."""
    return m.start - 1 - (m.start > 1 and lowers[m.start - 1] == "the")


def clause_of(lowers: list[str], start: int, end: int, grammar: Grammar) -> Clause:
    """The clause holding tokens [start, end): bounded by clause-break words and punctuation."""
    breaks = _breaks(lowers, grammar)
    k = bisect_left(breaks, start)
    left = 0
    for i in reversed(breaks[:k]):
        if lowers[i] in RELATIVE_PRONOUNS and i and lowers[i - 1] == "," and "," in lowers[i + 1 : start]:
            continue  # "The Commission, which handles trade, warned": the aside is not the clause's start
        left = i + 1
        break
    k = bisect_left(breaks, end, k)
    return Clause(left, breaks[k] if k < len(breaks) else len(lowers))


#: The last sentence's clause breaks: every trigger of a sentence asks for its clause.
_last_breaks: tuple[list[str] | None, list[int]] = (None, [])


def _breaks(lowers: list[str], grammar: Grammar) -> list[int]:
    global _last_breaks
    if _last_breaks[0] is not lowers:
        breaks = grammar.clause_breaks
        _last_breaks = (lowers, [i for i, w in enumerate(lowers) if w in breaks])
    return _last_breaks[1]


def coordinated(
    mentions: list[Mention], seed: Mention, lowers: list[str], grammar: Grammar, *, leftward: bool
) -> list[Mention]:
    """`seed` plus the mentions joined to it by "and", "," or "or", in the given direction."""
    group = [seed]
    ordered = sorted(mentions, key=lambda m: m.start, reverse=leftward)
    current = seed
    edge = seed.start if leftward else seed.end  # where the last member's phrase ends, towards the next
    coordinators = grammar.coordinators
    for m in ordered:
        if m in group:
            continue
        if leftward and m.end <= edge:
            between = lowers[m.end : edge]
        elif not leftward and m.start >= edge:
            between = lowers[edge : m.start]
        else:
            continue
        if m.start == current.start:  # hyphenated "US-Japan" yields two mentions on one token
            group.append(m)
            continue
        if not between and m.via == "pronoun" and m.possessive:
            edge = m.start if leftward else m.end  # "Modi and his Australian counterpart Albanese": his phrase
            continue
        if (
            between
            and (
                all(w in coordinators or w in _JOINERS for w in between)
                # "Nigeria's trade minister and her Emirati counterpart": a "her" no mention took
                or (
                    (current if leftward else m).via == "demonym"
                    and len(between) > 1
                    and between[-1] in _POSSESSIVE_DETERMINERS
                    and all(w in coordinators for w in between[:-1])
                )
            )
        ):
            group.append(m)
            current, edge = m, (m.start if leftward else m.end)
        elif _restates_state(current, m, between, leftward):
            # "President Macron of France, Chancellor Scholz of Germany and ...": the state after a
            # person is part of the person's phrase, and the list goes on after it
            group.append(m)
            edge = m.end
        else:
            break
    return group


def _restates_state(person: Mention, m: Mention, between: list[str], leftward: bool) -> bool:
    return (
        not leftward
        and person.actor.kind == "person"
        and between in (["of"], ["of", "the"])
        and m.actor.state == person.actor.state
    )


def _is_passive(lowers: list[str], trigger_start: int, grammar: Grammar) -> bool:
    word = lowers[trigger_start]
    if not (word.endswith("ed") or word in _IRREGULAR_PARTICIPLES):
        return False
    i = trigger_start - 1
    # "being stranded, killed, or captured": coordinated participles share the auxiliary
    while i >= 0 and lowers[i] in _PARTICIPLE_JOINERS:
        while i >= 0 and lowers[i] in _PARTICIPLE_JOINERS:
            i -= 1
        if i < 0 or not (lowers[i].endswith("ed") or lowers[i] in _IRREGULAR_PARTICIPLES):
            return False
        i -= 1
    for back in range(_MAX_ADVERBS + 1):
        k = i - back
        if k < 0:
            return False
        if lowers[k] in grammar.passive_aux:
            return True
        if not lowers[k].endswith("ly"):
            return False
    return False


def _reduced_passive(mentions: list[Mention], lowers: list[str], start: int, end: int) -> bool:
    """ "UN-led diplomacy backed by the United States": a participle right before "by" and its doer."""
    if not lowers[start].endswith("ed") or end >= len(lowers) or lowers[end] != "by":
        return False
    return any(m.prep == "by" and end < m.start <= end + 2 for m in mentions)


def find_agent(
    mentions: list[Mention],
    trigger: tuple[int, int],
    clause: Clause,
    lowers: list[str],
    grammar: Grammar,
    *,
    nominal: bool = False,
) -> tuple[Mention | None, bool]:
    """The actor doing the act, and whether the trigger is passive."""
    start, end = trigger
    if _is_passive(lowers, start, grammar) or _reduced_passive(mentions, lowers, start, end):
        for m in mentions:
            if m.start >= end and m.prep == "by" and m.start < clause.end + 2 and not m.possessive:
                return m, True
        if not nominal:
            return None, True  # "24 people were killed in riots": the subject is acted upon, the doer unnamed
    if start > 1 and (lowers[start - 1] in ("that", "which") or lowers[start - 1] in _PERFECT_AUX):
        relative = _restrictive_relative_doer(mentions, start, lowers, grammar)
        if relative is not None:
            return relative, False  # ("that crossed": "that" is no determiner here)
    # "Trump's endorsement", "Trump's tariff threats", "Russia's unprovoked invasion": the possessor.
    possessor = possessor_of(mentions, start, lowers, grammar) if nominal else None
    if possessor is not None:
        return possessor, False
    if nominal and start and lowers[start - 1] in _ADDRESSEES:
        return None, False  # "I can count on your support": yours, not the speaker's
    if nominal:
        # "a Ukrainian drone attack", "Israeli air strikes": the state qualifying the act did it.
        for m in mentions:
            # "U.S. airstrikes", "United Nations sanctions", "NATO air strikes": a name used as one
            named = m.via in ("name", "body", "demonym") and m.end <= start <= m.end + 1  # "British military drills"
            if (
                (m.modifier or named)
                and m.end <= start <= m.end + 3
                and all(_adjective_like(w, grammar) for w in lowers[m.end : start])
            ):
                if made_in(lowers, m.end, grammar) or lowers[m.start].rpartition("-")[2] in grammar.provenance_suffixes:
                    continue  # "U.S.-made bombs": where a weapon was made says nothing of who used it
                return m, False
    if nominal and not _has_light_verb(lowers, start, clause, grammar):
        # A bare noun ("amid tariff threats") has no subject; only "threats from Beijing" names one.
        # ("partners from the European Union" further on is no doer of "the invasion")
        after = [
            m
            for m in mentions
            if m.start >= end
            and (
                (m.prep == "by" and not _other_participle(lowers, end + 1, m.start, grammar))
                or (m.prep == "from" and m.start <= end + _FROM_DOER_GAP)
                # "the deployment of U.S. warships": the forces deployed are the doer's
                or (
                    m.prep == "of"
                    and (m.start == end + 1 or (m.start == end + 2 and lowers[end + 1][:1].isdigit()))
                    and start > 0
                    and lowers[start - 1] in ("the", "this", "that")  # not "with respect to deployment of"
                    and m.end < len(lowers)
                    and lowers[m.end] in grammar.force_nouns
                )
            )
            and m.start < clause.end + 2
            and not m.modifier
        ]
        return (after[0], False) if after else (None, False)
    owner = _intention_owner(mentions, start, clause, lowers, grammar)
    if owner is not None:
        return owner, False
    left = _left_of(mentions, start, clause, lowers, grammar)
    for m in reversed(left):
        if _object_of_earlier_verb(m, start, lowers, grammar) or _source_aside(m, start, lowers, grammar):
            continue
        if m.prep is None and _apposed_to_object(m, lowers, grammar):
            continue
        if m.prep is None and _shares_a_preposition(m, left, lowers, grammar, between=True):
            continue  # "These entities, located in Vietnam and Hong Kong, have supported": a place listed
        where = any_in_span(_WHERE, lowers, m.end, start)
        if where and any_in_span(grammar.locative_prepositions, lowers, clause.start, m.start):
            continue  # "tactics used in Bangui, the Central African Republic, where they intensified ...": a place
        if _perceives(m, start, lowers):
            continue  # "We've seen Russia mass troops": who sees, not who acts
        if m.prep is None or (m.prep == "of" and m.via == "demonym") or _forces_of(m, mentions, lowers, grammar):
            if any_in_span(_OTHER_SUBJECTS, lowers, m.end, start):
                return None, False  # "we welcome the announcements you have made in support of Jamaica"
            return m, False
    relative = _relative_antecedent(mentions, clause, lowers)
    if relative is not None and not left:
        return relative, False
    before_aside = _named_before_aside(mentions, start, lowers)
    if before_aside is not None:
        return before_aside, False  # "Ruto, who spoke to reporters after a service, voiced support"
    # Reported speech ("X said it would ...") or a shared subject ("X opened ... but was refusing ...").
    earlier = [m for m in mentions if m.end <= start and m.prep is None and not m.modifier]
    if (
        earlier
        and _subject_carries(lowers, earlier[0].end, start, clause, grammar)
        and not any_in_span(_OTHER_SUBJECTS, lowers, clause.start, start)
    ):
        return earlier[0], False
    return None, False


def _other_participle(lowers: list[str], lo: int, hi: int, grammar: Grammar, *, own_passive: bool = False) -> bool:
    """ "threats to U.S. interests posed by the regime": a participle between a nominal act and "by"
    takes the "by" for itself (the act's own, right after it, does not: "sanctions imposed ... by").

    With `own_passive`, the act's own passive ("the meeting will be held in Germany", "summits held
    in Riyadh") and the participles that only place a thing ("entities located in Russia") are not
    another verb, and a progressive is one ("what is happening in Ukraine").
    """
    for k in range(lo, hi):
        w = lowers[k]
        if own_passive and k > lo and w.endswith("ing") and lowers[k - 1] in grammar.passive_aux:
            if w not in grammar.passive_aux:
                return True  # "the warm welcome, given what is happening in Ukraine": another verb's place
            continue
        if not (w.endswith("ed") or w in grammar.irregular_past_verbs):
            continue
        if own_passive and (k == lo or lowers[k - 1] in grammar.passive_aux or w in grammar.placing_participles):
            continue
        if k > lo and (lowers[k - 1] in grammar.prepositions or lowers[k - 1] in grammar.nominal_determiners):
            continue  # "airstrikes on suspected militant hideouts", "the alleged plot": an adjective
        return True
    return False


def _adjective_like(word: str, grammar: Grammar) -> bool:
    """A word that may stand between a qualifying state and its act ("Israeli air strikes"), unlike
    the verb and the article in "the plans the EU made before the invasion"."""
    return word.isalpha() and word not in grammar.prepositions and word not in grammar.nominal_determiners


def _subject_before_aside(m: Mention, start: int, lowers: list[str], grammar: Grammar) -> bool:
    """ "Secretary Blinken, just last month in the Negev, in southern Israel, met with ...": the
    sentence opens with its subject, then an aside between commas, then the verb."""
    if m.start > 1 or m.end >= start or lowers[m.end] != "," or lowers[start - 1] != ",":
        return False
    aside = lowers[m.end + 1 : start - 1]
    if len(aside) == 1 and aside[0].isalpha():
        return True  # "Beijing, meanwhile, lodged a protest": a connective between commas
    if len(aside) > 1 and aside[0] in _PARTICIPLE_OPENERS and aside[1].endswith("ing"):
        aside = aside[2:]  # "Modi, after sharing a car ride, sat down with Putin": a participle phrase
    return len(aside) <= _MAX_ASIDE and not any(
        w in grammar.clause_breaks
        or w in grammar.attribution_verbs
        or w in RELATIVE_PRONOUNS
        or w == "and"
        or w.endswith("ed")
        for w in aside
    )


def _placed_object(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "added a dozen U.S. defence companies to": what a placing verb put somewhere is its object."""
    i = _word_before_object(m, lowers, grammar, _COUNTS)
    return i > 0 and lowers[i] in _PLACING_VERBS


#: "a dozen", "several dozen", "a number of": counts before a placed object.
_COUNTS: Final = frozenset({"dozen", "dozens", "hundreds", "several", "number", "of", "another", "further"})


#: Verbs that put their object on a list or in a place ("added ... to the Entity List").
_PLACING_VERBS: Final = frozenset({"added", "adds", "adding", "placed", "places", "placing"})


def _object_of_earlier_verb(m: Mention, start: int, lowers: list[str], grammar: Grammar) -> bool:
    """ "it had tracked 71 Chinese aircraft and had dispatched its own forces", "to hold Russia
    accountable and to support Ukraine", "containing Iran, supporting our maritime defense": the
    object of the first verb is not the subject of the second."""
    if _placed_object(m, lowers, grammar):
        return True  # "added a dozen U.S. companies to its entity list"
    between = lowers[m.end : start]
    if "and" not in between and not ("," in between and lowers[start].endswith("ing")):
        return False
    # "kidnapped up to 16 Russian advisers and exploded bombs", "attacked southern Israel, killing"
    i = _word_before_object(m, lowers, grammar, grammar.place_qualifiers)
    if i < 0:
        return False
    verb = lowers[i]
    if len(verb) > 3 and verb.endswith("ed") and verb not in grammar.passive_aux:
        return True
    if verb in grammar.irregular_past_verbs and verb not in grammar.attribution_verbs:
        return True  # "struck Kyiv overnight, killing": the city struck did not kill
    if len(verb) > 4 and verb.endswith("ing") and verb not in grammar.prepositions and verb not in grammar.passive_aux:
        return True  # a gerund's object
    return i > 0 and lowers[i - 1] == "to" and verb.isalpha() and verb not in grammar.prepositions  # "to hold"


def _apposed_to_object(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "stands with its ally the Philippines and condemned": named in apposition to a preposition's
    object ("with its ally"), so no subject."""
    i = _word_before_object(m, lowers, grammar, frozenset())
    return i > 1 and lowers[i - 1] in _POSSESSIVE_DETERMINERS and lowers[i - 2] in grammar.prepositions


_POSSESSIVE_DETERMINERS: Final = frozenset({"its", "their", "his", "her", "our", "your"})


def _word_before_object(m: Mention, lowers: list[str], grammar: Grammar, qualifiers: frozenset[str]) -> int:
    """Where the word before the object `m` stands, past its numbers, determiners, amounts and
    `qualifiers` ("added *a dozen* companies", "attacked *southern* Israel"); -1 when there is none."""
    i = m.start - 1
    while i >= 0 and (
        lowers[i].isdigit() or lowers[i] in grammar.determiners or lowers[i] in _AMOUNT_WORDS or lowers[i] in qualifiers
    ):
        i -= 1
    return i


#: Words of an amount before an object ("up to 16", "at least 20", "more than 300").
_AMOUNT_WORDS: Final = frozenset(
    {"up", "to", "at", "least", "more", "than", "about", "nearly", "almost", "around", "over"}
)


def _intention_owner(
    mentions: list[Mention], start: int, clause: Clause, lowers: list[str], grammar: Grammar
) -> Mention | None:
    """ "our plan to issue sanctions", "Russia's decision to invade": whose intention it is does the act."""
    for m in mentions:
        if m.end >= start or m.start < clause.start:
            continue
        if (
            m.prep == "by"
            and m.start >= 2
            and lowers[before_article(m, lowers) - 1] in grammar.intention_nouns
            and m.end + 1 <= start
            and lowers[m.end] == "to"
        ):
            return m  # "the decision by the United States to raise tariffs"
        if not m.possessive:
            continue
        k = m.end + (lowers[m.end] == "'s")
        if k + 1 < start and lowers[k] in grammar.intention_nouns and lowers[k + 1] == "to":
            return m
    return None


def _forces_of(m: Mention, mentions: list[Mention], lowers: list[str], grammar: Grammar) -> bool:
    """ "Security forces in Guinea have tortured", "Troops of Mali attacked": the state whose forces they are
    (but "United States Armed Forces in Iraq" are where they are: their own state is named before)."""
    if m.prep not in _FORCE_PREPS:
        return False
    k = before_article(m, lowers)
    if k < 1 or lowers[k] not in _FORCE_PREPS or lowers[k - 1] not in grammar.force_nouns:
        return False
    return not any(k - 1 - _FORCE_QUALIFIER_WORDS <= o.end <= k - 1 for o in mentions if o is not m)


_FORCE_PREPS: Final = frozenset({"in", "of"})
#: "United States Armed Forces", "Russian special forces": words between a state and its forces.
_FORCE_QUALIFIER_WORDS: Final = 2


def _source_aside(m: Mention, start: int, lowers: list[str], grammar: Grammar) -> bool:
    """ "..., Syrian state media reported, killing two soldiers": the source of a report set off by
    commas does not do what follows it."""
    for k in range(m.end, min(start - 1, m.end + _SOURCE_WORDS)):
        if lowers[k] in grammar.attribution_verbs:
            return lowers[k + 1] == ","
    return False


#: "Syrian state media reported": words from a source's name to its verb.
_SOURCE_WORDS: Final = 4


def _restrictive_relative_doer(
    mentions: list[Mention], start: int, lowers: list[str], grammar: Grammar
) -> Mention | None:
    """ "shot down several Russian drones that crossed into Poland's airspace": the state whose forces the
    relative clause is about does its act."""
    k = start - 1
    while k > 0 and lowers[k] in _PERFECT_AUX:
        k -= 1  # "which had violated"
    if k < 2 or lowers[k] not in ("that", "which") or lowers[k - 1] not in grammar.force_assets:
        return None
    noun = k - 1
    return next(
        (m for m in mentions if noun - 2 <= m.end <= noun and m.via in ("demonym", "name") and not m.possessive), None
    )


_PERFECT_AUX: Final = frozenset({"had", "has", "have"})


def _relative_antecedent(mentions: list[Mention], clause: Clause, lowers: list[str]) -> Mention | None:
    """ "Raila Odinga, who has won the backing of ...": the one named before ", who" does what follows."""
    k = clause.start
    if k < 2 or lowers[k - 1] not in _RELATIVE_SUBJECTS or lowers[k - 2] != ",":
        return None
    # "the attack in Elad, Israel, which killed": a place after a preposition is not what "which" is
    return next((m for m in mentions if m.end == k - 2 and not m.possessive and m.prep is None), None)


def has_relative_aside(lowers: list[str]) -> bool:
    """Whether the sentence holds a ", who", ", whom", ", which" or ", whose": found once per sentence,
    and most have none, so the readers of relative asides can stop at once."""
    global _last_relative
    if _last_relative[0] is not lowers:
        found = any(lowers[k] == "," and lowers[k + 1] in RELATIVE_PRONOUNS for k in range(len(lowers) - 1))
        _last_relative = (lowers, found)
    return _last_relative[1]


_last_relative: tuple[list[str] | None, bool] = (None, False)


def _named_before_aside(mentions: list[Mention], start: int, lowers: list[str]) -> Mention | None:
    """ "Kenyan President William Ruto, who spoke to reporters after a church service in Nairobi, voiced
    strong support": the one named before a relative aside that closes right before the verb."""
    if start < 4 or lowers[start - 1] != "," or not has_relative_aside(lowers):
        return None
    for k in range(start - 2, max(0, start - ASIDE_REACH), -1):
        if lowers[k] == "," and lowers[k + 1] in RELATIVE_PRONOUNS:
            return next((m for m in mentions if m.end == k and not m.possessive and m.prep is None), None)
    return None


#: ", who spoke to reporters after a church service in Nairobi,": the longest relative aside, in words.
ASIDE_REACH: Final = 20
#: The relative pronouns that stand for the subject named before them (not "whom", "whose").
_RELATIVE_SUBJECTS: Final = frozenset({"who", "which"})


def _subject_carries(lowers: list[str], after: int, start: int, clause: Clause, grammar: Grammar) -> bool:
    if any_in_span(grammar.attribution_verbs, lowers, after, start):
        said = max(k for k in range(after, start) if lowers[k] in grammar.attribution_verbs)
        return not _reported_doer(lowers, said + 1, start, grammar)
    if clause.start > 0 and lowers[clause.start - 1] in _PARTICIPLE_OPENERS and start == clause.start:
        return lowers[start].endswith("ing")  # "made the announcement after meeting Zelenskyy": Merz met him
    if (
        clause.start > 2
        and lowers[clause.start - 1] in _PARTICIPLE_OPENERS
        and lowers[clause.start - 3 : clause.start - 1] == ["and", ","]
    ):
        return True  # "held talks with Xi and, after sharing a car ride, sat down with Putin": Modi did both
    return clause.start > 0 and lowers[clause.start - 1] in grammar.subject_carrying_breaks


#: Clause breaks that open a participle clause sharing the main clause's subject ("after meeting").
_PARTICIPLE_OPENERS: Final = frozenset({"after", "before", "while", "when", "since", "following", "upon"})
#: Prepositions that open a phrase naming an encounter before the main clause ("In a call, ...").
FRONTED_PREPS: Final = frozenset({"in", "during", "at", "on"})
#: "During their first face-to-face meeting": how far into the sentence the fronted noun may be.
FRONTED_NOUN_REACH: Final = 4
#: "During the call, Erdogan told Putin": verbs whose object, after the main clause's subject, is
#: the other side of the fronted encounter.
_ADDRESS_VERBS: Final = frozenset({"told", "tells", "assured", "assures", "informed", "informs", "thanked", "thanks"})
#: How far after its comma the main clause's subject may start ("After meeting X, *the* Secretary ...").
_FRONTED_SUBJECT_REACH: Final = 2


def _fronted_phrase_doer(mentions: list[Mention], start: int, lowers: list[str]) -> Mention | None:
    """ "After meeting Israeli and Palestinian leaders, Assistant Secretary Leaf will ...": a participle
    phrase opening the sentence is done by the main clause's subject, right after its comma."""
    if lowers[start].endswith("ing"):
        opener = 3 if lowers[:3] == ["in", "addition", "to"] else int(lowers[0] in _PARTICIPLE_OPENERS)
        if start == 0 or start != opener:
            return None
    elif not (
        # "In a phone call with Zelensky, Macron pledged ...", "During their meeting, Erdogan told Putin ..."
        lowers[0] in FRONTED_PREPS and 1 < start <= FRONTED_NOUN_REACH and "," not in lowers[:start]
    ):
        return None
    comma = next((k for k in range(start, len(lowers)) if lowers[k] == ","), -1)
    if comma < 0:
        return None
    after = (m for m in mentions if comma < m.start <= comma + _FRONTED_SUBJECT_REACH)
    return next((m for m in after if m.prep is None and not m.possessive), None)


#: Words before a force noun that leave it the speaker's own ("its forces", "the army").
_OWN_FORCE_DETERMINERS: Final = frozenset({"the", "its", "their", "our", "his", "her"})


def _reported_doer(lowers: list[str], lo: int, hi: int, grammar: Grammar) -> bool:
    """ "Ukraine says that separatist forces have shelled", "Kenya said rebels attacked": what was said
    names its own doer, whom no mention resolves; the speaker did not do it ("its forces" are its own)."""
    for k in range(lo, hi):
        word = lowers[k]
        before = lowers[k - 1] if k > lo else ""
        if word in grammar.armed_group_nouns and before not in grammar.possessive_pronouns:
            return True
        if word in grammar.force_nouns and before not in _OWN_FORCE_DETERMINERS:
            return True
    return False


#: "your support": a possessor no mention names (the one addressed).
_ADDRESSEES: Final = frozenset({"your"})
#: "respond with sanctions", "retaliate with strikes": verbs whose "with" governs the act they take.
_RESPONDING: Final = frozenset(
    {"respond", "responds", "responded", "responding", "retaliate", "retaliates", "retaliated", "back"}
)


_TAKING_PART: Final = frozenset({"part", "participate", "participates", "participated"})


def _has_light_verb(lowers: list[str], start: int, clause: Clause, grammar: Grammar) -> bool:
    """ "launched one of its largest air attacks": a verb governing the noun, with no preposition between."""
    for i in range(start - 1, max(clause.start, start - _LIGHT_VERB_WINDOW) - 1, -1):
        word = lowers[i]
        if word in grammar.light_verbs and (i == 0 or lowers[i - 1] not in grammar.nominal_determiners):
            return True  # but "the start of invasion" is no verb, nor "our continued" before "support"
        if word == "with" and i and lowers[i - 1] in _RESPONDING:
            return True  # "would respond with retaliatory sanctions", "hit back with tariffs"
        if word == "in" and i and lowers[i - 1] in _TAKING_PART:
            return True  # "took part in the exercises", "participated in joint drills"
        if (word in grammar.prepositions and word not in _OBJECT_PREPS) or not (word[:1].isalnum() or word in "\"'"):
            return False
    return False


def find_patients(
    mentions: list[Mention],
    trigger: tuple[int, int],
    clause: Clause,
    lowers: list[str],
    grammar: Grammar,
    *,
    exclude: Mention | None = None,
    exclude_side: str | None = None,
    max_distance: int | None = None,
    only_with: bool = False,
    direct_only: bool = False,
    skip_topics: bool = False,
    allow_locative: bool = False,
    possessive_ok: bool = True,
    allow_by: bool = False,
    allow_from: bool = True,
    venues_are_sides: bool = True,
    goods_named: bool = False,
) -> list[Mention]:
    """The actors acted upon: the first mention right of the trigger, with its coordinated mentions.

    With `goods_named` (a sanction on goods), a state named after "from" is where the goods come from,
    the target ("tariffs on electric vehicles imported from China").
    """
    start, end = trigger
    right = [
        m
        for m in mentions
        if (m.start >= end or (m.start > start and m.via != "pronoun"))  # "summoned Niger's ambassador"
        and m.start < clause.end
        and m is not exclude
        and (exclude_side is None or m.actor.state != exclude_side)
        and not _is_attribution(m, lowers, grammar)
    ]
    topics_from = _purpose_topics(lowers, end, clause.end, grammar) if skip_topics else len(lowers)
    topic_from = _topic_phrase(lowers, end, clause.end, grammar) if skip_topics else len(lowers)
    elsewhere: set[Mention] = set()
    for m in right:
        if max_distance is not None and m.start - end > max_distance:
            break
        if _opens_a_clause(m, end, lowers):
            break  # "helping to broker the ceasefire, and Jordan has long been a voice for peace"
        if m in elsewhere:
            continue
        if m.via == "pronoun" and m.possessive and any(o.start == m.end for o in right):
            continue  # "met his Ukrainian counterpart": the counterpart, not "his", is the other side
        if skip_topics and m.prep in grammar.topic_preps:
            # "dialogues on Russia", "statements on the PRC and Russia": what is discussed, not who discusses
            elsewhere.update(_joined_by_and(right, m, lowers, leftward=False, lists=True))
            continue
        delegates = _with_delegates(m, lowers)  # "with delegations from Israel, Qatar and the United States"
        if m.start > topic_from and m.prep not in _PARTY_PREPS and not delegates:
            continue  # "consultations on the consequences of Russia's war against Ukraine": all of it a topic
        if (
            m.start > topic_from
            and m.prep == "between"
            and lowers[before_article(m, lowers) - 1] in grammar.relation_nouns
        ):
            continue  # "talks on relations between ECOWAS and the Alliance of Sahel States": what is discussed
        if m.start > topics_from and m.prep != "with" and not delegates and not _related_pair(m, lowers, grammar):
            # "meet to discuss Russia's attack against Ukraine": a topic, unless "with" names a side
            continue
        if only_with and not _party_prep(m, lowers):
            continue  # "Israel agreed to increase permits for Palestinians": not a party
        if direct_only and (m.prep == "against" or _inside_other_phrase(lowers[end : m.start], grammar)):
            continue  # "support for the diplomatic efforts between A and B": the efforts are backed, not A
        locative = m.prep in grammar.locative_prepositions or _in_named_place(m, lowers, grammar)
        if (
            locative
            and m.prep == "from"
            and lowers[m.start - 1] == "from"
            and lowers[m.start - 2] in grammar.request_nouns
        ):
            locative = False  # "rejected calls from U.S. President Biden": who called, not a place
        if locative and m.start - end <= 1 and end - start > 1 and lowers[end - 1] == m.prep:
            locative = False  # "lashed out at Israel": the trigger's own preposition takes its object
        if locative and skip_topics and _after_topic_noun(m, lowers, grammar):
            continue  # "to bring the war in Yemen to an end": where the topic is, not a side
        named_venue = (m.via == "name" and (venues_are_sides or m.prep == "from")) or (  # "attacks from Gaza"
            m.prep == "from" and lowers[end - 1] in grammar.undergoer_words  # "recalled its envoy from Minsk"
        )
        if m.prep == "from" and not allow_from:
            continue  # "support from the U.S. private sector": who gives it, not who gets it
        if m.prep == "from" and goods_named:
            return coordinated(right, m, lowers, grammar, leftward=False)
        if m.prep == "by" and allow_by and any_in_span(_HOSTING, lowers, end + 1, m.start):
            continue  # "initialled a treaty ..., in a ceremony hosted by President Trump": the host's "by"
        if (m.prep == "by" and not allow_by) or (locative and not allow_locative and not named_venue):
            # a capital after "in" is a venue ("signed in Hanoi"); a state after "in" may be a side
            continue
        if m.possessive and not possessive_ok and m.via != "pronoun" and not _owns_actor_noun(lowers, m.end, grammar):
            continue  # "meet NATO's spending target": NATO qualifies the object, it is not the object
        if locative and any(o.start > m.start and _party_prep(o, lowers) for o in right):
            continue  # "talks in Washington between Greer and Alckmin": the venue gives way to the sides
        if locative and m.prep == "in" and lowers[m.end : m.end + 1] == ["with"]:
            continue  # "met today in Brussels with Bjoern Seibert": a venue, whoever the side after it is
        if (
            locative
            and m.prep is not None
            and not delegates
            and _other_participle(lowers, end, m.start, grammar, own_passive=True)
            # (not a naming verb: "struck what Islamabad described as hideouts in Afghanistan")
            and not any_in_span(grammar.naming_verbs, lowers, end, m.start)
        ):
            # "hosted a gathering, and in October 17 countries gathered in Bogota": another verb's place
            elsewhere.update(coordinated(right, m, lowers, grammar, leftward=False))
            continue
        return coordinated(right, m, lowers, grammar, leftward=False)
    return []


#: "with the Foreign Ministers of Bahrain": words between a party preposition and "of".
_MAX_HOLDER_NOUN_WORDS: Final = 3


#: "a ceremony hosted by", "a dinner organised by": participles whose "by" names a host, not a side.
_HOSTING: Final = frozenset({"hosted", "organised", "organized", "chaired", "convened", "sponsored"})


def _with_delegates(m: Mention, lowers: list[str]) -> bool:
    """ "talks ..., with delegations from Israel and Qatar attending": the states sending them take part."""
    return (
        m.prep == "from"
        and m.start >= 3
        and lowers[m.start - 2] in _DELEGATES
        and "with" in lowers[max(0, m.start - 5) : m.start - 2]
    )


_DELEGATES: Final = frozenset({"delegation", "delegations", "officials", "representatives", "envoys", "negotiators"})


def _of_before(m: Mention, lowers: list[str]) -> int:
    """Where the "of" of a mention named after "of" sits: right before it, or before its article."""
    return m.start - 1 if lowers[m.start - 1] == "of" else m.start - 2


def _party_prep(m: Mention, lowers: list[str]) -> bool:
    """Named after "with", "between" or "among", also through holders: "with the Foreign Ministers of Bahrain"."""
    if m.prep in _PARTY_PREPS:
        return True
    if m.prep != "of":
        return False
    k = _of_before(m, lowers)  # "of the United Arab Emirates"
    for i in range(k - 1, max(-1, k - _MAX_HOLDER_NOUN_WORDS - 2), -1):
        if lowers[i] in _PARTY_PREPS:
            return i < k - 1
        if not lowers[i].isalpha():
            return False
    return False


_CALENDAR: Final = frozenset(w.lower() for w in CALENDAR_WORDS)
#: How far after a trigger a topic preposition still opens its topic ("consultations on", "talks today on").
_TOPIC_PREP_REACH: Final = 3
#: "in the Dohuk province of Iraq": words from the locative preposition to "of".
_PLACE_PHRASE_WORDS: Final = 5


def _in_named_place(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "in the Dohuk province of Iraq": the state a place named after "in" lies in is a venue."""
    if m.prep != "of":
        return False
    k = _of_before(m, lowers)
    if k < 1 or lowers[k - 1] not in grammar.place_nouns:
        return False
    window = lowers[max(0, k - _PLACE_PHRASE_WORDS) : k - 1]
    return "off" in window or any_in(grammar.locative_prepositions, window)  # "off the coast of Oman"


def _after_topic_noun(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "the war in Yemen", "the situation in Haiti": a place that locates a topic."""
    k = m.start - 1 if m.start and lowers[m.start - 1] in grammar.locative_prepositions else m.start - 2
    return k > 0 and lowers[k - 1] in grammar.topic_nouns


def _related_pair(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "the relationship between the United States and Romania": the sides of a relation."""
    if m.prep != "between":
        return False
    k = m.start - 1 if lowers[m.start - 1] == "between" else m.start - 2  # "between the United States"
    return k > 0 and lowers[k] == "between" and lowers[k - 1] in grammar.relation_nouns


def _topic_phrase(lowers: list[str], start: int, end: int, grammar: Grammar) -> int:
    """Where a topic preposition right after the trigger opens what it is about ("talks on trade ...")."""
    for k in range(start, min(end, start + _TOPIC_PREP_REACH)):
        if lowers[k] in grammar.topic_preps and not _date_after(lowers, k + 1):
            return k
    return len(lowers)


def _date_after(lowers: list[str], k: int) -> bool:
    """ "a meeting on May 18th", "talks on Monday": a date, not a topic."""
    if k < len(lowers) and lowers[k] == "the":
        k += 1
    return k < len(lowers) and (lowers[k][:1].isdigit() or lowers[k] in _CALENDAR)


def _purpose_topics(lowers: list[str], start: int, end: int, grammar: Grammar) -> int:
    """Where "to discuss" (or another topic verb) or "will focus on" opens what a meeting is about, else
    the sentence's end."""
    verbs = grammar.topic_verbs
    for k in range(start, min(end, len(lowers) - 1)):
        if (lowers[k] == "to" and lowers[k + 1] in verbs) or (lowers[k] in verbs and lowers[k + 1] == "on"):
            return k
    return len(lowers)


#: "Russia's premeditated, unprovoked, and unjustified invasion": adjectives between possessor and noun.
_MAX_POSSESSOR_GAP: Final = 8


def possessor_of(mentions: list[Mention], start: int, lowers: list[str], grammar: Grammar) -> Mention | None:
    """The "X's" that owns the nominal trigger at `start`, across adjectives only."""
    for m in reversed(mentions):
        if not m.possessive or m.via == "pronoun" or m.end >= start or start - m.end > _MAX_POSSESSOR_GAP:
            continue
        between = lowers[m.end + 1 : start] if lowers[m.end] == "'s" else lowers[m.end : start]
        # "and" joins adjectives only after a comma ("unprovoked, and unjustified"); otherwise it joins verbs
        joined = any(
            w == "and" and (k == 0 or between[k - 1] != ",") and not _adjectives_around(between, k)
            for k, w in enumerate(between)
        )
        if (
            not joined
            and all(w.replace("-", "").isalpha() or w in (",", "-") for w in between)  # "full-scale"
            and not any(
                w in grammar.prepositions
                or w in grammar.clause_breaks
                or w in grammar.light_verbs
                or w in grammar.nominal_determiners  # "Ukraine's General Staff confirmed the attack"
                for w in between
            )
        ):
            return m
        return None
    return None


def _adjectives_around(words: list[str], k: int) -> bool:
    """ "unprovoked and unjustified": the "and" at `k` joins two adjectives, not two verbs."""
    return 0 < k < len(words) - 1 and all(w.endswith(_ADJECTIVE_ENDINGS) for w in (words[k - 1], words[k + 1]))


def _inside_other_phrase(between: list[str], grammar: Grammar) -> bool:
    """Words between a verb and a mention hold another noun's preposition ("efforts between") or
    open a gerund's phrase."""
    words = [w for w in between if w[:1].isalnum()]
    rest = words[1:] if words and words[0] in grammar.prepositions else words
    if rest and len(rest[0]) > 4 and rest[0].endswith("ing") and rest[0] not in grammar.prepositions:
        return True  # "support for documenting Russia's atrocities": an activity is backed, not its object
    return any(w in grammar.prepositions and w != "of" for w in rest)


def _left_of(mentions: list[Mention], start: int, clause: Clause, lowers: list[str], grammar: Grammar) -> list[Mention]:
    """Mentions before the trigger in its clause that can be its subject."""
    return [
        m
        for m in mentions
        if m.end <= start
        and m.start >= clause.start
        and not m.modifier
        and not _possessive_of_thing(m, lowers, grammar)
        and not (m.start > 1 and has_relative_aside(lowers) and _in_relative_aside(m, start, lowers))
    ]


def _in_relative_aside(m: Mention, start: int, lowers: list[str]) -> bool:
    """ "Milei, whom Trump has repeatedly hailed as a leader, is due to hold talks": a mention inside a
    relative aside that closes before the trigger is not the trigger's subject."""
    opener = next(
        (k for k in range(m.start - 1, max(-1, m.start - _RELATIVE_OPENER_REACH), -1) if lowers[k] == ","), -1
    )
    if opener < 0 or lowers[opener + 1] not in RELATIVE_PRONOUNS:
        return False
    return "," in lowers[m.end : start]


#: ", whom Trump has repeatedly hailed": how far before the mention the aside's comma may be.
_RELATIVE_OPENER_REACH: Final = 8


def _possessive_of_thing(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "Israel's security", "the Russian government's war": a state qualifying a thing is not the
    subject of what follows."""
    if m.via == "demonym" and not m.possessive:
        end = m.end
        while end < len(lowers) and end - m.end < 2 and lowers[end] in grammar.group_nouns:
            end += 1
        return end > m.end and end < len(lowers) and lowers[end] == "'s" and not _owns_actor_noun(lowers, end, grammar)
    return m.possessive and m.via != "pronoun" and not _owns_actor_noun(lowers, m.end, grammar)


#: Finite verbs that show a new clause began after ", and" ("..., and Jordan has long been a voice").
_FINITE: Final = frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "said"})
#: How far after the new subject its verb may come.
_NEW_CLAUSE_VERB_REACH: Final = 2


def _opens_a_clause(m: Mention, end: int, lowers: list[str]) -> bool:
    """ ", and Jordan has": a mention after ", and" with a verb of its own is the next clause's
    subject; after ", and has been providing" it is another verb's object."""
    if m.start >= 2 and lowers[m.start - 1] == "and" and lowers[m.start - 2] == ",":
        return any_in_span(_FINITE, lowers, m.end, m.end + _NEW_CLAUSE_VERB_REACH)
    for k in range(end, m.start - 1):  # a loop, not any() over a generator: it runs for every patient
        if lowers[k] == "and" and lowers[k + 1] in _ASKING:
            return True  # "criticized the decision and called for negotiations with Beijing": another act
        if k < m.start - 2 and lowers[k] == "," and lowers[k + 1] == "and" and lowers[k + 2] in _FINITE:
            return True
    return False


#: Verbs of asking that, joined by "and", open a second act of the same subject with its own objects.
_ASKING: Final = frozenset({"called", "urged", "demanded", "asked", "pressed", "appealed"})


def _joined_by_and(
    mentions: list[Mention], seed: Mention, lowers: list[str], *, leftward: bool, lists: bool = False
) -> list[Mention]:
    """`seed` and the mentions "and" or "or" joins to it ("on the PRC and Russia"): one preposition
    governs them all, unlike a list with commas, which may start a new clause; with `lists`, also a
    comma list that "and" or "or" closes ("on Belarus, Iraq, Nicaragua, and Venezuela")."""
    group, current = [seed], seed
    pending: list[Mention] = []  # joined by commas only, so far
    for m in sorted(mentions, key=lambda m: m.start, reverse=leftward):
        if (m.end > current.start) if leftward else (m.start < current.end):
            continue
        between = lowers[m.end : current.start] if leftward else lowers[current.end : m.start]
        if lists and between == [","]:
            pending.append(m)
            current = m
            continue
        if lists and len(between) > 1 and between[0] == ",":
            between = between[1:]  # the list's last comma, before its "and"
        if not between or between[0] not in _AND_OR_WORDS or any(w not in _AND_OR for w in between):
            break
        group += [*pending, m]
        pending = []
        current = m
    return group


#: "the Secretary of State of": how many words a holder's title may have before its "of".
_HOLDER_TITLE_WORDS: Final = 5
_HOLDER_EDGES: Final = frozenset({"the", "and", "or", "but", ",", "we"})


def _holder_start(m: Mention, lowers: list[str], grammar: Grammar) -> int | None:
    """ "the Foreign Minister of Japan", "the Secretary of State of the United States": where the
    title whose holder stands for the state begins, or None when `m` is not named after one."""
    if m.prep != "of" or m.start < 2:
        return None
    k = _of_before(m, lowers)  # "of the United States"
    if k < 1 or lowers[k - 1] not in grammar.group_nouns:
        return None
    p = k - 1
    while p > 0 and k - p < _HOLDER_TITLE_WORDS and lowers[p - 1] not in _HOLDER_EDGES and lowers[p - 1].isalpha():
        p -= 1
    # a subject opens its clause or a list: "support to the people and government of Ukraine" is an object
    if p < 1 or lowers[p - 1] != "the" or (p > 1 and lowers[p - 2] not in _HOLDER_EDGES):
        return None
    return p - 1


def _sent_from(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "leaders from 16 Southern African Development Community nations held a summit": the states whose
    people open the clause are its subject."""
    if m.prep != "from":
        return False
    k = next((j for j in range(m.start - 1, max(0, m.start - 4), -1) if lowers[j] == "from"), 0)
    return k >= 1 and lowers[k - 1] in grammar.group_nouns and (k == 1 or lowers[k - 2] in _HOLDER_EDGES)


def _coordinated_holders(
    in_clause: list[Mention], agent: Mention, lowers: list[str], grammar: Grammar
) -> list[Mention]:
    """The subject and its conjuncts, through holders' titles: "the Foreign Minister of Japan and
    the Secretary of State of the United States met"."""
    group = coordinated(in_clause, agent, lowers, grammar, leftward=True)
    while (start := _holder_start(group[-1], lowers, grammar)) is not None:
        before = [m for m in in_clause if m.end <= start and m not in group]
        if not before:
            break
        between = lowers[before[-1].end : start]
        if not between or any(w not in _AND_OR and w != "," for w in between) or not any_in(_AND_OR_WORDS, between):
            break
        group += coordinated(in_clause, before[-1], lowers, grammar, leftward=True)
    return group


def _owned_by_someone_unnamed(lowers: list[str], start: int, grammar: Grammar) -> bool:
    """ "the foreign minister's unequivocal condemnation": a possessor no mention names."""
    for i in range(start - 1, max(-1, start - 4), -1):
        if lowers[i] == "'s":
            return i > 0 and lowers[i - 1] not in _CALENDAR and lowers[i - 1] not in _TIME_OWNERS  # "today's call"
        if not _adjective_like(lowers[i], grammar):
            return False
    return False


def _reported_on(lowers: list[str], start: int, grammar: Grammar) -> bool:
    """ "the report on consultations", "a statement about the talks": an act a document is about."""
    k = start - 1
    while k > 0 and _adjective_like(lowers[k], grammar) and lowers[k] not in grammar.topic_preps:
        k -= 1  # "the report on the latest consultations"
    return k > 0 and lowers[k] in grammar.topic_preps and lowers[k - 1] in grammar.document_nouns


#: "today's call", "last week's summit": a time, not who acted.
_TIME_OWNERS: Final = frozenset({"today", "yesterday", "tomorrow", "tonight", "week", "month", "year", "weekend"})


def _shares_a_preposition(
    m: Mention, left: list[Mention], lowers: list[str], grammar: Grammar, *, between: bool = False
) -> bool:
    """ "the situation in Israel and the West Bank and Gaza", "will travel to India and Kuwait for
    consultations": a conjunct after a preposition is governed by it too, and is no subject ("leaders
    from X and Y" are sides)."""
    k = before_article(m, lowers)
    if k < 0 or (lowers[k] not in _AND_OR_WORDS and lowers[k] != ","):
        return False  # most subjects: no "and" before them, nothing to share
    if m.actor.kind == "person" or m.via == "pronoun":
        return False  # "earlier this week in Costa Rica, and he met": a person is no place
    head = _joined_by_and(left, m, lowers, leftward=True)[-1] if lowers[k] != "," else m
    if head is m:
        # "traveled to Israel, the Netherlands, and the United Kingdom to meet": a journey's listed ends
        # (but "Turning to Venezuela, the United States condemns": no list, the subject after a comma)
        head = _listed_after(left, m, lowers)
        return head is not m and _placing(head.prep, grammar) and _in_a_list_with_and(left, head, lowers)
    if head.prep is None:
        head = _listed_after(left, head, lowers)  # "in Vietnam, Singapore and Hong Kong": the list's first
    # with `between`, for a directed act's doer: "support for the diplomatic efforts between Azerbaijan and
    # Armenia ..., thank Azerbaijan" (but "Relations between Bogota and Washington" are the sides of a rift)
    return _placing(head.prep, grammar) or (between and head.prep in _BETWEEN)


def _perceives(m: Mention, start: int, lowers: list[str]) -> bool:
    """ "We're aware of the complaint made by Iraq", "we've seen Russia mass troops": a subject that
    watches the act, done by someone else."""
    return m.prep is None and any_in_span(_PERCEIVING, lowers, m.end, min(start, m.end + _PERCEIVER_REACH))


def _placing(prep: str | None, grammar: Grammar) -> bool:
    """A preposition that names a place or a destination ("in", "at", "to"; not "from", which names
    whose delegates came)."""
    return prep != "from" and (prep in grammar.locative_prepositions or prep in _DESTINATIONS)


def named_as_a_place(m: Mention, mentions: list[Mention], lowers: list[str], grammar: Grammar) -> bool:
    """ "in Israel and the West Bank", "to India and Kuwait": a place or a destination, or joined to one."""
    if m.prep is not None:
        return _placing(m.prep, grammar)
    # (all the mentions, not only those before: "to Indonesia, Thailand, and Japan" shows its "and" after)
    return _shares_a_preposition(m, mentions, lowers, grammar)


def _listed_after(mentions: list[Mention], seed: Mention, lowers: list[str]) -> Mention:
    """The first item of a list of names with commas that ends in `seed` ("Israel, the Netherlands, and")."""
    current = seed
    for m in sorted(mentions, key=lambda m: m.start, reverse=True):
        if m.end > current.start:
            continue
        between = lowers[m.end : current.start]
        if not between or between[0] != "," or any(w not in _LIST_JOINTS for w in between):
            break
        current = m
    return current


_LIST_JOINTS: Final = frozenset({",", "and", "the"})


def _in_a_list_with_and(mentions: list[Mention], first: Mention, lowers: list[str]) -> bool:
    """Whether the names listed from `first` on, with commas, end with "and" ("X, Y, and Z")."""
    current = first
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start < current.end:
            continue
        between = lowers[current.end : m.start]
        if not between or any(w not in _LIST_JOINTS for w in between):
            return False
        if "and" in between:
            return True
        current = m
    return False


#: Prepositions of a journey's end: "travel to India and Kuwait" names where one goes, not who goes.
_DESTINATIONS: Final = frozenset({"to", "toward", "towards"})


def _owns_actor_noun(lowers: list[str], end: int, grammar: Grammar) -> bool:
    """After "X's": is the possessed thing a government body or group ("China's commerce ministry")?
    A group word used as a modifier does not count ("NATO's new defence spending target")."""
    return any(w in grammar.group_nouns and w not in grammar.group_modifiers for w in lowers[end + 1 : end + 4])


def find_parties(
    mentions: list[Mention],
    trigger: tuple[int, int],
    clause: Clause,
    lowers: list[str],
    grammar: Grammar,
    *,
    possessive_ok: bool = True,
    allow_locative: bool = True,
    nominal: bool = False,
    skip_topics: bool = False,
    venues_are_sides: bool = True,
) -> list[Mention]:
    """Every side of a symmetric act: the subject group and the object group."""
    start = trigger[0]
    parties: list[Mention] = []
    left = _left_of(mentions, start, clause, lowers, grammar)
    subject = next(
        (
            m
            for m in reversed(left)
            if (
                (m.prep is None or _clause_subject_after_as(m, lowers, grammar))
                and not _shares_a_preposition(m, left, lowers, grammar)
                and not _perceives(m, start, lowers)
                and not (m.prep is None and _apposed_to_object(m, lowers, grammar))
            )
            or _holder_start(m, lowers, grammar) is not None
            or _sent_from(m, lowers, grammar)
        ),
        None,
    )
    possessor = possessor_of(mentions, start, lowers, grammar) if nominal else None
    if nominal and possessor is None:
        # "Turkey's conclusion of a trilateral agreement": the possessor of the act that makes the accord
        of = next((k for k in range(start - 1, max(0, start - _OF_REACH) - 1, -1) if lowers[k] == "of"), None)
        if of is not None and of > 0 and lowers[of - 1] in grammar.accord_verbs:
            possessor = possessor_of(mentions, of - 1, lowers, grammar)
    unnamed_owner = nominal and possessor is None and _owned_by_someone_unnamed(lowers, start, grammar)
    # "welcomed the report on talks between Serbia and Kosovo": a document's subject is held by others
    unnamed_owner = unnamed_owner or (nominal and possessor is None and _reported_on(lowers, start, grammar))
    if unnamed_owner:
        subject = None  # "we appreciate the foreign minister's condemnation of": his act, not ours
    agent = possessor or subject
    if agent is None and not unnamed_owner:
        # "Egypt, which is locked in a dispute with Ethiopia", "France's foreign minister, who visited Beirut"
        agent = _relative_antecedent(mentions, clause, lowers)
    if agent is None and not unnamed_owner:
        # "Trump said ... during a meeting with Netanyahu": the speaker takes part.
        earlier = [m for m in mentions if m.end <= start and m.prep is None and not m.modifier]
        # "Ruto and Mohamud announced the move after talks in Nairobi": the subject held them
        opened = (
            clause.start > 0
            and lowers[clause.start - 1] in _PARTICIPLE_OPENERS
            and start - clause.start <= 1
            and bool(earlier)
            # the main clause's subject, before any such opener ("after having visited Japan, after
            # having visited the Republic of Korea": Japan was visited, it did not visit)
            and not any_in_span(_PARTICIPLE_OPENERS, lowers, 0, earlier[0].start)
        )
        if earlier and (
            _subject_carries(lowers, earlier[0].end, start, clause, grammar)
            or _subject_before_aside(earlier[0], start, lowers, grammar)  # "Blinken, last month in X, met"
            or opened
        ):
            agent = coordinated(earlier, earlier[0], lowers, grammar, leftward=False)[-1]  # the whole subject
    if agent is None and not unnamed_owner:
        agent = _fronted_phrase_doer(mentions, start, lowers)
        if agent is not None and agent.end < len(lowers) and lowers[agent.end] in _ADDRESS_VERBS:
            parties += [m for m in mentions if m.start == agent.end + 1]
    if agent is not None:
        in_clause = [m for m in mentions if m.end <= start]
        holders = _coordinated_holders(in_clause, agent, lowers, grammar)
        if agent is possessor:
            # "Russia's blockade of Ukraine and Russia's refusal": a conjunct under a preposition of its
            # own belongs to an earlier phrase, not to the possessors ("Japan and Korea's talks")
            cut = next((k for k, m in enumerate(holders) if m.prep is not None), len(holders))
            holders = holders[:cut] or [agent]
        parties += holders
    # "a NATO summit", "the U.S.-EU Summit": the qualifier names who meets.
    parties += [m for m in mentions if m.modifier and start - 2 <= m.end <= start and m not in parties]
    patients = find_patients(
        mentions,
        trigger,
        clause,
        lowers,
        grammar,
        exclude=agent,
        allow_locative=allow_locative,  # states named after "in" are kept either way
        possessive_ok=possessive_ok,
        allow_by=True,  # "a declaration was adopted by Italy and Tunisia"
        only_with=lowers[start] in grammar.with_only_verbs,
        skip_topics=skip_topics,
        venues_are_sides=venues_are_sides,
    )
    if len({m.side for m in parties}) >= 2 and patients and patients[0].prep in _VENUE_PREPS:
        return parties  # "President Biden and President Macron met in Rome": both sides named; Rome is where
    if nominal and len(patients) > 1 and patients[0].prep == "between" and patients[0].start <= trigger[1] + 2:
        # "U.S. support for the EU-facilitated dialogue between Kosovo and Serbia": the dialogue's sides
        # are named with it; who backs or mentions it is not one of them
        return [m for m in parties if m.modifier and m.end >= start - 2] + patients
    return _with_twins(parties + patients, mentions, start)


#: How the sides of a one-token pair must be named to be two sides ("EU-Mercosur", "EU-China").
_TWIN_VIAS: Final = frozenset({"name", "body"})


def _clause_subject_after_as(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ "The launch came as President Lee wrapped up a visit to Japan": after "as", a name and then a
    verb open a clause whose subject the name is."""
    if m.prep != "as" or m.end >= len(lowers):
        return False
    verb = lowers[m.end]
    return (
        (verb.endswith("ed") and len(verb) > 3)
        or verb in grammar.irregular_past_verbs
        or verb in grammar.verbal_followers
    )


def _with_twins(found: list[Mention], mentions: list[Mention], start: int) -> list[Mention]:
    """ "The EU-Mercosur trade agreement": one token naming two sides, right before the act, gives both."""
    near = [m for m in found if start - 2 <= m.end <= start and m.via in _TWIN_VIAS]
    if not near:
        return found  # the common case
    spans = {(m.start, m.end) for m in near}
    # (not demonyms: "Israeli-Palestinian negotiations", "German-American meetings" are kinds of talks)
    twins = [m for m in mentions if (m.start, m.end) in spans and m.via in _TWIN_VIAS and m not in found]
    return found + twins if twins else found


def _is_attribution(m: Mention, lowers: list[str], grammar: Grammar) -> bool:
    """ ", the White House announced": a source of the statement, not a participant."""
    before = lowers[m.start - 1] if m.start else ""
    return before in (",", "the") and any_in_span(grammar.attribution_verbs, lowers, m.end, m.end + 4)
