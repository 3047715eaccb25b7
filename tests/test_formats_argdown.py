"""Argdown: export checked by the official parser (@argdown/cli), import of its JSON export."""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from _fuzz import json_values
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_formats_json import _sample_map

import argmap
from argmap.errors import ArgmapError, InvalidDocumentError
from argmap.formats import argdown, argdown_json
from argmap.model import ObjectionKind, Opposition, normalize_space
from argmap.strategies import maps

ROOT = Path(__file__).resolve().parents[1]
NODE_PREFIX = ROOT / "build" / "node"
ARGDOWN_CLI_VERSION = "1.7.5"
ARGDOWN = NODE_PREFIX / "node_modules" / ".bin" / "argdown"


def install_argdown_cli() -> Path:
    """The official Argdown command line, installed into build/node on first use.

    Skips only when Node.js or npm is not installed; a failed install is an error.
    """
    if shutil.which("node") is None or shutil.which("npm") is None:
        pytest.skip("Node.js and npm are not installed: the Argdown parser check needs them")
    if not ARGDOWN.exists():
        subprocess.run(
            [
                "npm",
                "install",
                "--prefix",
                str(NODE_PREFIX),
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                f"@argdown/cli@{ARGDOWN_CLI_VERSION}",
            ],
            check=True,
            capture_output=True,
            timeout=600,
        )
    return ARGDOWN


@pytest.fixture(scope="session")
def argdown_cli() -> Path:
    """The official Argdown command line (see :func:`install_argdown_cli`)."""
    return install_argdown_cli()


