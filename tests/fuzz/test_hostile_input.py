"""Hostile input: the decoder, the router and the extractor must survive anything a topic can carry.

Contracts under test:

* ``decode_article`` raises nothing but ``Rejection``, always with a known reason and a detail;
* ``route`` never raises: it returns the article's events, or exactly one dead letter carrying the
  input key and value byte for byte;
* ``extract`` never raises, every event's evidence is the exact slice of the body it claims, the
  confidence is in [0, 1] and the event validates (and serialises) as its schema says.

Strategies aim at what defaults never generate: invalid UTF-8 of every kind, JSON nested 10,000
deep, wrong types for every field, bodies at the byte limit and one over, control characters,
bidi marks and joiners, and degenerate texts (a trigger ten thousand times, names without end,
no punctuation at all). Generated bodies are capped at ``LIMIT`` (4 KiB) to stay fast; one explicit
test runs at the real 512 KiB default. Runs are derandomised, so CI sees the same inputs each time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geoevents.config import DEFAULT_MAX_BODY_BYTES
from geoevents.decode import REASONS, decode_article
from geoevents.emit.routing import Routed, route
from geoevents.emit.topics import Topics
from geoevents.errors import Rejection
from geoevents.extract.pipeline import extract
from geoevents.models import EventBase, event_adapter
from geoevents.models.article import Article
from geoevents.resources import load_resources

pytestmark = pytest.mark.fault

settings.register_profile(
    "geoevents-fuzz",
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
FUZZ = settings.get_profile("geoevents-fuzz")


def fuzz(max_examples: int) -> settings:
    """The module's profile with a per-test budget (the budgets add up to well over 10,000 inputs)."""
    return settings(FUZZ, max_examples=max_examples)


#: Body limit for generated inputs: small, so thousands of extractions stay fast.
LIMIT = 4096
TOPICS = Topics()
SOURCE = ("articles", 3, 123456)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
ENGLISH = {"en", "eng", "english"}

# --------------------------------------------------------------------------------------------
# Vocabulary: the words the extractor reacts to, and characters that break naive text code.
# --------------------------------------------------------------------------------------------

