"""Cues: what the words around a trigger say about it (a noun or a verb, denied, undone, intended,
a threat stated, an accord only named), and the typed values read from them."""

from __future__ import annotations

from functools import cache
from typing import Final

from geoevents.extract import fields
from geoevents.extract.actors import Mention
from geoevents.extract.arguments import Clause, possessor_of
from geoevents.extract.triggers import Hit
from geoevents.extract.wordsets import any_in, any_in_span
from geoevents.lexicon import Grammar

__all__ = [
    "THREAT_SCOPE",
    "deal_status",
    "election_context",
    "intends",
    "is_denied",
    "is_formal_accord",
    "is_named_accord",
    "is_nominal",
    "is_postured",
    "is_reversed",
    "measure_of",
    "states_a_threat",
]

#: Prepositions after a plural trigger that make it a noun: a verb "attacks" would take its object directly
#: ("faces attacks from Iran": a doer after "from").
_NOUN_FOLLOWERS: Final = frozenset({"on", "against", "from"})


#: How far before an act a reversal ("lifted the ...") or a posture ("prepared to ...") word governs it.
_GOVERNING_WINDOW: Final = 4


#: How far a warning's complement may name its cost, and the modals that open one.
_WARNING_SCOPE: Final = 15
_PREDICTING_MODALS: Final = frozenset({"could", "would", "will", "may", "might"})
#: Words after "threaten" that make it an act, not a danger: "threatened Monday to resume", "threatened
#: further action against Russia", "threatened X with", "threatened by X" (the passive is read elsewhere).
_THREATENED_ACT: Final = frozenset({"with", "against", "by"})


#: How far before a "would" a decision verb makes it report the decision ("announced Wednesday that it would").
_DECISION_WINDOW: Final = 6


#: How far before a sanction a word of intent ("plans to", "would") turns it into a threat.
_INTENT_WINDOW: Final = 4


#: "threatened to impose restrictions", "warned of possible strikes": the threatened act follows closely.
THREAT_SCOPE: Final = 6


#: Lexicon weight from which an accord trigger names a formal accord ("memorandum", "treaty", "pact").
_FORMAL_ACCORD: Final = 0.75


_LEVIES: Final = frozenset({"surtax", "surtaxes", "surcharge", "surcharges", "levy", "levies", "tax", "taxes"})


#: Words of an imposing phrase that are not part of the measure's name ("imposed new sanctions").
_MEASURE_FILLERS: Final = frozenset({"new", "further", "additional", "fresh", "more", "tough", "tougher", "sweeping"})


_QUOTE_MARKS: Final = frozenset({"'", '"'})


def is_nominal(hit: Hit, lowers: list[str], grammar: Grammar, mentions: list[Mention]) -> bool:
    """A trigger used as a noun: written as one in the lexicon ("threat+"), or after a determiner
    or noun modifier ("recent rocket attacks", "Russia's invasion")."""
    if _noun_pattern(hit.row.pattern):
        return True
    word = lowers[hit.start]
    following = lowers[hit.end] if hit.end < len(lowers) else ""
    if word.endswith("s") and (
        following.endswith("ed") or following in grammar.verbal_followers or following in _NOUN_FOLLOWERS
    ):
        # "as shells continued crashing", "attacks were reported", "and attacks on the people of
        # Ukraine": a plural noun, not a verb
        return True
    if hit.start > 0 and lowers[hit.start - 1] in grammar.nominal_cues:
        return True
    if following == "by" and not word.endswith("ed"):
        return True  # "the unjustified attack by Putin's forces on Ukraine" (a verb would be "attacked by")
    if hit.start > 0 and lowers[hit.start - 1] == "of" and not word.endswith(("ing", "ed")):
        return True  # "the start of invasion" (but "accused of attacking", "a yacht of sanctioned oligarchs")
    # "its deadliest attack": a determiner right before, or one adjective between (not a name:
    # in "The US imposed", "US" is the subject)
    named = {i for m in mentions for i in range(m.start, m.end)}
    qualifier = (
        next((m for m in mentions if m.end == hit.start and m.via in ("name", "body", "demonym")), None)
        if hit.start - 1 in named
        else None
    )
    if qualifier is not None and qualifier.start > 0:
        before = lowers[qualifier.start - 1]
        if before in grammar.nominal_determiners or before in grammar.light_verbs:
            return True  # "to express U.S. support for", "the EU sanctions": a name qualifying a noun
        if qualifier.via == "demonym" and before in grammar.prepositions:
            return True  # "protested over British military exercises": a noun phrase after a preposition
    # (a quote mark opening the phrase is passed over: "of a 'hybrid attack'")
    quoted = hit.start > 1 and lowers[hit.start - 2] in _QUOTE_MARKS
    for i in range(hit.start - 1, max(-1, hit.start - 3 - quoted), -1):
        word = lowers[i]
        if quoted and i == hit.start - 2:
            continue
        if word in grammar.nominal_determiners or any(m.modifier and m.end == i + 1 for m in mentions):
            return True  # "its deadliest attack", "the full-scale Russian invasion"
        if (
            not (word.isalpha() or word.replace("-", "").isalpha())  # "Russia's full-scale invasion"
            or word in grammar.passive_aux
            or word in grammar.prepositions
            or i in named
        ):
            return False
    # "Russia's unprovoked and unjustified attack": a possessor across adjectives
    return possessor_of(mentions, hit.start, lowers, grammar) is not None


