"""Candidates: one trigger in one sentence, turned into a typed event draft by general rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from geoevents.extract import fields
from geoevents.extract.actors import Mention
from geoevents.extract.arguments import (
    Clause,
    clause_of,
    coordinated,
    find_agent,
    find_parties,
    find_patients,
    possessor_of,
)
from geoevents.extract.modality import is_blocked, is_conditional, is_hedged, is_negated, is_planned
from geoevents.extract.text import Sentence
from geoevents.extract.triggers import Hit
from geoevents.models.actor import Actor
from geoevents.resources import Grammar

__all__ = ["ULTIMATUM_CUE", "Candidate", "candidates_for_sentence", "names_a_pair"]

_AGENTIVE = {
    "Endorsement": ("endorser", "endorsee"),
    "Threat": ("source", "target"),
    "Sanction": ("imposer", "target"),
}
#: Types an event of which one named side can state alone (or with a side from an earlier sentence).
_ONE_SIDED = {"Election", "MilitaryAction", "Threat", "DiplomaticRift", "Endorsement"}
#: Pronoun-resolved or title-only actors are less certain than named ones.
_INDIRECT_PENALTY = 0.85
#: Ambiguous military verbs ("attack", "strike", "fighting") need military words nearby, unless at least this sure.
_UNAMBIGUOUS_MILITARY = 0.9
#: An agent's patient sits close to the verb; further away it belongs to another clause.
_MAX_PATIENT_DISTANCE = 8
#: A threat whose target the text does not name is still a threat, but a less useful one.
_NO_TARGET_PENALTY = 0.5
#: An act reported inside a statement ("blamed Israel for the bombing") is secondary to the statement.
_SUBORDINATE_PENALTY = 0.7
#: Roots of acts that govern a complement ("blamed X for the bombing", "agreed to hold drills").
_COMMUNICATIVE = frozenset({"ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
#: How far before a sanction a word of intent ("plans to", "would") turns it into a threat.
_INTENT_WINDOW = 4
#: A sentence reporting more acts than this is a list or noise; its strongest triggers are enough.
_MAX_HITS = 12
#: How far before a "would" a decision verb makes it report the decision ("announced Wednesday that it would").
_DECISION_WINDOW = 6
#: "will/would <cost> ... unless <condition>": the modal this close before "unless" makes an ultimatum.
ULTIMATUM_CUE = "unless"
_FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})
_ULTIMATUM_SPAN = 15
_ULTIMATUM_WEIGHT = 0.6
_ULTIMATUM_CAMEO = "130"
#: Types whose trigger after "the importance of" is advocated rather than reported.
_ADVOCATED = frozenset({"Agreement", "TradeDeal", "Meeting"})
#: ", the White House warned": how close after a speaker its verb of saying comes.
_SPEAKER_WINDOW = 3
#: The types a publisher's "we" may take part in (read on the corpus: the others were mostly wrong).
_PUBLISHER_TYPES = frozenset({"Endorsement", "DiplomaticRift"})
#: "added 15 U.S. contractors to its entity list": how close a fronted object sits to its nominal trigger.
_FRONTED_OBJECT_GAP = 4
#: Words of an imposing phrase that are not part of the measure's name ("imposed new sanctions").
_MEASURE_FILLERS = frozenset({"new", "further", "additional", "fresh", "more", "tough", "tougher", "sweeping"})
_LEVIES = frozenset({"surtax", "surtaxes", "surcharge", "surcharges", "levy", "levies", "tax", "taxes"})
#: "condemned Russia's brutal strike on Kyiv": how far after a rift verb an act noun and its target may sit.
_ACT_TARGET_GAP = 6
#: CAMEO codes for acts whose mood changes their code.
_THREATEN_WITH_SANCTIONS = "1312"
_MILITARY_POSTURE = "150"
_ECONOMIC_COOPERATION = "061"
#: How far before an act a reversal ("lifted the ...") or a posture ("prepared to ...") word governs it.
_GOVERNING_WINDOW = 4
#: "threatened to impose restrictions", "warned of possible strikes": the threatened act follows closely.
_THREAT_SCOPE = 6
#: "warned Washington and Seoul on Monday of overwhelming countermeasures": a threatened measure may sit further.
_THREATENED_ACT_SCOPE = 10
#: How many earlier events of the article an anaphoric "the strike" may point back to.
_ANTECEDENT_LOOKBACK = 6
#: Lexicon weight from which an accord trigger names a formal accord ("memorandum", "treaty", "pact").
_FORMAL_ACCORD = 0.75
#: How close to an election word the state (or its person) that holds it must be named.
_ELECTION_ACTOR_WINDOW = 10
_ELECTION_PLACE_PREPS = frozenset({"in", "of", "across", "throughout"})
_ELECTED_ACTOR_WINDOW = 3  # "Macron was just re-elected"; not "the senator, elected in 2008, ..."
#: A plural "elections" names a concrete election only with a state within this many tokens.
_ELECTION_STATE_WINDOW = 3


@dataclass
class Candidate:
    """An event draft: type, actors by role, typed fields and where it was stated."""

    type: str
    roles: dict[str, Any]
    fields: dict[str, Any]
    sentence: Sentence
    confidence: float
    plover: str | None
    cameo: str | None
    order: tuple[str, ...] = field(default_factory=tuple)  # identity of the initiating side, for rifts

    def __init__(
        self,
        type: str,
        roles: dict[str, Any],
        fields: dict[str, Any],
        sentence: Sentence,
        confidence: float,
        plover: str | None,
        cameo: str | None,
        order: tuple[str, ...] = (),
    ) -> None:
        self.type = type
        self.roles = roles
        self.fields = fields
        self.sentence = sentence
        self.confidence = confidence
        self.plover = plover
        self.cameo = cameo
        self.order = order


def _indirect(mentions: list[Mention]) -> bool:
    return any(m.via in ("pronoun", "title", "publisher") for m in mentions)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per actor identity, preferring persons (more specific) over their states."""
    by_key: dict[str, Mention] = {}
    for m in mentions:
        key = m.actor.side
        if key not in by_key or (m.actor.kind == "person" and by_key[key].actor.kind != "person"):
            by_key[key] = m
    return list(by_key.values())


