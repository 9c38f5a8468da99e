"""Candidates: one trigger in one sentence, turned into a typed event draft by general rules."""

from __future__ import annotations

from typing import Any, Final

from geoevents.extract import fields
from geoevents.extract.actors import OBJECT_REASONS, Mention
from geoevents.extract.antecedents import (
    answered,
    antecedent,
    last_group,
    last_pair,
    names_a_group,
    names_a_pair,
    pair_met,
    penalised_before,
    target_of_condemned_act,
)
from geoevents.extract.arguments import (
    Clause,
    before_article,
    clause_of,
    coordinated,
    find_agent,
    find_parties,
    find_patients,
    named_as_a_place,
)
from geoevents.extract.candidate import Candidate
from geoevents.extract.cues import (
    THREAT_SCOPE,
    deal_status,
    election_context,
    intends,
    is_denied,
    is_formal_accord,
    is_named_accord,
    is_nominal,
    is_postured,
    is_reversed,
    measure_of,
    states_a_threat,
)
from geoevents.extract.modality import (
    after_relative_aside,
    condition_marks,
    is_blocked,
    is_hedged,
    is_negated,
    is_planned,
    negates,
)
from geoevents.extract.party import Party
from geoevents.extract.text import Sentence
from geoevents.extract.triggers import Hit
from geoevents.extract.wordsets import any_in, any_in_span
from geoevents.lexicon import Grammar, TriggerRow

__all__ = ["ULTIMATUM_CUE", "candidates_for_sentence"]

