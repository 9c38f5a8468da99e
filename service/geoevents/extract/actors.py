"""Actors: find the states, bodies and persons a sentence mentions, resolving them in the article.

News introduces people once ("Japan's Prime Minister Sanae Takaichi") and then
shortens ("Takaichi", "the US president", "she"); `ArticleActors` keeps what
the article has introduced so far and resolves later mentions against it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final, Literal, TypeVar

from geoevents.extract.gazetteer import Gazetteer, is_armed_group
from geoevents.extract.party import Party
from geoevents.extract.text import CALENDAR_WORDS
from geoevents.extract.wordsets import any_in, any_in_span
from geoevents.lexicon import Grammar

__all__ = ["OBJECT_REASONS", "ArticleActors", "Mention", "made_in"]

MentionVia = Literal["name", "demonym", "metonym", "body", "person", "title", "pronoun", "publisher", "speaker", "none"]

#: "US-Japan-China" names sides; a longer hyphen chain is not prose.
_MAX_COMPOUND_PARTS: Final = 4
#: Pronouns reach back to the persons of the last few sentences only.
_RECENT_PERSONS: Final = 32
#: How far after a closing quote its speaker and the attribution verb may sit ('," Ryder said').
_SPEAKER_GAP: Final = 3
#: Verbs after which a named person opens the clause reported ("Biden *says* Putin has made up his mind";
#: not "told", whose object is the one told).
_CLAUSE_REPORTING: Final = frozenset({"says", "said", "believes", "thinks"})
#: "congratulated him *on* his election", "thanked Lula *for* his leadership": a possessive right after
#: the object and one of these words is the object's.
OBJECT_REASONS: Final = frozenset({"on", "for"})
#: "the president" stands for the one president named within this many sentences before it.
_TITLE_WINDOW: Final = 3
#: A name introduced after a title has at most this many words ("Luiz Inacio Lula da Silva").
_MAX_NAME_WORDS: Final = 5
#: Lower-case particles allowed inside a person's name.
_NAME_PARTICLES: Final = frozenset(
    {"bin", "al", "da", "de", "del", "der", "van", "von", "le", "la", "el", "di", "dos", "ibn"}
)
#: Particles in a row inside a name ("de la", "van der").
_MAX_PARTICLES: Final = 2
#: How far after "Name, the" a role noun may sit ("Ivan Cepeda, the left-wing candidate of").
_ROLE_REACH: Final = 3
#: Capitalised words that open sentences or headlines and never start a person's name.
_NOT_NAMES: Final = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "But",
        "In",
        "On",
        "At",
        "Of",
        "For",
        "To",
        "By",
        "With",
        "As",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "This",
        "That",
    ]
)


@dataclass(slots=True, eq=False)
class Mention:
    """An actor mention: token span in its sentence, the actor, and how it was named.

    Compared by identity: `m in group` and `found.remove(m)` mean this very mention.
    """

    start: int
    end: int
    actor: Party
    via: MentionVia
    prep: str | None = None  # the preposition right before the mention, if any
    possessive: bool = False  # followed by "'s", or a possessive pronoun ("his role")
    modifier: bool = False  # a demonym qualifying a common noun ("Spanish olive oil"): a state's goods, not the state
    side: str = ""  # the actor's side, copied from it: the rules compare mentions' sides in their inner loops

    def __init__(
        self,
        start: int,
        end: int,
        actor: Party,
        via: MentionVia,
        prep: str | None = None,
        possessive: bool = False,
        modifier: bool = False,
    ) -> None:
        self.start = start
        self.end = end
        self.actor = actor
        self.via = via
        self.prep = prep
        self.possessive = possessive
        self.modifier = modifier
        self.side = actor.side


#: The word sets an ArticleActors derives from its lexicons, per (gazetteer, grammar, publisher or not);
#: the lexicons themselves are kept in the value, so that a recycled id() is never mistaken for them.
_WORD_SETS: dict[
    tuple[int, int, bool],
    tuple[Gazetteer, Grammar, frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]],
] = {}


@dataclass
class ArticleActors:
    """Per-article resolver: call `mentions()` on each sentence in order."""

    gazetteer: Gazetteer
    grammar: Grammar
    by_surname: dict[str, Party] = field(default_factory=dict)
    by_full_name: dict[str, Party] = field(default_factory=dict)
    last_subject_person: Party | None = None
    recent_persons: list[Party] = field(default_factory=list)
    pronouns: frozenset[str] = frozenset()
    publisher: Party | None = None  # the government whose release this is: "we", "our"
    start_lows: frozenset[str] = frozenset()  # lower-case words that may start a mention (titles, pronouns, "al-Qaeda")
    prep_lows: frozenset[str] = frozenset()  # words a governing preposition may sit behind: itself, determiners
    intro_lows: frozenset[str] = frozenset()  # lower-case words that may introduce a person: titles, "'s"
    sentence_no: int = 0  # the sentence being read, counted by next_sentence()
    seen_in: dict[str, int] = field(default_factory=dict)  # person name -> the last sentence naming them
    home: str | None = None  # the state of the article's dateline ("BOGOTA, May 31 -"), see read_dateline()
    in_question: bool = False  # a transcript's reporter has the floor ("QUESTION: ..." and what follows)
    turn_speaker: Party | None = None  # a transcript's foreign speaker has the floor ("PRIME MINISTER ALBANESE:")
    person_words: frozenset[str] = frozenset()  # titles and honorifics that may name a person ("Judge", "Mr.")
    unknown_at: int = -1  # the last sentence before this one naming a person no mention resolves ("Judge Breyer")
    last_group: Party | None = None  # the armed group last named ("Hezbollah"), for a later "the group"
    group_at: int = -1  # the sentence that named it
    double_firsts: set[str] = field(default_factory=set)  # "Lopez" of "Lopez Aliaga": a double surname's first part
    # body code -> the body and the sentence last naming it, for a later "the bloc"
    bodies_named: dict[str, tuple[Party, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        gz, g = self.gazetteer, self.grammar
        key = (id(gz), id(g), self.publisher is not None)
        cached = _WORD_SETS.get(key)
        if cached is not None and cached[0] is gz and cached[1] is g:
            _, _, self.pronouns, self.start_lows, self.prep_lows, self.intro_lows, self.person_words = cached
            return  # the same lexicons as the last article: the unions are built once per process
        self.pronouns = g.subject_pronouns | g.object_pronouns | g.possessive_pronouns
        if self.publisher is not None:
            self.pronouns |= {w.lower() for w in g.first_person_plural}  # "I" is read from its lower case
        self.start_lows = (
            gz.title_first | self.pronouns | gz.uncased_first_tokens | _GROUP_ANAPHORS | frozenset(gz.body_nouns)
        )
        self.prep_lows = g.prepositions | g.determiners | g.place_qualifiers
        self.intro_lows = gz.title_first | {"'s"}
        self.person_words = g.person_titles | g.honorifics
        sets = (self.pronouns, self.start_lows, self.prep_lows, self.intro_lows, self.person_words)
        _WORD_SETS[key] = (gz, g, *sets)

    def read_dateline(self, words: list[str]) -> None:
        """ "BOGOTA, May 31 - ...": a news article written from one state's capital. Its people
        introduced only by a role ("the candidate Ivan Cepeda") are taken to be of that state."""
        comma = next((k for k in range(1, min(len(words), _DATELINE_WORDS + 1)) if words[k] == ","), 0)
        place = words[:comma]
        if not place or not all(w.isupper() and w.isalpha() for w in place):
            return  # no dateline, or several places ("TAIPEI/BEIJING")
        key = tuple(w.title() for w in place[place[0] == "THE" and len(place) > 1 :])  # "SAO PAULO" -> ("Sao", "Paulo")
        entry = self.gazetteer.entries.get(key)
        if entry is not None and entry.via in ("metonym", "name") and entry.actor.kind == "country":
            self.home = entry.actor.country
        else:
            self.home = self.gazetteer.dateline_cities.get(key)

    def next_sentence(self, words: list[str] | None = None) -> None:
        """Count a sentence read (or skipped), so that "the president" looks back a few sentences only,
        and follow a transcript's turns: whose "I" and "we" the sentence's are."""
        self.sentence_no += 1
        if not words:
            return
        first = words[0]
        if first in self.grammar.question_markers:
            self.in_question, self.turn_speaker = True, None
            return
        if not first.isupper():
            return  # most sentences: no turn opens here
        label = _speaker_label(words)
        if label:
            self.in_question = False
            self.turn_speaker = self._foreign_speaker(label)

    def _foreign_speaker(self, label: list[str]) -> Party | None:
        """ "PRIME MINISTER ALBANESE": a speaker the article or a data file knows, of another state
        than the publisher's (the publisher's own officials speak for it anyway)."""
        surname = label[-1].title()
        entry = self.gazetteer.entries.get((surname,))
        person = self.by_surname.get(surname) or (entry.actor if entry is not None and entry.via == "person" else None)
        if person is None or person.side == (self.publisher.side if self.publisher else None):
            return None
        return person

    def _remember(self, person: Party) -> None:
        self.seen_in[person.name] = self.sentence_no
        if person.name not in self.by_full_name:
            self.by_full_name[person.name] = person
            words = person.name.split()
            if len(words) > 1:
                self.by_surname.setdefault(words[-1], person)
                if len(words) > 2:
                    self.by_surname.setdefault(" ".join(words[-2:]), person)  # "Lopez Aliaga", "Lopez Obrador"
                    self.double_firsts.add(words[-2])
                if person.country in self.grammar.family_name_first_states:
                    self.by_surname.setdefault(words[0], person)  # "Lee Jae-myung ... Lee said"
        self.recent_persons.append(person)
        if len(self.recent_persons) > _RECENT_PERSONS:
            del self.recent_persons[: -_RECENT_PERSONS // 2]

    def _person(self, name: str, country: str | None, title: str | None, code: str | None = None) -> Party:
        known = self.by_full_name.get(name) or self.gazetteer.persons.get(name)
        if known is not None:
            if title and not known.title:
                return known.with_title(title)
            return known
        return Party(name=name, kind="person", country=country, code=code, title=title)

    def may_introduce(self, words: list[str], lowers: list[str]) -> bool:
        """Whether a sentence could introduce or name a person or an armed group (else it need not be read
        without a trigger)."""
        gz = self.gazetteer
        return (
            any_in(self.intro_lows, lowers)
            or any_in(gz.person_first_tokens, words)
            or not self.by_surname.keys().isdisjoint(words)
            or any_in(gz.group_first_tokens, words)  # an armed group a later "the group" points back to
        )

    def mentions(self, words: list[str], lowers: list[str], *, roles: bool = True) -> list[Mention]:
        """Every actor mention in one sentence (its tokens and their lower case), persons resolved.

        With `roles=False` the mentions lack `prep` and `possessive`: enough for a sentence read
        only to keep track of the persons the article introduces.
        """
        n = len(words)
        if len(lowers) != n:
            raise ValueError("words and lowers differ in length")
        grammar, title_lengths, start_lows = self.grammar, self.gazetteer.title_lengths, self.start_lows
        found: list[Mention] = []
        questioned = bool(words) and words[0] in grammar.question_markers  # a reporter's "we"
        # Most words name nobody: visit only those that could start a mention.
        # (a word unlike its lower case holds a capital: the cheapest test of all)
        starts = [k for k, low in enumerate(lowers) if low in start_lows or words[k] != low]
        i = 0
        for start in starts:
            if start < i:
                continue  # inside a mention already read
            i = start
            # Each reader returns where reading goes on, or -1 when the words at i are not its kind.
            nxt = self._read_title(words, lowers, i, found) if lowers[i] in title_lengths else -1
            if nxt < 0:
                nxt = self._read_name(words, lowers, i, found)
            if nxt < 0:
                nxt = self._read_possessed_name(words, lowers, i, found)
            if nxt < 0:
                nxt = self._read_surname(words, i, found)
            if nxt < 0 and self.home is not None:
                nxt = self._read_introduced(words, lowers, i, found)
            if (
                nxt < 0
                and i + 2 < len(words)
                and words[i + 1][:1].isupper()
                and "'s" in lowers[i + 2 : i + _CANDIDATE_NAME_WORDS + 1]
            ):
                nxt = self._read_candidate(words, lowers, i, found)
            if nxt >= 0:
                i = nxt
                continue
            self._read_compound(words, lowers, i, found)
            self._read_pronoun(words, lowers, i, found, questioned)
            if lowers[i] in _GROUP_ANAPHORS:
                self._read_group_anaphor(lowers, i, found)
            elif lowers[i] in self.gazetteer.body_nouns:
                self._read_body_anaphor(lowers, i, found)
            i += 1
        if found and found[0].start == 1 and lowers[0] == "in":
            self._official_of_fronted_capital(lowers, found)
        if '"' in words:
            found = self._quoted_we(words, found)
        for m in found:
            if m.actor.code is not None and m.actor.kind == "organization":
                self.bodies_named[m.actor.code] = (m.actor, self.sentence_no)
            elif is_armed_group(m.via, m.actor):
                self.last_group, self.group_at = m.actor, self.sentence_no
        found = _merge_possessive_owners(found, lowers)
        if len(found) > 1:
            person_after_state = False
            left = found[0]
            for k in range(1, len(found)):
                m = found[k]
                if (
                    m.start == left.end + 1
                    and left.via == "metonym"
                    and left.actor.kind == "organization"
                    and lowers[left.end] == ","
                    and m.actor.kind == "country"
                ):
                    left.actor = m.actor  # "travel to Brussels, Belgium": the city of that state, not the EU
                elif m.start == left.end and m.actor.kind == "person" and left.actor.kind == "country":
                    person_after_state = True  # "President of the Kyrgyz Republic Sadyr Japarov"?
                left = m
            if person_after_state:
                found = self._merge_formal_titles(found, lowers)
        prep_lows = self.prep_lows
        for m in found if roles else ():
            before = lowers[m.start - 1] if m.start else ""
            person = m.via == "person" or m.via == "title"
            if before in prep_lows or before[:1].isdigit() or (person and before in grammar.title_modifiers):
                m.prep = _preposition_before(lowers, m.start, grammar, person=person)  # else there is none
            elif m.start > 2 and lowers[m.start - 1] == "," and m.via == "name" and m.actor.kind == "country":
                m.prep = _place_apposition(words, lowers, m.start, found, grammar)  # "in Aleppo, Syria"
            m.possessive = (
                (m.end < n and lowers[m.end] == "'s")
                or (m.via == "pronoun" and _possessive_pronoun(lowers, m.start, grammar))
                or (m.via in ("publisher", "speaker") and lowers[m.start] in grammar.possessive_first_person)
            )
            if (
                m.possessive
                and m.actor.kind == "country"
                and m.end + 1 < n
                and lowers[m.end + 1] in title_lengths
                and lowers[m.end + 1] not in grammar.undergoer_words
            ):
                # "Rwanda's foreign minister and Kenya's foreign minister met": each state, through an
                # official the text does not name (a name after the title was read as that person;
                # "Russia's ambassador was summoned": the envoy is what is acted upon)
                title, end = self._title_at(lowers, m.end + 1)
                if title is not None and (end >= n or not words[end][:1].isupper()):
                    m.end, m.possessive = end, False
        # "he" later means the sentence's subject, not a person it names after "with" or "to"
        first_person = next(
            (m.actor for m in found if m.actor.kind == "person" and m.via != "pronoun" and m.prep is None), None
        )
        person_words = self.person_words  # titles and honorifics: decided on the few capitalised words
        unknown = any(words[k] in person_words for k in starts) and _unknown_person(words, starts, n, found, grammar)
        if first_person is not None:
            self.last_subject_person = first_person
        elif unknown:
            self.last_subject_person = None  # a later "he" may be this person we cannot resolve
        if unknown:
            self.unknown_at = self.sentence_no
        return found

    def _merge_formal_titles(self, found: list[Mention], lowers: list[str]) -> list[Mention]:
        """ "President of the Kyrgyz Republic Sadyr Japarov", a readout's formal style: one person, of that
        state, named from the title on (the state is no mention of its own)."""
        gz = self.gazetteer
        out: list[Mention] = []
        for m in found:
            state = out[-1] if out else None
            if (
                state is not None
                and m.actor.kind == "person"
                and m.start == state.end
                and state.actor.kind == "country"
                and (m.actor.country in (None, state.actor.country))
            ):
                of = state.start - 1 - (state.start > 1 and lowers[state.start - 1] == "the")
                if of > 0 and lowers[of] == "of":
                    title_start = next(
                        (
                            j
                            for j in range(of - 1, max(-1, of - 1 - gz.title_max_len), -1)
                            if _longest(gz.titles, gz.title_lengths, lowers, j)[0] == of
                        ),
                        -1,
                    )
                    if title_start >= 0 and (not out[:-1] or out[-2].end <= title_start):
                        person = m.actor if m.actor.country else m.actor.with_country(state.actor.country)
                        out[-1] = Mention(title_start, m.end, person, m.via)
                        continue
            out.append(m)
        return out

    def skip(self, words: list[str]) -> None:
        """A sentence not read for mentions may still name a person we cannot resolve ("Judge Jackson
        was confirmed in 2013"): a later "he" or "her" may be that person."""
        grammar = self.grammar
        if any_in(self.person_words, words) and _unknown_person(words, range(len(words)), len(words), [], grammar):
            self.last_subject_person = None
            self.unknown_at = self.sentence_no

    def _read_title(self, words: list[str], lowers: list[str], i: int, found: list[Mention]) -> int:
        """A title, optionally after "Japan's"/"Chinese", optionally followed by a name."""
        gz, grammar, n = self.gazetteer, self.grammar, len(words)
        title, t_end = self._title_at(lowers, i)
        if title is None:
            return -1
        owner = _owner_before(found, i, lowers, grammar)
        if owner is not None and _a_brief(words, lowers, owner):
            owner = None  # "Special Representative for the DPRK Ambassador Sung Kim": the envoy's brief
        t_end = _after_honorifics(words, t_end, grammar, gz)  # "Advisor Dr. Eyal Hulata", "U.S. Air Force Brig. Gen."
        if owner is not None and t_end + 1 < n and lowers[t_end] == "and":
            # "Qatari Deputy Prime Minister and Minister of Foreign Affairs Mohammed ...": two titles, one
            # holder (but "the President and President Erdogan" are two people)
            second, second_end = self._title_at(lowers, t_end + 1)
            if second is not None and second != title:
                t_end = _after_honorifics(words, second_end, grammar, gz)
        name_end = _name_end(words, t_end, stop=gz.place_first_tokens)
        portfolio_and = t_end + 1 < n and lowers[t_end] == "and" and words[t_end + 1] in grammar.portfolio_words
        if name_end == t_end and t_end < n and (lowers[t_end] == "for" or portfolio_and):
            # "Assistant Secretary for European and Eurasian Affairs Dr. Karen Donfried",
            # "Minister of Foreign Affairs and European Integration Nicu Popescu"
            t_end, name_end = _after_portfolio(words, t_end, grammar, gz.place_first_tokens)
        known_name = gz.entries.get(tuple(words[t_end:name_end])) or self._resolve_name(
            _join_name(words[t_end:name_end]), title
        )
        last = name_end - 1
        if last > t_end + 1 and words[last] in _NAME_SUFFIXES:
            last -= 1  # "President Joseph R. Biden Jr.": the surname is before the suffix
        surname_entry = gz.entries.get((words[last],)) if name_end > t_end else None
        if surname_entry is not None and not (
            last == t_end
            or not words[t_end].isalpha()
            or lowers[t_end] in gz.title_first
            or _same_first_name(words[t_end], surname_entry.actor.name)
        ):
            surname_entry = None
        if known_name is None and surname_entry is not None and surname_entry.via == "person":
            # "President Donald J. Trump", "President Joseph R. Biden Jr.": the known Trump and Biden
            # (but "Prime Minister Rafik Hariri" is not the known Saad Hariri)
            known_name = surname_entry
        runs_on = name_end < n and words[name_end][:1].isupper()
        if name_end - t_end < 2 and known_name is None and runs_on:
            name_end = t_end  # "Press Secretary Regarding Russia": a headline, not a name
        if known_name is None and any_in_span(grammar.institution_words, words, t_end, name_end):
            name_end = t_end  # "the General Assembly": an institution, not General Assembly the person
        if known_name is None and name_end > t_end and self._title_at(lowers, t_end)[0] is not None:
            name_end = t_end  # "Nominee for Under Secretary": another title, not a person called so
        if name_end > t_end:
            name = _join_name(words[t_end:name_end])
            entry = gz.entries.get(tuple(words[t_end:name_end])) or (surname_entry if name_end - t_end > 1 else None)
            if entry is not None and entry.actor.kind == "person":
                person = entry.actor
                stated = _state_after_of(gz, words, lowers, name_end) if owner is None else None
                if owner is not None and owner.side != person.side:
                    # "NATO Secretary General Mark Rutte": the role the text gives, not an earlier one
                    person = person.with_role(owner.actor.country, owner.actor.code, title)
                elif stated is not None and stated != person.side and not _same_title(person.title, title):
                    # "Prime Minister Kaja Kallas of Estonia": her role then, not the one the data file holds now
                    # (but "Secretary General Mathias Cormann of Australia" is still the OECD's)
                    person = person.with_role(stated, None, title)
                elif person.title is None:
                    person = person.with_title(title)
            else:
                # "LIMA - Former president Ollanta Humala": an unknown official of the dateline's state
                country = (
                    owner.actor.country
                    if owner
                    else (
                        _state_after_of(gz, words, lowers, name_end)  # "President Egils Levits of Latvia"
                        or gz.title_countries.get(title)
                        or self._publishers(title)
                    )
                )
                # "NATO Deputy Secretary General Mircea Geoana": a body's official carries its code
                code = owner.actor.code if owner else None
                person = self._resolve_name(name, title) or self._person(name, country, title, code)
            start = owner.start if owner else i
            if owner:
                found.remove(owner)
            self._remember(person)
            found.append(Mention(start, name_end, person, "person"))
            return name_end
        if owner is not None and not _plural(lowers, t_end - 1):
            # "the US president": a person the article introduced, else the state itself.
            holder = self._by_role(owner.actor.country, title)
            if holder is not None:
                found.remove(owner)
                found.append(Mention(owner.start, t_end, holder, "title"))
            return t_end
        only_state = gz.title_countries.get(title)
        if owner is None and only_state and i and lowers[i - 1] == "the" and not _plural(lowers, t_end - 1):
            # "the Secretary of State has imposed": a title one state uses stands for its holder
            holder = self._by_role(only_state, title) or gz.countries.get(only_state)
            if holder is not None:
                found.append(Mention(i, t_end, holder, "title"))
            return t_end
        publisher = self.publisher
        if owner is None and publisher is not None and self._publisher_title(words, lowers, i, t_end, title):
            # a White House release's "the President": its own, when no other state is named with it
            holder = self._by_role(publisher.country, title) or publisher
            found.append(Mention(i, t_end, holder, "title"))
            return t_end
        if owner is None and self._definite_title(lowers, i, t_end):
            # "President Donald Trump ... the president said": the one holder the article named
            holder = self._only_holder(title)
            if holder is not None:
                found.append(Mention(i, t_end, holder, "title"))
                return t_end
        return -1

    def _read_name(self, words: list[str], lowers: list[str], i: int, found: list[Mention]) -> int:
        """A gazetteer name (longest first): a state, a metonym, a demonym, a body or a known person."""
        gz, grammar = self.gazetteer, self.grammar
        entry_end, entry = _longest(gz.entries, gz.lengths, words, i) if words[i] in gz.lengths else (i, None)
        if entry is None:
            return -1
        if entry.via == "none":
            return entry_end  # a place or product named after a state ("South China Sea")
        if (
            entry_end - i == 1
            and entry.actor.kind == "organization"
            and entry.actor.code is None
            and _other_first_name(words, i, grammar, gz.title_first)
        ):
            return -1  # "Foreign Minister Therese Kayikwamba Wagner": a surname, not the Wagner Group
        if (
            entry.via == "metonym"
            and _names_something(words, entry_end, gz)
            and _longest(gz.titles, gz.title_lengths, lowers, entry_end)[1] is None  # "Pentagon Press Secretary"
        ):
            return entry_end  # "Paris Peace Accords", "Washington Post": a name, not a government
        if (
            entry.via == "body"
            and _after_possessive_state(lowers, i, found)
            and any_in_span(grammar.institution_words, words, i, entry_end)
        ):
            return _append_state_organ(words, i, entry_end, found)  # "Russia's Security Council", not the UN's
        actor = entry.actor
        via: MentionVia = entry.via
        demonym_next = entry.via == "demonym" and _demonym_at(gz, words, entry_end)  # "Palestinian Americans"
        if entry.via == "person":
            if entry_end - i == 1 and _other_first_name(words, i, grammar, gz.title_first):
                return entry_end  # "Mrs. Janja Starmer": a surname alias after another first name
            actor = self.by_full_name.get(actor.name, actor)
            self._remember(actor)
        elif entry.via == "demonym" and ((i and lowers[i - 1] in grammar.population_qualifiers) or demonym_next):
            # "ethnic Albanians", "Palestinian Americans": a population that is not the state
            span_end = entry_end + 1 if demonym_next else entry_end
            span_start = i if span_end > entry_end else i - 1
            actor = Party(name=" ".join(words[span_start:span_end]), kind="organization")
            via = "name"
            entry_end = span_end
        elif entry.via == "demonym" and (group_end := self._armed_group_end(words, lowers, entry_end)):
            # "Afghan rebels", "Irish nationalist guerrillas": a group of that nationality, not the state
            name = " ".join(words[i:group_end])
            actor = Party(name=name, kind="organization", country=actor.country)
        modifier = (entry.via in ("demonym", "body") and self._is_modifier(words, lowers, entry_end)) or (
            made_in(lowers, entry_end, grammar)  # "U.S.-made bombs", split as "U.S." "-" "made"
        )
        found.append(Mention(i, entry_end, actor, via, modifier=modifier))
        return entry_end

    def _read_possessed_name(self, words: list[str], lowers: list[str], i: int, found: list[Mention]) -> int:
        """ "Argentina's Javier Milei", "China's Foreign Ministry": a name right after a possessive state."""
        if not _after_possessive_state(lowers, i, found):
            return -1
        name_end = _name_end(words, i, min_words=2)
        if name_end <= i:
            return -1
        if any(w in self.grammar.institution_words for w in words[i:name_end]):
            # "South Korea's Joint Chiefs of Staff", "China's Foreign Ministry": the state's organ.
            return _append_state_organ(words, i, _institution_end(words, name_end), found)
        owner = found.pop()
        name = _join_name(words[i:name_end])
        person = self._resolve_name(name) or self._person(name, owner.actor.country, None)
        self._remember(person)
        found.append(Mention(owner.start, name_end, person, "person"))
        return name_end

    def _read_surname(self, words: list[str], i: int, found: list[Mention]) -> int:
        """A surname the article (or the gazetteer) introduced."""
        word = words[i]
        known = self.by_surname.get(word) if word[:1].isupper() else None
        if word in self.double_firsts and i + 1 < len(words):
            double = self.by_surname.get(f"{word} {words[i + 1]}")  # a double surname, both parts given
            if double is not None:
                self._remember(double)
                found.append(Mention(i, i + 2, double, "person"))
                return i + 2
        if known is None:
            return -1
        if _other_first_name(words, i, self.grammar, self.gazetteer.title_first):
            return -1  # "Mrs. Carrie Johnson" is not Boris Johnson: another first name, another person
        self._remember(known)
        found.append(Mention(i, i + 1, known, "person"))
        return i + 1

    def _read_introduced(self, words: list[str], lowers: list[str], i: int, found: list[Mention]) -> int:
        """ "Ivan Cepeda, the candidate of ...", "the right-wing lawyer Abelardo de la Espriella": a person
        no data file holds, introduced by a role noun, in an article with a dateline."""
        gz, grammar = self.gazetteer, self.grammar
        end = _name_end(words, i, min_words=2, stop=gz.place_first_tokens)
        if end == i or any(w in gz.place_first_tokens or w in grammar.institution_words for w in words[i:end]):
            return -1  # "Historic Pact", "Foreign Ministry": no person
        roles = grammar.role_nouns
        before = i > 0 and lowers[i - 1] in roles
        after = end + 2 < len(words) and words[end] == "," and lowers[end + 1] in ("the", "a", "an")
        if not before and not (after and any_in_span(roles, lowers, end + 2, end + 2 + _ROLE_REACH)):
            return -1
        person = self._person(_join_name(words[i:end]), self.home, None)
        self._remember(person)
        found.append(Mention(i, end, person, "person"))
        return end

    def _read_candidate(self, words: list[str], lowers: list[str], i: int, found: list[Mention]) -> int:
        """ "Raila Odinga's bid to lead the African Union Commission": a name no data file holds whose
        bid, candidacy or campaign is spoken of is a person (of the dateline's state, if any)."""
        gz, grammar = self.gazetteer, self.grammar
        end = _name_end(words, i, min_words=2, stop=gz.place_first_tokens)
        if end == i or end + 1 >= len(words) or lowers[end] != "'s" or lowers[end + 1] not in _CANDIDACY_NOUNS:
            return -1
        if any(w in gz.place_first_tokens or w in grammar.institution_words for w in words[i:end]):
            return -1  # "the Social Democratic Party's campaign": a body, not a person
        person = self._person(_join_name(words[i:end]), self.home, None)
        self._remember(person)
        found.append(Mention(i, end, person, "person"))
        return end

    def _read_compound(self, words: list[str], lowers: list[str], i: int, found: list[Mention]) -> None:
        """Hyphenated compounds: "US-Japan relations", "U.S.-China talks"."""
        word = words[i]
        if "-" not in word or not word[:1].isupper():
            return
        parts = word.split("-")[:_MAX_COMPOUND_PARTS]
        # "U.S.-made bombs", "Iranian-backed militia": qualifiers; "US-Japan" pairs are sides
        qualifier = not parts[-1][:1].isupper()
        if parts[-1] == "led" and i + 1 < len(words) and lowers[i + 1] in self.grammar.group_nouns:
            qualifier = False  # "Vietnamese-led forces": the leading state's forces act
        if i + 1 < len(words) and lowers[i + 1] in _BORDER_NOUNS:
            qualifier = True  # "a visit to the Ukrainian-Poland border": a place, not two sides
        if len(parts) == 2 and i + 1 < len(words) and self._of_heritage(words, lowers, i + 1, parts):
            parts = parts[1:]  # "Iranian-American journalist Masih Alinejad": an American of Iranian heritage
        for part in parts:
            part_entry = self.gazetteer.entries.get((part,))
            if part_entry is not None and part_entry.actor.kind != "person" and part_entry.via != "none":
                found.append(Mention(i, i + 1, part_entry.actor, part_entry.via, modifier=qualifier))

    def _of_heritage(self, words: list[str], lowers: list[str], after: int, parts: list[str]) -> bool:
        """Two demonyms before a person's noun or name: the person is of the last one's state."""
        for part in parts:
            entry = self.gazetteer.entries.get((part,))
            if entry is None or entry.via != "demonym":
                return False
        grammar = self.grammar
        person_next = lowers[after] in grammar.role_nouns or lowers[after] in grammar.population_nouns
        return person_next or words[after][:1].isupper()

    def _read_pronoun(
        self, words: list[str], lowers: list[str], i: int, found: list[Mention], questioned: bool
    ) -> None:
        """ "he", "her", "his", and in an official release "we" and "our"."""
        word, low, grammar = words[i], lowers[i], self.grammar
        if low not in self.pronouns:
            return  # by far the most common case: a capitalised word that names nobody
        if self.publisher is not None and word in grammar.first_person_plural and not questioned:
            # "We condemn ...", "our partners": in an official release, the publishing government,
            # unless a transcript gives the floor to a reporter or to another state's speaker
            if not self.in_question:
                found.append(Mention(i, i + 1, self.turn_speaker or self.publisher, "publisher"))
        elif low in grammar.subject_pronouns and i + 1 < len(lowers) and lowers[i + 1] != "'s":
            subject = next((m.actor for m in found if m.actor.kind == "person"), None)
            if subject is None and _unknown_person(words, range(i), i, found, grammar):
                return  # "When Secretary Shultz was here, he ...": someone we cannot resolve
            target = subject or self.last_subject_person
            if target is not None:
                found.append(Mention(i, i + 1, target, "pronoun"))
        elif low in grammar.object_pronouns or low in grammar.possessive_pronouns:
            subject = next((m.actor for m in found if m.actor.kind == "person"), None)
            if _possessive_pronoun(lowers, i, grammar):
                # "Sanchez said his government ...": a possessive usually points back to the subject,
                # but "congratulated him on his election": to the object just before "on" or "for"
                obj = next((m.actor for m in found if m.end == i - 1 and m.actor.kind == "person"), None)
                if obj is not None and obj != subject and lowers[i - 1] in OBJECT_REASONS:
                    referent: Party | None = obj
                else:
                    # "Biden says Putin has made up his mind": the subject of what is reported
                    referent = _reported_subject(found, lowers, i, grammar) or subject
                    referent = referent or self._earlier_person(words, i, found, None)
            else:
                # "praised her": an object pronoun is someone other than the subject; but in
                # "sanctioned Petro ..., accusing him" the person named after a verb is no subject
                first = next((m for m in found if m.actor.kind == "person" and m.via != "pronoun"), None)
                if first is not None and _after_a_verb(lowers, first.start):
                    referent = first.actor
                else:
                    referent = self._earlier_person(words, i, found, subject)
            if referent is not None:
                found.append(Mention(i, i + 1, referent, "pronoun"))

    def _read_group_anaphor(self, lowers: list[str], i: int, found: list[Mention]) -> None:
        """ "Hezbollah ... hours after the group fired rockets": "the (militant) group" is the armed group
        named before it in the sentence or in the last few (not "the group of experts")."""
        group = next((m.actor for m in reversed(found) if is_armed_group(m.via, m.actor)), None)
        if group is None and self.sentence_no - self.group_at <= _GROUP_LOOKBACK:
            group = self.last_group
        if group is None:
            return
        k = i - 1 - (i > 1 and lowers[i - 1] in _GROUP_QUALIFIERS)
        if k < 0 or lowers[k] != "the" or (i + 1 < len(lowers) and lowers[i + 1] == "of"):
            return
        found.append(Mention(k, i + 1, group, "pronoun"))

    def _official_of_fronted_capital(self, lowers: list[str], found: list[Mention]) -> None:
        """ "In Beijing, a foreign ministry spokesperson said ...": an official no name introduces speaks
        for the state whose capital opens the sentence (the caller has seen "In" and a mention right after)."""
        place = found[0]
        if place.via != "metonym" or place.actor.kind != "country":
            return
        if place.end >= len(lowers) or lowers[place.end] != ",":
            return
        for k in range(place.end + 1, min(len(lowers), place.end + 1 + _OFFICIAL_REACH)):
            if lowers[k] in _OFFICIAL_NOUNS and not any(m.start <= k < m.end for m in found):
                found.insert(1, Mention(k, k + 1, place.actor, "metonym"))
                return
            if lowers[k] in (",", "said", "says"):
                return

    def _read_body_anaphor(self, lowers: list[str], i: int, found: list[Mention]) -> None:
        """ "The European Union imposed sanctions ... The bloc also froze": "the (27-nation) bloc" and
        "the alliance" are the body of that kind named last, in this sentence or the few before.
        ("the alliance between Moscow and Pyongyang" is another one, named by what follows.)"""
        k = next((j for j in range(i - 1, max(-1, i - 2 - _BODY_QUALIFIERS), -1) if lowers[j] == "the"), -1)
        if k < 0 or any(m.end > k for m in found) or not all(w[:1].isalnum() or w == "-" for w in lowers[k + 1 : i]):
            return  # not "the ... bloc", or "the EU bloc": named already
        if i + 1 < len(lowers) and lowers[i + 1] in _OWN_BODY_NAMERS:
            return
        codes = self.gazetteer.body_nouns[lowers[i]]
        named = [(at, body) for code, (body, at) in self.bodies_named.items() if code in codes]
        if not named:
            return
        at, body = max(named, key=lambda pair: pair[0])
        if self.sentence_no - at <= _BODY_LOOKBACK:
            found.append(Mention(k, i + 1, body, "body"))

    def _earlier_person(self, words: list[str], i: int, found: list[Mention], besides: Party | None) -> Party | None:
        """The person last named before, other than `besides`, unless a person we cannot resolve was named
        since ("Judge Breyer praised her": her is not the president named two sentences before)."""
        referent = next((p for p in reversed(self.recent_persons) if p != besides), None)
        if referent is None or self.unknown_at > self.seen_in.get(referent.name, -1):
            return None
        if any_in_span(self.person_words, words, 0, i) and _unknown_person(words, range(i), i, found, self.grammar):
            return None
        return referent

    def _quoted_we(self, words: list[str], found: list[Mention]) -> list[Mention]:
        """'"Since our self-defense strikes ...," Ryder said': "we" and "our" in a quote stand for the
        state of the official it is attributed to, named right after it."""
        quotes = [k for k, w in enumerate(words) if w == '"']
        if len(quotes) < 2:
            return found
        opening, closing = quotes[0], quotes[1]
        speaker = next(
            (
                m
                for m in found
                if closing < m.start <= closing + _SPEAKER_GAP
                and m.actor.kind == "person"
                and m.actor.country is not None
                and any_in_span(self.grammar.attribution_verbs, words, m.end, m.end + _SPEAKER_GAP)
            ),
            None,
        )
        state = self.gazetteer.countries.get(speaker.actor.country or "") if speaker is not None else None
        if state is None:
            return found
        first_person = self.grammar.first_person_plural
        kept = [m for m in found if not (opening < m.start < closing and m.via == "publisher")]
        taken = {m.start for m in kept}
        for k in range(opening + 1, closing):
            if words[k] in first_person and k not in taken:
                kept.append(Mention(k, k + 1, state, "speaker"))
        return sorted(kept, key=_mention_start)

    def _publishers(self, title: str) -> str | None:
        """ "Secretary Austin" in a US release: an official its publisher's state titles so, else the dateline's."""
        if self.publisher is not None and title not in self.grammar.head_titles and self._publisher_uses(title):
            return self.publisher.country
        return self.home

    def _publisher_uses(self, title: str) -> bool:
        """Whether the publisher's state has an official with this title ("Secretary", "President")."""
        publisher = self.publisher
        return publisher is not None and title in self.gazetteer.country_titles.get(publisher.country or "", ())

    def _publisher_title(self, words: list[str], lowers: list[str], i: int, end: int, title: str) -> bool:
        """ "the President" in a release: a capitalised title the publishing state uses, not followed by
        "of"/"for" ("the President of Kenya"), and not a plural."""
        publisher = self.publisher
        if publisher is None or publisher.country is None or not words[i][:1].isupper():
            return False
        if not self._definite_title(lowers, i, end):
            return False
        return self._publisher_uses(title)

    def _armed_group_end(self, words: list[str], lowers: list[str], end: int) -> int:
        """The end of "rebels" or "nationalist guerrillas" after a demonym ending at `end`, else 0."""
        nouns = self.grammar.armed_group_nouns
        if end < len(words) and lowers[end] in nouns:
            return end + 1
        if end + 1 < len(words) and lowers[end + 1] in nouns and words[end].isalpha() and words[end].islower():
            return end + 2
        return 0

    def _is_modifier(self, words: list[str], lowers: list[str], end: int) -> bool:
        """A singular demonym before a common noun that is not a government or armed group."""
        if end >= len(words) or (words[end - 1].endswith("s") and words[end - 1][-2:] != "ss"):
            return False
        nxt = words[end]
        if not nxt.isalpha() or not nxt.islower():
            return False
        g = self.grammar
        if nxt in self.gazetteer.title_first:
            return False  # "a French minister": the state's official
        function_word = nxt in ("and", "or", "nor") or nxt in g.prepositions or nxt in g.clause_breaks
        after = lowers[end + 1] if end + 1 < len(lowers) else ""
        if after == "to" or after in g.determiners:
            return False  # "The EU plans to ...", "Russian forces shelled the ...": a verb follows
        if nxt.endswith("ly") and (
            after.endswith("ed") or after in g.irregular_past_verbs or after in g.verbal_followers
        ):
            return False  # "The EU formally adopted ...": an adverb, then the verb
        if not function_word and after in g.group_nouns:
            return False  # "Palestinian suicide bombers", "Burmese border guards": a group two words on
        # "the Polish border" is a place: a group modifier ("border", "security") needs its group noun
        return not (
            function_word
            or ((nxt in g.group_nouns or nxt.removesuffix("s") in g.group_nouns) and nxt not in g.group_modifiers)
            or nxt in g.verbal_followers
            or nxt in g.attribution_verbs
            or nxt.endswith("ed")
        )

    def _title_at(self, lowers: list[str], i: int) -> tuple[str | None, int]:
        gz = self.gazetteer
        end, title = _longest(gz.titles, gz.title_lengths, lowers, i)
        if title is not None and end < len(lowers) and lowers[end] in ("of", "-"):
            return None, i  # "president of the council": let the gazetteer have it
        return title, end

    def _resolve_name(self, name: str, title: str | None = None) -> Party | None:
        if name in self.by_full_name:
            return self.by_full_name[name]
        known = self.gazetteer.persons.get(name)
        if known is not None:
            return known
        words = name.split()
        if len(words) == 1:
            known = self.by_surname.get(name)
            if known is not None and title and known.name.split(None, 1)[0] == name and known.title:
                # "the Kim Jong-un diet ... Ambassador Kim": a family name many share, with another office
                return known if not set(title.lower().split()).isdisjoint(known.title.lower().split()) else None
            return known
        return None

    def _only_holder(self, title: str) -> Party | None:
        """The person named with this title in the last few sentences, when exactly one was."""
        holder: Party | None = None
        for person in self.recent_persons:
            if (
                _holds(person, title)
                and self.sentence_no - self.seen_in.get(person.name, -_TITLE_WINDOW - 1) <= _TITLE_WINDOW
            ):
                if holder is not None and person.name != holder.name:
                    return None
                holder = person
        return holder

    @staticmethod
    def _definite_title(lowers: list[str], i: int, end: int) -> bool:
        """ "the president", not "the presidents" or "the president of Kenya"."""
        return (
            i > 0
            and lowers[i - 1] == "the"
            and not _plural(lowers, end - 1)
            and not (end < len(lowers) and lowers[end] in ("of", "for"))
        )

    def _by_role(self, country: str | None, title: str) -> Party | None:
        for person in reversed(self.recent_persons):
            if person.country == country and _holds(person, title):
                return person
        return None


def _holds(person: Party, title: str) -> bool:
    """ "the Secretary" is the Secretary of State named before."""
    held = person.title
    return held is not None and (held == title or held.startswith(title + " "))


#: "for European and Eurasian Affairs (EUR) Dr. Karen Donfried": a portfolio before a two-word name.
_MAX_PORTFOLIO_WORDS: Final = 14
_MIN_HOLDER_WORDS: Final = 2
_MAX_HOLDER_WORDS: Final = 4

_V = TypeVar("_V")


def _longest(
    index: Mapping[tuple[str, ...], _V], lengths: Mapping[str, tuple[int, ...]], tokens: list[str], i: int
) -> tuple[int, _V | None]:
    """The longest index key starting at token `i`: (end, value), or (i, None)."""
    n = len(tokens)
    for length in lengths.get(tokens[i], ()):
        if i + length <= n:
            value = index.get((tokens[i],) if length == 1 else tuple(tokens[i : i + length]))
            if value is not None:
                return i + length, value
    return i, None


#: Generational suffixes after a surname ("Jr." is tokenised "Jr" before a sentence's full stop).
_NAME_SUFFIXES: Final = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _same_title(held: str | None, given: str) -> bool:
    return held is not None and held.lower().replace("-", " ") == given.lower().replace("-", " ")


def _state_after_of(gz: Gazetteer, words: list[str], lowers: list[str], end: int) -> str | None:
    """The state named by "of Latvia" or "of the Republic of Korea" right after a person's name."""
    k = end + 1
    if k >= len(words) or lowers[end] != "of":
        return None
    k += lowers[k] == "the" and k + 1 < len(words)
    if words[k] not in gz.lengths:
        return None
    entry = _longest(gz.entries, gz.lengths, words, k)[1]
    return entry.actor.country if entry is not None and entry.via == "name" and entry.actor.kind == "country" else None


def _names_something(words: list[str], end: int, gz: Gazetteer) -> bool:
    """A capital followed by a capitalised common word is part of a proper name."""
    if end >= len(words):
        return False
    nxt = words[end]
    return nxt[:1].isupper() and nxt.isalpha() and nxt not in gz.first_tokens and nxt not in CALENDAR_WORDS


def _institution_end(words: list[str], end: int) -> int:
    """Extend "Joint Chiefs" over "of Staff"."""
    if end + 1 < len(words) and words[end] == "of" and words[end + 1][:1].isupper():
        return end + 2
    return end


def _after_possessive_state(lowers: list[str], i: int, found: list[Mention]) -> bool:
    """Word ``i`` follows a country mention and its "'s": "China's ..."."""
    return (
        i >= 2
        and lowers[i - 1] == "'s"
        and bool(found)
        and found[-1].end == i - 1
        and found[-1].actor.kind == "country"
    )


def _append_state_organ(words: list[str], i: int, end: int, found: list[Mention]) -> int:
    """Fold the possessing country and ``words[i:end]`` into one organ of that state, "China Foreign Ministry"."""
    owner = found.pop()
    organ = Party(name=f"{owner.actor.name} {' '.join(words[i:end])}", kind="organization", country=owner.actor.country)
    found.append(Mention(owner.start, end, organ, "name"))
    return end


def _possessive_pronoun(lowers: list[str], i: int, grammar: Grammar) -> bool:
    """ "his role", "her phone" (but not "praised her before")."""
    word = lowers[i]
    if word not in grammar.possessive_pronouns:
        return False
    nxt = lowers[i + 1] if i + 1 < len(lowers) else ""
    return word == "his" or (nxt.isalpha() and nxt not in grammar.prepositions and nxt not in grammar.clause_breaks)


def _preposition_before(lowers: list[str], start: int, grammar: Grammar, *, person: bool = False) -> str | None:
    """The preposition governing a mention, looking past determiners ("by the U.N."), and for a person
    past the modifiers of a title ("by former President Uribe")."""
    i = start - 1
    while i >= 0 and (
        lowers[i] in grammar.determiners
        or lowers[i] in grammar.place_qualifiers
        or (person and lowers[i] in grammar.title_modifiers)
    ):
        i -= 1  # "by the U.N.", "in southern Israel", "in the occupied West Bank"
    if i > 0 and lowers[i][:1].isdigit() and not _a_year(lowers[i]) and lowers[i - 1] in grammar.prepositions:
        i -= 1  # "visa restrictions on 16 Venezuelan officials" (but "In 2022 Russian troops invaded")
    if i < 0 or lowers[i] not in grammar.prepositions or lowers[i] in grammar.clause_breaks:
        return None  # "after he held a call": "after" opens a clause whose subject this is
    if lowers[i] == "of" and i > 0 and lowers[i - 1] in grammar.partitives:
        return None  # "a group of Moroccan diplomats held talks": the diplomats are the subject
    return lowers[i]


#: "In Beijing, a foreign ministry spokesperson": the nouns of an unnamed official, and how far into the
#: sentence they may come.
_OFFICIAL_NOUNS: Final = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "ministry", "officials", "official", "government", "diplomat"}
)
_OFFICIAL_REACH: Final = 5
#: "HO CHI MINH CITY, May 3 -": the most words a dateline's place may have.
_DATELINE_WORDS: Final = 4
#: "the group", "the militant group", "the militia": words that point back to the armed group last named.
_GROUP_ANAPHORS: Final = frozenset({"group", "militia"})
_GROUP_QUALIFIERS: Final = frozenset({"militant", "armed", "rebel", "islamist", "islamic", "terrorist", "jihadist"})
#: How many sentences back "the group" may point.
_GROUP_LOOKBACK: Final = 3
#: How many sentences back "the bloc" or "the alliance" may point, and how many words may qualify it
#: ("the 27-nation bloc", "the Western military alliance": tokens "27", "-", "nation").
_BODY_LOOKBACK: Final = 6
_BODY_QUALIFIERS: Final = 4
#: Words after "the alliance" that say which one it is: another than the body named before.
_OWN_BODY_NAMERS: Final = frozenset({"between", "with", "of", "among", "that", "which"})