def _same_actor(a: Actor, b: Actor) -> bool:
    if a.kind == "person" and b.kind == "person":
        return a.name == b.name
    return a.side == b.side


def candidates_for_sentence(
    sentence: Sentence,
    words: list[str],
    lowers: list[str],
    mentions: list[Mention],
    hits: list[Hit],
    grammar: Grammar,
    history: list[Candidate] | None = None,
) -> list[Candidate]:
    """Every event the sentence states, one draft per trigger (and per coordinated patient).

    `words` are the sentence's tokens, `lowers` the same tokens in lower case.
    """
    out: list[Candidate] = []
    if len(hits) > _MAX_HITS:
        hits = sorted(sorted(hits, key=lambda h: -h.row.weight)[:_MAX_HITS], key=lambda h: h.start)
    if sentence.text.rstrip("\"' )").endswith("?"):
        return out  # a question asserts nothing ("Do you agree that relations are at their lowest?")
    sides = {m.actor.side for m in mentions}
    if len(sides) < 2 and not (history and names_a_pair(lowers, grammar)):
        # One side only: no act between two parties can be read here, only one-sided ones.
        hits = [h for h in hits if h.row.type in _ONE_SIDED]
        if not hits:
            return out
    # a release's "we" speaks for its government when it condemns or backs another;
    # its meetings, deals, sanctions and forces are named outright when they are news
    named = [m for m in mentions if m.via != "publisher"]
    ultimatum = _ultimatum(sentence, lowers, mentions, grammar)
    if ultimatum is not None:
        out.append(ultimatum)
    threat_ends = [h.end for h in hits if h.row.type == "Threat"]
    communicative_ends = [h.end for h in hits if h.row.plover in _COMMUNICATIVE]
    for hit in hits:
        clause = clause_of(lowers, hit.start, hit.end, grammar)
        event_type = hit.row.type
        if is_negated(lowers, hit.start, clause, grammar) or _denied(lowers, hit.start, grammar):
            continue
        # A threat is often conditional by nature ("threatened to cut ties unless ...").
        if event_type != "Threat" and is_conditional(lowers, clause, grammar):
            continue
        codes: tuple[str | None, str | None] | None = None
        if event_type in ("Sanction", "MilitaryAction") and _reversed(lowers, hit.start, grammar):
            continue  # "lifted the blockade", "the withdrawal of invasion forces": the act is being undone
        if event_type == "Sanction" and _intends(lowers, hit.start, clause, grammar):
            event_type = "Threat"  # "plans to impose sanctions", "could face tariffs": not imposed yet
            codes = ("THREATEN", _THREATEN_WITH_SANCTIONS)
        elif event_type == "MilitaryAction" and hit.row.plover == "ASSAULT" and _postured(lowers, hit.start, grammar):
            codes = ("MOBILIZE", _MILITARY_POSTURE)  # "prepared to resume shelling": a posture, not an attack
        elif event_type != "Threat":
            if is_hedged(lowers, hit.start, clause, grammar) or is_blocked(lowers, hit.start, clause, grammar):
                continue
            # "warned of imposing tariffs": the inner act is what is threatened, not an act.
            scope = _THREATENED_ACT_SCOPE if event_type in ("Sanction", "MilitaryAction") else _THREAT_SCOPE
            inner = event_type in ("Sanction", "MilitaryAction", "DiplomaticRift")
            if inner and any(clause.start <= end <= hit.start <= end + scope for end in threat_ends):
                continue
        if event_type in _ADVOCATED and not grammar.advocacy_cues.isdisjoint(lowers[clause.start : hit.start]):
            continue  # "underscored the importance of an immediate ceasefire": called for, not reached
        if event_type in ("Agreement", "TradeDeal"):
            event_type = "TradeDeal" if not grammar.trade_cues.isdisjoint(lowers) else "Agreement"
        typed_mentions = mentions if event_type in _PUBLISHER_TYPES else named
        drafts = _build(event_type, hit, sentence, words, lowers, typed_mentions, clause, grammar, history or [])
        for draft in drafts:
            if codes is not None:
                draft.plover, draft.cameo = codes
            if any(clause.start <= e <= hit.start for e in communicative_ends):
                draft.confidence = round(draft.confidence * _SUBORDINATE_PENALTY, 3)
        out += drafts
    return out


