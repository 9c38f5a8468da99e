"""Antecedents: the sides an article named before ("the two governments", "condemned the strike")."""

from __future__ import annotations

from typing import Final

from geoevents.extract.actors import Mention
from geoevents.extract.arguments import Clause, before_article
from geoevents.extract.candidate import Candidate
from geoevents.extract.party import Party
from geoevents.extract.triggers import Hit
from geoevents.extract.wordsets import any_in
from geoevents.lexicon import Grammar

__all__ = [
    "answered",
    "antecedent",
    "last_group",
    "last_pair",
    "names_a_group",
    "names_a_pair",
    "pair_met",
    "penalised_before",
    "target_of_condemned_act",
]

#: How many earlier events of the article an anaphoric "the strike" may point back to.
_ANTECEDENT_LOOKBACK: Final = 6


#: "Moscow dismissed the measures": nouns that point back to a penalty just imposed.
_PENALTY_NOUNS: Final = frozenset(
    {"measure", "measures", "sanctions", "tariffs", "move", "moves", "decision", "step", "steps", "action", "actions"}
)
#: Nouns that name any attack ("the raids", "the bombardment") or any exercise ("the manoeuvres").
_ASSAULT_NOUNS: Final = frozenset(
    {
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "raid",
        "raids",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "shelling",
        "bombardment",
        "bombardments",
        "assault",
        "assaults",
        "offensive",
    }
)
_DRILL_NOUNS: Final = frozenset({"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames"})
_OWN_OBJECT_PREPS: Final = frozenset({"on", "in", "against", "of", "at"})
#: "the strike on Odesa": prepositions before the place an act fell on.
_PLACE_PREPS: Final = frozenset({"on", "in", "against"})
#: "condemned Russia's brutal strike on Kyiv": how far after a rift verb an act noun and its target may sit.
_ACT_TARGET_GAP: Final = 6
#: How far a condemned act with a run of adjectives may reach before its target's preposition.
_ADJECTIVE_RUN: Final = 12


def names_a_pair(lowers: list[str], grammar: Grammar, clause: Clause | None = None) -> bool:
    """ "The two governments also signed", "both sides agreed": the sides named just before."""
    if "two" not in lowers and "both" not in lowers:
        return False  # the common case, cheaply
    start, end = (clause.start, clause.end) if clause else (0, len(lowers))
    pair_nouns = grammar.pair_nouns
    return any(
        lowers[k] in ("two", "both") and _pair_noun_after(lowers, k, end, pair_nouns) for k in range(start, end - 1)
    )


def _pair_noun_after(lowers: list[str], k: int, end: int, pair_nouns: frozenset[str]) -> bool:
    """ "both sides", "both foreign ministers": a pair noun right after, or after one qualifier."""
    return lowers[k + 1] in pair_nouns or (k + 2 < end and lowers[k + 2] in pair_nouns)


def _meetings_first(recent: list[Candidate]) -> list[Candidate]:
    """The latest meetings, latest first, then the other events, latest first."""
    latest = recent[::-1]
    return [c for c in latest if c.type == "Meeting"] + [c for c in latest if c.type != "Meeting"]


def pair_met(history: list[Candidate], found: list[Mention], hit: Hit) -> list[Mention]:
    """ "Rubio is due to meet both foreign ministers": the two sides of the article's latest two-sided
    event, when the one who meets them is neither."""
    for earlier in reversed(history[-_ANTECEDENT_LOOKBACK:]):
        sides = earlier.roles.get("participants") or earlier.roles.get("parties")
        if not isinstance(sides, list) or len({a.side for a in sides}) != 2:
            continue
        if any(m.side in {a.side for a in sides} for m in found):
            return []
        return [Mention(hit.end, hit.end, actor, "title") for actor in sides]
    return []


def names_a_group(lowers: list[str]) -> bool:
    """ "The leaders agreed ...", "The Heads of State signed ...": a sentence opened by those who met before."""
    return len(lowers) > 2 and lowers[0] == "the" and lowers[1] in _GROUP_SUBJECTS


#: "The leaders", "The Heads of State (and Government)": a summit's participants, named again as a group.
_GROUP_SUBJECTS: Final = frozenset({"leaders", "heads"})