def _a_year(token: str) -> bool:
    return len(token) == 4 and token.isdecimal() and "1800" <= token <= "2199"


#: "in San Juan de Lima, Peru": how many capitalised words a place before its state may have.
_PLACE_WORDS: Final = 4


#: After a hyphenated pair of states, nouns that make it a place ("the Ukraine-Poland border").
_BORDER_NOUNS: Final = frozenset({"border", "borders", "frontier", "boundary"})
#: The longest speaker label a transcript opens a turn with ("SENIOR STATE DEPARTMENT OFFICIAL ONE:").
_MAX_LABEL_WORDS: Final = 6


def _speaker_label(words: list[str]) -> list[str]:
    """ "PRIME MINISTER ALBANESE:", "MR PRICE:": the capitalised words before a turn's colon."""
    for k in range(1, min(len(words), _MAX_LABEL_WORDS + 1)):
        if words[k] == ":":
            label = [w for w in words[:k] if w != "."]
            return label if label and all(w.isupper() and w.replace("-", "").isalpha() for w in label) else []
        if not words[k].isupper() and words[k] != ".":
            return []
    return []


def _place_apposition(
    words: list[str], lowers: list[str], start: int, found: list[Mention], grammar: Grammar
) -> str | None:
    """ "in Aleppo, Syria": a state after a place no data file holds and a comma is where the place
    is; it takes the place's preposition ("while in Jakarta, Indonesia's minister" names a subject)."""
    capital = next((m for m in found if m.end == start - 1), None)
    if capital is not None:  # "in Riga, Latvia": the state's own capital, then the state
        state = next((m for m in found if m.start == start), None)
        return capital.prep if state is not None and capital.actor.state == state.actor.state else None
    i = start - 2
    while i >= 0 and start - 2 - i < _PLACE_WORDS and words[i][:1].isupper() and words[i].isalpha():
        i -= 1
    if i == start - 2 or i < 0 or any(i < m.end <= start - 1 for m in found):
        return None
    return lowers[i] if lowers[i] in grammar.locative_prepositions else None