def _ultimatum(sentence: Sentence, lowers: list[str], mentions: list[Mention], grammar: Grammar) -> Candidate | None:
    """ "Nigeria will withdraw its force from Chad unless Oueddei arranges a ceasefire": a cost
    announced on a condition the other side must meet is a threat, whatever the verb."""
    if ULTIMATUM_CUE not in lowers:
        return None
    u = lowers.index(ULTIMATUM_CUE)
    modal = next((k for k in range(u - 1, -1, -1) if lowers[k] in _FUTURE_MODALS), None)
    if modal is None or u - modal > _ULTIMATUM_SPAN:
        return None
    clause = clause_of(lowers, modal, modal + 1, grammar)
    agent, _passive = find_agent(mentions, (modal, modal + 1), clause, lowers, grammar)
    if agent is None or (agent.actor.kind == "person" and agent.actor.country is None):
        return None
    side = agent.actor.side
    others = [m for m in mentions if m.start > u and m.actor.side != side and m.via != "pronoun"]
    others = others or [m for m in mentions if modal < m.start < u and m.actor.side != side and m.via != "pronoun"]
    if not others:
        return None
    target = others[0]
    kind = fields.threat_kind(lowers[modal:u], grammar)
    confidence = _ULTIMATUM_WEIGHT * (_INDIRECT_PENALTY if _indirect([agent, target]) else 1.0)
    roles = {"source": agent.actor, "target": target.actor}
    return Candidate("Threat", roles, {"kind": kind}, sentence, round(confidence, 3), "THREATEN", _ULTIMATUM_CAMEO)


def _is_nominal(hit: Hit, lowers: list[str], grammar: Grammar, mentions: list[Mention]) -> bool:
    """A trigger used as a noun: written as one in the lexicon ("threat+"), or after a determiner
    or noun modifier ("recent rocket attacks", "Russia's invasion")."""
    if _noun_pattern(hit.row.pattern):
        return True
    word = lowers[hit.start]
    following = lowers[hit.end] if hit.end < len(lowers) else ""
    if word.endswith("s") and (following.endswith("ed") or following in grammar.verbal_followers):
        return True  # "as shells continued crashing", "attacks were reported": a plural noun, not a verb
    if hit.start > 0 and lowers[hit.start - 1] in grammar.nominal_cues:
        return True
    # "its deadliest attack": a determiner right before, or one adjective between (not a name:
    # in "The US imposed", "US" is the subject)
    named = {i for m in mentions for i in range(m.start, m.end)}
    for i in range(hit.start - 1, max(-1, hit.start - 3), -1):
        word = lowers[i]
        if word in grammar.nominal_determiners or any(m.modifier and m.end == i + 1 for m in mentions):
            return True  # "its deadliest attack", "the full-scale Russian invasion"
        if not word.isalpha() or word in grammar.passive_aux or word in grammar.prepositions or i in named:
            return False
    # "Russia's unprovoked and unjustified attack": a possessor across adjectives
    return possessor_of(mentions, hit.start, lowers, grammar) is not None


@cache
def _noun_pattern(pattern: str) -> bool:
    return all(alt.endswith("+") for alt in pattern.split()[0].split("|"))