#: Prepositions before "a NATO summit" that make it the frame of another act, not one its subject joins.
_FRAME_PREPS: Final = frozenset(
    {"during", "at", "after", "before", "since", "following", "amid", "throughout", "in", "on", "of"}
)
#: After a participle, words that show it takes no object ("soldiers killed *during* the raid").
_AFTER_NO_OBJECT: Final = frozenset({"on", "during", "after", "when", "while", "since", "last", "overnight", ".", ";"})
#: Prepositions that also bring a count ("killed *around* 30 people").
_BEFORE_A_COUNT: Final = frozenset({"around", "from"})
#: "Russia has killed": a perfect tense is active.
_PERFECT: Final = frozenset({"have", "has", "had", "having"})
#: How far before a passive trigger its subject may end ("Japan has been strongly backed by").
_PASSIVE_SUBJECT_GAP: Final = 4
_AGENTIVE: Final = {
    "Endorsement": ("endorser", "endorsee"),
    "Threat": ("source", "target"),
    "Sanction": ("imposer", "target"),
}
#: The nouns of the endorsement phrases that a state's name may qualify ("express U.S. support for").
_BACKING_NOUNS: Final = frozenset({"support", "backing", "endorsement", "endorsements"})
#: How close before an accord "economic" makes it a trade deal ("economic partnership agreement");
#: "economic growth" elsewhere in the sentence does not.
_ECONOMIC_REACH: Final = 3
#: Mentions that qualify a noun when they stand right before it ("U.S. support", "EU sanctions").
_QUALIFYING_VIAS: Final = frozenset({"name", "body", "demonym"})
#: Rift verbs one side aims at another: with no side named after them, the sides named before
#: are co-signers ("We, the ministers of A and B, condemn ..."), not two sides of a rift.
_DIRECTED_RIFT_ACTS: Final = frozenset(
    {
        "accused",
        "condemned",
        "criticised",
        "denounced",
        "blamed",
        "rebuked",
        "lambasted",
        "slammed",
        "censured",
        "decried",
        "charged",
        "protested",
        "expressed concern",
    }
)
#: Verbs that make the subject the one backed ("received the endorsement of"), and how far before
#: the noun they reach ("won the strong backing").
_RECEIVING: Final = frozenset(
    {"received", "receives", "receive", "won", "wins", "win", "secured", "secures", "gained", "got", "earned"}
)
_RECEIVING_REACH: Final = 3
#: How far before an endorsement "discussed" makes it a topic ("discussed continuing U.S. support for").
_TOPIC_REACH: Final = 5
#: Punctuation written inside closing quotes, American style ('an "invasion," or').
_QUOTE_PUNCT: Final = frozenset({",", ".", "?", "!", ";"})
#: CAMEO 043, "host a visit": a guest welcomed to the host's capital.
_HOSTED_CAMEO: Final = "043"
#: How a journey names where it goes: "travel to Kenya and Ghana", "a visit in Kenya".
_DESTINATION_PREPS: Final = frozenset({"to", "in"})
#: Plural accords, and how far after a verb like "signed" they may sit ("signed similar arrangements").
_PLURAL_ACCORDS: Final = frozenset(
    {"agreements", "arrangements", "accords", "deals", "pacts", "treaties", "memoranda", "memorandums", "mous"}
)
_ACCORD_OBJECT_REACH: Final = 3
#: Meeting triggers that name a journey: a trip to several states is one visit to each.
_TRAVEL_LABELS: Final = frozenset({"visit", "state visit", "trip", "travelled"})
#: Types an event of which one named side can state alone (or with a side from an earlier sentence).
_ONE_SIDED: Final = {"Election", "MilitaryAction", "Threat", "DiplomaticRift", "Endorsement"}
#: "mediation between Syria and Arafat": the sides themselves.
_MEMBERS_PREPS: Final = frozenset({"between", "among"})
#: The speaker's own words for who met ("we", "I"); a release's "we" is not named as a side of a meeting.
_SPEAKERS: Final = frozenset({"we", "i", "we've", "i've", "we're", "i'm", "we'll", "i'll", "we'd", "i'd"})
#: How actors are named without being named outright: a pronoun, a bare title, a release's or a quote's "we".
_INDIRECT_VIAS: Final = frozenset({"pronoun", "title", "publisher", "speaker"})
#: Pronoun-resolved or title-only actors are less certain than named ones.
_INDIRECT_PENALTY: Final = 0.85
#: Ambiguous military verbs ("attack", "strike", "fighting") need military words nearby, unless at least this sure.
_UNAMBIGUOUS_MILITARY: Final = 0.9
#: An agent's patient sits close to the verb; further away it belongs to another clause.
_MAX_PATIENT_DISTANCE: Final = 8
#: A threat whose target the text does not name is still a threat, but a less useful one.
_NO_TARGET_PENALTY: Final = 0.5
#: An act reported inside a statement ("blamed Israel for the bombing") is secondary to the statement.
_SUBORDINATE_PENALTY: Final = 0.7
#: Roots of acts that govern a complement ("blamed X for the bombing", "agreed to hold drills").
_COMMUNICATIVE: Final = frozenset({"ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
#: A sentence reporting more acts than this is a list or noise; its strongest triggers are enough.
_MAX_HITS: Final = 12
#: "will/would <cost> ... unless <condition>": the modal this close before "unless" makes an ultimatum.
ULTIMATUM_CUE: Final = "unless"
_FUTURE_MODALS: Final = frozenset({"will", "would", "'ll", "shall"})
_ULTIMATUM_SPAN: Final = 15
_ULTIMATUM_WEIGHT: Final = 0.6
_ULTIMATUM_CAMEO: Final = "130"
#: Types whose trigger after "the importance of" is advocated rather than reported.
_ADVOCATED: Final = frozenset({"Agreement", "TradeDeal", "Meeting"})
#: ", the White House warned": how close after a speaker its verb of saying comes.
_SPEAKER_WINDOW: Final = 3
#: The types a publisher's "we" may take part in (read on the corpus: the others were mostly wrong;
#: "we imposed sanctions on Russia" was right about three times in four).
_PUBLISHER_TYPES: Final = frozenset({"Endorsement", "DiplomaticRift", "Sanction"})
#: "added 15 U.S. contractors to its entity list": how close a fronted object sits to its nominal trigger.
_FRONTED_OBJECT_GAP: Final = 4
#: "prevents Afghan soil from being used to threaten": a threat kept from happening, and how far back.
_PREVENTING: Final = frozenset({"prevent", "prevents", "prevented", "preventing"})
_PREVENT_REACH: Final = 8
#: How the first of a rift's coordinated targets may be named: as the object, or "against" it.
_DIRECT_OBJECT_PREPS: Final = frozenset({None, "against"})
#: "banned imports of cotton from China", "a tariff on all goods from Mexico and Canada": goods whose
#: origin after "from" is a sanction's or a threat's target.
_TRADED: Final = frozenset({"imports", "goods", "products", "shipments", "purchases", "imported", "originating"})
_TRADED_REACH: Final = 8
#: How far after the goods word their origin may be named ("imported from China", "goods originating in").
_ORIGIN_GAP: Final = 3
#: How far after "spoke with" a word may put the two in one room ("... with Duda on the margins of").
_IN_PERSON_CUE_REACH: Final = 12
#: CAMEO codes for acts whose mood changes their code.
_THREATEN_WITH_SANCTIONS: Final = "1312"
_MILITARY_POSTURE: Final = "150"
_ECONOMIC_COOPERATION: Final = "061"
#: "warned Washington and Seoul on Monday of overwhelming countermeasures": a threatened measure may sit further.
_THREATENED_ACT_SCOPE: Final = 10
#: How close to an election word the state (or its person) that holds it must be named.
_ELECTION_ACTOR_WINDOW: Final = 10
#: "Ecuador's voters", "Chilean voters": a state's electorate, which names where a vote is held.
_VOTERS: Final = frozenset({"voters", "electorate"})
#: Words saying that the votes were cast, whatever else the sentence expects.
_VOTE_CAST: Final = frozenset({"voted", "turnout"})
_ELECTION_PLACE_PREPS: Final = frozenset({"in", "of", "across", "throughout"})
_ELECTED_ACTOR_WINDOW: Final = 3  # "Macron was just re-elected"; not "the senator, elected in 2008, ..."
#: A plural "elections" names a concrete election only with a state within this many tokens.
_ELECTION_STATE_WINDOW: Final = 3


def _indirect(mentions: list[Mention]) -> bool:
    return any(m.via in _INDIRECT_VIAS for m in mentions)


def _distinct(mentions: list[Mention]) -> list[Mention]:
    """One mention per actor identity, preferring persons (more specific) over their states."""
    by_key: dict[str, Mention] = {}
    for m in mentions:
        key = m.side
        if key not in by_key or (m.actor.kind == "person" and by_key[key].actor.kind != "person"):
            by_key[key] = m
    return list(by_key.values())


def _same_actor(a: Party, b: Party) -> bool:
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
    sides = {m.side for m in mentions}
    if len(sides) < 2 and not (history and (names_a_pair(lowers, grammar) or names_a_group(lowers))):
        # One side only: no act between two parties can be read here, only one-sided ones.
        # ("Trump imposed the 50% tariffs in August": the penalty's target was named before)
        hits = [
            h
            for h in hits
            if h.row.type in _ONE_SIDED
            or (history and h.row.type == "Sanction" and _definite(h, lowers))
            or (history and h.row.type == "Meeting" and _next_round(h, lowers))  # "host the next round"
            or (history and h.row.type == "Meeting" and _they_meet_again(h, lowers))
        ]
        if not hits:
            return out
    # a release's "we" speaks for its government when it condemns or backs another;
    # its meetings, deals, sanctions and forces are named outright when they are news
    named = [m for m in mentions if m.via != "publisher"]
    ultimatum = _ultimatum(sentence, lowers, mentions, grammar)
    if ultimatum is not None:
        out.append(ultimatum)
    # "China retaliated against U.S. tariffs by announcing duties": a retaliation done is no threat;
    # the act it names says what it was
    # ("expelled 12 diplomats in retaliation for ...": the retaliation is the act done)
    hits = [h for h in hits if not (h.row.label == "retaliation" and _retaliation_done(h, lowers))]
    labels = {h.row.label for h in hits}  # one pass: most of what follows applies to few sentences
    if _CALLED_A_LEADER in labels:  # "called Putin": a name right after; not "called for", "called on", "so-called"
        hits = [
            h for h in hits if h.row.label != _CALLED_A_LEADER or (h.end < len(words) and words[h.end][:1].isupper())
        ]
    if _DEADLINE in labels:
        # "gave Moscow 50 days to agree to a ceasefire or face tariffs": a deadline is a threat only with
        # the cost of missing it ("gave the panel ten days to report" is none)
        hits = [h for h in hits if h.row.label != _DEADLINE or _or_else(lowers, h.end)]
    if _INVESTMENT_PLEDGE in labels:
        pledges = [h for h in hits if h.row.label == _INVESTMENT_PLEDGE]
        # "agreed to invest $350 billion in the United States": the pledge is what was agreed
        starts = {p.start for p in pledges}
        hits = [h for h in hits if not (h.row.label == "agreed" and h.end + 1 in starts and lowers[h.end] == "to")]
        if any(
            h.row.type in ("Agreement", "TradeDeal")
            and h.row.label != _INVESTMENT_PLEDGE
            and h.start < pledges[0].start
            for h in hits
        ):
            # "reached an agreement to invest $550bn": the accord is the deal, and carries the sum
            # (but "agreed to invest $350 billion ... under a deal that ...": the pledge states it first)
            hits = [h for h in hits if h.row.label != _INVESTMENT_PLEDGE]
    if _ACCORD_ENDED in labels:  # "suspended a ceasefire deal with Cambodia": the accord named is ended, not made
        ended = [h for h in hits if h.row.label == _ACCORD_ENDED]
        hits = [
            h
            for h in hits
            if h.row.type not in ("Agreement", "TradeDeal") or not any(e.start < h.start <= e.end for e in ended)
        ]
    accord_starts = [h.start for h in hits if h.row.type in ("Agreement", "TradeDeal")]
    if accord_starts and _BARE_TARIFFS in labels:
        # "signed a trade agreement that caps U.S. tariffs on Japanese cars at 15%": the deal's terms
        hits = [h for h in hits if h.row.label != _BARE_TARIFFS or h.start < accord_starts[0]]
    if accord_starts:
        # "concluded negotiations on a free trade agreement": the talks ended in the accord, which is the news
        hits = [h for h in hits if not (h.row.type == "Meeting" and _concluded_on(h, lowers, accord_starts))]
    threat_ends = [h.end for h in hits if h.row.type == "Threat"]
    communicative_ends = [h.end for h in hits if h.row.plover in _COMMUNICATIVE]
    # "imposed visa restrictions ... and has threatened further sanctions if ...": where "and" joins the next act
    joined_acts = [
        h.start - 1 - (lowers[h.start - 1] in _AUXILIARIES)
        for h in hits
        if h.start > 2
        and (lowers[h.start - 1] == "and" or (lowers[h.start - 1] in _AUXILIARIES and lowers[h.start - 2] == "and"))
    ]
    marks: list[int] | None = None  # where conditions start ("if", "in the event of"), found at first need
    cancelling: bool | None = None  # "called off", "was cancelled" in the sentence, found at first need
    for hit in hits:
        if hit.start and words[hit.start - 1] == '"' and _quoted_word(words, hit):
            continue  # 'referring to it as an "invasion"': the word is named, not the act
        clause = clause_of(lowers, hit.start, hit.end, grammar)
        if joined_acts:
            clause = _before_next_act(clause, hit, joined_acts, lowers)
        event_type = hit.row.type
        negated = is_negated(lowers, hit.start, clause, grammar) or is_denied(lowers, hit.start, grammar)
        if negated and not (event_type == "Election" and _postponed(hit, lowers, clause, grammar)):
            continue  # (but "postponed the presidential election": the vote is still to come)
        if event_type == "Meeting" and cancelling is None:
            cancelling = (
                "off" in lowers
                or not _CANCELLED.isdisjoint(lowers)
                or ("not" in lowers and not _UNPLANNED.isdisjoint(lowers))
            )
        if event_type == "Meeting" and cancelling and _called_off(hit, lowers, clause):
            continue  # "The summit between Putin and Trump in Budapest was called off"
        # A threat is often conditional by nature ("threatened to cut ties unless ..."), and so is a sanction
        # held out on a condition that follows it ("ready to impose sanctions in the event of an invasion").
        # (but "analysts said Washington could impose tariffs if ...": a guess on a condition)
        condition = -1
        if event_type != "Threat":
            if marks is None:
                marks = condition_marks(lowers, grammar)
            condition = next((k for k in marks if clause.start <= k < clause.end), -1)
        if (
            condition >= 0
            and not (
                (
                    event_type == "Sanction"
                    and condition > hit.start
                    and not is_hedged(lowers, hit.start, clause, grammar)
                )
                # "signed a mutual defence treaty, committing each to aid the other in the event of an attack":
                # a condition after an accord is one of its terms, not a condition on making it
                or (
                    event_type in ("Agreement", "TradeDeal")
                    and condition > hit.end
                    and "," in lowers[hit.end : condition]
                )
            )
        ):
            continue
        codes: tuple[str | None, str | None] | None = None
        if hit.row.label == _CLASH and hit.end - hit.start == 1 and not _military_context(lowers, grammar):
            # "Lula, who has clashed with Milei repeatedly": with no force in sight, a clash of words
            # (but "exchanged fire", "traded artillery fire" name the shots)
            event_type, codes = "DiplomaticRift", ("ACCUSE", _VERBAL_CLASH)
        if event_type in _REVERSIBLE and is_reversed(lowers, hit.start, grammar):
            continue  # "lifted the blockade", "the withdrawal of invasion forces", "an end to U.S. support"
        if event_type == "Sanction" and (condition >= 0 or intends(lowers, hit.start, clause, grammar)):
            event_type = "Threat"  # "plans to impose sanctions", "could face tariffs": not imposed yet
            codes = ("THREATEN", _THREATEN_WITH_SANCTIONS)
        elif event_type == "MilitaryAction" and hit.row.plover == "ASSAULT" and is_postured(lowers, hit.start, grammar):
            codes = ("MOBILIZE", _MILITARY_POSTURE)  # "prepared to resume shelling": a posture, not an attack
        elif (
            event_type == "Threat" and hit.row.label == "retaliation" and is_hedged(lowers, hit.start, clause, grammar)
        ):
            continue  # "Putin may retaliate against the United States": a guess, not a threat
        elif event_type == "Threat" and any_in_span(_PREVENTING, lowers, max(0, hit.start - _PREVENT_REACH), hit.start):
            continue  # "prevents Afghan soil from being used to threaten the United States": kept from it
        elif event_type == "Threat" and "whether" in lowers[clause.start : hit.start]:
            continue  # "looking to see whether Russia will take action against those responsible": a question
        elif event_type != "Threat":
            setting = event_type == "Election" and _vote_as_setting(hit, lowers)
            if not setting and (
                is_hedged(lowers, hit.start, clause, grammar) or is_blocked(lowers, hit.start, clause, grammar)
            ):
                continue  # (but "voters rejected the proposal in a referendum": the vote was held all the same)
            # "warned of imposing tariffs": the inner act is what is threatened, not an act.
            scope = _THREATENED_ACT_SCOPE if event_type in ("Sanction", "MilitaryAction") else THREAT_SCOPE
            inner = event_type in ("Sanction", "MilitaryAction", "DiplomaticRift")
            if (
                inner
                and any(clause.start <= end <= hit.start <= end + scope for end in threat_ends)
                and not after_relative_aside(lowers, hit.start, clause)
            ):
                continue  # (but "India, whose army chief had warned Pakistan, moved two divisions": done)
        if (
            event_type == "Meeting"
            and hit.start > 1
            and lowers[hit.start - 1] == "of"
            and lowers[hit.start - 2] in _SPANS
        ):
            continue  # "capping nearly a decade of negotiations": the talks' long history, not a meeting
        if event_type != "Threat" and hit.end < len(lowers) and lowers[hit.end] in _MAY_AFTER:
            continue  # "elections could be held only after a ceasefire", "a deal might be reached": may be
        if event_type in _NAMEABLE_ACTS and _named_as(hit, lowers, clause, grammar):
            continue  # "drills that Pyongyang calls a rehearsal for invasion": a label, not an act
        if event_type in _ADVOCATED and (
            any_in_span(grammar.advocacy_cues, lowers, clause.start, hit.start) or _pursued(hit, lowers, grammar)
        ):
            continue  # "underscored the importance of an immediate ceasefire", "efforts to secure a truce": sought
        if event_type in ("Agreement", "TradeDeal") and _topic_of_talks(hit, lowers):
            continue  # "negotiators will meet next week on a bilateral trade agreement": sought, not made
        if event_type in ("Agreement", "TradeDeal") and _held_before(hit, lowers, grammar):
            continue  # "We've had a very bad deal with Mexico": an accord long had, judged, not one made
        if hit.row.label == "agreed" and _agreed_a_view(lowers, hit.end, grammar):
            continue  # "agreed that a settlement would advance growth", "agree on the need to": a shared view
        if event_type in ("Agreement", "TradeDeal") and hit.row.label != _INVESTMENT_PLEDGE:
            # "a comprehensive economic partnership agreement", "the Indo-Pacific Economic Framework"
            economic = "economic" in lowers[max(0, hit.start - _ECONOMIC_REACH) : hit.end]
            # ("The peace agreement signed by Rwanda and Congo commits both to regional trade": no trade deal)
            trade = economic or (any_in(grammar.trade_cues, lowers) and not _names_a_non_trade_accord(lowers))
            event_type = "TradeDeal" if trade else "Agreement"
        # (a sanction only planned is a threat, but still the release's government's: "our plan to impose")
        typed_mentions = mentions if event_type in _PUBLISHER_TYPES or hit.row.type in _PUBLISHER_TYPES else named
        # ("after hosting Samia Suluhu Hassan, where the two leaders signed": this sentence's drafts count)
        earlier = [*history, *out] if history and out else out or history or []
        drafts = _build(event_type, hit, sentence, words, lowers, typed_mentions, clause, grammar, earlier)
        for draft in drafts:
            if codes is not None:
                draft.plover, draft.cameo = codes
            if any(clause.start <= e <= hit.start for e in communicative_ends):
                draft.confidence = round(draft.confidence * _SUBORDINATE_PENALTY, 3)
        out += drafts
    return out


#: Between "and" and the next act it joins ("and has threatened", "and will impose").
_AUXILIARIES: Final = frozenset({"has", "have", "had", "will", "would", "is", "was", "also"})


def _hyphen_paired(m: Mention, mentions: list[Mention], lowers: list[str]) -> bool:
    """ "the Serbia-Kosovo dialogue", "the U.S.-Moldova Strategic Dialogue": one of a hyphenated pair."""
    for o in mentions:
        if o is m:
            continue
        if o.start == m.start or (o.start == m.end + 1 and lowers[m.end] == "-"):
            return True
        if o.end + 1 == m.start and lowers[o.end] == "-":
            return True
    return False


def _held_before(hit: Hit, lowers: list[str], grammar: Grammar) -> bool:
    """ "had a very bad deal with Mexico": the accord is the object of "had" (possessed, not made;
    "had reached a deal" has its participle between, and "we have a deal" announces one)."""
    if lowers[hit.start].endswith("ed"):
        return False  # "had agreed in July on a framework": a past perfect, the accord made
    k = hit.start - 1
    while k > 0 and hit.start - k <= _HELD_REACH and lowers[k].isalpha() and lowers[k] not in grammar.prepositions:
        if lowers[k] == "had":
            return True
        if lowers[k] not in grammar.determiners and lowers[k].endswith(("ed", "en")):
            return False  # a participle: "had reached", "had signed"
        k -= 1
    return False


#: How far before an accord the "had" that possesses it may stand ("had a very bad deal").
_HELD_REACH: Final = 4


def _participle_after_comma(lowers: list[str], lo: int, hi: int) -> bool:
    """ "..., deterring Iran's activities": a comma and a participle open a phrase of its own."""
    return any(lowers[k] == "," and lowers[k + 1].endswith("ing") for k in range(lo, hi - 1))


def _before_next_act(clause: Clause, hit: Hit, joined_acts: list[int], lowers: list[str]) -> Clause:
    """ "extend support for their work, and visit Panama": an act with words of its own after it ends
    where "and" joins the next act; what follows is that act's ("support and visit Panama" share it)."""
    joint = next((k for k in joined_acts if k > hit.end), -1)
    if joint < 0 or joint >= clause.end:
        return clause
    return Clause(clause.start, joint - (lowers[joint - 1] == ","))


def _a_conjunct(m: Mention, lowers: list[str]) -> bool:
    """A mention right after "," or "and": a later member of a list begun before it."""
    k = before_article(m, lowers)
    return k >= 0 and lowers[k] in (",", "and", "or")


def _on_the_margins(hit: Hit, lowers: list[str]) -> bool:
    """ "on the margins of the NATO Summit", "on the sidelines of the G20 summit": where another meeting was."""
    for k in range(hit.start - 1, max(0, hit.start - _MARGIN_REACH) - 1, -1):
        if lowers[k] == "of":
            return k > 0 and lowers[k - 1] in _MARGINS
    return False


#: "the margins of the ... summit": how far back from the meeting noun "of" may be.
_MARGIN_REACH: Final = 5
_MARGINS: Final = frozenset({"margins", "margin", "sidelines", "sideline"})


#: "the people *of* Iran", "refugees *from* Ukraine".
_PEOPLE_OF: Final = frozenset({"of", "from"})


def _population(
    m: Mention, words: list[str], lowers: list[str], grammar: Grammar, *, bare_plurals: bool = True
) -> bool:
    """ "the Belarusian people", "the people of Iran", "Hong Kongers": a state's people, not its government.

    Without `bare_plurals`, a plural demonym alone ("met with the Germans") is taken for the government,
    unless counted or described.
    """
    if m.via == "demonym":
        k = m.end
        if k < len(lowers) and lowers[k] in grammar.population_nouns:
            return True
        # "stand with Hong Kongers", "all Ethiopians": a plural demonym alone names people
        plural = words[m.end - 1].endswith("s") and not (k < len(lowers) and lowers[k] in grammar.group_nouns)
        # (a plural counted or described is people even so: "300,000 Israelis", "newly arrived Afghans")
        before = lowers[m.start - 1] if m.start else ""
        counted = before[:1].isdigit() or before.endswith(("ed", "ing"))
        return plural and (bare_plurals or counted)
    k = before_article(m, lowers)
    if k < 1 or lowers[k] not in _PEOPLE_OF or lowers[k - 1] not in grammar.population_nouns:
        return False  # (and "refugees from Ukraine", "students from Kenya": people who come from it)
    # "the government and people of Ukraine", "the Prime Minister and the people of Japan": "of" names
    # the state of the conjunct before "and" too, which is backed
    j = k - 2 - (k > 2 and lowers[k - 2] == "the")
    return not (j > 0 and lowers[j] == "and")


def _postponed(hit: Hit, lowers: list[str], clause: Clause, grammar: Grammar) -> bool:
    """The only negation before the vote is a postponement ("postponed the presidential election by a week")."""
    window = lowers[max(clause.start, hit.start - grammar.negation_window) : hit.start]
    cues = [w for w in window if negates(w, grammar.negations)]
    return bool(cues) and all(w.startswith("postpone") for w in cues)


def _vote_as_setting(hit: Hit, lowers: list[str]) -> bool:
    """ "in a referendum on Sunday", "at the polls", "in Sunday's election": the vote is where another act
    took place; what that act was (rejected, hoped for) does not undo the vote."""
    return any_in_span(_SETTING_PREPS, lowers, max(0, hit.start - _SETTING_REACH), hit.start)


_SETTING_PREPS: Final = frozenset({"in", "at", "during"})
#: "in Sunday 's national election": how far before the vote its preposition may be.
_SETTING_REACH: Final = 4


def _named_as(hit: Hit, lowers: list[str], clause: Clause, grammar: Grammar) -> bool:
    """A naming verb shortly before the act, whose object came before it ("drills that Pyongyang calls
    a rehearsal for invasion", "what Moscow calls") or that labels "as" ("described as an invasion")."""
    for k in range(hit.start - 1, max(0, hit.start - _NAMING_REACH) - 1, -1):
        if lowers[k] in grammar.naming_verbs:
            return lowers[k + 1] == "as" or any_in_span(_RELATIVE_OBJECTS, lowers, max(0, k - _NAMER_REACH), k)
    return False


#: How far before an act a naming verb labels it ("calls a rehearsal for invasion").
_NAMING_REACH: Final = 5
_RELATIVE_OBJECTS: Final = frozenset({"that", "which", "what"})
#: "which North Korea calls", "that the Kremlin calls": how far before the naming verb its relative pronoun may be.
_NAMER_REACH: Final = 4
#: Acts a text may name without reporting them (a threat, a rift or praise is itself said).
_NAMEABLE_ACTS: Final = frozenset({"MilitaryAction", "Sanction", "Meeting", "Agreement", "TradeDeal"})


def _for_gerund(hit: Hit, lowers: list[str]) -> int:
    """Where "for" opens a gerund that governs the trigger ("for supporting", "for providing material
    support"), or -1."""
    for k in range(hit.start - 1, max(-1, hit.start - _FOR_GERUND_REACH - 1), -1):
        if lowers[k] == "for":
            return k if lowers[k + 1].endswith("ing") else -1
    return -1


#: "for providing material support": how far before the trigger "for" may be.
_FOR_GERUND_REACH: Final = 3


def _pursued(hit: Hit, lowers: list[str], grammar: Grammar) -> bool:
    """ "efforts to secure a ceasefire", "working toward a trade deal": the accord is striven for."""
    lo = max(0, hit.start - _PURSUIT_REACH - 1)
    for k in range(hit.start - 1, lo - 1, -1):
        if lowers[k] in grammar.seeking_words:
            return True  # "will seek a trade deal", "the pursuit of a peace agreement"
        if lowers[k] in _PURSUIT_LINKS and k > lo and lowers[k - 1] in grammar.pursuit_words:
            return True
        if lowers[k] in _TALK_TOPIC_LINKS and k > 0 and lowers[k - 1] in _TALK_NOUNS:
            # "held talks on a free trade agreement" (but "concluded negotiations on" one reached it)
            return not (k > 1 and lowers[k - 2] in _CONCLUDING)
    # "a free trade agreement that officials hope to conclude by the end of the year": hoped for after it
    if hit.end < len(lowers) and lowers[hit.end] in ("that", "which"):
        for k in range(hit.end + 1, min(len(lowers) - 1, hit.end + _PURSUIT_REACH)):
            if lowers[k] in _HOPING and lowers[k + 1] == "to":
                return True
    return False


def _topic_of_talks(hit: Hit, lowers: list[str]) -> bool:
    """ "will meet next week on a trade agreement", "hold talks in the coming weeks on the first tranche
    of a trade deal": an accord that talks a little way back are about (not "concluded talks on")."""
    for k in range(hit.start - 1, max(0, hit.start - _TALK_TOPIC_REACH) - 1, -1):
        if lowers[k] in _TALK_TOPIC_LINKS:
            for j in range(k - 1, max(0, k - _TALK_TOPIC_REACH) - 1, -1):
                if lowers[j] in (",", ";", ":"):
                    return False
                if lowers[j] in _TALK_NOUNS or lowers[j] in _MEETING_VERBS:
                    return not (j > 0 and lowers[j - 1] in _CONCLUDING)
            return False
    return False


#: "an agreement that both sides hope to sign": verbs that, before "to", make the accord one wished for.
_HOPING: Final = frozenset({"hope", "hopes", "hoped", "hoping", "seek", "seeks", "aim", "aims", "want", "wants"})


#: "efforts to secure a lasting ceasefire": how far before the accord the pursuit's link may be.
_PURSUIT_REACH: Final = 5
_PURSUIT_LINKS: Final = frozenset({"to", "toward", "towards", "for", "at"})
#: "talks on a trade deal", "negotiations over a ceasefire": talks about an accord, which they seek.
_TALK_NOUNS: Final = frozenset({"talks", "negotiations", "discussions", "consultations"})
_TALK_TOPIC_LINKS: Final = frozenset({"on", "over", "about", "for", "toward", "towards"})
#: "meet again in the coming weeks on the first tranche of a trade agreement": how far apart the talks,
#: their topic link and the accord may be.
_TALK_TOPIC_REACH: Final = 8
_MEETING_VERBS: Final = frozenset({"meet", "meets", "met", "talk", "negotiate", "negotiating", "negotiated"})


def _statement_owner(hit: Hit, mentions: list[Mention], lowers: list[str]) -> list[Mention]:
    """ "noted Mexico's strong statements in support of Ukraine": whose words or acts are in support."""
    at = hit.start - 1  # "in"
    owner = next((m for m in mentions if m.possessive and at - _OWNED_NOUN_WORDS <= m.end < at), None)
    # only the owner's noun phrase between: "Mexico 's strong statements", no comma or clause
    if owner is None or not all(w.isalpha() or w == "'s" for w in lowers[owner.end : at]):
        return []
    return [owner]


#: "Mexico's strong public statements in support of": how far the possessor may be before "in support".
_OWNED_NOUN_WORDS: Final = 5


def _text_doer(found: list[Mention], hit: Hit, lowers: list[str], grammar: Grammar) -> list[Mention]:
    """ "noted support for the UNGA resolution condemning Russia": the text's author condemns, not the
    one who noted it."""
    k = hit.start - 1
    if k < 1 or lowers[k] not in grammar.document_nouns or not lowers[hit.start].endswith("ing"):
        return found
    author = [m for m in found if m.end == k and m.via in _QUALIFYING_VIAS]
    return author + [m for m in found if m.start >= hit.end] if author else found


def _retaliation_done(hit: Hit, lowers: list[str]) -> bool:
    return lowers[hit.start].endswith("ed") or (hit.start > 0 and lowers[hit.start - 1] == "in")


def _votes(lowers: list[str], k: int) -> bool:
    """ "South Africans voted", "Chileans will vote": a people voting (not "Native American voting rights")."""
    return lowers[k : k + 1] == ["voted"] or lowers[k : k + 2] == ["will", "vote"]


def _recent(history: list[Candidate], sentence: Sentence) -> list[Candidate]:
    """The article's events close enough before this sentence for "the attack" to point back to."""
    since = sentence.start - _ANTECEDENT_CHARS
    return [c for c in history if c.sentence.start >= since]


#: How far back (in characters, a few paragraphs) an anaphoric "the attack", "the decision" may reach.
_ANTECEDENT_CHARS: Final = 2000


def _investment_pledge(
    hit: Hit, text: str, lowers: list[str], mentions: list[Mention], clause: Clause, grammar: Grammar, make: _Drafter
) -> list[Candidate]:
    """ "Japan pledged to invest 10 trillion yen in India": a stated sum one state puts into another
    is a deal between the two (the issue's "invest $550bn"); "invest in education" is none."""
    if not hit.start or lowers[hit.start - 1] not in _COMMITTING:
        return []  # "has invested $20 million in Morocco's pandemic response": spending done, no deal
    # "in India" right after the sum; not "in Morocco's pandemic response" nor "in Indian Country"
    host = next(
        (
            m
            for m in mentions
            if hit.end < m.start <= hit.end + _INVESTMENT_REACH
            and m.prep == "in"
            and m.actor.kind == "country"
            and m.via in ("name", "metonym")
            and not m.possessive
        ),
        None,
    )
    if host is None:
        return []
    usd = fields.investment_usd(text, grammar)
    investor, _passive = find_agent(mentions, (hit.start, hit.end), clause, lowers, grammar)
    if usd is None or investor is None or _passive or investor.side == host.side:
        return []
    rate, previous = fields.tariff_rates(text)  # "... under a deal that lowers U.S. tariffs to 15%"
    typed = {"status": "agreed", "investment_usd": usd, "tariff_rate_pct": rate, "previous_tariff_rate_pct": previous}
    typed["goods"] = fields.goods(text, grammar)
    return [make({"parties": [investor.actor, host.actor]}, typed, [investor, host])]


_INVESTMENT_PLEDGE: Final = "investment pledge"
#: The label of a tariff named with no verb that imposes it.
_BARE_TARIFFS: Final = "tariffs"
#: The label of an accord suspended, scrapped or left ("withdrew from the nuclear deal").
_ACCORD_ENDED: Final = "suspended a treaty"
#: "the treaty with the United States", "the accord between Israel and Hamas": an accord's partners.
_PARTNER_PREPS: Final = frozenset({"with", "between"})
#: "urged Hungarians to vote for Orban": who is voted for is backed, not who is urged.
_VOTE_URGED: Final = "urged a vote for"
#: "a decade of negotiations", "years of talks": spans of time that make talks a history.
_SPANS: Final = frozenset({"years", "decade", "decades", "months", "weeks", "year", "month"})
#: "elections could be held": modals right after a noun trigger that make its act a possibility.
_MAY_AFTER: Final = frozenset({"could", "might", "may"})
#: "the doubling of U.S. tariffs": measures a qualifying state imposes (not "banning Russian imports").
_IMPOSED_NOUNS: Final = frozenset({"tariff", "tariffs", "duties", "sanctions", "levies", "surcharges", "embargo"})
#: Listing labels, and the verbs that put someone on a list.
_LISTINGS: Final = frozenset({"entity list", "listed"})
_PLACING: Final = frozenset({"added", "adds", "adding", "placed", "places", "placing", "put", "puts"})


def _names_a_non_trade_accord(lowers: list[str]) -> bool:
    """ "a peace agreement", "a defence pact": an accord whose own qualifier says it is not about trade."""
    return any(lowers[k] in _NON_TRADE_ACCORDS and lowers[k + 1] in _ACCORD_NOUNS for k in range(len(lowers) - 1))


_ACCORD_NOUNS: Final = frozenset(
    {"agreement", "agreements", "accord", "accords", "treaty", "treaties", "pact", "pacts"}
)
#: "a peace agreement", "a defence pact": accords whose own qualifier says they are not about trade.
_NON_TRADE_ACCORDS: Final = frozenset(
    {"peace", "security", "defence", "defense", "military", "ceasefire", "nuclear", "border", "climate"}
)
#: Acts undone or lessened by a word before them ("lifted the blockade", "settling the border dispute").
_REVERSIBLE: Final = frozenset({"Sanction", "MilitaryAction", "Endorsement", "DiplomaticRift"})
#: "drew criticism from the EU": a rift whose subject is an act, owned by the side criticised.
_DREW: Final = "drew criticism"
#: "spoke to": a call only with a person; one addresses a body, the press or a nation.
_SPOKE_TO: Final = "spoke to"
_CALLED_A_LEADER: Final = "phoned a leader"
#: "The Heads of State and Government signed": how far into the sentence the group's verb may come.
_GROUP_VERB_REACH: Final = 8
#: What may follow the one called when "called" names nobody a name ("called Putin a killer", "called him 'a thug'").
_AFTER_CALLED_PERSON: Final = frozenset(
    {
        "and",
        ",",
        ".",
        "on",
        "to",
        "from",
        "last",
        "this",
        "late",
        "early",
        "after",
        "before",
        "in",
        "at",
        "by",
        "for",
        "about",
        "twice",
        "again",
        "while",
        "shortly",
        "ahead",
        "during",
    }
)


def _called_a_person(hit: Hit, found: list[Mention], words: list[str], lowers: list[str]) -> bool:
    """ "Trump later called Qatar's Emir Sheikh Tamim Al Thani and assured him": a person named right
    after "called" (through "X's"), and no naming after him ("called Putin a war criminal", "called
    Zelenskyy and his government an unacceptable regime")."""
    person = next((m for m in found if m.start == hit.end), None)
    if person is not None and person.actor.kind != "person" and person.possessive:
        person = next((m for m in found if m.start > person.end and m.start <= person.end + 3), None)
    if person is None or person.actor.kind != "person" or person.via == "pronoun":
        return False
    k = person.end
    while k < len(words) and words[k][:1].isupper():
        k += 1  # the rest of a name the mention did not take ("... bin Hamad Al Thani")
    if k >= len(lowers):
        return True
    if lowers[k] == "and":
        # "and assured him": a second verb; "and his government": a second object, then its name
        return k + 1 < len(lowers) and lowers[k + 1] not in _JOINED_OBJECT_STARTS and not words[k + 1][:1].isupper()
    return lowers[k] in _AFTER_CALLED_PERSON


_JOINED_OBJECT_STARTS: Final = frozenset({"his", "her", "their", "its", "the", "a", "an", "other", "several"})


_SPOKEN: Final = frozenset({"spoke with", _SPOKE_TO})
#: "seek a fourth term in the election", "is running in the election": a candidate's verbs.
_CANDIDACY_VERBS: Final = frozenset(
    {
        "seek",
        "seeks",
        "seeking",
        "run",
        "runs",
        "running",
        "ran",
        "contest",
        "contests",
        "contesting",
        "stand",
        "standing",
    }
)
#: CAMEO "accuse", for a clash of words between leaders or states.
_VERBAL_CLASH: Final = "111"
#: The label of a mutual fight ("clashed", "exchanged fire"): its sides are each other's targets.
_CLASH: Final = "clash"
#: "X, whom Britain backed": the pronouns that open a clause whose object is the one before them.
_OBJECT_RELATIVES: Final = frozenset({"who", "whom"})
#: "pledged to invest", "will invest": words right before "invest" that commit to it.
_COMMITTING: Final = frozenset({"to", "will", "would", "'ll", "shall"})
#: "invest 10 trillion yen ($68 billion) in India": how far after "invest" the host state may be named.
_INVESTMENT_REACH: Final = 10


def _concluded_on(hit: Hit, lowers: list[str], accord_starts: list[int]) -> bool:
    """ "concluded talks on a trade deal": talks ended in an accord named right after them."""
    if not hit.start or lowers[hit.start - 1] not in _CONCLUDING:
        return False
    return any(hit.end < k <= hit.end + _ACCORD_AFTER_TALKS and lowers[hit.end] in ("on", "for") for k in accord_starts)


#: Verbs that end talks with their outcome.
_CONCLUDING: Final = frozenset(
    {"concluded", "concludes", "conclude", "completed", "completes", "finalised", "finalized", "wrapped"}
)
#: "concluded negotiations on a comprehensive free trade agreement": how far the accord may follow.
_ACCORD_AFTER_TALKS: Final = 5


def _or_else(lowers: list[str], start: int) -> bool:
    """ "... or face tariffs", "or risk sanctions", "or else": the cost of refusing, after `start`."""
    return any(lowers[k] == "or" and lowers[k + 1] in _ELSE for k in range(start, len(lowers) - 1))


_DEADLINE: Final = "deadline"
_ELSE: Final = frozenset({"face", "risk", "else", "suffer", "bear"})


def _called_off(hit: Hit, lowers: list[str], clause: Clause) -> bool:
    """ "called off the summit", "the visit was cancelled", "talks have been scrapped": no encounter."""
    if lowers[hit.start] in _CALLING and lowers[hit.end : hit.end + 1] == ["off"]:
        return True  # "was called off": not a call
    before = lowers[max(clause.start, hit.start - _CALLED_OFF_REACH) : hit.start]
    if any(before[k] in _CALLING and before[k + 1] == "off" for k in range(len(before) - 1)):
        return True
    after = lowers[hit.end : min(clause.end, hit.end + _CALLED_OFF_REACH * 3)]
    for k in range(len(after) - 1):
        if after[k] in ("was", "were", "been", "be") and (
            after[k + 1] in _CANCELLED or (after[k + 1] in _CALLING and k + 2 < len(after) and after[k + 2] == "off")
        ):
            return True
    if "not" in after:
        words = [w for w in after if w not in ("'", '"')]  # "was 'not on the agenda'"
        for k in range(len(words) - 1):
            if words[k] in _COPULAS and words[k + 1] == "not" and _UNPLANNED.intersection(words[k + 2 : k + 5]):
                return True  # "a meeting between Putin and Zelensky was 'not on the agenda'", "is not planned"
    return False


_COPULAS: Final = frozenset({"was", "were", "is", "are", "been", "be"})
#: "not planned", "not on the agenda": what says an encounter is not to happen.
_UNPLANNED: Final = frozenset({"planned", "scheduled", "expected", "agenda"})


#: "called off", "calling off": the verb before "off" that cancels.
_CALLING: Final = frozenset({"call", "calls", "called", "calling"})
#: "was cancelled", "has been scrapped": participles that undo what was planned.
_CANCELLED: Final = frozenset({"cancelled", "canceled", "scrapped", "shelved", "aborted", "scuttled"})
#: "called off next week's planned summit": how far before a meeting the cancelling verb may be.
_CALLED_OFF_REACH: Final = 4


def _unnamed_government_object(hit: Hit, lowers: list[str]) -> bool:
    """ "criticised the government for ...": a government named by no state is the speaker's own."""
    after = lowers[hit.end : hit.end + 3]
    return len(after) > 1 and after[0] == "the" and after[1] in _GOVERNMENT_NOUNS and after[2:3] != ["of"]


#: Nouns for a government or its parts, which with no state named are the speaker's own.
_GOVERNMENT_NOUNS: Final = frozenset({"government", "administration", "cabinet", "ruling", "coalition", "opposition"})


def _they_meet_again(hit: Hit, lowers: list[str]) -> bool:
    """ "They looked forward to meeting again at the Summit": the two just named, meeting each other
    (not "They will also meet with families": others met)."""
    return (
        (lowers[0] == "they" or (lowers[0] == "the" and lowers[1:2] == ["two"]))  # "The two officials agreed to meet"
        and hit.start > 0
        and lowers[hit.start - 1] == "to"
        and "with" not in lowers[hit.end : hit.end + 2]
    )


def _next_round(hit: Hit, lowers: list[str]) -> bool:
    """ "host the next round of the dialogue", "another round of talks": a meeting that continues one."""
    lo, hi = max(0, hit.start - _ROUND_REACH), min(len(lowers), hit.end + _ROUND_REACH)
    return any(lowers[k] in _SEQUELS and lowers[k + 1] in _ROUNDS for k in range(lo, hi - 1))


#: "the next round", "another session": words that make an encounter a sequel, and its nouns.
_SEQUELS: Final = frozenset({"next", "another", "second", "third", "fourth", "fifth", "new", "further"})
_ROUNDS: Final = frozenset({"round", "session", "sessions", "rounds"})
#: "will host the next round of the dialogue": how far from the meeting's trigger the sequel may be.
_ROUND_REACH: Final = 4


def _military_context(lowers: list[str], grammar: Grammar) -> bool:
    """Words of war in the sentence; a "task force" or a "labor force" is none."""
    if not any_in(grammar.military_context, lowers):
        return False
    if "force" not in lowers:
        return True  # the common case
    return any(
        w in grammar.military_context and not (w == "force" and k and lowers[k - 1] in _CIVIL_FORCES)
        for k, w in enumerate(lowers)
    )


#: "the Task Force ... to mobilize": forces that fight no one.
_CIVIL_FORCES: Final = frozenset({"task", "labor", "labour", "work", "police", "sales", "driving"})


def _definite(hit: Hit, lowers: list[str]) -> bool:
    """ "imposed the 50% tariffs", "the new duties": a penalty named as one the reader knows."""
    if hit.end - hit.start > 1:  # "imposed the 50% tariffs": inside the trigger, after its verb
        return "the" in lowers[hit.start + 1 : hit.end]
    return "the" in lowers[max(0, hit.start - _DEFINITE_REACH) : hit.start]


#: "the 50 % tariffs": how far before a bare penalty noun its article may stand.
_DEFINITE_REACH: Final = 3


def _acts_of(m: Mention, hit: Hit, lowers: list[str], grammar: Grammar) -> bool:
    """A side named, close after a concern, as the owner or doer of what it is about ("the PRC's
    military presence", "steps taken by Iran", "Chinese military activity", "an unsafe intercept by a
    Chinese fighter jet")."""
    gap = m.start - hit.end
    if gap <= _CONCERN_REACH and (m.possessive or m.prep == "by"):
        return True
    if m.via != "demonym" or m.end >= len(lowers):
        return False
    noun = lowers[m.end]
    if noun in grammar.population_nouns or noun in grammar.victim_nouns:
        return False  # "concern over Ukrainian refugees": for the people, not at their state
    by = "by" in lowers[max(hit.end, m.start - 2) : m.start]
    own_prep = m.start == hit.end and m.prep == lowers[hit.end - 1]  # "concern over Chinese activity"
    return gap <= _CONCERN_REACH + 2 * by and (by or own_prep or m.prep is None)


#: "concerns about both this incident and the PRC's": how far after a concern its object's owner may be.
_CONCERN_REACH: Final = 4


def _asked_before(lowers: list[str], lo: int, hi: int, grammar: Grammar) -> bool:
    """A request verb between an act and a later mention ("and urged", "and called on"): the one asked."""
    window = lowers[lo:hi]
    if not any_in(grammar.blockers, window) and not any_in(_REQUESTING, window):
        return False  # the common case, decided in two set tests
    return any(
        lowers[k] in grammar.blockers or (lowers[k] in _REQUESTING and lowers[k + 1] in ("on", "upon"))
        for k in range(lo, hi - 1)
    )


_REQUESTING: Final = frozenset({"call", "calls", "called", "calling"})


def _charge_start(hit: Hit, lowers: list[str], mentions: list[Mention]) -> int:
    """Where an accusation's charge begins: the "of" right after the verb ("was accused of") or right
    after the one accused ("accused Russia of"); a state named in the charge is not accused."""
    ends = {m.end for m in mentions}
    for k in range(hit.end, len(lowers)):
        if lowers[k] == "of" and (k == hit.end or k in ends):
            return k
    return len(lowers)


def _list_owner(hit: Hit, mentions: list[Mention], lowers: list[str]) -> Mention | None:
    """ "were placed on the UN sanctions list": the state or body whose list it is put them there."""
    to = next((k for k in range(hit.start, hit.end) if lowers[k] in _LIST_PREPS), hit.end)
    return next((m for m in mentions if to < m.start and m.end < hit.end and m.via in _QUALIFYING_VIAS), None)


_LIST_PREPS: Final = frozenset({"to", "on", "onto"})
#: Threats of an answer, whose target with none named is whoever the answer is to.
_RETALIATIONS: Final = frozenset({"vowed retaliation", "retaliation", "would respond"})
#: "said Russia would respond": an answer threatened only to an act the article names.
_ANSWER: Final = "would respond"
#: "will respond to any aggression", "would retaliate against": the prepositions of what is answered.
_ANSWERED_PREPS: Final = frozenset({"to", "against"})
#: Pronouns that name a speaker only when a release's publisher stands behind them.
_PERSONAL_PRONOUNS: Final = frozenset({"we", "i", "you", "they"})


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
    side = agent.side
    others = [m for m in mentions if m.start > u and m.side != side and m.via != "pronoun"]
    others = others or [m for m in mentions if modal < m.start < u and m.side != side and m.via != "pronoun"]
    if not others:
        return None
    target = others[0]
    kind = fields.threat_kind(lowers[modal:u], grammar)
    confidence = _ULTIMATUM_WEIGHT * (_INDIRECT_PENALTY if _indirect([agent, target]) else 1.0)
    roles = {"source": agent.actor, "target": target.actor}
    return Candidate("Threat", roles, {"kind": kind}, sentence, round(confidence, 3), "THREATEN", _ULTIMATUM_CAMEO)


class _Drafter:
    """Makes the drafts of one trigger: its type, its lexicon row's codes and weight, its sentence."""

    def __init__(self, event_type: str, row: TriggerRow, sentence: Sentence) -> None:
        self.event_type = event_type
        self.row = row
        self.sentence = sentence

    def __call__(
        self, roles: dict[str, Any], typed: dict[str, Any], used: list[Mention], order: tuple[str, ...] = ()
    ) -> Candidate:
        row = self.row
        confidence = row.weight * (_INDIRECT_PENALTY if _indirect(used) else 1.0)
        plover, cameo = row.plover, row.cameo
        if self.event_type == "TradeDeal" and typed.get("status") == "in_force":
            plover, cameo = "COOPERATE", _ECONOMIC_COOPERATION  # a deal already in force is cooperation
        return Candidate(
            self.event_type, roles, typed, self.sentence, round(min(confidence, 0.99), 3), plover, cameo, order
        )


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
    make = _Drafter(event_type, row, sentence)

    if (
        row.label == _ANSWER
        and hit.start
        and lowers[hit.start - 1] in _PERSONAL_PRONOUNS
        and not any(m.end == hit.start for m in mentions)
    ):
        return []  # "for the ROK and Japan, we will respond": a speaker the engine cannot name here
    if row.label == _INVESTMENT_PLEDGE:
        return _investment_pledge(hit, text, lowers, mentions, clause, grammar, make)
    if event_type in ("Agreement", "TradeDeal") and is_named_accord(hit, words, lowers, clause, grammar, mentions):
        return []  # "protecting the gains of the Good Friday Agreement": an accord named, not one made
    if event_type == "Threat" and any_in_span(grammar.undergoer_words, lowers, hit.start, hit.end):
        return _faced(hit, lowers, mentions, clause, grammar, make)
    if event_type == "Threat" and not states_a_threat(hit, lowers, clause, grammar, mentions):
        return []
    if row.label == _HELD_BACKING:
        return _held_backing(hit, lowers, mentions, grammar, make)
    if event_type in _AGENTIVE:
        agent_role, patient_role = _AGENTIVE[event_type]
        if (
            event_type == "Endorsement"
            and hit.row.label == "congratulated"
            and any_in_span(grammar.courtesy_occasions, lowers, hit.end, len(lowers))
        ):
            return []  # "I congratulate the people of Estonia as you celebrate your independence": a courtesy
        # "to express U.S. support for ...": a name inside the trigger, before its noun, is who gives it
        inner: list[Mention] = []
        if event_type == "Endorsement" and hit.end - hit.start > 1:
            noun = next((k for k in range(hit.end - 1, hit.start, -1) if lowers[k] in _BACKING_NOUNS), -1)
            inner = [m for m in mentions if hit.start < m.start and m.end == noun and m.via in _QUALIFYING_VIAS]
        if event_type == "Sanction" and hit.end - hit.start > 2 and lowers[hit.end - 1] in _IMPOSED_NOUNS:
            # "the doubling of U.S. tariffs on Indian goods": the state qualifying the measure imposes it
            inner = [m for m in mentions if hit.start < m.start and m.end == hit.end - 1 and m.via in _QUALIFYING_VIAS]
        if event_type == "Endorsement" and hit.start and lowers[hit.start - 1] == "in":
            inner = _statement_owner(hit, mentions, lowers)  # "Mexico's strong statements in support of Ukraine"
        charge = _for_gerund(hit, lowers) if event_type == "Endorsement" and not inner else -1
        if charge >= 0:
            # "designated a fundraiser for providing material support to HTS", "thanked Japan for supporting
            # Ukraine": the one it is for gives the backing, not the sentence's subject
            inner = [m for m in mentions if m.end == charge and not m.possessive][-1:]
            if not inner:
                return []
        agent, _passive = (
            (inner[0], False)
            if inner
            else find_agent(mentions, span, clause, lowers, grammar, nominal=is_nominal(hit, lowers, grammar, mentions))
        )
        if agent is None and _passive and hit.row.label == "listed":
            agent = _list_owner(hit, mentions, lowers)  # "were added to the U.S. Entity List"
        if agent is None:
            return []
        if agent.start > 1 and lowers[agent.start - 1] in _OBJECT_RELATIVES and hit.start - agent.end <= 2:
            # "the previous President, who Representative McCarthy supported strongly, gave Putin a pass":
            # what is backed is the one before "who", not a side named after the clause
            before = next((m for m in mentions if m.end == agent.start - 2 and lowers[m.end] == ","), None)
            if before is None:
                return []
            roles = {agent_role: agent.actor, patient_role: before.actor}
            typed_name, typed_value = _agentive_field(event_type, hit, lowers, text, grammar)
            return [make(roles, {typed_name: typed_value}, [agent, before])]
        if event_type == "Endorsement" and _discussed(hit, lowers, clause):
            return []  # "discussing European support for Ukraine": a topic talked about, not backing given
        if event_type == "Endorsement" and _received(hit, lowers, clause):
            # "Lula received the endorsement of Chilean President Boric": the subject is backed
            giver = next((m for m in mentions if hit.end <= m.start <= hit.end + 2 and m.prep in ("of", "from")), None)
            if giver is None or _same_actor(giver.actor, agent.actor):
                return []
            roles = {agent_role: giver.actor, patient_role: agent.actor}
            typed_name, typed_value = _agentive_field(event_type, hit, lowers, text, grammar)
            return [make(roles, {typed_name: typed_value}, [giver, agent])]
        # A threat or a sanction is aimed at another side: "warned that Tehran would respond to any Israeli attack".
        other_side = agent.actor.state if event_type in ("Threat", "Sanction") else None
        traded = (
            next((k for k in range(hit.start, min(clause.end, hit.end + _TRADED_REACH)) if lowers[k] in _TRADED), -1)
            if event_type in ("Sanction", "Threat")
            else -1
        )
        patients = find_patients(
            mentions,
            (hit.end - 1, hit.end) if row.label == _VOTE_URGED else span,  # not "Hungarians", who are urged
            clause,
            lowers,
            grammar,
            exclude=agent,
            exclude_side=other_side,
            # ("tariffs of up to 38% on electric vehicles imported from China": the origin just after the goods)
            max_distance=max(_MAX_PATIENT_DISTANCE, traded - hit.end + _ORIGIN_GAP),
            direct_only=event_type == "Endorsement",
            possessive_ok=event_type != "Threat",  # "threatens Yemen's peace": a thing, not Yemen
            # "support from the U.S." gives, but "banned imports of cotton from China" names the target
            allow_from=traded >= 0,
            goods_named=traded >= 0,
        )
        if event_type == "Endorsement":
            # (and "Belarus ... for supporting a further invasion of Ukraine" backs the invasion, not Ukraine)
            patients = [
                p
                for p in patients
                if not _population(p, words, lowers, grammar) and not target_of_condemned_act(p, hit, lowers, grammar)
            ]
            # "supports the Serbia-Kosovo dialogue": a pair qualifying a noun is no one backed
            patients = [p for p in patients if not _hyphen_paired(p, mentions, lowers)]
            cause = lowers[hit.end - 1] == "for"
            if patients and cause and _participle_after_comma(lowers, hit.end, patients[0].start):
                patients = []  # "support for a two-state solution, deterring Iran's ...": a cause is backed
        if event_type == "Sanction" and row.label in _LISTINGS:
            # "added 12 American defence firms to its unreliable entity list over arms sales to Taiwan": the listed
            placed = [
                m
                for m in mentions
                if agent.end <= m.start
                and m.end <= hit.start
                and any_in_span(_PLACING, lowers, agent.end, m.start)
                and m.actor.state != agent.actor.state
            ]
            patients = placed[:1] or patients
        if not patients and event_type in ("Sanction", "Endorsement") and lowers[hit.start - 1 : hit.start] != ["to"]:
            # "added 15 U.S. contractors to its entity list": the object sits before a nominal trigger
            # (but not before an infinitive: "with our Haitian partners to support the Haitian people",
            # nor a subject before its verb: "action to punish Russia for its invasion of Ukraine has had
            # strong bipartisan support")
            patients = [
                m
                for m in mentions
                if agent.end <= m.start
                and hit.start - _FRONTED_OBJECT_GAP <= m.end <= hit.start
                and "," not in lowers[m.end : hit.start]
                and not any_in_span(_AUXILIARIES, lowers, m.end, hit.start)
                and m is not agent
                and not m.possessive
            ][:1]
            if patients and patients[0].actor.state == other_side:
                patients = []
        if event_type == "Threat" and not patients:
            # "warned that it would hit U.S. goods unless Washington ...": the target is in the complement.
            semicolon = next((k for k in range(hit.end, len(lowers)) if lowers[k] == ";"), len(lowers))
            rest = Clause(clause.start, semicolon)  # not past a ";" into the next item of a list
            # ("would strike decision-making centres in Kyiv": a place force is aimed at is the target)
            forceful = any_in_span(grammar.threat_kinds.get("military", frozenset()), lowers, hit.end, semicolon)
            patients = find_patients(
                mentions, span, rest, lowers, grammar, exclude=agent, exclude_side=other_side, allow_locative=forceful
            )
        if _passive:
            # "Japan has been strongly backed by ...", "UN-led diplomacy backed by ...": the subject sits
            # close before; "European allies threatened by Russia" names no state acted upon
            # ("His rival, Senator Maria Fernanda Cabal, has been endorsed by": the subject before its comma)
            appositive = clause.start > 0 and lowers[clause.start - 1] == ","
            subject = [
                m
                for m in mentions
                if (clause.start <= m.start or appositive)
                and hit.start - _PASSIVE_SUBJECT_GAP <= m.end <= hit.start
                and m.prep is None
            ]
            patients = subject[-1:] if subject else []
            if not patients:
                return []  # "its right to exist threatened by Russia": a thing is endangered, no actor is targeted
        if row.label == _ANSWER:
            # "would respond to any further Russian aggression", not "if Americans were targeted in Ukraine"
            patients = [p for p in patients if p.prep in _ANSWERED_PREPS]
        if event_type == "Threat" and not patients and row.label in _RETALIATIONS:
            # "Poland closed the consulate ... Russia promised a tough response": the one answered
            patients = answered(_recent(history, sentence), agent.actor, hit)
            if not patients and row.label == _ANSWER:
                return []  # "the ministry will respond to the letter": no act answered
        if not patients and event_type == "Sanction" and _definite(hit, lowers):
            patients = penalised_before(_recent(history, sentence), agent.actor, hit)
        if not patients and event_type != "Threat":
            return []  # a threat may have no named target; an endorsement or a sanction has one
        typed_name, typed_value = _agentive_field(event_type, hit, lowers, text, grammar)
        out = []
        if event_type == "Threat" and not [p for p in patients if not _same_actor(agent.actor, p.actor)]:
            if lowers[hit.end : hit.end + 1] != ["that"] and any(
                hit.end <= m.start <= hit.end + 1 and m.side == agent.side for m in mentions if m is not agent
            ):
                return []  # "the Assad regime threatened Syrians": its own people (not "warned that Moscow would")
            draft = make({agent_role: agent.actor, patient_role: None}, {typed_name: typed_value}, [agent])
            draft.confidence = round(draft.confidence * _NO_TARGET_PENALTY, 3)
            return [draft]
        for doer in _coordinated_subjects(agent, mentions, lowers, grammar) if not _passive else [agent]:
            for patient in patients:
                if _same_actor(doer.actor, patient.actor) or patient.side == doer.side != agent.side:
                    continue
                same_side = doer.actor.state == patient.actor.state
                if event_type == "Sanction" and same_side:
                    continue  # sanctions are imposed on another state, its entities or officials
                if event_type == "Threat" and same_side and patient.actor.kind == "country":
                    continue  # a government does not threaten its own state
                if event_type == "Endorsement" and (
                    _welcomed_to_a_place(hit, patient, words, lowers)
                    or (_passive and _welcomed_in_passive(hit, patient, words, lowers))
                ):
                    out.append(_hosted(doer, patient, hit, sentence, words, lowers, clause, grammar))
                    continue
                if event_type == "Endorsement" and _welcomed_as_a_member(hit, patient, words, lowers):
                    continue  # "welcomed Secretary General Cormann of Australia to the organization": a greeting
                roles = {agent_role: doer.actor, patient_role: patient.actor}
                out.append(make(roles, {typed_name: typed_value}, [doer, patient]))
        return out

    if event_type == "MilitaryAction":
        if (
            base < _UNAMBIGUOUS_MILITARY
            and not _military_context(lowers, grammar)
            and grammar.ship_prefixes.keys().isdisjoint(words)  # "HMS Spey transited the strait"
        ):
            return []
        agent, by_phrase = find_agent(
            mentions, span, clause, lowers, grammar, nominal=is_nominal(hit, lowers, grammar, mentions)
        )
        if agent is None or (not by_phrase and _names_the_hit(hit, lowers, grammar)):
            return []
        # "South Korean and U.S. forces began their exercise": one act per force.
        agents = coordinated([m for m in mentions if m.end <= agent.end], agent, lowers, grammar, leftward=True)
        # "the joint Russian-Belarusian exercises": one token naming two forces
        agents += [m for m in mentions if m.start == agent.start and m.end == agent.end and m.side != agent.side]
        if len(agents) > 1:
            drafts = [
                d
                for a in _distinct(agents)
                for d in _build_military(a, hit, span, clause, lowers, mentions, grammar, make)
            ]
            # "Ukraine and Russia's invasion of Ukraine": the side acted upon is no doer of the act
            struck_sides = {d.roles["target"].side for d in drafts if d.roles["target"] is not None}
            drafts = [d for d in drafts if d.roles["actor"].side not in struck_sides]
            if hit.row.label == _CLASH and len(drafts) == 2 and all(d.roles["target"] is None for d in drafts):
                # "Pakistani and Afghan forces exchanged heavy fire": each side fired at the other
                one, other = drafts
                one.roles["target"], other.roles["target"] = other.roles["actor"], one.roles["actor"]
            return drafts
        return _build_military(agent, hit, span, clause, lowers, mentions, grammar, make)

    if event_type == "Election":
        qualified = hit.start - _qualifiers_before(lowers, hit.start, grammar.election_qualifiers)
        if lowers[max(0, qualified - 3) : qualified] == ["the", "country", "'s"]:
            # "endorsed Argentine President Milei ahead of the country's midterm elections": the state named last
            last = [m for m in mentions if m.end <= qualified - 3 and m.actor.country and m.via not in _INDIRECT_VIAS]
            if last:
                return [make({"country": last[-1].actor.country}, {"status": _election_status(lowers, grammar)}, [])]
        if lowers[hit.start] == "elections" and not _state_near(
            mentions, hit, _ELECTION_STATE_WINDOW + hit.start - qualified
        ):
            return []
        # "the August 9 election in Kenya", "Macron was re-elected": a state or its person close by;
        # a country named far off ("... since his election to Congress") is not where the vote is
        elected = hit.row.pattern.startswith("elected")  # "newly elected Pakistani Prime Minister"
        window = _ELECTED_ACTOR_WINDOW if elected else _ELECTION_ACTOR_WINDOW
        near = [
            m
            for m in mentions
            if m.actor.country
            and m.via not in _INDIRECT_VIAS
            and min(abs(m.start - hit.end), abs(hit.start - m.end)) <= window
            and (m.end <= hit.start or elected or m.prep in _ELECTION_PLACE_PREPS)  # "elections in Venezuela"
            # "Russia-installed leaders will hold sham referendums": the state is their sponsor, not the voters'
            and lowers[m.start].rpartition("-")[2] not in grammar.provenance_suffixes
        ]
        if not near:
            # "Ecuador's voters rejected ... in a referendum": the electorate names the state, however far off
            # and "South Africans voted on Wednesday in what is expected to be ... election": its people vote
            near = [
                m
                for m in mentions
                if m.actor.country
                and (any_in_span(_VOTERS, lowers, m.end, m.end + 2) or (m.via == "demonym" and _votes(lowers, m.end)))
            ]
        if not near and not elected:
            # "Lula, who is expected to seek a fourth term in the October election": a candidate's own vote
            near = [
                m
                for m in mentions
                if m.actor.kind == "person"
                and m.actor.country
                and m.end <= hit.start
                and any_in_span(_CANDIDACY_VERBS, lowers, m.end, hit.start)
            ][-1:]
        # "believes elections should happen in Haiti": the place after "in" is where the vote is
        nearest = sorted(
            near,
            key=lambda m: (
                not (m.start >= hit.end and m.prep in _ELECTION_PLACE_PREPS and m.prep != "of"),
                min(abs(m.start - hit.end), abs(hit.start - m.end)),
            ),
        )
        country = nearest[0].actor.country if nearest else None
        # "congratulated him on his election": the one congratulated, whose election it is
        owner = next((m for m in mentions if m.end == hit.start - 2 and lowers[m.end] in OBJECT_REASONS), None)
        if owner is not None and any(m.actor is owner.actor for m in mentions if m.end == hit.start):
            country = owner.actor.country or country
        if country is None:
            return []
        return [make({"country": country}, {"status": _election_status(lowers, grammar)}, [])]

    if (
        event_type == "Meeting"
        and row.label == "received"
        and any_in_span(_BACKING_NOUNS, lowers, hit.end, hit.end + _RECEIVING_REACH)
    ):
        return []  # "received the endorsement of": backing, not a visitor (the endorsement reads it)
    if event_type == "Meeting" and _on_the_margins(hit, lowers):
        return []  # "met Levits on the margins of the NATO Summit in Brussels": the setting of another meeting
    # Symmetric acts between two or more sides.
    found = find_parties(
        mentions,
        span,
        clause,
        lowers,
        grammar,
        possessive_ok=event_type == "DiplomaticRift",
        nominal=is_nominal(hit, lowers, grammar, mentions),
        allow_locative=event_type == "Meeting",  # "visited Japan"; not "a ceasefire in Lebanon"
        venues_are_sides=event_type != "DiplomaticRift",  # "condemned the killings in Burkina Faso"
        skip_topics=event_type != "DiplomaticRift",
    )
    asked: list[Mention] = []
    if event_type == "DiplomaticRift" and row.label == "expressed concern":
        # "shared concerns about Russia's efforts", "about steps taken by Iran": concern at a side's own
        # acts; not "concerns about the Nord Stream 2 pipeline", "concern over tension between A and B"
        aimed = [m for m in found if m.start >= hit.end and _acts_of(m, hit, lowers, grammar)]
        if not aimed:
            return []
        found = [m for m in found if m.end <= hit.start] + aimed[:1]
    if event_type == "DiplomaticRift":
        found = _text_doer(found, hit, lowers, grammar)
        # "condemned the strikes and called on the United States and France to intervene": asked, not
        # condemned, when an earlier act is what is condemned (but "condemn the arrests and call on the
        # government of Cuba to ...": with no earlier act, the one asked is the one condemned)
        asked = [m for m in found if m.start >= hit.end and _asked_before(lowers, hit.end, m.start, grammar)]
        found = [m for m in found if m not in asked]
    if event_type in ("Agreement", "TradeDeal"):
        if _brokered(hit, lowers, clause, grammar):
            # "Egypt helped broker the truce between A and B", "the EU and the US welcome the ceasefire"
            found = [m for m in found if m.start > hit.start]
        # "a durable peace agreement in Yemen": where the accord is to hold, not a party to it
        found = [m for m in found if not (m.prep == "in" and hit.end < m.start <= hit.end + 2)]
        found = _without_witnesses(found, hit, lowers, grammar)
    # Sides are states or bodies: skip "her phone" and persons whose state the text never gave.
    # "rejected an Indian proposal": in a rift the other side may be named only by the thing it proposed.
    # "Biden will join a NATO summit": a body qualifying the meeting takes part, beside a subject that
    # is a state or a person ("the G7, the NATO summit" names two meetings, not one between bodies)
    if event_type == "Meeting":
        # "the NATO Summit in Brussels", "met officials in Brussels": a body's seat named as the venue
        found = [
            m for m in found if not (m.via == "metonym" and m.actor.kind == "organization" and m.prep in ("in", "at"))
        ]
    if event_type == "Meeting" and any(m.actor.code is not None and hit.start - 2 <= m.end <= hit.start for m in found):
        # "the NATO Summit in Madrid": a body's gathering is held in a capital, not with its state
        found = [m for m in found if not (m.start >= hit.end and m.prep in ("in", "at") and m.via == "metonym")]
    qualifier = next(
        (m for m in found if m.modifier and m.actor.code is not None and hit.start - 2 <= m.end <= hit.start),
        None,
    )
    if qualifier is not None and (
        qualifier.prep in _FRAME_PREPS  # "rioting during a G8 summit": the summit frames another act
        or not any(
            m.prep is None and not m.modifier and m.actor.code is None and m.start < qualifier.start for m in found
        )
    ):
        qualifier = None
    # "Director Inglis met with officials from Israel, the Netherlands, and the United Kingdom": a subject
    # of no known state still met the others; they did not meet one another
    stateless_subject = any(
        hit.start - 2 <= m.end <= hit.start and m.actor.kind == "person" and m.actor.state is None for m in found
    )
    # and so did "we" or "I" ("We've come from several days of meetings with NATO, the European Union")
    stateless_subject = stateless_subject or any_in_span(_SPEAKERS, lowers, clause.start, hit.start)
    found = [
        m
        for m in found
        # "her phone" is no side, but "reiterated his condemnation of": the act's own possessor is its doer
        if not (m.via == "pronoun" and m.possessive and not (hit.start - 2 <= m.end <= hit.start))
        # "rejected an Indian proposal", "vetoed a UN resolution": whoever put forward what is rejected
        # is the other side; in "denounced ... a breach of UN resolutions" the body only wrote them
        and (
            not m.modifier
            or (
                event_type == "DiplomaticRift"
                and m.start > hit.start
                and (m.actor.code is None or row.plover == "REJECT")
            )
            or m is qualifier
        )
        and (m.actor.country or m.actor.code)
    ]
    struck = None
    if event_type == "DiplomaticRift":
        # "condemn the deaths of Ukrainian children": the victims' state is no side of the rift
        found = [
            m
            for m in found
            if not (m.via == "demonym" and m.end < len(lowers) and lowers[m.end] in grammar.victim_nouns)
        ]
        if row.label == "accused":  # "firms it accused of supplying drones to Russia": Russia is in the charge
            charge = _charge_start(hit, lowers, found)
            # but "accused of war crimes by the Government of Ukraine" names the accuser after it
            found = [m for m in found if m.start < charge or "by" in lowers[charge : m.start]]
        acted_on = [m for m in found if target_of_condemned_act(m, hit, lowers, grammar)]
        struck = acted_on[0].actor.state if acted_on else None
        found = [m for m in found if m not in acted_on]
    if event_type == "Meeting":
        found = _without_fronted_venue(found, hit, lowers)
        if row.label == _CALLED_A_LEADER and not _called_a_person(hit, found, words, lowers):
            return []  # "called Qatar's Emir and assured him", not "called for talks", "called it a provocation"
        if row.label == _SPOKE_TO:  # "spoke to Crown Prince Mohammed", not "spoke to the UN General Assembly"
            found = [m for m in found if m.end <= hit.start or m.actor.kind == "person"]
        # "met with refugees from Ukraine", "met Afghan students": its people, not the state
        found = [m for m in found if not _population(m, words, lowers, grammar, bare_plurals=False)]
        if len(found) > 1 and all(m.start > hit.start and named_as_a_place(m, found, lowers, grammar) for m in found):
            return []  # "in his meetings in Israel and the West Bank": where, with no one named who met there
        visited = [m for m in found if m.start >= hit.end and m.prep is None and m.actor.kind == "country"]
        if row.label == "visit" and len(visited) == len(found):
            return []  # "while Mr. Amr was visiting the West Bank and Israel": places visited, by no one named
        if stateless_subject and all(
            m.start > hit.start and m.prep not in _MEMBERS_PREPS and not _hyphen_paired(m, found, lowers) for m in found
        ):
            # (but "undertook mediation between Syria and Arafat" and "the inaugural meeting of the new
            # U.S.-Japan Economic Consultative Committee" name sides that do meet)
            return []
    if row.label == _DREW and len({m.side for m in found}) < 2:
        # "Georgia's crackdown on opposition leaders drew criticism from the EU": the act's owner is criticised
        owner = next((m for m in mentions if m.possessive and m.start <= clause.start + 1 and m.end <= hit.start), None)
        found = [owner, *found] if owner is not None else found
    parties = _distinct(found)
    # (and "Saudi Arabia, the UAE, Jordan and Egypt also condemned the strike": each with the striker)
    if event_type == "DiplomaticRift" and parties and (len(parties) == 1 or all(m.end <= hit.start for m in parties)):
        named = len(parties)
        parties += antecedent(lowers, hit, clause, _recent(history, sentence), parties[0], grammar, struck)
        if len(parties) == 1 and row.plover == "SANCTION":
            # "closed all border crossings with Cambodia and downgraded diplomatic relations": the measure's
            # partner named with the act before it
            parties += [
                m
                for m in mentions
                if m.prep == "with"
                and m.end <= hit.start
                and m.side != parties[0].side
                and "and" in lowers[m.end : hit.start]
                and "," not in lowers[m.end : hit.start]
            ][:1]
        no_other_side = len(parties) == named
    else:
        no_other_side = not any(m.start > hit.start for m in parties)
    if asked and no_other_side:  # with no earlier act named, the one asked is the one condemned
        parties = _distinct([*parties, *asked])
    if len(parties) < 2 and is_formal_accord(event_type, hit) and names_a_pair(lowers, grammar, clause):
        parties = last_pair(history, parties, hit) or parties
    if not parties and is_formal_accord(event_type, hit) and names_a_group(lowers) and hit.start <= _GROUP_VERB_REACH:
        parties = last_group(history, hit)  # "The Heads of State signed the Treaty": the summit's participants
    if event_type == "Meeting" and len(parties) == 1 and names_a_pair(lowers, grammar, Clause(hit.end, clause.end)):
        parties = [*parties, *pair_met(_recent(history, sentence), parties, hit)]
    if event_type == "Meeting" and len({m.side for m in parties}) < 2 and _they_meet_again(hit, lowers):
        # "They look forward to meeting in person at the G7 summit": the two just named (the summit is where)
        met = [c for c in _recent(history, sentence) if c.type == "Meeting"]  # those who met, meeting again
        parties = last_pair(met, [], hit) or parties
    if event_type == "Meeting" and len(parties) == 1 and _next_round(hit, lowers):
        # "The United States will host the next round of the dialogue": the same two sides meet again
        parties = last_pair(_recent(history, sentence), parties, hit) or parties
    if len(parties) < 2:
        return []
    states = {m.side for m in parties}
    if len(states) < 2:
        return []  # an act inside one state (a cabinet meeting, a domestic row) is not in scope
    typed: dict[str, Any] = {}
    role = "participants" if event_type == "Meeting" else "parties"
    if event_type == "Meeting":
        typed["mode"] = fields.meeting_mode(lowers[max(0, hit.start - 6) : hit.end + 6], row.label, grammar)
        typed["status"] = "planned" if is_planned(words, lowers, hit.start, clause, grammar) else "held"
        if typed["mode"] == "in_person":  # a call has no venue, only the places its callers sat in
            typed["location"] = fields.meeting_location(words, hit.start, hit.end, clause.start, clause.end, grammar)
            nearby = lowers[clause.start : hit.end + _IN_PERSON_CUE_REACH]
            if row.label in _SPOKEN and typed["location"] is None and not any_in(grammar.in_person_cues, nearby):
                typed["mode"] = "phone"  # "Blinken spoke today with Truss": a readout's call, with no room named
    elif event_type == "DiplomaticRift":
        # "We, the ministers of A, B and C, condemn ... in Cuba": initiator and target, not two co-signers.
        right = [m for m in parties if m.start > hit.start]
        directed = row.label in _DIRECTED_RIFT_ACTS and not is_nominal(hit, lowers, grammar, mentions)
        if directed and _unnamed_government_object(hit, lowers):
            return []  # "Dutton criticised the government for being too soft on Beijing": a domestic row
        if directed and not right:
            return []  # "We, the ministers of A and B, condemn the arrests": co-signers, not two sides
        if row.plover == "SANCTION" and all(m.start > hit.start and m.prep != "between" for m in parties):
            return []  # "legislation that would suspend trade relations with Russia and Belarus": by whom?
        typed["act"] = row.label
        if row.label == _ACCORD_ENDED and not any(m.prep in _PARTNER_PREPS or m.end <= hit.end for m in right):
            return []  # "The U.S. withdrawal from the Paris agreement angered France": no partner to the accord
        acted_upon = len(right) > 1 and (
            (row.label in _DIRECTED_RIFT_ACTS and right[0].prep in _DIRECT_OBJECT_PREPS)
            or right[0].prep == "with"  # "China's territorial disputes with the Philippines and Vietnam"
            # "recalled its ambassadors to Germany, France and Britain": one recall from each
            or (row.plover == "SANCTION" and right[0].prep in ("to", "from"))
        )
        if acted_upon and not _a_conjunct(right[0], lowers):
            # "accused the United States and Israel of orchestrating the unrest": one rift with each
            group = _distinct(coordinated(right, right[0], lowers, grammar, leftward=False))
            targets = [m for m in group if m.side != parties[0].side]
            if len(targets) > 1:
                by = (parties[0].side,)
                return [make({role: [parties[0].actor, t.actor]}, dict(typed), [parties[0], t], by) for t in targets]
        initiators = [m for m in parties if m.end <= hit.start and right and m.side != right[0].side]
        if len({m.side for m in initiators}) > 1:
            # "Japan and Australia also expressed concern over China's actions": one rift for each
            return [make({role: [m.actor, right[0].actor]}, dict(typed), [m, right[0]], (m.side,)) for m in initiators]
        parties = [parties[0], right[0]] if right and right[0] is not parties[0] else parties[:2]
    elif event_type == "TradeDeal":
        typed["status"] = deal_status(lowers)
        typed["investment_usd"] = fields.investment_usd(text, grammar)
        rate, previous = fields.tariff_rates(text)
        typed["tariff_rate_pct"], typed["previous_tariff_rate_pct"] = rate, previous
        typed["goods"] = fields.goods(text, grammar)
    elif event_type == "Agreement":
        typed["subject"] = row.label
    if event_type in ("Agreement", "TradeDeal"):
        bilaterals = _one_accord_per_partner(parties, hit, lowers, grammar)
        if bilaterals:
            return [make({role: [m.actor for m in sides]}, dict(typed), sides) for sides in bilaterals]
    if event_type == "Meeting" and row.label in _TRAVEL_LABELS:
        trips = _one_trip_per_destination(parties, hit)
        if trips:
            return [make({role: [m.actor for m in sides]}, dict(typed), sides) for sides in trips]
        first = parties[0]
        if first.start >= hit.end and first.prep in _DESTINATION_PREPS:
            places = coordinated(parties, first, lowers, grammar, leftward=False)
            if len(places) == len(parties) and all(m.actor.kind == "country" for m in places):
                return []  # "the Secretary's travel to South Africa, the DRC and Rwanda": the places do not meet
        if first.start >= hit.end and first.prep == "for":
            return []  # "a trip to Europe for the G7 and NATO": the gatherings a traveller attends do not meet
    order: tuple[str, ...] = ()
    if event_type == "DiplomaticRift":
        # "three Polish diplomats must leave Russia": the diplomats' state is the one expelled
        initiator = parties[-1] if lowers[hit.start] in grammar.undergoer_words else parties[0]
        order = (initiator.side,)
    return [make({role: [m.actor for m in parties]}, typed, parties, order)]


#: "agreed that", "agreed they would": what follows "agreed" is a view shared, not a deal made.
_VIEW_OPENERS: Final = frozenset({"that", "they", "we", "it", "both", "there"})


def _agreed_a_view(lowers: list[str], end: int, grammar: Grammar) -> bool:
    """ "agreed that ...", "agree on the need to ...", "agreed with other leaders on the importance of"."""
    after = lowers[end : end + 6]
    if after[:1] and after[0] in _VIEW_OPENERS:
        return True
    return any_in(grammar.advocacy_cues, after) and after[:1] in (["on"], ["with"], ["upon"])


#: "helped broker a ceasefire": how far before an accord its mediator's verb may come.
_BROKER_REACH: Final = 4


def _before(hit: Hit, lowers: list[str], clause: Clause, reach: int) -> list[str]:
    """The words of the clause in the `reach` tokens before the trigger."""
    return lowers[max(clause.start, hit.start - reach) : hit.start]


def _brokered(hit: Hit, lowers: list[str], clause: Clause, grammar: Grammar) -> bool:
    """ "Egypt helped broker the ceasefire", "the EU welcomes the ceasefire": the subject mediated or
    backs the accord; it is not a party to it."""
    before = _before(hit, lowers, clause, _BROKER_REACH)
    return not (not any_in(grammar.mediation_verbs, before) and not any_in(grammar.accord_backers, before))


def _discussed(hit: Hit, lowers: list[str], clause: Clause) -> bool:
    """ "discussing European support for Ukraine", "discussed NATO force posture, energy security, and
    Allied support for Ukraine": backing talked about, however long the list before it."""
    before = lowers[clause.start : hit.start]
    at = next((k for k in range(len(before) - 1, -1, -1) if before[k].startswith("discuss")), -1)
    return at >= 0 and (len(before) - at <= _TOPIC_REACH or _only_a_list(before[at + 1 :]))


def _only_a_list(words: list[str]) -> bool:
    """Topics listed with commas, with no verb or stance of their own between ("regional developments,
    the coup in Burma, and continuing"; not "the importance of close cooperation to")."""
    return (
        "," in words
        and all(w.isalpha() or w in (",", "-", "'s") for w in words)
        and not any_in(_STANCE_WORDS, words)
        and not any(w.endswith("ed") for w in words)
    )


#: Words in a discussion's list that make it a shared stance rather than a topic.
_STANCE_WORDS: Final = frozenset({"to", "importance", "need", "necessity", "commitment"})


def _received(hit: Hit, lowers: list[str], clause: Clause) -> bool:
    """ "received the endorsement of", "won the backing of": the backing goes to the subject."""
    return any_in(_RECEIVING, _before(hit, lowers, clause, _RECEIVING_REACH))


#: 'called it a "full-scale war"': how many words a quoted name of an act may have.
_QUOTED_WORDS: Final = 3


def _quoted_word(words: list[str], hit: Hit) -> bool:
    """A trigger alone between quotes: 'called it a "war"', 'an "invasion," or an "attack."'."""
    k, end = hit.start, hit.end
    if k == 0 or words[k - 1] != '"' or end >= len(words) or end - k > _QUOTED_WORDS:
        return False  # (but 'Takaichi "has my Complete and Total Endorsement"' is a quoted clause)
    return words[end] == '"' or (words[end] in _QUOTE_PUNCT and end + 1 < len(words) and words[end + 1] == '"')


def _welcomed_to_a_place(hit: Hit, patient: Mention, words: list[str], lowers: list[str]) -> bool:
    """ "welcomed Israeli President Rivlin to the White House", "looking forward to welcoming Prime
    Minister Kadhimi on Monday", "welcoming Prime Minister Draghi of Italy to the White House": a guest
    received, not praise (the guest's state after "of" is the guest's too)."""
    if hit.row.label != "welcomed" or patient.possessive:
        return False
    n = len(words)
    guests_state = patient.actor.kind == "country" and _named_after_a_person(patient, words, lowers)
    if patient.actor.kind != "person" and not guests_state:
        return False
    end = _past_home_state(words, lowers, patient.end)
    right_after = all(w[:1].isupper() or w == "of" for w in words[hit.end : patient.start])
    if right_after and end < n and lowers[end] in _VISIT_FOLLOWERS:
        return True
    if end + 2 >= n:
        return False
    k = end + 1 + (lowers[end + 1] == "the")
    return lowers[end] == "to" and words[k][:1].isupper()


def _held_backing(
    hit: Hit, lowers: list[str], mentions: list[Mention], grammar: Grammar, make: _Drafter
) -> list[Candidate]:
    """'Trump posted that Takaichi "has my Complete and Total Endorsement"': the one who has it is
    backed, by the one whose words these are."""
    gap = hit.start - (lowers[hit.start - 1] in _QUOTES if hit.start else 0)
    holder = next((m for m in mentions if m.end == gap and not m.possessive), None)
    if holder is None:
        return []
    speaker = next(
        (
            m
            for m in mentions
            if m.end < len(lowers)
            and (lowers[m.end] in grammar.attribution_verbs or lowers[m.end] in _POSTING_VERBS)
            and m.side != holder.side
        ),
        None,
    )
    if speaker is None:
        return []
    roles = {"endorser": speaker.actor, "endorsee": holder.actor}
    return [make(roles, {"context": election_context(lowers)}, [speaker, holder])]


_HELD_BACKING: Final = "has my support"
_QUOTES: Final = frozenset({'"', "'", "\u201c", "\u201d"})
#: "Trump posted that ...", "wrote on X": verbs whose subject speaks the words that follow.
_POSTING_VERBS: Final = frozenset({"posted", "posts", "tweeted", "tweets", "wrote", "writes"})


def _welcomed_in_passive(hit: Hit, guest: Mention, words: list[str], lowers: list[str]) -> bool:
    """ "Tokayev was welcomed at the Kremlin by Vladimir Putin": a guest received at a named place."""
    if hit.row.label != "welcomed" or guest.actor.kind != "person" or hit.end + 2 >= len(words):
        return False
    k = hit.end + 1 + (lowers[hit.end + 1] == "the")
    return lowers[hit.end] in ("to", "at", "in") and words[k][:1].isupper()


def _without_fronted_venue(found: list[Mention], hit: Hit, lowers: list[str]) -> list[Mention]:
    """ "In Warsaw, Secretary Blinken met his Ukrainian counterpart", "While in Rabat, the Secretary will
    meet the Crown Prince of Abu Dhabi": a place set before the clause is where, when someone else is
    met there; with no one else named ("In Vientiane, he will meet officials") its state is the host."""
    fronted = [
        m for m in found if m.start < hit.start and m.prep == "in" and m.via == "metonym" and lowers[m.end] == ","
    ]
    others = [m for m in found if m.start > hit.start and m not in fronted]
    if not fronted or not any(o.side not in {f.side for f in fronted} for o in others):
        return found
    return [m for m in found if m not in fronted]


def _named_after_a_person(m: Mention, words: list[str], lowers: list[str]) -> bool:
    """ "Prime Minister Draghi of Italy": named after "of" right behind a capitalised name, the person's own."""
    return m.start >= 2 and lowers[m.start - 1] == "of" and words[m.start - 2][:1].isupper()


def _welcomed_as_a_member(hit: Hit, patient: Mention, words: list[str], lowers: list[str]) -> bool:
    """ "welcomed Secretary General Cormann of Australia to the organization": a new official greeted in a
    body or a post, not his state praised (a state welcomed into an alliance is another matter)."""
    if hit.row.label != "welcomed":
        return False
    if patient.actor.kind != "person" and not _named_after_a_person(patient, words, lowers):
        return False
    after = lowers[patient.end : patient.end + _MEMBERSHIP_REACH]
    return any(
        w in ("to", "into")
        and after[k + 1 : k + 2] == ["the"]
        and after[k + 2 : k + 3]
        and after[k + 2] in _MEMBERSHIPS
        for k, w in enumerate(after)
    )


#: What a newcomer is welcomed into, and how far after the newcomer it may be named ("Cormann of Australia to the").
_MEMBERSHIPS: Final = frozenset(
    {
        "organization",
        "organisation",
        "alliance",
        "bloc",
        "union",
        "council",
        "team",
        "post",
        "position",
        "office",
        "role",
        "job",
        "group",
        "club",
        "family",
        "board",
        "committee",
        "fold",
        "membership",
    }
)
_MEMBERSHIP_REACH: Final = 6


def _past_home_state(words: list[str], lowers: list[str], end: int) -> int:
    """Past "of Italy" or "of the United Kingdom" after a person's name, if there."""
    k = end + 1
    if k >= len(words) or lowers[end] != "of":
        return end
    k += lowers[k] == "the"
    if k >= len(words) or not words[k][:1].isupper():
        return end
    while k < len(words) and words[k][:1].isupper():
        k += 1
    return k


#: After "welcomed <a person>": words that make the welcome a visit received ("... on Monday", "... for talks").
_VISIT_FOLLOWERS: Final = frozenset(
    {"on", "at", "in", "for", "this", "next", "tomorrow", "today", "yesterday", "last", "."}
)


def _hosted(
    host: Mention,
    guest: Mention,
    hit: Hit,
    sentence: Sentence,
    words: list[str],
    lowers: list[str],
    clause: Clause,
    grammar: Grammar,
) -> Candidate:
    status = "planned" if is_planned(words, lowers, hit.start, clause, grammar) else "held"
    typed = {"mode": "in_person", "status": status}
    draft = _Drafter("Meeting", hit.row, sentence)({"participants": [host.actor, guest.actor]}, typed, [host, guest])
    draft.plover, draft.cameo = "CONSULT", _HOSTED_CAMEO  # the welcome row's codes are an endorsement's
    return draft


def _one_accord_per_partner(
    parties: list[Mention], hit: Hit, lowers: list[str], grammar: Grammar
) -> list[list[Mention]]:
    """ "Manila has signed similar arrangements with Japan and Australia": plural accords with several
    partners are one accord with each; "a trilateral agreement with Finland and Sweden" stays one."""
    # the accords are the object of a verb that makes them ("signed"), not the trigger ("the Minsk agreements")
    near = lowers[hit.start + 1 : min(len(lowers), hit.end + _ACCORD_OBJECT_REACH)]
    if lowers[hit.start] not in grammar.accord_verbs or not any_in(_PLURAL_ACCORDS, near):
        return []
    signers = [m for m in parties if m.end <= hit.start]
    partners = _distinct([m for m in parties if m.start >= hit.end])
    if (
        len({m.side for m in signers}) != 1
        or len(partners) < 2
        or len(signers) + len(partners) < len(_distinct(parties))
    ):
        return []
    return [[*signers, m] for m in partners]


def _one_trip_per_destination(parties: list[Mention], hit: Hit) -> list[list[Mention]]:
    """ "will travel to Phnom Penh, Cambodia, and Tokyo, Japan": one visit per state travelled to,
    each with the travellers; empty when the sentence names no traveller or a single destination."""
    travellers = [m for m in parties if m.end <= hit.start]
    destinations = [m for m in parties if m.start >= hit.end and m.actor.kind == "country" and m.prep != "with"]
    if not travellers or len({m.side for m in destinations}) < 2 or len(destinations) + len(travellers) < len(parties):
        return []
    visited = _distinct(destinations)
    if any(m.side == t.side for m in visited for t in travellers):
        return []
    return [[*travellers, m] for m in visited]


def _agentive_field(event_type: str, hit: Hit, lowers: list[str], text: str, grammar: Grammar) -> tuple[str, Any]:
    """The typed field of an endorsement, threat or sanction: the trigger's, whoever acts on whom."""
    if event_type == "Threat":
        return "kind", fields.threat_kind(lowers[hit.start :], grammar)
    if event_type == "Sanction":
        return "measure", measure_of(hit, lowers, text, hit.row.label, grammar)
    return "context", election_context(lowers)


def _faced(
    hit: Hit, lowers: list[str], mentions: list[Mention], clause: Clause, grammar: Grammar, make: _Drafter
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
    sides = {m.side for m in targets}
    saying = grammar.attribution_verbs | grammar.warning_verbs
    speakers = [
        m
        for m in mentions
        if m.prep is None and m.side not in sides and any_in_span(saying, lowers, m.end, m.end + _SPEAKER_WINDOW)
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


def _election_status(lowers: list[str], grammar: Grammar) -> str:
    """Held or scheduled, from the sentence's tense words."""
    # ("narrowly ahead in the count" leads a count; "ahead of Sunday's vote" is before it)
    future = any(
        w in grammar.future_election and (w != "ahead" or lowers[k + 1 : k + 2] == ["of"]) for k, w in enumerate(lowers)
    )
    past = any_in(grammar.past_election, lowers)
    # "South Africans voted on Wednesday in what is expected to be ...": the vote itself is past
    return "held" if (past and not future) or any_in(_VOTE_CAST, lowers) else "scheduled"


def _qualifiers_before(lowers: list[str], start: int, qualifiers: frozenset[str]) -> int:
    """How many of these words run right before `start` ("snap parliamentary elections": two)."""
    k = start
    while k > 0 and lowers[k - 1] in qualifiers:
        k -= 1
    return start - k


def _state_near(mentions: list[Mention], hit: Hit, window: int) -> bool:
    """A state named right before ("Japan's elections") or right after ("elections in Japan")."""
    return any(
        hit.start - window <= m.end <= hit.start or hit.end <= m.start <= hit.end + window
        for m in mentions
        if m.actor.kind == "country"
    )


def _can_wage(actor: Party, grammar: Grammar) -> bool:
    """States, bodies and armed groups act militarily; persons only as their state's leaders."""
    if actor.kind != "person":
        return True
    return actor.country is not None and actor.title in grammar.military_leader_titles


def _names_the_hit(hit: Hit, lowers: list[str], grammar: Grammar) -> bool:
    """ "U.S. mercenaries killed in Donetsk": a verb that needs an object, followed by none, is a
    participle naming who was hit; the noun before it did not strike."""
    if lowers[hit.end - 1] not in grammar.victim_participles or (hit.start and lowers[hit.start - 1] in _PERFECT):
        return False
    if hit.end == len(lowers):
        return True
    after = lowers[hit.end]
    if after not in _AFTER_NO_OBJECT and (after not in grammar.locative_prepositions or after in _BEFORE_A_COUNT):
        return False
    # "killed at least 12": a count after the preposition is the object
    return hit.end + 1 >= len(lowers) or not (lowers[hit.end + 1] == "least" or lowers[hit.end + 1][:1].isdigit())


def _without_witnesses(found: list[Mention], hit: Hit, lowers: list[str], grammar: Grammar) -> list[Mention]:
    """Those named after an accord who only looked on: "a pact quickly hailed by Washington", "brokered by
    Qatar and Egypt", "in the presence of Secretary Rubio", "with President Trump hosting" (but "a
    declaration adopted by Italy and Tunisia": its makers)."""
    witnesses: set[int] = set()
    for m in found:
        if m.start <= hit.end or id(m) in witnesses:
            continue
        group: list[Mention] | None = None  # the list m opens, read once
        if m.prep == "by":
            k = m.start - 1
            while k > 0 and lowers[k] != "by":
                k -= 1
            verb = k - 1 - (k > 1 and lowers[k - 1].endswith("ly"))  # "quickly hailed by"
            looked_on = verb >= 0 and lowers[verb] not in grammar.accord_verbs
        elif m.prep == "of":
            looked_on = "presence" in lowers[max(0, m.start - _PRESENCE_REACH) : m.start]
        elif m.prep == "with":
            group = coordinated(found, m, lowers, grammar, leftward=False)
            group_end = group[-1].end
            looked_on = group_end < len(lowers) and lowers[group_end].endswith("ing")  # "with Trump hosting"
        else:
            looked_on = False
        if looked_on:
            witnesses.update(id(w) for w in group or coordinated(found, m, lowers, grammar, leftward=False))
    return [m for m in found if id(m) not in witnesses] if witnesses else found


#: "in the presence of U.S. Secretary of State Marco Rubio": how far before a name "presence" may sit.
_PRESENCE_REACH: Final = 6


def _build_military(
    agent: Mention,
    hit: Hit,
    span: tuple[int, int],
    clause: Clause,
    lowers: list[str],
    mentions: list[Mention],
    grammar: Grammar,
    make: _Drafter,
) -> list[Candidate]:
    row = hit.row
    if not _can_wage(agent.actor, grammar):
        return []  # "she flew combat support during the intervention": a biography, not a state act
    target: Party | None = None
    if row.plover == "ASSAULT":
        # ("struck what Islamabad described as hideouts in Afghanistan": the doer's own state is no target)
        patients = find_patients(
            mentions, span, clause, lowers, grammar, exclude=agent, exclude_side=agent.actor.state, allow_locative=True
        )
        clash = row.label == _CLASH  # "Armenian forces clashed with Azerbaijani troops": the other side
        aimed = [
            p
            for p in patients
            if (
                p.prep in grammar.assault_target_preps
                or (p.prep is None and p.start - hit.end <= 2)
                or (clash and p.prep == "with")
            )
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
        if not aimed and row.label == _ENCIRCLED:  # "troops encircling Ukraine": the object is surrounded
            aimed = [m for m in mentions if m.start == hit.end and m.actor.state != agent.actor.country]
        target = aimed[0].actor if aimed else None
    drafts = [make({"actor": agent.actor, "target": target}, {"action": row.label}, [agent])]
    if row.label == _EXERCISE:
        # "staged joint drills with the United States and Japan": each partner's forces exercise too
        partners = find_patients(
            mentions, span, clause, lowers, grammar, exclude=agent, exclude_side=agent.actor.state, only_with=True
        )
        drafts += [
            make({"actor": p.actor, "target": target}, {"action": row.label}, [p])
            for p in partners
            if p.prep in _PARTY_PREPS_OF_EXERCISE
            and _can_wage(p.actor, grammar)
            and (target is None or p.actor.side != target.side)
        ]
    return drafts


_ENCIRCLED: Final = "encircled"
_EXERCISE: Final = "exercise"
#: "drills with Japan and the United States" (and the states coordinated after it, which have no preposition).
_PARTY_PREPS_OF_EXERCISE: Final = frozenset({"with", None})
