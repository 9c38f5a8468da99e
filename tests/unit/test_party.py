"""Party: the engine's actor, checked where it leaves the engine."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from geoevents.extract.party import Party
from geoevents.models import Actor


def test_a_party_leaves_the_engine_as_the_validated_actor_events_carry() -> None:
    kenya = Party("William Ruto", "person", country="KEN", title="President")
    assert kenya.model() == Actor(name="William Ruto", kind="person", country="KEN", title="President")
    assert kenya.model() is kenya.model()  # made once


def test_a_party_with_a_malformed_state_code_fails_validation_on_the_way_out() -> None:
    with pytest.raises(ValidationError):
        Party("Somebody", "person", country="Kenya").model()


def test_a_partys_side_is_its_body_code_then_its_country_then_its_name() -> None:
    assert Party("Mark Rutte", "person", country="NLD", code="NATO").side == "NATO"
    assert Party("Japan", "country", country="JPN").side == "JPN"
    assert Party("Wagner Group", "organization").side == "Wagner Group"


def test_parties_with_the_same_fields_are_equal_and_hash_alike() -> None:
    a, b = Party("Japan", "country", country="JPN"), Party("Japan", "country", country="JPN")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a.with_title("Host") != a


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown actor kind"):
        Party("Japan", "nation")