def _denied(lowers: list[str], start: int, grammar: Grammar) -> bool:
    """ "The Kremlin denied reports that Putin would meet Erdogan": everything after the denial is denied."""
    if grammar.sentence_negators.isdisjoint(lowers[:start]):
        return False  # the common case, decided in one scan
    for i, w in enumerate(lowers[:start]):
        if w in grammar.sentence_negators and any(x in grammar.sentence_negator_objects for x in lowers[i + 1 : start]):
            return True
    return False


def _reversed(lowers: list[str], start: int, grammar: Grammar) -> bool:
    return not grammar.reversal_words.isdisjoint(lowers[max(0, start - _GOVERNING_WINDOW) : start])


def _postured(lowers: list[str], start: int, grammar: Grammar) -> bool:
    return not grammar.posture_words.isdisjoint(lowers[max(0, start - _GOVERNING_WINDOW) : start])


def _intends(lowers: list[str], start: int, clause: Clause, grammar: Grammar) -> bool:
    lo = max(clause.start, start - _INTENT_WINDOW)
    intent = [k for k in range(lo, start) if lowers[k] in grammar.sanction_to_threat]
    if not intent:
        return False
    # "announced it would prohibit all aid": a decision made known, not a threat
    first = intent[0]
    decided = not grammar.decision_verbs.isdisjoint(lowers[max(0, first - _DECISION_WINDOW) : first])
    return not (decided and all(lowers[k] in ("would", "will") for k in intent))


