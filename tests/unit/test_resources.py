"""The data files load, validate and agree with the models and with each other."""

from __future__ import annotations

from collections import Counter

import pycountry

from geoevents.extract.gazetteer import build_gazetteer
from geoevents.extract.patterns import compile_pattern
from geoevents.models import EVENT_MODELS
from geoevents.resources import load_resources


def test_every_trigger_names_a_known_type_and_compiles() -> None:
    resources = load_resources()
    for row in resources.triggers:
        assert row.type in EVENT_MODELS, row
        compile_pattern(row.pattern)
        assert (row.plover is None) == (row.type == "Election"), row


def test_no_trigger_pattern_is_listed_twice_for_one_type() -> None:
    counts = Counter((row.type, row.pattern) for row in load_resources().triggers)
    assert [key for key, n in counts.items() if n > 1] == []


def test_every_actor_code_is_an_iso_code_or_kosovo() -> None:
    resources = load_resources()
    codes = [c.iso3 for c in resources.countries]
    codes += [p.country for p in resources.leaders if p.country]
    codes += [g.country for g in resources.groups if g.country]
    unknown = {c for c in codes if c != "XKX" and pycountry.countries.get(alpha_3=c) is None}
    assert unknown == set()


def test_metonyms_and_demonyms_resolve_to_their_state() -> None:
    entries = build_gazetteer(load_resources()).entries
    for name, iso3 in [(("Tokyo",), "JPN"), (("Kremlin",), "RUS"), (("White", "House"), "USA"), (("Chinese",), "CHN")]:
        assert entries[name].actor.country == iso3, name
    assert entries[("NATO",)].actor.code == "NATO"
    assert entries[("South", "China", "Sea")].via == "none"


def test_resources_are_loaded_once() -> None:
    assert load_resources() is load_resources()