COUNTRIES = [
    "Japan", "China", "United States", "US", "U.S.", "USA", "America", "Russia", "Ukraine", "France",
    "Germany", "India", "Brazil", "Mexico", "Canada", "Israel", "Iran", "North Korea", "South Korea",
    "Taiwan", "Kosovo", "Serbia", "Argentina", "European Union", "EU", "NATO", "United Nations", "UN",
    "Beijing", "Washington", "Moscow", "Kremlin", "White House", "Tokyo", "Kyiv", "Chinese", "Japanese",
    "American", "Russian", "Ukrainian", "Israeli", "Iranian",
]  # fmt: skip
PEOPLE = [
    "Xi Jinping", "Xi", "Donald Trump", "Trump", "Vladimir Putin", "Putin", "Sanae Takaichi", "Takaichi",
    "Emmanuel Macron", "Macron", "Friedrich Merz", "Narendra Modi", "Luiz Inacio Lula da Silva", "Lula",
    "Volodymyr Zelensky", "Kim Jong Un", "Javier Milei", "Mohammed bin Salman",
]  # fmt: skip
TITLES = [
    "President", "Prime Minister", "Chancellor", "Foreign Minister", "King", "Secretary-General",
    "president", "prime minister", "PM", "Premier", "Vice President", "Defence Minister", "Ambassador",
]  # fmt: skip
TRIGGERS = [
    "met", "meets", "meeting", "talks", "summit", "visited", "hosted", "signed", "agreed", "agreement",
    "trade deal", "free trade agreement", "sanctions", "sanctioned", "imposed sanctions on", "imposed",
    "tariffs", "tariff", "threatened", "warned", "endorsed", "backed", "threw his support behind",
    "condemned", "accused", "expelled", "recalled its ambassador from", "attacked", "struck",
    "launched missiles at", "invaded", "deployed troops to", "military drills", "election", "elections",
    "held elections", "referendum", "phoned", "spoke by phone with", "ceasefire", "ratified", "embargo",
    "boycott", "war of words", "persona non grata", "went to the polls", "was attacked by",
]  # fmt: skip
FUNCTION_WORDS = [
    "and", "or", "but", "not", "never", "no", "if", "unless", "could", "might", "may", "will", "said",
    "he", "she", "him", "her", "his", "'s", "the", "The", "a", "of", "by", "with", "to", "in", "on",
    "against", "from", "as well as", "along with", "urged", "refused to", "was", "were", "has", "had",
    "been", "on Tuesday", "in Beijing", "reportedly", "both", "Mr.", "Dr.", "Jan.", "rebels", "troops",
]  # fmt: skip
NUMBERS = [
    "$550bn", "15%", "25 percent", "from 25% to 15%", "€3 billion", "£2.5m", "US$1,000", "1,000,000",
    "12.5", "¥100", "3 trillion yen", "10 per cent", "１５%", "١٥%", "٣ billion dollars", "$1,,,,5",
    "99999999999999999999999999999999999999999%", "$" + "9" * 400 + "bn", "invest", "investment",
    "tariff", "duties", "$", "%", "0.0.0.0", "1e9", "-5%",
]  # fmt: skip
PUNCTUATION = [
    ".", ",", ";", ":", "!", "?", "...", "—", "-", "–", "(", ")", "[", "]", '"', "'", "“", "”", "‘", "’",
    "«", "»", "…", "\n", "\n\n", "\r\n", "\r", "\t", "  ", "\u2028", "\u2029", "\u0085", "\x0b", "\x0c",
]  # fmt: skip
WEIRD = [
    "\u200f",  # right-to-left mark
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2066",  # left-to-right isolate
    "\u2069",  # pop directional isolate
    "\u200d",  # zero-width joiner
    "\u200c",  # zero-width non-joiner
    "\u200b",  # zero-width space
    "\ufeff",  # byte order mark
    "\u0301",  # combining acute
    "\u0308\u0308\u0308",  # stacked combining diaeresis
    "\u20dd",  # combining enclosing circle
    "\U0001f44d",  # thumbs up
    "\U0001f1ef\U0001f1f5",  # flag of Japan
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",  # family (joined emoji)
    "\u4e2d\u56fd",  # China, in Chinese
    "\u65e5\u672c",  # Japan, in Japanese
    "\u7fd2\u8fd1\u5e73",  # Xi Jinping
    "\uff2a\uff41\uff50\uff41\uff4e",  # full-width "Japan"
    "\uff35\uff33",  # full-width "US"
    "\u0130stanbul",  # dotted capital I: lower() changes length
    "Stra\u00dfe",
    "\ufb01nance",  # fi ligature
    "\u01c4",  # title-case digraph
    "\u00a0",
    "\u3000",
    "\u202f",
    "\x00",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\ufffd",
    "\ue000",  # private use
    "\U0010ffff",
    "\u0627\u0644\u0635\u064a\u0646",  # China, in Arabic (RTL)
    "\u05d9\u05e9\u05e8\u05d0\u05dc",  # Israel, in Hebrew (RTL)
    "J\u0301apan",
    "Ja\u200dpan",
]
WORDS = COUNTRIES + PEOPLE + TITLES + TRIGGERS + FUNCTION_WORDS
ALL_FRAGMENTS = WORDS + NUMBERS + PUNCTUATION + WEIRD
#: Sentences that yield events, so generated articles often reach the event path of `route`.
EVENT_SENTENCES = [
    "The United States imposed sanctions on Russia.",
    "Japan's Prime Minister Sanae Takaichi met Chinese President Xi Jinping in Beijing.",
    "Japan and China signed a trade deal with $550bn investment and 15% tariffs.",
    "Russia launched missiles at Ukraine, the military said.",
    "France condemned Iran.",
    "Trump endorsed Takaichi.",
    "China threatened Taiwan with military drills.",
    "Brazil held elections on Sunday.",
]
#: Units tiled to the size limit: degenerate texts the extractor must neither crash nor crawl on.
UNITS = [
    "sanctions ", "met ", "met", "Japan and China ", "President Xi Jinping ", "Xi Jinping ", "$550bn ", "15% ",
    "$550bn 15% tariff ", "\n", "Japan's Prime Minister ", "Japan met China ", "President Xi Jinping met him ",
    "he met her ", "Japan China France Germany Russia ", "Japan and ", "Japan, ", "US-China-Japan ",
    "the US and Japan signed a trade deal on investment ", "tariff 1", "1", ".", "!", "?", "... ", " ",
    "\u200d", "Mr. ", "U.S. ", "\n\n", "\r\n", "'s ", "-", "sanctions sanctions. ", "Japan met China.\n",
    "The The The ", "A B C D E F G ", "President ", "Prime Minister Prime Minister ", "and ", "elections ",
    "President Xi Jinping Xi Jinping ", "Kim Jong Un ", "if ", "not ", "'", '"', "\x00", "\u2028",
]  # fmt: skip