def _build(
    event_type: str,
    hit: Hit,
    sentence: Sentence,
    words: list[str],
    lowers: list[str],
    mentions: list[Mention],
    clause: Clause,
    grammar: Grammar,
    history: list[Candidate],
) -> list[Candidate]:
    row = hit.row
    span = (hit.start, hit.end)
    base = row.weight
    text = sentence.text

    def make(
        roles: dict[str, Any], typed: dict[str, Any], used: list[Mention], order: tuple[str, ...] = ()
    ) -> Candidate:
        confidence = base * (_INDIRECT_PENALTY if _indirect(used) else 1.0)
        plover, cameo = row.plover, row.cameo
        if event_type == "TradeDeal" and typed.get("status") == "in_force":
            plover, cameo = "COOPERATE", _ECONOMIC_COOPERATION  # a deal already in force is cooperation
        return Candidate(event_type, roles, typed, sentence, round(min(confidence, 0.99), 3), plover, cameo, order)

    if event_type in ("Agreement", "TradeDeal") and _named_accord(hit, words, lowers, clause, grammar):
        return []  # "protecting the gains of the Good Friday Agreement": an accord named, not one made
    if event_type == "Threat" and not grammar.undergoer_words.isdisjoint(lowers[hit.start : hit.end]):
        return _faced(hit, lowers, mentions, clause, grammar, make)
    if event_type == "Threat" and not _states_a_threat(hit, lowers, clause, grammar):
        return []
    if event_type in _AGENTIVE:
        agent_role, patient_role = _AGENTIVE[event_type]
        agent, _passive = find_agent(
            mentions, span, clause, lowers, grammar, nominal=_is_nominal(hit, lowers, grammar, mentions)
        )
        if agent is None:
            return []
        # A threat or a sanction is aimed at another side: "warned that Tehran would respond to any Israeli attack".
        other_side = agent.actor.state if event_type in ("Threat", "Sanction") else None
        patients = find_patients(
            mentions,
            span,
            clause,
            lowers,
            grammar,
            exclude=agent,
            exclude_side=other_side,
            max_distance=_MAX_PATIENT_DISTANCE,
            direct_only=event_type == "Endorsement",
            possessive_ok=event_type != "Threat",  # "threatens Yemen's peace": a thing, not Yemen
        )
        if not patients and event_type in ("Sanction", "Endorsement"):
            # "added 15 U.S. contractors to its entity list": the object sits before a nominal trigger.
            patients = [
                m
                for m in mentions
                if agent.end <= m.start
                and hit.start - _FRONTED_OBJECT_GAP <= m.end <= hit.start
                and "," not in lowers[m.end : hit.start]
                and m is not agent
                and not m.possessive
            ][:1]
            if patients and patients[0].actor.state == other_side:
                patients = []
        if not patients and event_type == "Endorsement":
            patients = _antecedent(lowers, hit, clause, history, agent, grammar)
        if event_type == "Threat" and not patients:
            # "warned that it would hit U.S. goods unless Washington ...": the target is in the complement.
            rest = Clause(clause.start, len(lowers))
            patients = find_patients(mentions, span, rest, lowers, grammar, exclude=agent, exclude_side=other_side)
        if _passive:
            subject = [m for m in mentions if clause.start <= m.start and m.end <= hit.start and m.prep is None]
            patients = subject[-1:] if subject else []
        out = []
        if event_type == "Threat" and not [p for p in patients if not _same_actor(agent.actor, p.actor)]:
            kind = fields.threat_kind(lowers[hit.start :], grammar)
            draft = make({agent_role: agent.actor, patient_role: None}, {"kind": kind}, [agent])
            draft.confidence = round(draft.confidence * _NO_TARGET_PENALTY, 3)
            return [draft]
        for doer in _coordinated_subjects(agent, mentions, lowers, grammar) if not _passive else [agent]:
            for patient in patients:
                if _same_actor(doer.actor, patient.actor) or patient.actor.side == doer.actor.side != agent.actor.side:
                    continue
                same_side = doer.actor.state == patient.actor.state
                if event_type == "Sanction" and same_side:
                    continue  # sanctions are imposed on another state, its entities or officials
                if event_type == "Threat" and same_side and patient.actor.kind == "country":
                    continue  # a government does not threaten its own state
                typed: dict[str, Any] = {}
                if event_type == "Threat":
                    typed["kind"] = fields.threat_kind(lowers[hit.start :], grammar)
                elif event_type == "Sanction":
                    typed["measure"] = _measure(hit, lowers, text, row.label, grammar)
                elif event_type == "Endorsement":
                    typed["context"] = _election_context(lowers)
                out.append(make({agent_role: doer.actor, patient_role: patient.actor}, typed, [doer, patient]))
        return out

    if event_type == "MilitaryAction":
        if (
            base < _UNAMBIGUOUS_MILITARY
            and grammar.military_context.isdisjoint(lowers)
            and grammar.ship_prefixes.keys().isdisjoint(words)  # "HMS Spey transited the strait"
        ):
            return []
        agent, _ = find_agent(
            mentions, span, clause, lowers, grammar, nominal=_is_nominal(hit, lowers, grammar, mentions)
        )
        if agent is None:
            return []
        # "South Korean and U.S. forces began their exercise": one act per force.
        agents = coordinated([m for m in mentions if m.end <= agent.end], agent, lowers, grammar, leftward=True)
        if len(agents) > 1:
            return [
                d
                for a in _distinct(agents)
                for d in _build_military(a, hit, span, clause, lowers, mentions, grammar, make)
            ]
        return _build_military(agent, hit, span, clause, lowers, mentions, grammar, make)

    if event_type == "Election":
        if lowers[hit.start] == "elections" and not _state_near(mentions, hit, _ELECTION_STATE_WINDOW):
            return []
        # "the August 9 election in Kenya", "Macron was re-elected": a state or its person close by;
        # a country named far off ("... since his election to Congress") is not where the vote is
        elected = hit.row.pattern.startswith("elected")  # "newly elected Pakistani Prime Minister"
        window = _ELECTED_ACTOR_WINDOW if elected else _ELECTION_ACTOR_WINDOW
        near = [
            m
            for m in mentions
            if m.actor.country
            and m.via not in ("pronoun", "title", "publisher")
            and min(abs(m.start - hit.end), abs(hit.start - m.end)) <= window
            and (m.end <= hit.start or elected or m.prep in _ELECTION_PLACE_PREPS)  # "elections in Venezuela"
        ]
        nearest = sorted(near, key=lambda m: min(abs(m.start - hit.end), abs(hit.start - m.end)))
        country = nearest[0].actor.country if nearest else None
        if country is None:
            return []
        future = not grammar.future_election.isdisjoint(lowers)
        past = not grammar.past_election.isdisjoint(lowers)
        status = "held" if past and not future else "scheduled"
        return [make({"country": country}, {"status": status}, [])]

    # Symmetric acts between two or more sides.
    found = find_parties(
        mentions,
        span,
        clause,
        lowers,
        grammar,
        possessive_ok=event_type == "DiplomaticRift",
        nominal=_is_nominal(hit, lowers, grammar, mentions),
        allow_locative=event_type == "Meeting",  # "visited Japan"; not "a ceasefire in Lebanon"
        venues_are_sides=event_type != "DiplomaticRift",  # "condemned the killings in Burkina Faso"
        skip_topics=event_type != "DiplomaticRift",
    )
    # Sides are states or bodies: skip "her phone" and persons whose state the text never gave.
    # "rejected an Indian proposal": in a rift the other side may be named only by the thing it proposed.
    # "Biden will join a NATO summit": a body qualifying the meeting takes part, beside a subject that
    # is a state or a person ("the G7, the NATO summit" names two meetings, not one between bodies)
    qualifier = next(
        (m for m in found if m.modifier and m.actor.code is not None and hit.start - 2 <= m.end <= hit.start),
        None,
    )
    if qualifier is not None and not any(
        m.prep is None and not m.modifier and m.actor.code is None and m.start < qualifier.start for m in found
    ):
        qualifier = None
    found = [
        m
        for m in found
        if not (m.via == "pronoun" and m.possessive)
        and (not m.modifier or (event_type == "DiplomaticRift" and m.start > hit.start) or m is qualifier)
        and (m.actor.country or m.actor.code)
    ]
    struck = None
    if event_type == "DiplomaticRift":
        acted_on = [m for m in found if _target_of_condemned_act(m, hit, lowers, grammar)]
        struck = acted_on[0].actor.state if acted_on else None
        found = [m for m in found if m not in acted_on]
    parties = _distinct(found)
    if len(parties) == 1 and event_type == "DiplomaticRift":
        parties += _antecedent(lowers, hit, clause, history, parties[0], grammar, struck)
    if len(parties) < 2 and _formal_accord(event_type, hit) and names_a_pair(lowers, grammar, clause):
        parties = _last_pair(history, parties, hit) or parties
    if len(parties) < 2:
        return []
    states = {m.actor.side for m in parties}
    if len(states) < 2:
        return []  # an act inside one state (a cabinet meeting, a domestic row) is not in scope
    typed = {}
    role = "participants" if event_type == "Meeting" else "parties"
    if event_type == "Meeting":
        typed["mode"] = fields.meeting_mode(lowers[max(0, hit.start - 6) : hit.end + 6], row.label, grammar)
        typed["status"] = "planned" if is_planned(lowers, hit.start, clause, grammar) else "held"
        if typed["mode"] == "in_person":  # a call has no venue, only the places its callers sat in
            typed["location"] = fields.meeting_location(words, hit.start, hit.end, clause.start, clause.end, grammar)
    elif event_type == "DiplomaticRift":
        # "We, the ministers of A, B and C, condemn ... in Cuba": initiator and target, not two co-signers.
        right = [m for m in parties if m.start > hit.start]
        parties = [parties[0], right[0]] if right and right[0] is not parties[0] else parties[:2]
        typed["act"] = row.label
    elif event_type == "TradeDeal":
        typed["status"] = _deal_status(lowers)
        typed["investment_usd"] = fields.investment_usd(text, grammar)
        rate, previous = fields.tariff_rates(text)
        typed["tariff_rate_pct"], typed["previous_tariff_rate_pct"] = rate, previous
        typed["goods"] = fields.goods(text, grammar)
    elif event_type == "Agreement":
        typed["subject"] = row.label
    order: tuple[str, ...] = ()
    if event_type == "DiplomaticRift":
        # "three Polish diplomats must leave Russia": the diplomats' state is the one expelled
        initiator = parties[-1] if lowers[hit.start] in grammar.undergoer_words else parties[0]
        order = (initiator.actor.side,)
    return [make({role: [m.actor for m in parties]}, typed, parties, order)]