def last_group(history: list[Candidate], hit: Hit) -> list[Mention]:
    """The participants of the article's latest meeting, however many ("The Heads of State signed the
    Treaty" after a summit of six)."""
    for earlier in reversed(history[-_ANTECEDENT_LOOKBACK:]):
        sides = earlier.roles.get("participants") if earlier.type == "Meeting" else None
        if isinstance(sides, list) and len({a.side for a in sides}) >= 2:
            return [Mention(hit.end, hit.end, actor, "title") for actor in sides]
    return []


def last_pair(history: list[Candidate], found: list[Mention], hit: Hit) -> list[Mention]:
    """The two sides of the article's latest two-sided event, when they include what was found here;
    its latest meeting first ("The two officials signed an arrangement" after a rift with a third
    state reported between)."""
    for earlier in _meetings_first(history[-_ANTECEDENT_LOOKBACK:]):
        sides = earlier.roles.get("participants") or earlier.roles.get("parties")
        if not isinstance(sides, list) or len({a.side for a in sides}) != 2:
            continue
        if any(m.side not in {a.side for a in sides} for m in found):
            return []
        return [Mention(hit.end, hit.end, actor, "title") for actor in sides]
    return []


def antecedent(
    lowers: list[str],
    hit: Hit,
    clause: Clause,
    history: list[Candidate],
    agent: Mention | None,
    grammar: Grammar,
    struck: str | None = None,
) -> list[Mention]:
    """ "Taipei condemned the exercises": the act's actor, from the article's last event of that kind;
    with `struck` ("the strike on Kyiv"), the last one aimed at that side."""
    window = lowers[hit.end : min(clause.end, hit.end + 5)]
    if not any_in(grammar.act_nouns, window) or not history:
        return []
    if agent is not None and agent.start >= hit.end and (agent.possessive or agent.prep == "of"):
        return []  # "condemn the actions of the Russian Federation": the act's own actor is named
    own = agent.actor.state if agent else None
    fallback: list[Mention] = []
    for earlier in reversed(history[-_ANTECEDENT_LOOKBACK:]):
        actor = earlier.roles.get("actor") or earlier.roles.get("imposer") or earlier.roles.get("source")
        if earlier.type == "DiplomaticRift" and earlier.order:
            # "Hungary vetoed the EU plan ... Zelenskyy criticised the decision": the rift's initiator acted
            actor = _initiator(earlier)
        if not isinstance(actor, Party) or actor.state == own:
            continue
        target = earlier.roles.get("target")
        if actor.state is None:
            # the latest act was an armed group's, and a rift is between states or bodies
            if not fallback or (struck is not None and isinstance(target, Party) and target.state == struck):
                return []
            continue
        if (struck is None and _names_the_act(earlier, window)) or (
            struck is not None and isinstance(target, Party) and target.state == struck
        ):
            # "Taipei condemned the exercises" after China's exercises; not "condemn the bombing"
            # after an Iranian attack of another kind
            return [Mention(hit.end, hit.end, actor, "title")]
        if struck == actor.state:
            continue  # "the strike on Kyiv" was not Ukraine's own
        if target is None and _names_the_act(earlier, window):
            # an act aimed at a third side is another happening; one with no target named is this one
            # only if the same act is named ("condemned the strikes" after "launched strikes", but not
            # "the rocket attack on Israel" after Russia's invasion)
            fallback = fallback or [Mention(hit.end, hit.end, actor, "title")]
    return fallback


def answered(history: list[Candidate], source: Party, hit: Hit) -> list[Mention]:
    """ "Poland ordered the consulate closed ... Russia promised a tough response": a retaliation named
    with no target answers the article's latest act by another side against the source's state, or its
    latest military move aimed at no one named."""
    for earlier in reversed(history[-_ANTECEDENT_LOOKBACK:]):
        if earlier.type not in _ANSWERABLE:
            continue
        doer = earlier.roles.get("actor") or earlier.roles.get("imposer") or earlier.roles.get("source")
        done_to = earlier.roles.get("target")
        sides = earlier.roles.get("parties")
        if isinstance(sides, list) and len(sides) == 2 and earlier.order:
            # a rift's initiator acted against the other side
            doer = next((a for a in sides if a.side == earlier.order[0]), None)
            done_to = next((a for a in sides if a.side != earlier.order[0]), None)
        if not isinstance(doer, Party) or doer.side == source.side:
            continue
        against_source = isinstance(done_to, Party) and done_to.side == source.side
        # "Germany will station a brigade in Lithuania ... the deployment would not go unanswered"
        untargeted_move = earlier.type == "MilitaryAction" and done_to is None
        if against_source or untargeted_move:
            return [Mention(hit.end, hit.end, doer, "title")]
    return []