def _merge_possessive_owners(found: list[Mention], lowers: list[str]) -> list[Mention]:
    """ "Argentina's Javier Milei" is one mention: the person, owned by the state."""
    if "'s" not in lowers:
        return found  # nothing to merge (most sentences)
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.actor.kind == "person"
            and prev.actor.kind == "country"
            and prev.end == m.start - 1
            and lowers[prev.end] == "'s"
        ):
            out.pop()
            actor = m.actor if m.actor.country else m.actor.with_country(prev.actor.country)
            m = Mention(prev.start, m.end, actor, m.via)
        out.append(m)
    return out


def _owner_before(found: list[Mention], i: int, lowers: list[str], grammar: Grammar) -> Mention | None:
    """The state that owns a title: "Japan's [Prime Minister]", "Chinese [President]", "the US [president]"."""
    if not found:
        return None
    last = found[-1]
    if last.actor.kind != "country" and last.actor.code is None:
        return None
    modifiers = grammar.title_modifiers
    while i > last.end and (lowers[i - 1] in modifiers or (i - last.end <= 3 and lowers[i - 1].isalpha())):
        i -= 1  # "Nigerian junior foreign minister", "Iran's religious leader"
        word = lowers[i]
        if word in ("and", "or", "the") or word in grammar.prepositions or word in grammar.verbal_followers:
            return None  # "G7 leaders met with President Zelenskyy": the title belongs to the object
        if (word.endswith("ed") and word not in modifiers) or word in grammar.irregular_past_verbs:
            return None  # "The German government welcomed President Reagan": another clause's subject
    if last.end == i and last.via in ("demonym", "name", "body", "metonym"):
        return last
    if last.end == i - 1 and lowers[i - 1] == "'s":
        return last
    return None