def _measure(hit: Hit, lowers: list[str], text: str, label: str, grammar: Grammar) -> str:
    """What was imposed, in the sentence's words: "100% surtax", "export controls", "asset freeze"."""
    verb_first = hit.row.pattern.split("|", 1)[0].endswith("~")  # "impose~ * sanction+", not "asset freeze+"
    span = lowers[hit.start + verb_first : hit.end] if hit.end - hit.start > 1 else []
    names = [w for w in span if w.isalpha() and w not in grammar.nominal_determiners and w not in _MEASURE_FILLERS]
    noun = " ".join(names[-2:]) if names and names[-1] not in grammar.light_verbs else ""
    percent = next((w for w in span if w.endswith("%") and w[:-1].replace(".", "").isdigit()), None)
    if percent is None and (not noun or noun.split()[-1] in grammar.threat_kinds["tariff"] | _LEVIES):
        rate, _previous = fields.tariff_rates(text)
        percent = f"{rate:g}%" if rate is not None else None
    if percent is not None:
        return f"{percent} {noun.split()[-1] if noun else 'tariff'}"
    return noun or label


def _states_a_threat(hit: Hit, lowers: list[str], clause: Clause, grammar: Grammar) -> bool:
    """ "threatened tariffs", "a threat to cut ties", "warned of retaliation" state a threat; "the threat
    posed by North Korea", "warned about the danger of cyber attacks" describe a danger."""
    word = lowers[hit.start]
    after = lowers[hit.end : min(clause.end, hit.end + _THREAT_SCOPE)]
    costly = any(not kinds.isdisjoint(after) for kinds in grammar.threat_kinds.values())
    if word in ("threat", "threats"):
        infinitive = len(after) > 1 and after[0] == "to" and after[1] not in grammar.nominal_determiners
        made = not grammar.light_verbs.isdisjoint(lowers[max(clause.start, hit.start - _GOVERNING_WINDOW) : hit.start])
        return infinitive or made or (bool(after) and after[0] == "of" and costly)
    if word.startswith("warn") and after and after[0] in ("about", "of", "against"):
        return costly  # "warned of retaliation", not "warned of the danger"
    return True


