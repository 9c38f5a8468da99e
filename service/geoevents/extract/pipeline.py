"""Pipeline: extract(article) -> typed events; pure, deterministic and offline."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Final

from geoevents.dedupe import event_id, merge
from geoevents.extract.actors import ArticleActors
from geoevents.extract.antecedents import names_a_group, names_a_pair
from geoevents.extract.candidate import Candidate
from geoevents.extract.candidates import ULTIMATUM_CUE, candidates_for_sentence
from geoevents.extract.gazetteer import build_gazetteer
from geoevents.extract.party import Party
from geoevents.extract.publisher import publisher_of
from geoevents.extract.text import Sentence, normalise, split_sentences, tokenise_with_lower
from geoevents.extract.triggers import build_trigger_index
from geoevents.extract.wordsets import any_in
from geoevents.lexicon import Grammar
from geoevents.models.article import Article
from geoevents.models.events import EVENT_MODELS, EventBase
from geoevents.resources import Resources, load_resources

__all__ = ["DEFAULT_MIN_CONFIDENCE", "extract", "find_candidates"]

#: Events below this confidence are dropped: it removes lone weak cues ("tensions", "strained")
#: while keeping every trigger the lexicon rates as a plain statement of the act.
DEFAULT_MIN_CONFIDENCE: Final = 0.4
#: A match report shows itself in its opening paragraphs; reading more would only cost time.
_SPORTS_SAMPLE_CHARS: Final = 2000


def find_candidates(body: str, resources: Resources, publisher: Party | None = None) -> list[Candidate]:
    """Every event draft in the body, before merging (sentence by sentence, in order).

    `publisher` is the government or body whose release this is: its "we" and "our".
    """
    gazetteer = build_gazetteer(resources)
    index = build_trigger_index(resources)
    grammar = resources.grammar
    actors = ArticleActors(gazetteer, grammar, publisher=publisher)
    out: list[Candidate] = []
    sentences = []
    for sentence in split_sentences(normalise(body)):
        words, lowers = tokenise_with_lower(sentence.text)
        sentences.append((sentence, words, lowers))
    if _is_sports(sentences, grammar):
        return out
    if sentences:
        actors.read_dateline(sentences[0][1])
    for sentence, words, lowers in sentences:
        actors.next_sentence(words)
        hits = index.find(lowers)
        if not hits and ULTIMATUM_CUE not in lowers:
            if actors.may_introduce(words, lowers):
                actors.mentions(words, lowers, roles=False)  # keep track of the persons the article introduces
            else:
                actors.skip(words)
            continue
        mentions = actors.mentions(words, lowers)
        # "The two sides agreed", "They looked forward to meeting again": the sides named before
        if mentions or names_a_pair(lowers, grammar) or lowers[0] == "they" or names_a_group(lowers):
            out += candidates_for_sentence(sentence, words, lowers, mentions, hits, grammar, out)
    return out


def _validated(value: Any) -> Any:
    """A role's parties as the validated actors events carry (a state's code, "KEN", stays as it is)."""
    if isinstance(value, Party):
        return value.model()
    if isinstance(value, list):
        return [p.model() if isinstance(p, Party) else p for p in value]
    return value


def _is_sports(sentences: list[tuple[Sentence, list[str], list[str]]], grammar: Grammar) -> bool:
    """A match report names states as teams ("Germany host Switzerland"); it reports no state act.

    It reads the words of the sentences that begin in the opening characters.
    """
    cues: set[str] = set()
    for sentence, _, lowers in sentences:
        if sentence.start >= _SPORTS_SAMPLE_CHARS:
            break
        if any_in(grammar.sports_cues, lowers):  # most sentences have none: no set built for them
            cues.update(grammar.sports_cues.intersection(lowers))
    return len(cues) >= grammar.sports_threshold


def extract(
    article: Article,
    resources: Resources | None = None,
    *,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    now: datetime | None = None,
) -> list[EventBase]:
    """The typed events an article states, one per happening.

    Args:
        article: a validated article.
        resources: gazetteers and lexicons; loaded once per process when omitted.
        min_confidence: events below this confidence are not returned.
        now: the `extracted_at` stamp (the only field that differs between runs).

    Returns:
        Events in order of first mention; ids are stable for the same article.
    """
    resources = resources or load_resources()
    stamp = now or datetime.now(UTC)
    events: list[EventBase] = []
    publisher = publisher_of(article.url or article.source, resources)
    for key, best, mentions in merge(find_candidates(article.body, resources, publisher)):
        if best.confidence < min_confidence:
            continue
        s = best.sentence
        model = EVENT_MODELS[best.type]
        events.append(
            model.model_validate(
                {
                    "event_id": event_id(article.id, key),
                    "article_id": article.id,
                    "article_url": article.url,
                    "published_at": article.published_at,
                    "extracted_at": stamp,
                    "evidence": {"text": article.body[s.start : s.end], "start": s.start, "end": s.end},
                    "confidence": best.confidence,
                    "plover": best.plover,
                    "cameo": best.cameo,
                    "mentions": mentions,
                    **{role: _validated(value) for role, value in best.roles.items()},
                    **{k: v for k, v in best.fields.items() if v is not None},
                }
            )
        )
    return events