def fit_bytes(text: str, nbytes: int, filler: str = "x") -> str:
    """`text` cut to `nbytes` UTF-8 bytes, then padded with `filler` to exactly that (no filler: cut only)."""
    cut = text.encode("utf-8")[:nbytes].decode("utf-8", "ignore")
    return cut + filler * (nbytes - len(cut.encode("utf-8")))


def tile(parts: Sequence[str], sep: str, nbytes: int) -> str:
    """Repeat `sep.join(parts)` until it fills exactly `nbytes` bytes: long runs for a few choices."""
    unit = sep.join(parts) + sep
    if not unit:
        return ""
    reps = nbytes // max(1, len(unit.encode("utf-8"))) + 1
    return fit_bytes(unit * reps, nbytes)


# --------------------------------------------------------------------------------------------
# Strategies
# --------------------------------------------------------------------------------------------

sizes = st.one_of(st.just(LIMIT), st.just(LIMIT - 1), st.integers(1, LIMIT))
separators = st.sampled_from([" ", " ", " ", "", ", ", ". ", "\n", " and ", "\u200d", "\u00a0", "\t", "\u2028"])
fragments = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(NUMBERS),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(WEIRD),
    st.sampled_from(EVENT_SENTENCES),
    st.text(max_size=6),
)

#: Word salad from the extractor's own vocabulary, punctuation and odd characters.
soup = st.lists(st.tuples(fragments, separators), max_size=150).map(
    lambda ps: fit_bytes("".join(f + s for f, s in ps), LIMIT, filler="")
)
#: A unit repeated to a size: "sanctions sanctions ...", "met met met", "Japan and China " * n.
repeated = st.builds(lambda unit, n: tile([unit], "", n), st.sampled_from(UNITS), sizes)
#: A short random pattern tiled to a size.
tiled = st.builds(tile, st.lists(fragments, min_size=1, max_size=8), separators, sizes)
#: Capitalised words without end ("President Xi Jinping Xi Jinping ...", "A B C ...").
capitalised = st.one_of(
    st.sampled_from(PEOPLE + TITLES + COUNTRIES),
    st.from_regex(r"[A-Z][a-z]{0,8}", fullmatch=True),
    st.from_regex(r"[A-Z]", fullmatch=True),
)
name_runs = st.builds(tile, st.lists(capitalised, min_size=1, max_size=10), st.just(" "), sizes)
#: Text made only of country names, joined by spaces, commas, "and" or nothing.
countries_only = st.builds(
    tile,
    st.lists(st.sampled_from(COUNTRIES), min_size=1, max_size=12),
    st.sampled_from([" ", ", ", " and ", "\n", "", "-", " or "]),
    sizes,
)
#: One sentence with no punctuation at all.
no_punctuation = st.builds(
    tile,
    st.lists(
        st.one_of(
            st.sampled_from([w for w in WORDS if w.replace(" ", "").isalnum()]),
            st.from_regex(r"[a-zA-Z]{1,10}", fullmatch=True),
        ),
        min_size=1,
        max_size=30,
    ),
    st.just(" "),
    sizes,
)
#: Arbitrary Unicode (every plane, no surrogates: a str body with one cannot arrive as UTF-8).
random_unicode = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=400),
    st.builds(
        tile, st.lists(st.text(alphabet=st.characters(codec="utf-8"), min_size=1), min_size=1), separators, sizes
    ),
    st.builds(tile, st.lists(st.sampled_from(WEIRD + PUNCTUATION), min_size=1, max_size=20), st.just(""), sizes),
)
#: Every hostile body shape, each at most LIMIT bytes.
bodies = st.one_of(soup, repeated, tiled, name_runs, countries_only, no_punctuation, random_unicode).map(
    lambda b: fit_bytes(b, min(len(b.encode("utf-8")), LIMIT))
)