def _a_brief(words: list[str], lowers: list[str], m: Mention) -> bool:
    """ "Special Representative for the DPRK", "Envoy for Iran": a state named as what a title is for."""
    k = m.start - 1 - (m.start > 0 and lowers[m.start - 1] == "the")
    return k > 0 and lowers[k] == "for" and words[k - 1][:1].isupper()


def made_in(lowers: list[str], end: int, grammar: Grammar) -> bool:
    """A mention followed by "-made", "-built": where a thing came from, not who acts."""
    return end + 1 < len(lowers) and lowers[end] == "-" and lowers[end + 1] in grammar.provenance_suffixes


#: "Raila Odinga's bid", "Nasry Asfura's campaign": what a candidate's name owns.
_CANDIDACY_NOUNS: Final = frozenset(
    {"bid", "candidacy", "candidature", "campaign", "nomination", "re-election", "reelection", "presidential"}
)
#: "Jose Antonio Kast's campaign": the most words such a name may have.
_CANDIDATE_NAME_WORDS: Final = 4


def _unknown_person(
    words: list[str], candidates: Iterable[int], hi: int, found: list[Mention], grammar: Grammar
) -> bool:
    """Whether a title or honorific at one of `candidates` (positions before `hi`) names a person whom
    no mention resolved ("Secretary Shultz")."""
    titles, honorifics = grammar.person_titles, grammar.honorifics
    for k in candidates:
        if k >= hi - 1:
            break
        word = words[k]
        named = (word in titles or word in honorifics) and words[k + 1][:1].isupper() and words[k + 1].isalpha()
        if named and not any(m.start <= k + 1 < m.end for m in found):
            return True
    return False