def _parse(cli: Path, folder: Path) -> None:
    """Run ``argdown json`` over every .argdown file in ``folder``; fail on any syntax error."""
    result = subprocess.run(
        [str(cli), "json", "--throwExceptions", str(folder / "*.argdown"), str(folder / "json")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Invalid Argdown syntax" not in result.stdout + result.stderr


def _expected_kind(m: argmap.ArgumentMap, objection: argmap.Objection) -> ObjectionKind:
    if objection.attacker is None:
        return ObjectionKind.CHALLENGE
    if objection.target in {a.key for a in m.arguments}:
        # An undercut is `_>`; any other objection to an argument is an attack on it.
        if objection.kind is ObjectionKind.UNDERCUT:
            return ObjectionKind.UNDERCUT
        return ObjectionKind.CHALLENGE
    used = bool(m.arguments_using(objection.target))
    concluded = bool(m.arguments_for(objection.target))
    return ObjectionKind.UNDERMINE if used and not concluded else ObjectionKind.REBUT


def _assert_same_structure(original: argmap.ArgumentMap, back: argmap.ArgumentMap) -> None:
    """What Argdown keeps: keys and texts of statements, arguments, objection structure."""
    statements = [*original.claims, *original.evidence]
    assert [(c.key, normalize_space(c.text)) for c in back.claims] == [
        (s.key, normalize_space(s.text)) for s in statements
    ]
    assert [c.implicit for c in back.claims] == [getattr(s, "implicit", False) for s in statements]
    # Notes travel as data, braces and line breaks escaped (a "}" used to end the data).
    assert [c.note for c in back.claims] == [s.note for s in statements]
    assert [(a.key, a.premises, a.conclusion) for a in back.arguments] == [
        (a.key, a.premises, a.conclusion) for a in original.arguments
    ]
    assert [a.scheme and normalize_space(a.scheme) for a in back.arguments] == [
        a.scheme and normalize_space(a.scheme) for a in original.arguments
    ]
    assert [a.weight for a in back.arguments] == [a.weight for a in original.arguments]
    # Argdown moves an argument's outgoing relations to its conclusion.
    conclusion = {a.key: a.conclusion for a in original.arguments}
    expected = {
        (
            _expected_kind(original, o),
            conclusion.get(o.attacker or "", o.attacker or o.key),
            o.target,
        )
        for o in original.objections
    }
    # ... so an argument attacking its own conclusion becomes a self-attack, which
    # Argdown drops; and an attack on an argument by a statement that also attacks one
    # of its premises is one Argdown drops as redundant.
    expected = {e for e in expected if e[1] != e[2]}
    premises = {a.key: set(a.premises) for a in original.arguments}
    expected = {
        e
        for e in expected
        if not (
            e[0] is ObjectionKind.CHALLENGE
            and e[2] in premises
            and any(
                f[1] == e[1] and f[2] in premises[e[2]]
                for f in expected
                if f[0] in (ObjectionKind.REBUT, ObjectionKind.UNDERMINE)
            )
        )
    }
    got = {(o.kind, o.attacker or o.key, o.target) for o in back.objections}
    assert got == expected


def test_argdown_parser_accepts_the_zinoviev_map(argdown_cli: Path, tmp_path: Path) -> None:
    m = argmap.load_map(ROOT / "maps" / "zinoviev.py")
    (tmp_path / "zinoviev.argdown").write_text(argdown.dumps(m), encoding="utf-8")
    _parse(argdown_cli, tmp_path)
    back = argdown_json.load(tmp_path / "json" / "zinoviev.json")
    assert back.title == "zinoviev"
    _assert_same_structure(m, back)


def test_argdown_parser_accepts_every_kind_of_element(argdown_cli: Path, tmp_path: Path) -> None:
    m = _sample_map()
    (tmp_path / "sample.argdown").write_text(argdown.dumps(m), encoding="utf-8")
    _parse(argdown_cli, tmp_path)
    back = argdown_json.load(tmp_path / "json" / "sample.json")
    _assert_same_structure(m, back)
    assert back.get("style", argmap.Claim).note == "reconstructed"
    assert back.get("a1", argmap.Argument).label == "Style"
    challenge = back.get("c1", argmap.Objection)
    assert (challenge.kind, challenge.text) == (ObjectionKind.CHALLENGE, "Says who?")


# No shrinking: each run starts Node.js, and a failure prints the whole batch anyway.
@settings(
    max_examples=3,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(maps(min_size=1, max_size=10), min_size=15, max_size=15))
def test_argdown_parser_accepts_generated_maps(
    argdown_cli: Path, tmp_path_factory: pytest.TempPathFactory, batch: list[argmap.ArgumentMap]
) -> None:
    # One parser run per batch: starting Node.js costs about a second.
    folder = tmp_path_factory.mktemp("argdown")
    for i, m in enumerate(batch):
        (folder / f"map{i}.argdown").write_text(argdown.dumps(m), encoding="utf-8")
    _parse(argdown_cli, folder)
    for i, m in enumerate(batch):
        _assert_same_structure(m, argdown_json.load(folder / "json" / f"map{i}.json"))


# --- export, without the parser -----------------------------------------------------------


@given(maps(min_size=0, max_size=10))
def test_export_is_deterministic_and_escaped(m: argmap.ArgumentMap) -> None:
    text = argdown.dumps(m)
    assert text == argdown.dumps(m)
    for claim in m.claims:
        line = next(x for x in text.splitlines() if x.startswith(f"[{claim.key}]: "))
        body = line[len(f"[{claim.key}]: ") :]
        # Every ASCII punctuation mark in the text is escaped; no raw line break survives.
        assert argdown.escape(claim.text) in body
    assert "\r" not in text


def test_escape() -> None:
    assert argdown.escape("a_b *c* [d] <e> #f {g} @h") == r"a\_b \*c\* \[d\] \<e\> \#f \{g\} \@h"
    assert argdown.escape("two\nlines\r\nhere ") == "two lines here"
    assert argdown.escape("Зиновьев → é") == "Зиновьев → é"


# --- import of Argdown JSON ----------------------------------------------------------------


def _statement(text: str | None = None, **data: Any) -> dict[str, Any]:
    member: dict[str, Any] = {"type": "statement"}
    if text is not None:
        member["text"] = text
    if data:
        member["data"] = data
    return {"type": "equivalence-class", "members": [member]}


def _pcs(*steps: tuple[str, str]) -> list[dict[str, Any]]:
    result = []
    for title, role in steps:
        statement: dict[str, Any] = {"title": title, "role": role}
        if role.endswith("conclusion"):
            statement["inference"] = {
                "inferenceRules": ["Modus Ponens"] if role == "main-conclusion" else []
            }
        result.append(statement)
    return result


EXPORT: dict[str, Any] = {
    "statements": {
        "A claim": _statement("Main conclusion."),
        "p1": _statement("First premise."),
        "p2": _statement("Second premise.", implicit=True),
        "mid": _statement("Intermediate."),
        "x": _statement("Attacker."),
        "ref": _statement(),  # only referred to: its title is its text
        "q": _statement("Why?", argmap="challenge"),
    },
    "arguments": {
        "chain": {
            "members": [{"text": "A two-step argument", "data": {"weight": 0.5}}],
            "pcs": _pcs(("p1", "premise"), ("mid", "intermediary-conclusion"), ("p2", "premise"), ("A claim", "main-conclusion")),
        },
        "sketch": {"members": [{"text": "No structure."}]},
    },
    "relations": [
        {"relationType": "attack", "from": "x", "fromType": "equivalence-class", "to": "A claim", "toType": "equivalence-class"},
        {"relationType": "undercut", "from": "x", "fromType": "equivalence-class", "to": "chain", "toType": "inference"},
        {"relationType": "contradictory", "from": "x", "fromType": "equivalence-class", "to": "p1", "toType": "equivalence-class"},
        {"relationType": "support", "from": "ref", "fromType": "equivalence-class", "to": "x", "toType": "equivalence-class"},
        {"relationType": "support", "from": "chain", "fromType": "argument", "to": "A claim", "toType": "equivalence-class"},
        {"relationType": "attack", "from": "q", "fromType": "equivalence-class", "to": "chain", "toType": "argument"},
        {"relationType": "entails", "from": "x", "fromType": "equivalence-class", "to": "ref", "toType": "equivalence-class"},
        {"relationType": "support", "from": "sketch", "fromType": "argument", "to": "x", "toType": "equivalence-class"},
    ],
    "sections": [],
    "tags": [],
}  # fmt: skip


def test_import_of_argdown_json() -> None:
    m = argdown_json.from_data(copy.deepcopy(EXPORT), title="Imported")
    assert [(c.key, c.text, c.implicit) for c in m.claims] == [
        ("a-claim", "Main conclusion.", False),
        ("p1", "First premise.", False),
        ("p2", "Second premise.", True),
        ("mid", "Intermediate.", False),
        ("x", "Attacker.", False),
        ("ref", "ref", False),
    ]
    assert m.meta["argdown"]["titles"] == {"a-claim": "A claim"}
    step, main, sketch, support, entails = m.arguments
    assert (step.key, step.premises, step.conclusion, step.scheme) == (
        "chain.step1",
        ("p1",),
        "mid",
        None,
    )
    assert (main.key, main.premises, main.conclusion) == ("chain", ("mid", "p2"), "a-claim")
    assert (main.scheme, main.weight, main.text) == ("Modus Ponens", 0.5, "A two-step argument")
    # A sketched argument: no premises, its gist as text, the statement it supports.
    assert (sketch.key, sketch.premises, sketch.conclusion, sketch.text) == (
        "sketch",
        (),
        "x",
        "No structure.",
    )
    assert (support.premises, support.conclusion) == (("ref",), "x")
    assert (entails.premises, entails.conclusion) == (("x",), "ref")
    assert [(o.kind.value, o.attacker, o.target, o.opposition) for o in m.objections] == [
        ("rebut", "x", "a-claim", None),
        ("undercut", "x", "chain", None),
        ("undermine", "x", "p1", Opposition.CONTRADICTORY),
        ("challenge", None, "chain", None),
    ]
    assert m.get("q", argmap.Objection).text == "Why?"
    assert m.meta["argdown"]["steps"] == {"chain.step1": "chain"}
    assert m.meta["argdown"]["relation_arguments"] == (support.key, entails.key)


def test_structural_problems_are_listed() -> None:
    document = {
        "statements": {"a": "text", "b": {"members": [{"text": 3}, "m", {"data": []}]}},
        "arguments": {"c": {"pcs": [{"title": "nope", "inference": {}}]}},
        "relations": [7],
    }
    with pytest.raises(InvalidDocumentError) as caught:
        argdown_json.from_data(document)
    assert [str(p) for p in caught.value.problems] == [
        "/statements/a: expected a statement object, got 'text'",
        "/statements/b/members/0/text: expected a string, got 3",
        "/statements/b/members/1: expected an object, got 'm'",
        "/statements/b/members/2/data: expected an object, got []",
        "/arguments/c/pcs/0/title: names no statement of the export: 'nope'",
        "/relations/0: expected a relation object, got 7",
    ]
    with pytest.raises(InvalidDocumentError, match="/statements: expected the statements"):
        argdown_json.from_data({"statements": [], "arguments": {}})


def test_argdown_text_is_read_natively(tmp_path: Path) -> None:
    path = tmp_path / "m.argdown"
    path.write_text("[a]: A.\n  <- [b]: B.\n")
    m = argmap.load_map(path)
    assert [(c.key, c.text) for c in m.claims] == [("a", "A."), ("b", "B.")]
    assert m.title == "m"


@given(json_values)
def test_arbitrary_json_raises_only_argmap_errors(value: object) -> None:
    for data in (
        value,
        {"statements": value, "arguments": {}},
        {"statements": {}, "arguments": {"a": value}},
    ):
        try:
            result = argdown_json.from_data(data)
        except ArgmapError:
            continue
        assert isinstance(result, argmap.ArgumentMap)


@given(st.data())
def test_mutated_exports_raise_only_argmap_errors(data: st.DataObject) -> None:
    mutated = copy.deepcopy(EXPORT)
    for _ in range(data.draw(st.integers(1, 4))):
        places: list[list[Any]] = []
        stack: list[tuple[list[Any], Any]] = [([], mutated)]
        while stack:
            path, value = stack.pop()
            if path:
                places.append(path)
            if isinstance(value, dict):
                stack.extend(([*path, k], v) for k, v in value.items())
            elif isinstance(value, list):
                stack.extend(([*path, i], v) for i, v in enumerate(value))
        path = data.draw(st.sampled_from(places))
        holder: Any = mutated
        for step in path[:-1]:
            holder = holder[step]
        if isinstance(holder, dict) and data.draw(st.booleans()):
            del holder[path[-1]]
        else:
            holder[path[-1]] = data.draw(
                json_values | st.sampled_from(["x", "p1", "chain", "attack", "argument"])
            )
    try:
        result = argdown_json.from_data(mutated)
    except ArgmapError:
        return
    assert isinstance(result, argmap.ArgumentMap)


def test_renamed_readers_keep_deprecated_aliases(tmp_path: Path) -> None:
    path = tmp_path / "e.json"
    path.write_text('{"statements": {"c": {"members": [{"text": "C."}]}}, "arguments": {}}')
    with pytest.warns(DeprecationWarning, match="use argmap.formats.argdown_json.load"):
        assert argdown.load_json(path) == argdown_json.load(path)
    with pytest.warns(DeprecationWarning, match="argdown_json.loads"):
        assert argdown.loads_json(path.read_text()).claims == argdown_json.load(path).claims
    with pytest.warns(DeprecationWarning, match="argdown_json.from_data"):
        argdown.from_json_data({"statements": {}, "arguments": {}})


def test_a_relation_given_many_times_is_one_objection() -> None:
    relation = {
        "relationType": "attack",
        "from": "a",
        "fromType": "equivalence-class",
        "to": "b",
        "toType": "equivalence-class",
    }
    document = {
        "statements": {"a": _statement("A."), "b": _statement("B.")},
        "arguments": {},
        "relations": [relation] * 2_000,
    }
    m = argdown_json.from_data(document)
    assert [(o.kind.value, o.attacker, o.target) for o in m.objections] == [("rebut", "a", "b")]


def test_a_reconstructed_inference_reads_back_as_reconstructed() -> None:
    b = argmap.MapBuilder("Tea")
    tea, rich = b.claim("tea", "Tea is good."), b.claim("rich", "Tea is rich in antioxidants.")
    b.argument("a1", [rich], tea, reconstructed=True)
    b.argument("a2", [tea], b.claim("drink", "Drink tea."))
    text = argdown.dumps(b.build())
    assert '<a1> {"reconstructed": true}' in text
    back = argdown.loads(text)
    flags = {a.key: a.reconstructed for a in back.arguments}
    assert flags == {"a1": True, "a2": False}
