"""ArgumentMap integrity and the MapBuilder authoring API."""

from __future__ import annotations

import pytest
from hypothesis import given

from argmap import Argument, ArgumentMap, Claim, MapBuilder, Objection, ObjectionKind, Party
from argmap.errors import DuplicateKeyError, InvalidValueError, UnknownKeyError, WrongKindError
from argmap.strategies import maps


def small_builder() -> MapBuilder:
    b = MapBuilder("Small")
    b.party("ann", "Ann")
    b.source("doc", "A document", text="The sky is blue. It is day.")
    b.claim("sky", "The sky is blue.", by="ann")
    b.claim("day", "It is day.", by="ann")
    b.argument("a1", ["day"], "sky", by="ann")
    return b


def test_builder_builds_in_order() -> None:
    m = small_builder().build()
    assert m.keys == ("ann", "doc", "sky", "day", "a1")
    assert [c.key for c in m.claims] == ["sky", "day"]
    assert m.arguments_for("sky") == (m["a1"],)
    assert m.arguments_using("day") == (m["a1"],)
    assert m.party_of("sky") == Party("ann", "Ann")
    assert m.party_of("doc") is None


def test_builder_accepts_elements_in_place_of_keys() -> None:
    b = MapBuilder("M")
    p = b.party("p", "P")
    c = b.claim("c", "C", by=p)
    d = b.claim("d", "D", by=p)
    arg = b.argument("a", d, c)
    o = b.undercut(d, arg)
    assert (arg.premises, arg.conclusion, o.target, o.attacker) == (("d",), "c", "a", "d")


def test_duplicate_key_names_both_kinds() -> None:
    b = small_builder()
    with pytest.raises(DuplicateKeyError, match="'sky' is used twice: by a claim and by a party"):
        b.party("sky", "Sky")
    with pytest.raises(DuplicateKeyError):
        ArgumentMap("M", claims=[Claim("x", "1"), Claim("x", "2")])


def test_dangling_reference_names_both_keys() -> None:
    b = small_builder()
    with pytest.raises(UnknownKeyError, match="argument 'a2' names premise 'nope'"):
        b.argument("a2", ["nope"], "sky")
    with pytest.raises(UnknownKeyError, match="claim 'c' names speaker 'bob'"):
        b.claim("c", "C", by="bob")
    with pytest.raises(UnknownKeyError, match="quote source 'elsewhere'"):
        ArgumentMap(
            "M", claims=[Claim("c", "C", quote=__import__("argmap").Quote("elsewhere", "w"))]
        )
    # The failed calls added nothing.
    assert "a2" not in b
    assert "c" not in b


def test_unknown_key_error_is_a_key_error_with_a_plain_message() -> None:
    m = small_builder().build()
    with pytest.raises(KeyError) as info:
        m["ghost"]
    assert str(info.value) == "map 'Small' holds no element with key 'ghost'"


def test_wrong_kinds_are_rejected() -> None:
    b = small_builder()
    with pytest.raises(
        WrongKindError, match="names target 'sky', which is a claim; expected an argument"
    ):
        b.undercut("day", "sky")
    with pytest.raises(WrongKindError, match="names conclusion 'a1', which is an argument"):
        b.argument("a9", ["day"], "a1")
    with pytest.raises(WrongKindError, match="names speaker 'doc', which is a source"):
        b.claim("c", "C", by="doc")
    with pytest.raises(WrongKindError, match="target 'a1', which is an argument; expected a claim"):
        b.rebut("day", "a1")
    m = b.build()
    with pytest.raises(WrongKindError, match="'sky' is a claim, not an argument"):
        m.get("sky", Argument)


def test_undermine_must_target_a_premise() -> None:
    b = small_builder()
    b.claim("night", "It is night.")
    with pytest.raises(WrongKindError, match="no argument's premise"):
        b.undermine("night", "sky")
    with pytest.raises(WrongKindError, match="not a premise of argument 'a1'"):
        b.undermine("night", "sky", argument="a1")
    o = b.undermine("night", "day", argument="a1")
    assert o.kind is ObjectionKind.UNDERMINE
    assert o.key == "undermine.night.day"


def test_generated_keys_are_unique() -> None:
    b = small_builder()
    first = b.challenge("sky", text="Why?")
    second = b.challenge("sky", text="Really?")
    assert first.key != second.key


def test_builder_rejects_non_key_values() -> None:
    b = small_builder()
    with pytest.raises(InvalidValueError, match="by must be a key or a map element, got 3"):
        b.claim("c", "C", by=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="needs text= when it is an exhibit"):
        b.evidence("e", source="doc")
    with pytest.raises(InvalidValueError, match="title must be a non-empty str"):
        MapBuilder("  ")


def test_map_fields_are_validated() -> None:
    with pytest.raises(InvalidValueError, match="sequence of Claim, got 'abc'"):
        ArgumentMap("M", claims="abc")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match="expected Claim items"):
        ArgumentMap("M", claims=[Party("p", "P")])  # type: ignore[list-item]


def test_add_and_without() -> None:
    m = small_builder().build()
    bigger = m.add(Claim("night", "It is night."), Objection("o", "rebut", "day", attacker="night"))
    assert bigger.objections_to("day")[0].attacker == "night"
    assert "night" not in m
    assert bigger.without("o", "night") == m
    with pytest.raises(UnknownKeyError, match="names premise 'day'"):
        m.without("day")
    with pytest.raises(UnknownKeyError):
        m.without("ghost")


@given(maps(max_size=10))
def test_generated_maps_rebuild_equal(m: ArgumentMap) -> None:
    rebuilt = ArgumentMap(
        m.title,
        parties=m.parties,
        sources=m.sources,
        claims=m.claims,
        evidence=m.evidence,
        arguments=m.arguments,
        objections=m.objections,
    )
    assert rebuilt == m
    assert len(m) == len(m.keys) == len(set(m.keys))
    assert all(m[k].key == k for k in m.keys)


@given(maps(max_size=10))
def test_builder_reproduces_any_valid_map(m: ArgumentMap) -> None:
    b = MapBuilder(m.title)
    b.add(*m)
    assert b.build() == m


def test_builder_add_rejects_non_elements() -> None:
    with pytest.raises(InvalidValueError, match="expected a map element"):
        MapBuilder("M").add("claim")  # type: ignore[arg-type]