def _after_honorifics(words: list[str], end: int, grammar: Grammar, gz: Gazetteer) -> int:
    """Past the honorifics and military ranks between a title and a name ("Dr.", "U.S. Air Force Brig. Gen.")."""
    n = len(words)
    k = end
    services, ranks = grammar.military_services, grammar.military_ranks
    while k < n:
        word = words[k]
        if word in grammar.honorifics or word in ranks:
            k += 1 + (k + 1 < n and words[k + 1] == ".")
        elif (word in services or (k + 1 < n and words[k + 1] in services and (word,) in gz.entries)) and any(
            w in ranks for w in words[k + 1 : k + 4]
        ):
            k += 1  # "Air Force", and the state's name before it: "U.S. Air Force Brig."
        else:
            break
    return k


def _reported_subject(found: list[Mention], lowers: list[str], i: int, grammar: Grammar) -> Party | None:
    """The person opening a clause reported after "says" or "said", before token `i`."""
    said = next((k for k in range(i - 1, -1, -1) if lowers[k] in _CLAUSE_REPORTING), -1)
    if said < 0:
        return None
    return next(
        (m.actor for m in found if m.start == said + 1 and m.actor.kind == "person" and m.via != "pronoun"), None
    )


def _mention_start(m: Mention) -> int:
    return m.start