def _overlong(cp: int, width: int) -> bytes:
    if width == 2:
        return bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
    if width == 3:
        return bytes([0xE0, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
    return bytes([0xF0, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])


def _truncated(ch: str) -> st.SearchStrategy[bytes]:
    encoded = ch.encode("utf-8")
    return st.integers(1, len(encoded) - 1).map(lambda k: encoded[:k])


#: Byte sequences no UTF-8 decoder may accept (each is followed by an ASCII byte when used).
invalid_utf8_sequences = st.one_of(
    # Lone surrogates, as encoded by Python's "surrogatepass" (and CESU-8 style pairs).
    st.integers(0xD800, 0xDFFF).map(lambda cp: chr(cp).encode("utf-8", "surrogatepass")),
    st.tuples(st.integers(0xD800, 0xDBFF), st.integers(0xDC00, 0xDFFF)).map(
        lambda p: (chr(p[0]) + chr(p[1])).encode("utf-8", "surrogatepass")
    ),
    # Multi-byte sequences cut short.
    st.characters(min_codepoint=0x80, codec="utf-8").flatmap(_truncated),
    # Overlong encodings of code points that have a shorter form ("\xc0\xaf" is "/").
    st.integers(0, 0x7F).map(lambda cp: _overlong(cp, 2)),
    st.integers(0, 0x7FF).map(lambda cp: _overlong(cp, 3)),
    st.integers(0, 0xFFFF).map(lambda cp: _overlong(cp, 4)),
    # Bytes that never occur, stray continuations, and code points past U+10FFFF.
    st.sampled_from(
        [b"\x80", b"\xbf", b"\xc0", b"\xc1", b"\xf5", b"\xfe", b"\xff", b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80"]
    ),
)
#: Where invalid bytes land: in a string, a key, around or instead of the document.
UTF8_TEMPLATES = [
    b'{"id": "a1", "body": "@@"}',
    b'{"id": "@@", "body": "Japan met China."}',
    b'{"@@": 1, "id": "a1", "body": "Japan met China."}',
    b'{"id": "a1", "body": "Japan met China.", "url": "@@"}',
    b'{"id": "a1", "body": "Japan met China.", "language": "@@"}',
    b"@@",
    b'@@{"id": "a1", "body": "Japan met China."}',
    b'{"id": "a1", "body": "Japan met China."}@@',
    b'[["@@"]]',
]
valid_chunks = st.text(max_size=12).map(lambda s: s.encode("utf-8"))
invalid_utf8_payloads = st.lists(
    st.tuples(valid_chunks, invalid_utf8_sequences, st.sampled_from([b"x", b'"', b" ", b"}", b"\\"])),
    min_size=1,
    max_size=6,
).map(lambda parts: b"".join(a + bad + ascii_ for a, bad, ascii_ in parts))
invalid_utf8_raws = st.builds(lambda t, p: t.replace(b"@@", p), st.sampled_from(UTF8_TEMPLATES), invalid_utf8_payloads)


def nested(depth: int, kind: str) -> str:
    """JSON nested `depth` deep: arrays, objects, both alternating, or arrays never closed."""
    if kind == "array":
        return "[" * depth + "]" * depth
    if kind == "object":
        return '{"a":' * depth + '"x"' + "}" * depth
    if kind == "mixed":
        opens = ['{"k":' if i % 2 else "[" for i in range(depth)]
        closes = ["}" if i % 2 else "]" for i in reversed(range(depth))]
        return "".join(opens) + "null" + "".join(closes)
    return "[" * depth  # unclosed


depths = st.one_of(st.just(10_000), st.integers(1, 1_200), st.integers(9_000, 10_000))
nesting_kinds = st.sampled_from(["array", "object", "mixed", "unclosed"])
NEST_PLACES = ["top", "body", "id", "title", "extra"]


def nested_raw(depth: int, kind: str, place: str) -> bytes:
    deep = nested(depth, kind)
    if place == "top":
        return deep.encode()
    fields = {"id": '"a1"', "body": '"Japan met China."'}
    fields[place] = deep
    return ("{" + ", ".join(f'"{k}": {v}' for k, v in fields.items()) + "}").encode()


deep_raws = st.builds(nested_raw, depths, nesting_kinds, st.sampled_from(NEST_PLACES))

ARTICLE_FIELDS = ["id", "body", "url", "source", "title", "published_at", "language"]
NOT_STRINGS = [
    "0", "-1", "42", "1e308", "1e999", "-1e999", "0.5", "-0.0", "NaN", "Infinity", "-Infinity", "true", "false",
    "[]", "{}", '["x"]', '{"body": "x"}', "[null]", '[[[[["deep"]]]]]', '[1, "a", {}]',
]  # fmt: skip
#: Raw JSON values by kind; the text is spliced in verbatim (so `NaN` and 5,000-digit ints stay as written).
JSON_VALUES: list[tuple[str, str]] = [
    ("not_json", "1" * 4301),  # more digits than int() will parse
    ("not_json", "-" + "9" * 5000),
    ("not_json", "-NaN"),
    ("null", "null"),
    *(("nonstr", v) for v in NOT_STRINGS),
    ("str_empty", '""'),
    ("str_blank", '"   "'),
    ("str_blank", '"\\n\\t\\r"'),
    ("str_blank", '"\\u2028\\u00a0\\u3000"'),
    ("str_surrogate", '"\\ud800"'),
    ("str_surrogate", '"a\\udfffb"'),
    ("str_surrogate", '"\\udbff\\udbff"'),
    ("str_ok", '"x"'),
    ("str_ok", '"en"'),
    ("str_ok", '"EN-gb"'),
    ("str_ok", '"\\u0000"'),
    ("str_ok", '"\\u200b"'),
    ("str_ok", '"\\u202e\\u200dJapan"'),
    ("str_ok", '"\\ud83c\\uddef\\ud83c\\uddf5"'),  # a proper surrogate pair: the flag of Japan
    ("str_ok", '"' + "\\u0000" * 50 + '"'),
]


def expected_reasons(field: str, kind: str, raw_value: str) -> set[str | None]:
    """What decoding `{"id": "a1", "body": ..., field: raw_value}` may yield; None means accepted."""
    if kind == "not_json":
        return {"not_json"}
    if kind == "str_surrogate":
        # A lone surrogate ("\\ud800" is legal JSON) is not text: rejecting it as not_utf8 or as an invalid
        # field is right. Accepting it in an optional field is tolerated here; `route` must then still cope.
        tolerated = {"language": {"unsupported_language"}, "id": set(), "body": set()}.get(field, {None})
        return {"not_utf8", "invalid_article"} | tolerated
    if field == "body":
        return {
            "null": {"missing_body"},
            "str_empty": {"empty_body"},
            "str_blank": {"empty_body"},
            "str_ok": {None},
        }.get(kind, {"invalid_article"})
    if field == "id":
        return {None} if kind in ("str_ok", "str_blank") else {"invalid_article"}
    if kind == "null":
        return {None}
    if kind == "nonstr":
        return {"invalid_article"}
    if field == "language":
        english = json.loads(raw_value).strip().lower().split("-")[0] in ENGLISH
        return {None} if english else {"unsupported_language"}
    return {None}


def envelope(overrides: dict[str, str], drop: Sequence[str] = ()) -> bytes:
    fields = {"id": '"a1"', "body": '"Japan met China in Tokyo."', **overrides}
    return ("{" + ", ".join(f'"{k}": {v}' for k, v in fields.items() if k not in drop) + "}").encode()


wrong_type_cases = st.dictionaries(
    st.sampled_from(ARTICLE_FIELDS), st.sampled_from(JSON_VALUES), min_size=1, max_size=4
)
wrong_type_raws = st.builds(lambda o: envelope({k: v for k, (_, v) in o.items()}), wrong_type_cases)

#: Strings for the optional fields, including lone surrogates (legal in JSON text as "\ud800").
hostile_strings = st.one_of(
    st.text(max_size=40),
    st.sampled_from(WEIRD + PUNCTUATION),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
    st.lists(st.integers(0xD800, 0xDFFF).map(chr), min_size=1, max_size=3).map("".join),
    st.builds(lambda a, b: a + "\ud800" + b, st.text(max_size=5), st.text(max_size=5)),
)
article_ids = st.one_of(st.text(min_size=1, max_size=40), st.sampled_from(["a1", "x" * 512, "x" * 513, "", " "]))
event_bodies = st.one_of(
    st.lists(st.sampled_from(EVENT_SENTENCES), min_size=1, max_size=4).map(" ".join),
    st.builds(lambda s, b: s + " " + b, st.sampled_from(EVENT_SENTENCES), bodies),
)
article_objects = st.fixed_dictionaries(
    {"id": article_ids, "body": st.one_of(event_bodies, bodies)},
    optional={
        "url": hostile_strings,
        "published_at": hostile_strings,
        "title": hostile_strings,
        "source": hostile_strings,
        "language": st.one_of(st.sampled_from(["en", "EN-gb", "english", "de", "", " en ", "eng-x"]), hostile_strings),
    },
)


def dumps(obj: Any, ascii_only: bool) -> bytes:
    """JSON bytes the way a careless producer sends them: lone surrogates pass through as raw bytes."""
    return json.dumps(obj, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


article_raws = st.builds(dumps, article_objects, st.booleans())
any_raw = st.one_of(
    article_raws,
    article_raws,
    st.binary(max_size=2048),
    invalid_utf8_raws,
    deep_raws,
    wrong_type_raws,
    st.sampled_from([b"", b" ", b"null", b"{}", b"[]", b'""', b"0", b"NaN", b"\x00", b"\xef\xbb\xbf{}"]),
)

# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


def check_rejection(rejection: Rejection) -> None:
    assert rejection.reason in REASONS, f"unknown reason {rejection.reason!r}"
    assert isinstance(rejection.detail, str)
    assert rejection.detail.strip(), f"empty detail for {rejection.reason}"


def outcome(raw: bytes | None, limit: int = LIMIT) -> Article | Rejection:
    """Decode; only a Rejection may escape (anything else fails the test with its traceback)."""
    try:
        article = decode_article(raw, max_body_bytes=limit)
    except Rejection as rejection:
        check_rejection(rejection)
        return rejection
    assert isinstance(article, Article)
    assert len(article.body.encode("utf-8")) <= limit
    return article


def reason_of(result: Article | Rejection) -> str | None:
    return result.reason if isinstance(result, Rejection) else None


def check_events(article: Article, events: Sequence[EventBase]) -> None:
    for ev in events:
        evidence = ev.evidence
        assert 0 <= evidence.start <= evidence.end <= len(article.body), evidence
        assert article.body[evidence.start : evidence.end] == evidence.text, (ev.type, evidence)
        assert 0.0 <= ev.confidence <= 1.0 and not math.isnan(ev.confidence), ev.confidence
        assert ev.article_id == article.id
        event_adapter.validate_python(ev.model_dump())
        event_adapter.validate_json(ev.model_dump_json())


def real_extractor(article: Article) -> list[EventBase]:
    return extract(article, load_resources(), now=NOW)


def check_routed(key: bytes | None, value: bytes | None, routed: Routed) -> None:
    """Either the article's events, each addressed to its topic, or one dead letter of the input as is."""
    if routed.rejection is not None:
        check_rejection(routed.rejection)
        assert routed.events == []
        [letter] = routed.records
        assert letter.topic == TOPICS.dlq
        assert letter.key == key and letter.value == value, "dead letter must carry the input unchanged"
        assert type(letter.key) is type(key) and type(letter.value) is type(value)
        headers = dict(letter.headers)
        assert headers["reason"] == routed.rejection.reason.encode()
        assert headers["detail"]
        assert headers["source_topic"] == SOURCE[0].encode()
        assert headers["source_partition"] == str(SOURCE[1]).encode()
        assert headers["source_offset"] == str(SOURCE[2]).encode()
        return
    assert len(routed.records) == len(routed.events)
    article = decode_article(value, max_body_bytes=LIMIT)
    assert routed.article_id == article.id
    check_events(article, routed.events)
    for record, ev in zip(routed.records, routed.events, strict=True):
        assert record.topic == TOPICS.for_type(ev.type)
        assert record.key == ev.event_id.encode()
        assert record.value is not None
        event_adapter.validate_json(record.value)
        assert dict(record.headers)["ce_id"] == record.key


# --------------------------------------------------------------------------------------------
# Decoder
# --------------------------------------------------------------------------------------------

JSON_PREFIXES = [b"", b"{", b'{"id": "a1", "body": "', b'{"id": "a1", "body": ', b"[", b'"', b"\xef\xbb\xbf"]


@fuzz(2500)
@given(
    raw=st.one_of(st.binary(max_size=3 * LIMIT), st.builds(bytes.__add__, st.sampled_from(JSON_PREFIXES), st.binary()))
)
@example(raw=b"")
@example(raw=b"\x00" * (2 * LIMIT + 64 * 1024 + 1))
def test_decoder_survives_random_bytes(raw: bytes) -> None:
    outcome(raw)


@fuzz(1500)
@given(raw=invalid_utf8_raws)
@example(raw=b'{"id": "a1", "body": "\xed\xa0\x80"}')  # U+D800 via surrogatepass
@example(raw=b'{"id": "a1", "body": "\xc0\xaf"}')  # overlong "/"
@example(raw=b'{"id": "a1", "body": "\xe2\x82"}')  # truncated euro sign
def test_invalid_utf8_is_rejected_as_not_utf8(raw: bytes) -> None:
    assert reason_of(outcome(raw)) == "not_utf8"


@fuzz(400)
@given(depth=depths, kind=nesting_kinds, place=st.sampled_from(NEST_PLACES))
@example(depth=10_000, kind="array", place="top")
@example(depth=10_000, kind="object", place="top")
@example(depth=10_000, kind="object", place="body")
@example(depth=10_000, kind="mixed", place="extra")
def test_deep_nesting_is_rejected_not_crashed(depth: int, kind: str, place: str) -> None:
    result = outcome(nested_raw(depth, kind, place), limit=DEFAULT_MAX_BODY_BYTES)
    allowed: set[str | None] = {"too_deep", "not_json"} if kind == "unclosed" else {"too_deep"}
    if kind != "unclosed":
        allowed |= {"top": {"not_object", "missing_body"}, "extra": {None}}.get(place, {"invalid_article"})
    assert reason_of(result) in allowed


@fuzz(1500)
@given(overrides=wrong_type_cases, drop=st.sampled_from([(), ("id",), ("body",)]))
@example(overrides={"id": ("nonstr", "42")}, drop=())
@example(overrides={"body": ("nonstr", "NaN")}, drop=())
@example(overrides={"language": ("nonstr", "false")}, drop=())
def test_wrong_field_types_are_rejected_with_their_reason(
    overrides: dict[str, tuple[str, str]], drop: tuple[str, ...]
) -> None:
    effective = {k: kv for k, kv in overrides.items() if k not in drop}
    raw = envelope({k: v for k, (_, v) in effective.items()}, drop=drop)
    reason = reason_of(outcome(raw))
    if any(kind == "not_json" for kind, _ in effective.values()):
        assert reason == "not_json"
    elif "body" in drop:
        assert reason == "missing_body"
    elif len(effective) == 1 and not drop:
        [(field, (kind, value))] = effective.items()
        assert reason in expected_reasons(field, kind, value), (field, value)
    elif "id" in drop and effective.keys() <= {"url", "source", "title", "published_at"}:
        assert reason == "invalid_article"


@fuzz(800)
@given(
    text=bodies,
    over=st.booleans(),
    tail=st.sampled_from(["x", "\u00e9", "\u4e2d", "\U0001f600", "\u200d", "\x00"]),
    ascii_only=st.booleans(),
)
def test_body_at_the_byte_limit_is_accepted_and_one_byte_over_is_not(
    text: str, over: bool, tail: str, ascii_only: bool
) -> None:
    size = LIMIT + int(over)
    body = fit_bytes("x" + text, size - len(tail.encode("utf-8"))) + tail
    assert len(body.encode("utf-8")) == size
    result = outcome(dumps({"id": "a1", "body": body}, ascii_only))
    if over:
        assert reason_of(result) == "too_large"
    else:
        assert isinstance(result, Article)
        assert result.body == body


@fuzz(800)
@given(body=bodies, ascii_only=st.booleans(), article_id=article_ids)
def test_hostile_unicode_bodies_decode_unchanged(body: str, ascii_only: bool, article_id: str) -> None:
    result = outcome(dumps({"id": article_id, "body": body}, ascii_only))
    if not body.strip():
        assert reason_of(result) == "empty_body"
    elif isinstance(result, Article):
        assert result.body == body
        assert result.id == article_id
    else:
        assert result.reason == "invalid_article"  # only the id can be wrong here
        assert not 1 <= len(article_id) <= 512 or any(0xD800 <= ord(c) <= 0xDFFF for c in article_id)


DEFAULT_LIMIT_BODIES: dict[str, Callable[[int], str]] = {
    "ascii": lambda n: tile(["Japan met China in Tokyo on Tuesday."], " ", n),
    "cjk": lambda n: tile(["\u4e2d\u56fd\u4e0e\u65e5\u672c"], "", n),
    "emoji-joined": lambda n: tile(["\U0001f468\u200d\U0001f469\u200d\U0001f467"], " ", n),
    "rtl-and-combining": lambda n: tile(["\u200fIsrael\u0301 \u05d9\u05e9\u05e8\u05d0\u05dc"], "\u2028", n),
    "nul-and-controls": lambda n: tile(["Japan\x00met\x01China\x7f"], "\n", n),
}


@pytest.mark.parametrize("kind", list(DEFAULT_LIMIT_BODIES))
def test_real_default_limit_exactly_and_one_byte_over(kind: str) -> None:
    """At the shipped 512 KiB limit: a body of exactly that many bytes passes, one byte more does not."""
    limit = DEFAULT_MAX_BODY_BYTES
    at_limit = DEFAULT_LIMIT_BODIES[kind](limit)
    over_limit = at_limit + "x"
    assert len(at_limit.encode("utf-8")) == limit
    accepted = outcome(dumps({"id": "big", "body": at_limit}, False), limit=limit)
    assert isinstance(accepted, Article) and accepted.body == at_limit
    raw_over = dumps({"id": "big", "body": over_limit}, False)
    assert reason_of(outcome(raw_over, limit=limit)) == "too_large"
    routed = route(b"k", raw_over, SOURCE, topics=TOPICS, extractor=real_extractor, max_body_bytes=limit)
    assert routed.rejection is not None and routed.rejection.reason == "too_large"
    assert routed.records[0].value is raw_over


# --------------------------------------------------------------------------------------------
# Router
# --------------------------------------------------------------------------------------------


@fuzz(2000)
@given(key=st.one_of(st.none(), st.binary(max_size=64)), value=st.one_of(st.none(), any_raw))
def test_route_never_raises_and_dead_letters_the_input_unchanged(key: bytes | None, value: bytes | None) -> None:
    routed = route(key, value, SOURCE, topics=TOPICS, extractor=real_extractor, max_body_bytes=LIMIT)
    check_routed(key, value, routed)


@pytest.mark.parametrize(
    "obj",
    [
        {"id": "a1", "body": " ".join(EVENT_SENTENCES), "url": "https://example.org/\ud800"},
        {"id": "a1", "body": " ".join(EVENT_SENTENCES), "published_at": "2026-01-01\udfff"},
    ],
    ids=["url", "published_at"],
)
def test_route_survives_lone_surrogates_in_fields_copied_into_events(obj: dict[str, str]) -> None:
    """Valid JSON ("\\ud800" is a legal escape) that decodes, yields events, and must not crash serialisation."""
    value = json.dumps(obj).encode()
    assert real_extractor(Article(id="a1", body=obj["body"])), "precondition: the body must yield events"
    routed = route(b"k", value, SOURCE, topics=TOPICS, extractor=real_extractor, max_body_bytes=LIMIT)
    check_routed(b"k", value, routed)


class _Boom(Exception):
    def __str__(self) -> str:
        return "\ud800 " + "\u00e9" * 2000  # unencodable and long: the detail header must still be built


#: Fresh exceptions per call (re-raising one instance would grow its traceback on every example).
EXTRACTOR_FAILURES: list[Callable[[], Exception]] = [
    lambda: ValueError("bad"),
    lambda: KeyError("x"),
    IndexError,
    lambda: TypeError("unhashable type: 'list'"),
    lambda: RecursionError("maximum recursion depth exceeded"),
    MemoryError,
    ZeroDivisionError,
    lambda: UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"),
    _Boom,
]


@fuzz(200)
@given(failure=st.sampled_from(EXTRACTOR_FAILURES), raw=article_raws, key=st.one_of(st.none(), st.binary(max_size=8)))
def test_route_turns_an_extractor_crash_into_one_dead_letter(
    failure: Callable[[], Exception], raw: bytes, key: bytes | None
) -> None:
    def broken(article: Article) -> list[EventBase]:
        raise failure()

    routed = route(key, raw, SOURCE, topics=TOPICS, extractor=broken, max_body_bytes=LIMIT)
    check_routed(key, raw, routed)
    assert routed.rejection is not None
    if isinstance(outcome(raw), Article):
        assert routed.rejection.reason == "extraction_error"
        assert routed.article_id is not None


# --------------------------------------------------------------------------------------------
# Extractor
# --------------------------------------------------------------------------------------------


def _extract_checked(body: str) -> None:
    if not body.strip():
        return  # not an article: the decoder rejects blank bodies
    article = Article(id="fuzz-1", body=body)
    check_events(article, extract(article, load_resources(), now=NOW))


@fuzz(1500)
@given(body=st.one_of(soup, tiled, event_bodies))
@example(body="Japan and China " * 5000)  # explicit examples may exceed LIMIT
@example(body="sanctions " * 10_000)
@example(body="met " * 10_000)
def test_extractor_on_word_salad(body: str) -> None:
    _extract_checked(body)


@fuzz(1200)
@given(body=st.one_of(repeated, name_runs, countries_only, no_punctuation))
@example(body=tile(["President Xi Jinping Xi Jinping"], " ", LIMIT))
@example(body=tile(["$550bn", "15%"], " ", LIMIT))
@example(body="\n" * LIMIT)
@example(body="Japan " + "\n" * (LIMIT - 6))
def test_extractor_on_degenerate_repetition(body: str) -> None:
    _extract_checked(body)


@fuzz(1000)
@given(body=random_unicode)
@example(body="\u2028".join(EVENT_SENTENCES))
@example(body="\u200f" + "\u200d".join(EVENT_SENTENCES))
@example(body=EVENT_SENTENCES[2].replace(" ", "\u3000").replace("$", "\uff04"))
def test_extractor_on_random_unicode(body: str) -> None:
    _extract_checked(body)
