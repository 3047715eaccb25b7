"""Every argument of every public builder call is checked where it is made, with a
message that names the parameter; text no UTF-8 file can hold is refused there too; and
whatever text a map accepts, every exporter writes and a terminal shows (issue #15).
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from hostile_harness import hostile_texts
from hypothesis import given
from hypothesis import strategies as st

from argmap import ArgumentMap, MapBuilder, answered, raised
from argmap._shown import shown
from argmap._terminal import clean
from argmap.errors import ArgmapError, InvalidValueError, UnknownKeyError
from argmap.formats._registry import get_format, render_map, writable_formats
from argmap.model import Claim
from argmap.semantics.explain import explain

HUGE = 10**5000  # more digits than Python will print: messages must not try


def ident(value: object) -> str:
    """A test id for any value (pytest's own would try to print HUGE)."""
    return shown(value, limit=24)


def builder() -> MapBuilder:
    """A builder holding one of everything the calls below refer to."""
    b = MapBuilder("T")
    b.party("p", "P")
    b.source("s", "S", text="words here")
    b.claim("c", "C")
    b.claim("d", "D")
    b.claim("e", "E")
    b.argument("a", ["d"], "c", scheme="expert_opinion")
    return b


# A good call for each public method: positional arguments and keyword arguments.
GOOD_CALLS: dict[str, tuple[tuple[Any, ...], dict[str, Any]]] = {
    "party": (("k", "N"), {"role": "r", "description": "d"}),
    "source": (
        ("k", "T"),
        {"author": "a", "date": "d", "publication": "p", "url": "u", "text": "t"},
    ),
    "claim": (("k", "T"), {"by": "p", "quote": None, "implicit": False, "note": "n"}),
    "implicit": (("k", "T"), {"by": "p", "note": "n"}),
    "evidence": (("k", "T"), {"quote": None, "source": "s", "by": "p", "note": "n"}),
    "argument": (
        ("k", ["e"], "c"),
        {
            "by": "p",
            "scheme": "expert_opinion",
            "weight": 0.5,
            "label": "l",
            "note": "n",
            "questions": {"CQ1": "open"},
            "text": "t",
            "reconstructed": True,
        },
    ),
    "answer": (("a", "CQ1", True), {"by": "e", "note": "n"}),
    "raise_question": (
        ("a", "CQ2"),
        {"key": "k", "by": "p", "text": "t", "quote": None, "note": "n"},
    ),
    "rebut": (
        ("e", "c"),
        {"key": "k", "by": "p", "text": "t", "quote": None, "note": "n", "opposition": None},
    ),
    "undermine": (
        ("e", "d"),
        {
            "argument": "a",
            "key": "k",
            "by": "p",
            "text": "t",
            "quote": None,
            "note": "n",
            "opposition": "contrary",
        },
    ),
    "undercut": (("e", "a"), {"key": "k", "by": "p", "text": "t", "quote": None, "note": "n"}),
    "challenge": (
        ("a",),
        {
            "attacker": "e",
            "key": "k",
            "by": "p",
            "text": "t",
            "quote": None,
            "note": "n",
            "question": None,
        },
    ),
}

TEXT_BAD = [3, 2.5, b"x", ["x"], object(), HUGE, "\ud800 lone surrogate"]
KEY_BAD = [3, 2.5, b"x", ["x"], object(), HUGE, "two words", "\udc80"]
# What each parameter is, and so which wrong values it must refuse.
KINDS: dict[str, list[Any]] = {
    "key": KEY_BAD,
    "name": [None, *TEXT_BAD, "  "],
    "title": [None, *TEXT_BAD, ""],
    "text": TEXT_BAD,
    "role": TEXT_BAD,
    "description": TEXT_BAD,
    "author": TEXT_BAD,
    "date": TEXT_BAD,
    "publication": TEXT_BAD,
    "url": TEXT_BAD,
    "note": TEXT_BAD,
    "label": TEXT_BAD,
    "scheme": TEXT_BAD,
    "question": [None, 3, ["CQ1"], HUGE, "CQ99"],
    "by": KEY_BAD,
    "source": KEY_BAD,
    "attacker": KEY_BAD,
    "target": [None, *KEY_BAD],
    "premise": [None, *KEY_BAD],
    "argument": [None, *KEY_BAD],
    "conclusion": [None, *KEY_BAD],
    "premises": [None, 3, {"e"}, {"e": 1}, object(), HUGE, [3], ["two words"]],
    "quote": ["just words", 3, object()],
    "implicit": ["yes", 1, None],
    "reconstructed": ["yes", 1, None],
    "weight": ["0.5", 2, -1, HUGE, float("nan"), True],
    "questions": [3, ["CQ1"], {3: "open"}, {"CQ1": 3}, {"CQ99": "open"}],
    "answer": ["maybe", 3, None],
    "opposition": ["sideways", 3, b"contrary", object(), HUGE],
}
# The name a message may use for a parameter, where the parameter is a plural or the
# model's word for it is clearer.
SAID: dict[str, str] = {"questions": "questions?", "premises": "premises?"}
# Parameters that are optional in one method and required in others.
OPTIONAL = {("undermine", "argument"), ("challenge", "question")}


def _cases() -> list[tuple[str, str, Any]]:
    cases = []
    for method, (args, kwargs) in GOOD_CALLS.items():
        names = list(inspect.signature(getattr(MapBuilder, method)).parameters)[1:]
        assert set(names) == set(names[: len(args)]) | set(kwargs), method  # all covered
        for name in names:
            # A source's full text is optional, unlike the text of other elements.
            bad = TEXT_BAD if method == "source" and name == "text" else KINDS[name]
            if (method, name) in OPTIONAL:
                bad = [value for value in bad if value is not None]
            cases.extend((method, name, value) for value in bad)
    return cases


def _call(method: str, parameter: str, value: Any) -> Any:
    args, kwargs = GOOD_CALLS[method]
    names = list(inspect.signature(getattr(MapBuilder, method)).parameters)[1:]
    args, kwargs = list(args), dict(kwargs)
    position = names.index(parameter)
    if position < len(args):
        args[position] = value
    else:
        kwargs[parameter] = value
    return getattr(builder(), method)(*args, **kwargs)


def test_the_good_calls_are_good() -> None:
    for method, (args, kwargs) in GOOD_CALLS.items():
        getattr(builder(), method)(*args, **kwargs)


@pytest.mark.parametrize(
    ("method", "parameter", "value"),
    _cases(),
    ids=ident,
)
def test_every_builder_argument_is_checked_and_named(
    method: str, parameter: str, value: Any
) -> None:
    with pytest.raises(ArgmapError) as info:
        _call(method, parameter, value)
    message = str(info.value)
    said = SAID.get(parameter, re.escape(parameter))
    assert re.search(rf"\b{said}\b", message), (method, parameter, message)
    assert isinstance(info.value, ValueError | KeyError | TypeError)
    assert len(message) < 600


@pytest.mark.parametrize("value", [None, 3, [], "", "   ", "T\ud800", HUGE], ids=ident)
def test_the_title_is_checked(value: Any) -> None:
    with pytest.raises(InvalidValueError, match="map title"):
        MapBuilder(value)


@pytest.mark.parametrize("value", [3, ["x"], b"x", HUGE, "d\udfff"], ids=ident)
def test_the_map_description_is_checked(value: Any) -> None:
    """A description of any type used to be accepted, and broke JSON, Argdown and HTML."""
    with pytest.raises(InvalidValueError, match="map description"):
        MapBuilder("T", description=value)
    with pytest.raises(InvalidValueError, match="map description"):
        ArgumentMap("T", description=value)


@pytest.mark.parametrize(
    "meta",
    [{"x": "\ud800"}, {"\udc00": 1}, {"deep": [{"x": ["\ud83d"]}]}, {"n": HUGE}],
    ids=["value", "key", "nested", "huge-int"],
)
def test_meta_that_no_file_can_hold_is_refused(meta: dict[str, Any]) -> None:
    with pytest.raises(InvalidValueError, match="meta"):
        ArgumentMap("T", meta=meta)


def test_answered_and_raised_check_their_arguments() -> None:
    with pytest.raises(InvalidValueError, match=r"\bby\b"):
        answered("yes", by=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"\bnote\b"):
        answered("yes", note=["n"])  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"\bkey\b"):
        raised(key=3)  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"\bquote\b"):
        raised(quote="words")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"\btext\b"):
        raised(text=HUGE)  # type: ignore[arg-type]


