"""argmap JSON: lossless round trip, determinism, the published schema, and bad documents."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from _fuzz import json_values
from hypothesis import given
from hypothesis import strategies as st

import argmap
from argmap.errors import ArgmapError, FormatError, InvalidDocumentError, LimitExceededError
from argmap.formats import argmap_json
from argmap.strategies import maps

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "docs" / "schema" / "argmap-1.schema.json"


def _with_meta(m: argmap.ArgumentMap, meta: dict[str, Any]) -> argmap.ArgumentMap:
    return attrs.evolve(m, meta=meta)


def _sample_map() -> argmap.ArgumentMap:
    b = argmap.MapBuilder("Sample", description="Every kind of element.")
    cook = b.party("cook", "Robin Cook", role="Foreign Secretary")
    page = b.source("page", "A page", author="Someone", text="They were right. We are sure.")
    forged = b.claim(
        "forged",
        "The letter was a forgery.",
        by=cook,
        quote=page.quote("They were right.", locator="p1"),
    )
    style = b.implicit("style", "The style is wrong.", note="reconstructed")
    exhibit = b.evidence("exhibit", "The letter as printed", source=page)
    quoted = b.evidence("quoted", quote=page.quote("We are sure."))
    a1 = b.argument("a1", [style, exhibit], forged, scheme="Sign", weight=0.75, label="Style")
    b.undermine(quoted, style, argument=a1, key="u1")
    b.undercut(quoted, a1, key="u2")
    b.rebut(quoted, forged, key="r1", text="It was genuine.")
    b.challenge(a1, key="c1", text="Says who?")
    return _with_meta(b.build(), {"origin": {"tool": "test", "ids": [1, 2.5, None, True]}})


def test_sample_round_trips_and_is_deterministic() -> None:
    m = _sample_map()
    text = argmap_json.dumps(m)
    back = argmap_json.loads(text)
    assert back == m
    assert back.meta["origin"]["ids"] == (1, 2.5, None, True)
    assert argmap_json.dumps(back) == text


@given(maps(min_size=0, max_size=12))
def test_every_map_round_trips(m: argmap.ArgumentMap) -> None:
    text = argmap_json.dumps(m)
    back = argmap_json.loads(text)
    assert back == m
    assert list(back.keys) == list(m.keys)  # order is kept, not just membership
    assert argmap_json.dumps(back) == text


@given(maps(min_size=0, max_size=6), st.dictionaries(st.text(max_size=8), json_values, max_size=4))
def test_meta_round_trips(m: argmap.ArgumentMap, meta: dict[str, Any]) -> None:
    m = _with_meta(m, meta)
    back = argmap_json.loads(argmap_json.dumps(m).encode("utf-8"))
    assert back == m
    assert argmap_json.dumps(back) == argmap_json.dumps(m)


def test_file_round_trip(tmp_path: Path) -> None:
    m = _sample_map()
    path = tmp_path / "sub" / "map.argmap.json"
    argmap_json.dump(m, path)
    assert argmap_json.load(path) == m
    assert path.read_text(encoding="utf-8") == argmap_json.dumps(m)


# --- the schema ---------------------------------------------------------------------------


def test_published_schema_is_the_generated_one() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == argmap_json.schema_text(), (
        "docs/schema/argmap-1.schema.json is stale; regenerate it with "
        "`python -m argmap.formats.argmap_json > docs/schema/argmap-1.schema.json`"
    )


def test_schema_is_a_valid_json_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(SCHEMA_FILE.read_text()))


@given(maps(min_size=0, max_size=10))
def test_written_documents_validate_against_the_schema(m: argmap.ArgumentMap) -> None:
    schema = json.loads(SCHEMA_FILE.read_text())
    jsonschema.Draft202012Validator(schema).validate(argmap_json.to_data(m))


def test_schema_rejects_what_the_reader_rejects() -> None:
    schema = json.loads(SCHEMA_FILE.read_text())
    validator = jsonschema.Draft202012Validator(schema)
    bad = {"format": "argmap", "version": 1, "title": "T", "claims": [{"key": "a b", "text": " "}]}
    assert len(list(validator.iter_errors(bad))) == 2
    with pytest.raises(InvalidDocumentError):
        argmap_json.from_data(bad)


# --- bad documents ------------------------------------------------------------------------


def _doc(**changes: Any) -> dict[str, Any]:
    data = argmap_json.to_data(_sample_map())
    data.update(changes)
    return data


def test_every_problem_is_listed_with_its_location() -> None:
    data = _doc(title=3, extra=True)
    data["claims"][0]["text"] = ""
    data["claims"][1]["key"] = "bad key"
    data["arguments"][0]["weight"] = "heavy"
    data["objections"][0]["kind"] = "refute"
    with pytest.raises(InvalidDocumentError) as caught:
        argmap_json.from_data(data)
    locations = [p.location for p in caught.value.problems]
    assert locations == [
        "/extra",
        "/title",
        "/claims/0/text",
        "/claims/1/key",
        "/arguments/0/weight",
        "/objections/0/kind",
    ]
    message = str(caught.value)
    assert message.startswith("invalid argmap JSON document (6 problems): /extra: unknown field")
    assert "'heavy'" in message
    assert "'refute'" in message


def test_missing_fields_and_wrong_types() -> None:
    data = {
        "format": "argmap",
        "version": 1,
        "claims": [{"key": "c"}, "text", {"key": "d", "text": "D", "implicit": "yes"}],
    }
    with pytest.raises(InvalidDocumentError) as caught:
        argmap_json.from_data(data)
    assert [str(p) for p in caught.value.problems] == [
        "/: missing required field 'title'",
        "/claims/0: missing required field 'text'",
        "/claims/1: expected an object, got 'text'",
        "/claims/2/implicit: expected true or false, got 'yes'",
    ]


def test_references_and_duplicates_are_checked_for_every_element() -> None:
    data = _doc()
    data["claims"][0]["by"] = "nobody"
    data["arguments"][0]["conclusion"] = "quoted"
    data["claims"].append({"key": "cook", "text": "A claim reusing a party's key."})
    with pytest.raises(InvalidDocumentError) as caught:
        argmap_json.from_data(data)
    problems = caught.value.problems
    assert [p.location for p in problems] == ["/claims/2/key", "/claims/0", "/arguments/0"]
    assert "key 'cook' is used twice: by the party at /parties/0" in problems[0].message
    assert "'nobody', which is not in the map" in problems[1].message
    assert "'quoted', which is an evidence; expected a claim" in problems[2].message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "/: expected a JSON object, got []"),
        ({"format": "aif"}, "/format: expected 'argmap', got 'aif'"),
        (
            {"format": "argmap", "version": 2},
            "/version: unsupported version 2; this argmap reads version 1",
        ),
        ({"format": "argmap", "version": "1"}, "unsupported version '1'"),
        ({"format": "argmap", "version": True}, "unsupported version True"),
        ({"format": "argmap"}, "unsupported version None"),
    ],
)
def test_other_formats_and_versions_are_refused(data: object, message: str) -> None:
    with pytest.raises(InvalidDocumentError, match=message.replace("[", r"\[").replace("]", r"\]")):
        argmap_json.from_data(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not valid JSON"),
        ('{"format": NaN}', "NaN is not a JSON number"),
        ('{"a": 1e400}', "out of range"),
        (b"\xff\xfe", "not UTF-8"),
        ('["\\ud800"]', "lone surrogate"),
        ("[" * 100 + "]" * 100, "nested more than 64 levels"),
        ("[" * 200000, "nested too deeply"),
    ],
)
def test_unreadable_text_is_a_format_error(text: str | bytes, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        argmap_json.loads(text)


def test_limits_are_enforced(monkeypatch: pytest.MonkeyPatch) -> None:
    from argmap.formats import _limits

    monkeypatch.setattr(_limits, "MAX_TEXT_CHARS", 10)
    with pytest.raises(LimitExceededError, match="/title: text has 11 characters; the limit is 10"):
        argmap_json.loads('{"format": "argmap", "version": 1, "title": "abcdefghijk"}')
    monkeypatch.setattr(_limits, "MAX_ITEMS", 4)
    with pytest.raises(LimitExceededError, match="/claims: list has 5 entries; the limit is 4"):
        argmap_json.from_data({"format": "argmap", "version": 1, "title": "t", "claims": [1] * 5})
    monkeypatch.setattr(_limits, "MAX_FILE_BYTES", 5)
    with pytest.raises(LimitExceededError, match="is 6 bytes; the limit is 5 bytes"):
        argmap_json.loads("[1234]")


def test_load_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"format": "argmap", "version": 1, "title": 1}')
    with pytest.raises(InvalidDocumentError) as caught:
        argmap_json.load(path)
    assert str(caught.value).startswith(f"{path}: invalid argmap JSON document (1 problem)")
    path.write_text("{,}")
    with pytest.raises(FormatError, match=f"{path}: line 1 column 2"):
        argmap_json.load(path)
    with pytest.raises(argmap.errors.MapFileNotFoundError):
        argmap_json.load(tmp_path / "missing.json")


# --- fuzzing: only argmap's own errors, never a crash -------------------------------------


@given(json_values)
def test_arbitrary_json_raises_only_argmap_errors(value: object) -> None:
    for data in (value, {"format": "argmap", "version": 1, "title": "t", "claims": value}):
        try:
            result = argmap_json.from_data(data)
        except ArgmapError:
            continue
        assert isinstance(result, argmap.ArgumentMap)


def _mutations(data: Any) -> list[tuple[list[Any], Any]]:
    """Every (path, value) in ``data``, for picking a place to break."""
    found: list[tuple[list[Any], Any]] = []
    stack: list[tuple[list[Any], Any]] = [([], data)]
    while stack:
        path, value = stack.pop()
        found.append((path, value))
        if isinstance(value, dict):
            stack.extend(([*path, k], v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(([*path, i], v) for i, v in enumerate(value))
    return found


@given(maps(min_size=1, max_size=8), st.data())
def test_mutated_documents_raise_only_argmap_errors(
    m: argmap.ArgumentMap, data: st.DataObject
) -> None:
    document = argmap_json.to_data(m)
    places = _mutations(document)
    for _ in range(data.draw(st.integers(1, 3))):
        path, _old = data.draw(st.sampled_from(places))
        if not path:
            continue
        mutated = copy.deepcopy(document)
        holder = mutated
        for step in path[:-1]:
            holder = holder[step]
        action = data.draw(st.sampled_from(["replace", "delete", "swap-key"]))
        if action == "replace" or isinstance(holder, list):
            holder[path[-1]] = data.draw(json_values)
        elif action == "delete":
            del holder[path[-1]]
        else:
            holder[data.draw(st.text(max_size=5))] = holder.pop(path[-1])
        try:
            result = argmap_json.from_data(mutated)
        except ArgmapError:
            continue
        assert isinstance(result, argmap.ArgumentMap)
        assert argmap_json.loads(argmap_json.dumps(result)) == result


def test_references_are_checked_even_when_other_elements_are_broken() -> None:
    data = _doc()
    data["claims"][1]["text"] = ""  # 'style' is broken: the argument using it is not blamed
    data["evidence"][0]["by"] = "nobody"  # a real dangling reference, reported as well
    with pytest.raises(InvalidDocumentError) as caught:
        argmap_json.from_data(data)
    assert [str(p) for p in caught.value.problems] == [
        "/claims/1/text: text of Claim must not be empty or blank, got ''",
        "/evidence/0: evidence 'exhibit' names speaker 'nobody', which is not in the map",
    ]


_SURROGATES = st.integers(0xD800, 0xDFFF).map(chr)


@given(st.lists(st.one_of(st.characters(), _SURROGATES), max_size=30).map("".join))
def test_check_text_refuses_exactly_the_texts_with_a_lone_surrogate(text: str) -> None:
    # The check asks the UTF-8 encoder; the definition is a surrogate code point anywhere.
    import re

    from argmap.formats._limits import check_text

    first = re.search("[\ud800-\udfff]", text)
    if first is None:
        check_text(text, location="/t")
        return
    with pytest.raises(FormatError) as raised:
        check_text(text, location="/t")
    assert f"lone surrogate {first.group()!r} at index {first.start()};" in str(raised.value)