def _plural(lowers: list[str], i: int) -> bool:
    return lowers[i].endswith("s") and lowers[i] not in ("ambassadors",) and not lowers[i].endswith("ss")


def _demonym_at(gz: Gazetteer, words: list[str], i: int) -> bool:
    entry = gz.entries.get((words[i],)) if i < len(words) else None
    return entry is not None and entry.via == "demonym"


def _after_a_verb(lowers: list[str], start: int) -> bool:
    """Whether a past-tense verb comes before token `start` in the sentence ("the Treasury sanctioned Petro")."""
    return any(len(w) > 4 and w.endswith("ed") for w in lowers[:start])


def _join_name(tokens: list[str]) -> str:
    """ "Anatoly I. Antonov": tokens joined, an initial's full stop kept on the initial, a quoted
    nickname left out ('Josaia Voreqe "Frank" Bainimarama')."""
    if '"' in tokens:
        k = tokens.index('"')
        tokens = tokens[:k] + tokens[k + 3 :]
    return " ".join(tokens).replace(" . ", ". ")


def _after_portfolio(words: list[str], start: int, grammar: Grammar, places: frozenset[str]) -> tuple[int, int]:
    """After "Secretary for ...": the (start, end) of the holder's name that follows the portfolio,
    or (start, start) when the portfolio runs into no name ("Under Secretary for Political Affairs will")."""
    j = start + 1
    while (
        j < len(words)
        and j - start <= _MAX_PORTFOLIO_WORDS
        and (words[j][:1].isupper() or words[j] in ("of", "and", "the", "(", ")", "-", "&", ".", ","))
    ):
        j += 1
    if j >= len(words) or j - start > _MAX_PORTFOLIO_WORDS or not words[j][:1].islower():
        return start, start
    # the name: the capitalised words before the verb, back to a portfolio word, an honorific,
    # an acronym or a place ("Affairs (PRM) Julieta Valls Noyes", "Yemen Tim Lenderking")
    k = j - 1
    first = j
    words_in_name = 0
    while k > start and words_in_name < _MAX_HOLDER_WORDS:
        word = words[k]
        if word == "." or (len(word) <= 2 and word[:1].isupper()):
            k -= 1  # an initial ("Daniel J. Kritenbrink") does not count as a word of the name
            continue
        stop = word in grammar.honorifics or word in grammar.portfolio_words or word in places
        if stop or not word[:1].isupper() or (word.isupper() and len(word) > 2):
            break
        first = k
        words_in_name += 1
        k -= 1
    if words_in_name < _MIN_HOLDER_WORDS:
        return start, start
    return first, j