@cache
def _noun_pattern(pattern: str) -> bool:
    return all(alt.endswith("+") for alt in pattern.split()[0].split("|"))


def is_denied(lowers: list[str], start: int, grammar: Grammar) -> bool:
    """ "The Kremlin denied reports that Putin would meet Erdogan": everything after the denial is denied."""
    if not any_in_span(grammar.sentence_negators, lowers, 0, start):
        return False  # the common case, decided in one scan
    for i, w in enumerate(lowers[:start]):
        if w in grammar.sentence_negators and any(x in grammar.sentence_negator_objects for x in lowers[i + 1 : start]):
            return True
    return False


def is_reversed(lowers: list[str], start: int, grammar: Grammar) -> bool:
    return any_in_span(grammar.reversal_words, lowers, max(0, start - _GOVERNING_WINDOW), start)


def is_postured(lowers: list[str], start: int, grammar: Grammar) -> bool:
    return any_in_span(grammar.posture_words, lowers, max(0, start - _GOVERNING_WINDOW), start)


def intends(lowers: list[str], start: int, clause: Clause, grammar: Grammar) -> bool:
    lo = max(clause.start, start - _INTENT_WINDOW)
    intent = [k for k in range(lo, start) if lowers[k] in grammar.sanction_to_threat]
    if not intent:
        return False
    # "announced it would prohibit all aid": a decision made known, not a threat
    first = intent[0]
    decided = any_in_span(grammar.decision_verbs, lowers, max(0, first - _DECISION_WINDOW), first)
    return not (decided and all(lowers[k] in ("would", "will") for k in intent))