def _faced(
    hit: Hit, lowers: list[str], mentions: list[Mention], clause: Clause, grammar: Grammar, make: Any
) -> list[Candidate]:
    """ "Canada could face sanctions, the White House warned": the subject is the target, the
    speaker the source; with no speaker named the threat has no known source."""
    before = [m for m in mentions if clause.start <= m.start and m.end <= hit.start and m.via != "pronoun"]
    aside = _aside_before(lowers, hit.start, clause)
    if aside is not None and any(m.end <= aside for m in before):
        # "products from Canada and Mexico, two of the largest exporters to the U.S., would face":
        # the apposition between commas is not the subject
        before = [m for m in before if m.end <= aside]
    if not before:
        return []
    targets = _distinct(coordinated(before, before[-1], lowers, grammar, leftward=True))
    sides = {m.actor.side for m in targets}
    saying = grammar.attribution_verbs | grammar.warning_verbs
    speakers = [
        m
        for m in mentions
        if m.prep is None
        and m.actor.side not in sides
        and not saying.isdisjoint(lowers[m.end : m.end + _SPEAKER_WINDOW])
    ]
    if not speakers:
        return []
    kind = fields.threat_kind(lowers[hit.start :], grammar)
    source = speakers[0]
    return [make({"source": source.actor, "target": t.actor}, {"kind": kind}, [source, t]) for t in targets]


def _coordinated_subjects(
    agent: Mention, mentions: list[Mention], lowers: list[str], grammar: Grammar
) -> list[Mention]:
    """ "The EU, UK, Japan and New Zealand have designated X": every side of a plain coordinated subject."""
    if agent.prep is not None or agent.possessive or agent.modifier:
        return [agent]
    pool = [m for m in mentions if m.end <= agent.end and m.prep is None and not m.possessive]
    return _distinct(coordinated(pool, agent, lowers, grammar, leftward=True))


def _aside_before(lowers: list[str], start: int, clause: Clause) -> int | None:
    """Where an aside between commas that ends right before token `start` opens, if one does."""
    if start - 1 <= clause.start or lowers[start - 1] != ",":
        return None
    for k in range(start - 2, clause.start, -1):
        if lowers[k] == ",":
            return k
    return None


def _target_of_condemned_act(m: Mention, hit: Hit, lowers: list[str], grammar: Grammar) -> bool:
    """ "condemned the strike on Kyiv": Kyiv was struck; the rift is with whoever struck it."""
    if m.start <= hit.end or m.prep not in grammar.assault_target_preps or m.prep == "of":
        return False
    between = lowers[hit.end : m.start]
    return len(between) <= _ACT_TARGET_GAP and not grammar.act_nouns.isdisjoint(between)


def _state_near(mentions: list[Mention], hit: Hit, window: int) -> bool:
    """A state named right before ("Japan's elections") or right after ("elections in Japan")."""
    return any(
        hit.start - window <= m.end <= hit.start or hit.end <= m.start <= hit.end + window
        for m in mentions
        if m.actor.kind == "country"
    )


def _deal_status(lowers: list[str]) -> str:
    if "force" in lowers and ("into" in lowers or "in" in lowers):
        return "in_force"
    if any(w in lowers for w in ("signed", "signing", "sign", "signs")):
        return "signed"
    if any(w in lowers for w in ("proposed", "draft", "proposal", "negotiating")):
        return "proposed"
    return "agreed"


def _election_context(lowers: list[str]) -> str | None:
    for i, w in enumerate(lowers):
        if w in ("election", "elections", "referendum", "primary", "runoff", "nomination", "campaign"):
            return f"{lowers[i - 1]} {w}" if i and lowers[i - 1] not in ("the", "a", "an", "'s") else w
    return None


def _can_wage(actor: Actor, grammar: Grammar) -> bool:
    """States, bodies and armed groups act militarily; persons only as their state's leaders."""
    if actor.kind != "person":
        return True
    return actor.country is not None and actor.title in grammar.military_leader_titles


