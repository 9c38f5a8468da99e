"""The engine's lexicon: trigger rows and grammar word lists, as classes the compiled build makes native.

They are slotted dataclasses, not pydantic models, because the engine reads them in its innermost
loops: a slot is read several times faster than a model's attribute, and in the compiled build
(GEOEVENTS_COMPILE=1) this module is compiled too, so a read is a field access in C. Pydantic still
validates them from the data files: `geoevents.resources` is their only maker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from pydantic import Field

__all__ = ["Grammar", "TriggerRow"]


@dataclass(frozen=True, slots=True)
class TriggerRow:
    """A trigger lexicon row (data/triggers.jsonl); the engine reads one for every hit."""

    type: str
    pattern: str
    plover: str | None
    cameo: str | None
    weight: Annotated[float, Field(ge=0.0, le=1.0)]
    label: str


@dataclass(frozen=True, slots=True)
class Grammar:
    """Closed-class word lists and cue lists (data/grammar.json), read in the engine's innermost loops."""

    negations: frozenset[str]
    negation_window: int
    conditionals: frozenset[str]
    past_election: frozenset[str]
    future_election: frozenset[str]
    trade_cues: frozenset[str]
    military_context: frozenset[str]
    threat_kinds: dict[str, frozenset[str]]
    subject_pronouns: frozenset[str]
    object_pronouns: frozenset[str]
    possessive_pronouns: frozenset[str]
    first_person_plural: frozenset[str]
    possessive_first_person: frozenset[str]
    question_markers: frozenset[str]
    prepositions: frozenset[str]
    locative_prepositions: frozenset[str]
    clause_breaks: frozenset[str]
    coordinators: frozenset[str]
    passive_aux: frozenset[str]
    group_nouns: frozenset[str]
    group_modifiers: frozenset[str]
    armed_group_nouns: frozenset[str]
    force_nouns: frozenset[str]
    population_qualifiers: frozenset[str]
    attribution_verbs: frozenset[str]
    undergoer_words: frozenset[str]
    warning_verbs: frozenset[str]
    blockers: frozenset[str]
    advocacy_cues: frozenset[str]
    pursuit_words: frozenset[str]
    seeking_words: frozenset[str]
    document_nouns: frozenset[str]
    family_name_first_states: frozenset[str]
    future_cues: frozenset[str]
    phone_cues: frozenset[str]
    virtual_cues: frozenset[str]
    in_person_cues: frozenset[str]
    goods: tuple[str, ...]
    usd_per_unit: dict[str, float]
    scale_words: dict[str, float]
    title_modifiers: frozenset[str]
    determiners: frozenset[str]
    sanction_to_threat: frozenset[str]
    decision_verbs: frozenset[str]
    light_verbs: frozenset[str]
    verbal_followers: frozenset[str]
    sentence_negators: frozenset[str]
    sentence_negator_objects: frozenset[str]
    not_actors: tuple[str, ...]
    sports_cues: frozenset[str]
    sports_threshold: int
    mobilize_target_preps: frozenset[str]
    institution_words: frozenset[str]
    portfolio_words: frozenset[str]
    honorifics: frozenset[str]
    person_titles: frozenset[str]
    placing_participles: frozenset[str]
    victim_nouns: frozenset[str]
    victim_participles: frozenset[str]
    place_qualifiers: frozenset[str]
    role_nouns: frozenset[str]
    prediction_words: frozenset[str]
    provenance_suffixes: frozenset[str]
    act_nouns: frozenset[str]
    hedge_words: frozenset[str]
    nominal_cues: frozenset[str]
    with_only_verbs: frozenset[str]
    assault_target_preps: frozenset[str]
    future_after: frozenset[str]
    partitives: frozenset[str]
    subject_carrying_breaks: frozenset[str]
    topic_preps: frozenset[str]
    topic_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    ship_prefixes: dict[str, str]
    pair_nouns: frozenset[str]
    place_nouns: frozenset[str]
    accord_verbs: frozenset[str]
    irregular_past_verbs: frozenset[str]
    military_ranks: frozenset[str]
    military_services: frozenset[str]
    relation_nouns: frozenset[str]
    nominal_determiners: frozenset[str]
    head_titles: frozenset[str]
    mediation_verbs: frozenset[str]
    accord_backers: frozenset[str]
    request_nouns: frozenset[str]
    intention_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    population_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    courtesy_occasions: frozenset[str]
    military_leader_titles: frozenset[str]
    reversal_words: frozenset[str]
    posture_words: frozenset[str]
    election_qualifiers: frozenset[str]
    force_assets: frozenset[str]
    non_triggers: tuple[str, ...]