def states_a_threat(hit: Hit, lowers: list[str], clause: Clause, grammar: Grammar, mentions: list[Mention]) -> bool:
    """ "threatened tariffs", "a threat to cut ties", "warned of retaliation" state a threat; "the threat
    posed by North Korea", "threats to Israel", "warned about the danger of cyber attacks" describe a danger."""
    word = lowers[hit.start]
    after = lowers[hit.end : min(clause.end, hit.end + THREAT_SCOPE)]
    costly = _first_cost(after, 0, len(after), grammar) >= 0
    if word in ("threat", "threats"):
        named = any(m.start == hit.end + 1 for m in mentions)  # "threats to Israel": a danger to a state
        infinitive = len(after) > 1 and after[0] == "to" and after[1] not in grammar.nominal_determiners and not named
        made = any_in_span(grammar.light_verbs, lowers, max(clause.start, hit.start - _GOVERNING_WINDOW), hit.start)
        return infinitive or made or (bool(after) and after[0] == "of" and costly)
    if word.startswith("warn") and len(after) > 1 and after[0] in _OWN and after[1] in grammar.population_nouns:
        return False  # "warned its citizens against travelling to Japan": advice to its own people
    if word.startswith("warn") and after and after[0] in ("about", "of", "against"):
        # "warned of retaliation", not "warned of the danger" nor "warned about Ukraine's attack" (a prediction)
        return costly and not _actor_before_cost(hit, after, mentions, grammar)
    following = lowers[hit.end : hit.end + 4]  # the clause may end at "that"
    if word.startswith("warn") and ("that" in following[:3] or any_in(_PREDICTING_MODALS, following)):
        # "warned that Tehran would respond to any attack" threatens; "warned that Ethiopia could
        # experience famine" predicts: the complement must name a cost
        # ("warned that a full-scale Russian invasion is imminent" predicts another state's act)
        end = min(len(lowers), hit.end + _WARNING_SCOPE)
        cost = _first_cost(lowers, hit.end, end, grammar)
        if cost < 0 or any_in_span(grammar.prediction_words, lowers, hit.end, end):
            return False  # "warning Ukraine that a full-scale invasion is imminent"
        # (but "warned Seoul that his forces would crush any provocation": the warner's own forces)
        warners = {m.side for m in mentions if m.end <= hit.start}
        if warners and "that" in following[:3]:
            # "Blinken warned Beijing that Russian forces would attack Ukraine": a third side's act, foretold
            that = hit.end + following.index("that")
            subject = [m for m in mentions if that < m.start <= that + _COMPLEMENT_SUBJECT_REACH and m.start < cost]
            # (but "warned that Seoul would pay a dear price": a cost that falls on the one named)
            forceful = lowers[cost] in grammar.threat_kinds.get("military", frozenset())
            if subject and subject[0].prep is None and subject[0].side not in warners and forceful:
                return False
        return not any(
            m.end == cost and m.start >= hit.end and (m.modifier or m.possessive) and m.side not in warners
            for m in mentions
        )
    if word.startswith("threaten") and after and "to" not in after[:3] and not costly:
        if any_in_span(_THREATENED_ACT, lowers, hit.end, clause.end):
            return True
        # "threatened Canada", not "threatens regional stability", "threaten Yemen's peace" nor "threaten
        # the security of Ukraine" (a danger)
        reach = hit.end + THREAT_SCOPE
        return any(
            hit.end <= m.start < reach and not m.possessive and "of" not in lowers[m.start - 2 : m.start]
            for m in mentions
        )
    return True


#: "warned its citizens": possessives that make those warned the warner's own.
_OWN: Final = frozenset({"its", "their", "his", "her", "our"})
#: "warned that the Russian forces would ...": how far after "that" the complement's subject starts.
_COMPLEMENT_SUBJECT_REACH: Final = 2


def _actor_before_cost(hit: Hit, after: list[str], mentions: list[Mention], grammar: Grammar) -> bool:
    """ "warned of a Russian invasion": the cost warned of is another actor's act."""
    cost = _first_cost(after, 0, len(after), grammar)
    return any(hit.end < m.start < hit.end + cost for m in mentions)


def _first_cost(words: list[str], lo: int, hi: int, grammar: Grammar) -> int:
    """Index of the first word of words[lo:hi] that names a cost (a tariff, a sanction, force, ...), or -1."""
    kinds = grammar.threat_kinds.values()
    return next((k for k in range(lo, hi) if any(words[k] in kind for kind in kinds)), -1)


def is_named_accord(
    hit: Hit, words: list[str], lowers: list[str], clause: Clause, grammar: Grammar, mentions: list[Mention]
) -> bool:
    """An accord known by its name, with no verb that makes, signs or joins it in its clause."""
    return _names_an_accord(hit, words, lowers, mentions) and not any_in_span(
        grammar.accord_verbs, lowers, clause.start, clause.end
    )