def _same_first_name(first: str, known: str) -> bool:
    """ "Donald" and "Donald Trump", "Joseph" and "Joe Biden", "J." and "John Kerry"; not "Rafik" and
    "Saad Hariri"."""
    theirs = known.split(None, 1)[0]
    if first.endswith(".") or theirs.endswith("."):
        return first[:1] == theirs[:1]
    return first[:2].lower() == theirs[:2].lower()


def _other_first_name(words: list[str], i: int, grammar: Grammar, title_first: frozenset[str]) -> bool:
    """A capitalised word before a surname that is no title ("Presidents", "Speaker", "HRVP") or
    honorific: someone else's first name ("Mrs. Carrie Johnson")."""
    prev = words[i - 1] if i > 1 else ""
    if not (prev.isalpha() and prev[:1].isupper() and prev[1:].islower()):
        return False
    low = prev.lower()
    return not (
        prev in grammar.person_titles
        or prev in grammar.honorifics
        or low in title_first
        or low.removesuffix("s") in title_first
    )


def _particles_then_name(words: list[str], j: int) -> bool:
    """ "de la Espriella", "van der Leyen": name particles, then a capitalised word."""
    k = j
    while k < len(words) and words[k].lower() in _NAME_PARTICLES and k - j < _MAX_PARTICLES:
        k += 1
    return k > j and k < len(words) and words[k][:1].isupper()


