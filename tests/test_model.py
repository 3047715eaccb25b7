"""Every bad input to the model raises its specific exception, naming the bad value."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from argmap import Argument, Claim, Evidence, Objection, ObjectionKind, Party, Quote, Source
from argmap.errors import InvalidKeyError, InvalidValueError, QuoteNotFoundError
from argmap.model import normalize_space
from argmap.strategies import keys, texts


@pytest.mark.parametrize("bad", ["", "1abc", "a b", "a/b", "ä", "-x", "a\n"])
def test_bad_keys_are_rejected_and_named(bad: str) -> None:
    with pytest.raises(InvalidKeyError, match=repr(bad).replace("\\", "\\\\")):
        Claim(bad, "text")


def test_key_of_wrong_type() -> None:
    with pytest.raises(InvalidValueError, match="must be a str, got 3"):
        Claim(3, "text")  # type: ignore[arg-type]


@given(keys())
def test_generated_keys_are_accepted(key: str) -> None:
    assert Claim(key, "x").key == key


@pytest.mark.parametrize("bad", ["", "   ", "\n\t"])
def test_blank_text_is_rejected(bad: str) -> None:
    with pytest.raises(InvalidValueError, match="must not be empty or blank"):
        Claim("c", bad)


def test_non_str_text() -> None:
    with pytest.raises(InvalidValueError, match="text of Claim must be a str, got None"):
        Claim("c", None)  # type: ignore[arg-type]


def test_elements_are_frozen() -> None:
    claim = Claim("c", "x")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.text = "y"  # type: ignore[misc]
    assert attrs.evolve(claim, text="y").text == "y"


def test_evolve_validates() -> None:
    with pytest.raises(InvalidKeyError):
        attrs.evolve(Claim("c", "x"), key="not ok")


def test_implicit_claim_cannot_carry_quote() -> None:
    with pytest.raises(InvalidValueError, match="implicit"):
        Claim("c", "x", implicit=True, quote=Quote("s", "words"))


def test_implicit_must_be_bool() -> None:
    with pytest.raises(InvalidValueError, match="True or False, got 'yes'"):
        Claim("c", "x", implicit="yes")  # type: ignore[arg-type]


def test_quote_must_be_a_quote() -> None:
    with pytest.raises(InvalidValueError, match="must be a Quote or None, got 'words'"):
        Claim("c", "x", quote="words")  # type: ignore[arg-type]


def test_party_needs_a_name() -> None:
    with pytest.raises(InvalidValueError):
        Party("p", "")


def test_source_quote_is_verified() -> None:
    source = Source("s", "Title", text="They were right.\nWe are confident it was not Zinoviev.")
    assert source.quote("right. We are", locator="p1").locator == "p1"
    with pytest.raises(QuoteNotFoundError, match="'It was Zinoviev.'.*'s'"):
        source.quote("It was Zinoviev.")


def test_source_without_text_accepts_any_quote() -> None:
    assert Source("s", "Title").quote("anything").text == "anything"
    assert not Source("s", "Title").contains("anything")


def test_citation_skips_missing_parts() -> None:
    s = Source("s", "Lenin", author="Volkogonov", date="1994")
    assert s.citation() == "Volkogonov, Lenin, 1994"


@given(texts(max_size=30), st.text(" \n\t", max_size=3), texts(max_size=30))
def test_quotes_match_across_whitespace_runs(left: str, gap: str, right: str) -> None:
    source = Source("s", "T", text=f"{left} {gap} {right}")
    assert source.contains(f"{left} {right}") == (
        normalize_space(f"{left} {right}") in normalize_space(source.text or "")
    )
    assert source.contains(f"{left}\n{right}")


def test_evidence_needs_exactly_one_origin() -> None:
    with pytest.raises(InvalidValueError, match="exactly one of quote="):
        Evidence("e", "x")
    with pytest.raises(InvalidValueError, match="exactly one of quote="):
        Evidence("e", "x", quote=Quote("s", "w"), source="s")
    exhibit = Evidence("e", "The letter", source="letter")
    assert exhibit.is_exhibit
    assert exhibit.source_key == "letter"
    quoted = Evidence("e", "x", quote=Quote("s", "w"))
    assert not quoted.is_exhibit
    assert quoted.source_key == "s"


def test_argument_premises() -> None:
    assert Argument("a", ["p", "q"], "c").premises == ("p", "q")
    assert Argument("a", "p", "c").premises == ("p",)
    with pytest.raises(InvalidValueError, match="at least one premise"):
        Argument("a", [], "c")
    with pytest.raises(InvalidValueError, match="premise twice"):
        Argument("a", ["p", "p"], "c")
    with pytest.raises(InvalidValueError, match="conclusion 'c' among its own premises"):
        Argument("a", ["c"], "c")
    with pytest.raises(InvalidKeyError, match="'no good'"):
        Argument("a", ["no good"], "c")
    with pytest.raises(InvalidValueError, match="list of keys, got 3"):
        Argument("a", 3, "c")  # type: ignore[arg-type]


@pytest.mark.parametrize("weight", [-0.1, 1.5, float("nan"), float("inf"), True, "0.5"])
def test_argument_weight_must_be_in_unit_interval(weight: object) -> None:
    with pytest.raises(InvalidValueError, match="weight of Argument"):
        Argument("a", ["p"], "c", weight=weight)  # type: ignore[arg-type]


def test_objection_kinds() -> None:
    assert Objection("o", "rebut", "c", attacker="d").kind is ObjectionKind.REBUT
    with pytest.raises(InvalidValueError, match="objection kind 'refute' is not known"):
        Objection("o", "refute", "c", attacker="d")
    with pytest.raises(InvalidValueError, match="rebut 'o' needs an attacker"):
        Objection("o", ObjectionKind.REBUT, "c")
    with pytest.raises(InvalidValueError, match="needs its question"):
        Objection("o", ObjectionKind.CHALLENGE, "c")
    assert Objection("o", ObjectionKind.CHALLENGE, "c", text="Why?").attacker is None
    with pytest.raises(InvalidValueError, match="only meaningful for an undermine"):
        Objection("o", ObjectionKind.REBUT, "c", attacker="d", argument="a")
    with pytest.raises(InvalidValueError, match="attacking itself"):
        Objection("o", ObjectionKind.REBUT, "c", attacker="c")