@pytest.mark.parametrize("holder", ["builder", "map"])
def test_lookups_of_the_wrong_type_are_clear(holder: str) -> None:
    b = builder()
    target: Any = b if holder == "builder" else b.build()
    assert [1] not in target
    assert 3 not in target
    assert "c" in target
    with pytest.raises(InvalidValueError, match=r"key must be a str, got \[1\]"):
        target[[1]]
    with pytest.raises(InvalidValueError, match="an int of 5001 digits"):
        target[HUGE]
    with pytest.raises(UnknownKeyError):
        target["nope"]
    if holder == "map":
        with pytest.raises(InvalidValueError, match="kind must be one of the element classes"):
            target.get("c", int)


def test_an_unknown_argument_is_named_as_such() -> None:
    with pytest.raises(UnknownKeyError, match=r"argument 'nope' is not in the map \(yet\)"):
        builder().answer("nope", "CQ1", True)
    with pytest.raises(UnknownKeyError, match=r"argument 'nope' is not in the map \(yet\)"):
        builder().raise_question("nope", "CQ1")


def test_premises_keep_their_order_and_refuse_sets() -> None:
    """A set would make the map, and so every output, differ from run to run."""
    b = builder()
    assert b.argument("k", ("e", "d"), "c").premises == ("e", "d")
    with pytest.raises(InvalidValueError, match="ordered sequence"):
        builder().argument("k", frozenset({"e", "d"}), "c")