def _build_military(
    agent: Mention,
    hit: Hit,
    span: tuple[int, int],
    clause: Clause,
    lowers: list[str],
    mentions: list[Mention],
    grammar: Grammar,
    make: Any,
) -> list[Candidate]:
    row = hit.row
    if not _can_wage(agent.actor, grammar):
        return []  # "she flew combat support during the intervention": a biography, not a state act
    target: Actor | None = None
    if row.plover == "ASSAULT":
        patients = find_patients(mentions, span, clause, lowers, grammar, exclude=agent, allow_locative=True)
        aimed = [
            p
            for p in patients
            if (p.prep in grammar.assault_target_preps or (p.prep is None and p.start - hit.end <= 2))
            and "," not in lowers[hit.end : p.start]
            and p.actor.state != agent.actor.country
        ]
        if aimed:
            target = aimed[0].actor
    else:  # "drills around Taiwan", "troops against Russia"; "deployed to Poland" names no target
        aimed = [
            m
            for m in mentions
            if m.start >= hit.end
            and m.start < clause.end
            and m.prep in grammar.mobilize_target_preps
            and m.actor.state != agent.actor.country
        ]
        target = aimed[0].actor if aimed else None
    return [make({"actor": agent.actor, "target": target}, {"action": row.label}, [agent])]


def _named_accord(hit: Hit, words: list[str], lowers: list[str], clause: Clause, grammar: Grammar) -> bool:
    """A capitalised accord in a name ("the Paris Agreement", "the Mutual Defense Treaty") with no
    verb that makes, signs or joins it in its clause."""
    k = hit.start
    if k == 0 or not words[k][:1].isupper() or not words[k - 1][:1].isupper() or words[k - 1] == "The":
        return False
    first = k - 1
    while first > 0 and (words[first - 1][:1].isupper() or words[first - 1] in ("-", "'s")):
        first -= 1
    if first > 0 and lowers[first - 1] == "new":
        return False  # "committed to a new Trans-Atlantic Data Privacy Framework": made now
    return grammar.accord_verbs.isdisjoint(lowers[clause.start : clause.end])


def _formal_accord(event_type: str, hit: Hit) -> bool:
    """A signed or concluded accord ("a memorandum", "a treaty"), not "the two leaders agreed that ..."."""
    return event_type in ("Agreement", "TradeDeal") and hit.row.weight >= _FORMAL_ACCORD


def names_a_pair(lowers: list[str], grammar: Grammar, clause: Clause | None = None) -> bool:
    """ "The two governments also signed", "both sides agreed": the sides named just before."""
    start, end = (clause.start, clause.end) if clause else (0, len(lowers))
    pair_nouns = grammar.pair_nouns
    return any(lowers[k] in ("two", "both") and lowers[k + 1] in pair_nouns for k in range(start, end - 1))


def _last_pair(history: list[Candidate], found: list[Mention], hit: Hit) -> list[Mention]:
    """The two sides of the article's latest two-sided event, when they include what was found here."""
    for earlier in reversed(history[-_ANTECEDENT_LOOKBACK:]):
        sides = earlier.roles.get("participants") or earlier.roles.get("parties")
        if not isinstance(sides, list) or len({a.side for a in sides}) != 2:
            continue
        if any(m.actor.side not in {a.side for a in sides} for m in found):
            return []
        return [Mention(hit.end, hit.end, actor, "title") for actor in sides]
    return []


def _antecedent(
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
    window = lowers[hit.end : min(clause.end, hit.end + 4)]
    if grammar.act_nouns.isdisjoint(window) or not history:
        return []
    own = agent.actor.state if agent else None
    fallback: list[Mention] = []
    for earlier in reversed(history[-_ANTECEDENT_LOOKBACK:]):
        actor = earlier.roles.get("actor") or earlier.roles.get("imposer") or earlier.roles.get("source")
        if not isinstance(actor, Actor) or actor.state == own:
            continue
        target = earlier.roles.get("target")
        if actor.state is None:
            # the latest act was an armed group's, and a rift is between states or bodies
            if not fallback or (struck is not None and isinstance(target, Actor) and target.state == struck):
                return []
            continue
        if struck is None or (isinstance(target, Actor) and target.state == struck):
            return [Mention(hit.end, hit.end, actor, "title")]
        if struck == actor.state:
            continue  # "the strike on Kyiv" was not Ukraine's own
        if target is None or struck is None:  # an act aimed at a third side is another happening
            fallback = fallback or [Mention(hit.end, hit.end, actor, "title")]
    return fallback