def _name_end(words: list[str], i: int, min_words: int = 1, stop: frozenset[str] = frozenset()) -> int:
    """End of a capitalised name starting at `i` (or `i` when there is none); stops at gazetteer names."""
    j = i
    nickname = 0  # the three tokens of a quoted nickname do not count towards the name's length
    while j < len(words) and j - i - nickname < _MAX_NAME_WORDS:
        word = words[j]
        if j > i and word in stop:
            break
        initials = len(word) >= 2 and word[-1] == "." and word.replace(".", "").isupper()
        if (word[:1].isupper() and word[1:2].islower()) or (word[:1].isupper() and len(word) == 1) or initials:
            if word in CALENDAR_WORDS or (j == i and word in _NOT_NAMES):
                break
            j += 1
        elif (word.lower() in _NAME_PARTICLES and j > i and _particles_then_name(words, j)) or (word == "-" and j > i):
            j += 1
        elif j > i and _particle_compound(word):
            j += 1  # "Ahmed al-Sharaa", "Abdel Fattah el-Sisi"
        elif word == "." and j > i and len(words[j - 1]) == 1 and words[j - 1].isupper():
            j += 1  # an initial: "Donald J. Trump"
        elif word == '"' and j > i and not nickname and _nickname_then_name(words, j):
            j += 3  # a nickname in quotes: 'Josaia Voreqe "Frank" Bainimarama'
            nickname = 3
        else:
            break
    while j > i and words[j - 1] == "-":
        j -= 1  # "Secretary Antony Blinken - either met": a dash after the name, not inside it
    return j if j - i >= min_words else i


def _particle_compound(word: str) -> bool:
    """A particle joined to a capitalised name by a hyphen: "al-Sharaa", "el-Sisi", "bin-Zayed"."""
    particle, _, rest = word.partition("-")
    return particle in _NAME_PARTICLES and rest[:1].isupper()


def _nickname_then_name(words: list[str], j: int) -> bool:
    return (
        j + 3 < len(words)
        and words[j + 2] == '"'
        and words[j + 1][:1].isupper()
        and words[j + 3][:1].isupper()
        and words[j + 3][1:2].islower()
    )