def test_huge_values_in_messages_are_described_not_printed() -> None:
    with pytest.raises(InvalidValueError) as info:
        Claim("c", HUGE)  # type: ignore[arg-type]
    assert "an int of 5001 digits" in str(info.value)
    with pytest.raises(InvalidValueError) as info:
        Claim("c", "x" * 100_000, note=["y" * 100_000])  # type: ignore[arg-type]
    assert len(str(info.value)) < 400


# --- whatever text a map accepts, every output can hold --------------------------------------

ANY_TEXT = hostile_texts()
WRITERS: list[Callable[[ArgumentMap], bytes]] = [
    (lambda m, name=name: render_map(m, get_format(name))) for name in writable_formats()
]


@given(text=ANY_TEXT, where=st.sampled_from(["title", "claim", "note", "label", "description"]))
def test_accepted_text_is_written_by_every_exporter_and_shown_cleanly(
    text: str, where: str
) -> None:
    def build() -> ArgumentMap:
        b = MapBuilder(
            text if where == "title" else "T", description=text if where == "description" else None
        )
        c = b.claim("c", text if where == "claim" else "C", note=text if where == "note" else None)
        d = b.claim("d", "D")
        b.argument("a", [d], c, label=text if where == "label" else None)
        return b.build()

    # A map's description may be blank (importers keep an empty one); every other text
    # here must say something.
    blank = not text.strip() and where != "description"
    refused = blank or re.search("[\ud800-\udfff]", text)
    if refused:
        # Only blank text and text no file can hold are refused.
        with pytest.raises(InvalidValueError, match="blank|lone surrogate|non-empty"):
            build()
        return
    argument_map = build()
    for write in WRITERS:
        write(argument_map).decode("utf-8")  # every exporter's bytes are UTF-8
    shown = clean(str(explain(argument_map, "c", semantics="grounded")))
    shown.encode("utf-8")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown)
    json.dumps(shown, ensure_ascii=False).encode("utf-8")