def penalised_before(history: list[Candidate], imposer: Party, hit: Hit) -> list[Mention]:
    """ "Trump imposed the 50% tariffs in August": penalties named as known fall on the other side of
    the article's latest deal, threat or sanction between the imposer's state and another."""
    for earlier in reversed(history[-_ANTECEDENT_LOOKBACK:]):
        other: Party | None = None
        if earlier.type in _PENALTY_TALK:
            doer = earlier.roles.get("imposer") or earlier.roles.get("source")
            target = earlier.roles.get("target")
            if isinstance(doer, Party) and doer.side == imposer.side and isinstance(target, Party):
                other = target
        elif earlier.type == "TradeDeal":
            sides = earlier.roles.get("parties")
            if isinstance(sides, list) and len(sides) == 2 and imposer.side in {a.side for a in sides}:
                other = next(a for a in sides if a.side != imposer.side)
        if other is not None:
            return [Mention(hit.end, hit.end, other, "title")]
    return []


#: Events whose target a later "the tariffs" by the same side may point back to.
_PENALTY_TALK: Final = frozenset({"Sanction", "Threat"})


#: Acts another side may answer with a retaliation.
_ANSWERABLE: Final = frozenset({"DiplomaticRift", "Sanction", "MilitaryAction", "Threat"})


#: Act nouns whose "of" names the side acted on ("the invasion of Ukraine", "the bombing of Mariupol").
_ACTS_ON: Final = frozenset(
    {"invasion", "occupation", "annexation", "bombing", "bombardment", "shelling", "blockade", "siege"}
)


def _initiator(rift: Candidate) -> Party | None:
    sides = rift.roles.get("parties")
    if not isinstance(sides, list):
        return None
    return next((a for a in sides if isinstance(a, Party) and a.side == rift.order[0]), None)


def _singular(word: str) -> str:
    """ "launches" -> "launch", "strikes" -> "strike", "drills" -> "drill" (enough to compare act nouns)."""
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    return word.rstrip("s")


def _names_the_act(earlier: Candidate, window: list[str]) -> bool:
    """ "condemned the exercises" after "began exercises", "the strike on Odesa" after "an attack
    on Odesa", "dismissed the measures" after sanctions: the same act, the same place, or a penalty."""
    if earlier.type in ("Sanction", "DiplomaticRift"):
        return any_in(_PENALTY_NOUNS, window)  # "dismissed the measures as illegal"
    action = earlier.fields.get("action")
    if not isinstance(action, str) or not action:
        return False
    stem = _singular(action.split()[-1])
    if any(_singular(w) == stem for w in window):
        return True  # "condemned the launches" after a missile launch
    family = _ASSAULT_NOUNS if earlier.plover == "ASSAULT" else _DRILL_NOUNS if stem == "exercise" else None
    if family is not None and any_in(family, window) and not any_in(_OWN_OBJECT_PREPS, window):
        # "condemned the raids" after air strikes, "the manoeuvres" after drills (but not "the bombing of
        # a school in Lima": an act with an object or place of its own)
        return True
    places = [window[k + 1] for k in range(len(window) - 1) if window[k] in _PLACE_PREPS]
    return any(len(p) > 3 and p.isalpha() and p in earlier.sentence.text.lower().split() for p in places)


def target_of_condemned_act(m: Mention, hit: Hit, lowers: list[str], grammar: Grammar) -> bool:
    """ "condemned the strike on Kyiv": Kyiv was struck; the rift is with whoever struck it."""
    if m.start <= hit.end or m.prep not in grammar.assault_target_preps:
        return False
    if m.prep == "of":
        # "the actions of the Russian Federation" names who acted; "the invasion of Ukraine", who was hit
        of = before_article(m, lowers)
        if lowers[of] != "of" or of < 1 or lowers[of - 1] not in _ACTS_ON:
            return False
    between = lowers[hit.end : m.start]
    if len(between) <= _ACT_TARGET_GAP and any_in(grammar.act_nouns, between):
        return True
    # "condemned the premeditated, unprovoked, and unjustified attack against Ukraine": the act right
    # before the preposition, after a longer run of its adjectives
    prep = before_article(m, lowers)
    return len(between) <= _ADJECTIVE_RUN and prep > hit.end and lowers[prep - 1] in grammar.act_nouns