def _names_an_accord(hit: Hit, words: list[str], lowers: list[str], mentions: list[Mention]) -> bool:
    """A capitalised accord in a name ("the Paris Agreement", "the Mutual Defense Treaty"), one named
    after the city where it was made ("the Minsk agreements"), or one named before ("implementing
    the Accords")."""
    k = hit.start
    if hit.end < len(lowers) and lowers[hit.end] in _EXAMPLE_OPENERS:
        return True  # "Open Skies agreements like the 2011 U.S.-Colombia Air Transport Agreement": a kind of accord
    if k + 2 < len(words) and words[k][:1].isupper() and words[k + 1] == "of" and words[k + 2][:1].isupper():
        return True  # "the Treaty of Peace and Friendship", "the Treaty of Versailles": a name after all
    if k > 1 and lowers[k - 2] == "the" and any(m.end == k and m.via == "metonym" for m in mentions):
        return True  # "the Minsk agreements"
    if k > 0 and words[k - 1] == "the" and words[k][:1].isupper():
        return True  # "implementation of the Accords"
    if k == 0 or not words[k][:1].isupper() or not words[k - 1][:1].isupper() or words[k - 1] == "The":
        return False
    first = k - 1
    while first > 0 and (words[first - 1][:1].isupper() or words[first - 1] in ("-", "'s")):
        first -= 1
    return not (first > 0 and lowers[first - 1] == "new")  # "a new Trans-Atlantic Data Privacy Framework": made now


#: Words after an accord that open examples of its kind ("agreements like ...", "deals such as ...").
_EXAMPLE_OPENERS: Final = frozenset({"like", "such", "including"})


def is_formal_accord(event_type: str, hit: Hit) -> bool:
    """A signed or concluded accord ("a memorandum", "a treaty"), not "the two leaders agreed that ..."."""
    return event_type in ("Agreement", "TradeDeal") and hit.row.weight >= _FORMAL_ACCORD


def measure_of(hit: Hit, lowers: list[str], text: str, label: str, grammar: Grammar) -> str:
    """What was imposed, in the sentence's words: "100% surtax", "export controls", "asset freeze"."""
    first = hit.row.pattern.split("|", 1)[0]
    verb_first = first.endswith(("~", "ed"))  # "impose~ * sanction+", "banned * imports", not "asset freeze+"
    span = lowers[hit.start + verb_first : hit.end] if hit.end - hit.start > 1 else []
    names = [w for w in span if w.isalpha() and w not in grammar.nominal_determiners and w not in _MEASURE_FILLERS]
    # (not "madagascar from" for "suspended Madagascar from": a pattern ending in a preposition names no measure)
    noun = " ".join(names[-2:]) if names and names[-1] not in grammar.light_verbs | grammar.prepositions else ""
    percent = next((w for w in span if w.endswith("%") and w[:-1].replace(".", "").isdigit()), None)
    if percent is None and (not noun or noun.split()[-1] in grammar.threat_kinds["tariff"] | _LEVIES):
        rate, _previous = fields.tariff_rates(text)
        percent = f"{rate:g}%" if rate is not None else None
    if percent is not None:
        return f"{percent} {noun.split()[-1] if noun else 'tariff'}"
    if noun and label.endswith(" ban"):
        return f"{noun.split()[-1].removesuffix('s')} ban"  # "banned imports of cotton": an import ban
    return noun or label


def deal_status(lowers: list[str]) -> str:
    if "force" in lowers and ("into" in lowers or "in" in lowers):
        return "in_force"
    if "signed" in lowers:
        return "signed"
    for k, word in enumerate(lowers):
        if word in _SIGNING:
            # "are expected to sign", "will be signing": a signing to come is a proposed deal
            return "proposed" if k and lowers[k - 1] in _SIGNING_TO_COME and word != "signs" else "signed"
    if any(w in lowers for w in ("proposed", "draft", "proposal", "negotiating")):
        return "proposed"
    return "agreed"


_SIGNING: Final = frozenset({"sign", "signs", "signing"})
_SIGNING_TO_COME: Final = frozenset({"to", "will", "would", "could", "may", "might", "shall", "be"})


def election_context(lowers: list[str]) -> str | None:
    for i, w in enumerate(lowers):
        if w in ("election", "elections", "referendum", "primary", "runoff", "nomination", "campaign"):
            return f"{lowers[i - 1]} {w}" if i and lowers[i - 1] not in ("the", "a", "an", "'s") else w
    return None
