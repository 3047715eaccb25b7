"""AIF import and export: real AIFdb node sets, xAIF, native maps, bad and hostile input."""

from __future__ import annotations

import copy
import html
import json
from pathlib import Path
from typing import Any

import pytest
from _fuzz import json_values
from hypothesis import given
from hypothesis import strategies as st

import argmap
from argmap.errors import ArgmapError, FormatError, InvalidDocumentError
from argmap.formats import aif, dot
from argmap.formats._keys import slug
from argmap.model import ObjectionKind
from argmap.render import node_id, render_bytes
from argmap.semantics.dung import some_extension
from argmap.semantics.translate import framework_from_map
from argmap.strategies import maps

NODE_SETS = [
    "nodeset118",
    "nodeset127",
    "nodeset132",
    "nodeset137",
    "nodeset198",
    "nodeset46",
    "nodeset650",
    "nodeset664",
]


def _graph(document: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Nodes and edges of an AIFdb document, each compared whole (every field kept)."""
    body = document.get("AIF", document)
    nodes = {json.dumps(n, sort_keys=True) for n in body["nodes"]}
    edges = {json.dumps(e, sort_keys=True) for e in body["edges"]}
    return nodes, edges


def _argument_graph(
    document: dict[str, Any],
) -> tuple[set[tuple[str, str, str]], set[tuple[str, str]]]:
    """The I, RA and CA nodes (id, type, text) and the edges between them."""
    body = document.get("AIF", document)
    kinds = {n["nodeID"]: n["type"] for n in body["nodes"]}
    nodes = {
        (n["nodeID"], n["type"], n["text"]) for n in body["nodes"] if n["type"] in ("I", "RA", "CA")
    }
    edges = {
        (e["fromID"], e["toID"])
        for e in body["edges"]
        if kinds[e["fromID"]] in ("I", "RA", "CA") and kinds[e["toID"]] in ("I", "RA", "CA")
    }
    return nodes, edges


def _ids(m: argmap.ArgumentMap) -> dict[str, str]:
    """The argmap key of each AIF node id the map holds."""
    return {str(n["nodeID"]): key for key, n in m.meta["aif"]["nodes"].items()}


@pytest.mark.parametrize("name", NODE_SETS)
def test_real_node_sets_import_and_round_trip(reference_dir: Path, name: str) -> None:
    path = reference_dir / "aif" / f"{name}.json"
    original = json.loads(path.read_text(encoding="utf-8"))
    m = aif.load(path)
    assert m.title == name
    # Every I-node is a claim with its text verbatim; every RA an argument, CA an objection.
    by_type: dict[str, list[dict[str, Any]]] = {}
    for node in original["nodes"]:
        by_type.setdefault(node["type"], []).append(node)
    ids = _ids(m)
    assert [(c.key, c.text) for c in m.claims] == [
        (ids[n["nodeID"]], n["text"]) for n in by_type["I"]
    ]
    assert [a.key for a in m.arguments] == [ids[n["nodeID"]] for n in by_type.get("RA", [])]
    assert [o.key for o in m.objections] == [ids[n["nodeID"]] for n in by_type.get("CA", [])]
    # Keys are readable: a claim's is a slug of its text; an argument's names what it
    # supports, an objection's what it attacks.
    for claim in m.claims:
        assert claim.key.split(".")[0] == slug(claim.text, fallback="claim")
    assert all(a.key.startswith(f"for-{a.conclusion}") for a in m.arguments)
    assert all(o.key.startswith(f"against-{o.target}") for o in m.objections)
    # The map is valid and complete: rebuilding it from its parts passes every check.
    assert (
        argmap.ArgumentMap(m.title, claims=m.claims, arguments=m.arguments, objections=m.objections)
        is not None
    )
    # It renders: every claim, argument and objection is drawn.
    # (Graphviz writes the "-" of an id as "&#45;".)
    svg = html.unescape(render_bytes(m, format="svg").decode("utf-8"))
    for element in (*m.claims, *m.arguments):
        assert f'id="{node_id(element.key)}"' in svg
    assert dot.dumps(m).count(" -> ") >= sum(len(a.premises) + 1 for a in m.arguments) + len(
        m.objections
    )
    exported = aif.to_data(m)
    assert _argument_graph(exported) == _argument_graph(original)
    assert _graph(exported) == _graph(original)  # L/YA nodes, timestamps and edge ids too
    assert aif.loads(aif.dumps(m), title=name) == m
    assert aif.dumps(m) == aif.dumps(aif.loads(aif.dumps(m), title=name))


def test_scheme_and_edges_of_an_argument(reference_dir: Path) -> None:
    m = aif.load(reference_dir / "aif" / "nodeset127.json")
    ids = _ids(m)
    argument = m.get(ids["1188"], argmap.Argument)
    assert argument.scheme == "PositionToKnow"
    assert argument.premises == (ids["380"],)
    assert argument.conclusion == ids["379"]
    rebut = m.get(ids["1187"], argmap.Objection)
    assert (rebut.kind, rebut.attacker, rebut.target) == (
        ObjectionKind.REBUT,
        ids["379"],
        ids["378"],
    )
    # Locutions and illocutions are kept as dialogue metadata, with the reason.
    kept = m.meta["aif"]
    assert {n["type"] for n in kept["unmapped_nodes"]} == {"L", "YA"}
    assert kept["unmapped_reasons"]["384"] == "a locution (L) is dialogue metadata"
    assert len(kept["unmapped_edges"]) == 12


def test_conflict_with_a_premise_is_an_undermine(reference_dir: Path) -> None:
    m = aif.load(reference_dir / "aif" / "nodeset137.json")
    kinds = {o.key: o.kind for o in m.objections}
    assert sorted(kinds.values()) == [ObjectionKind.REBUT, ObjectionKind.UNDERMINE]
    undermine = next(o for o in m.objections if o.kind is ObjectionKind.UNDERMINE)
    assert m.arguments_using(undermine.target)
    assert not m.arguments_for(undermine.target)


def _node(node_id: str, kind: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"nodeID": node_id, "text": text, "type": kind, **extra}


def _edge(edge_id: int, source: str, target: str) -> dict[str, Any]:
    return {"edgeID": edge_id, "fromID": source, "toID": target}


XAIF: dict[str, Any] = {
    "AIF": {
        "nodes": [
            _node("1", "I", "Taxes should rise."),
            _node("2", "I", "Schools need money."),
            _node("3", "RA", "Argument From Consequences"),
            _node("4", "I", "The money would be wasted."),
            _node("5", "CA", "Default Conflict"),
            _node("6", "I", "Schools are underfunded."),
            _node("7", "MA", "Default Rephrase"),
            _node("8", "PA", "Default Preference"),
            _node("9", "L", "Ann : Taxes should rise."),
            _node("10", "YA", "Asserting"),
            _node("11", "TA", "Default Transition"),
            _node("12", "L", "Bob : The money would be wasted."),
        ],
        "edges": [
            _edge(1, "2", "3"),
            _edge(2, "3", "1"),
            _edge(3, "4", "5"),
            _edge(4, "5", "3"),
            _edge(5, "2", "7"),
            _edge(6, "7", "6"),
            _edge(7, "1", "8"),
            _edge(8, "8", "4"),
            _edge(9, "9", "10"),
            _edge(10, "10", "1"),
            _edge(11, "9", "11"),
            _edge(12, "11", "12"),
        ],
        "locutions": [{"nodeID": "9", "personID": "1"}, {"nodeID": "12", "personID": "2"}],
        "participants": [
            {"participantID": "1", "firstname": "Ann", "surname": "A"},
            {"participantID": "2", "firstname": "Bob", "surname": "B"},
        ],
        "schemefulfillments": [{"nodeID": "3", "schemeID": "7"}],
    },
    "OVA": {
        "firstname": "Ann",
        "surname": "A",
        "nodes": [{"nodeID": "1", "x": 10, "y": 20}],
        "edges": [],
    },
    "text": "<span>Taxes should rise.</span>",
}


def test_xaif_import_maps_the_argument_and_keeps_the_dialogue() -> None:
    m = aif.from_data(copy.deepcopy(XAIF), title="Taxes")
    ids = _ids(m)
    assert [c.key for c in m.claims] == [ids["1"], ids["2"], ids["4"], ids["6"]]
    argument = m.get(ids["3"], argmap.Argument)
    assert argument.scheme == "Argument From Consequences"
    undercut = m.get(ids["5"], argmap.Objection)
    assert (undercut.kind, undercut.attacker, undercut.target) == (
        ObjectionKind.UNDERCUT,
        ids["4"],
        ids["3"],
    )
    kept = m.meta["aif"]
    assert kept["variant"] == "xaif"
    assert [n["type"] for n in kept["unmapped_nodes"]] == ["MA", "PA", "L", "YA", "TA", "L"]
    assert "rephrase" in kept["unmapped_reasons"]["7"]
    assert "preference" in kept["unmapped_reasons"]["8"]
    assert kept["graph"]["participants"][1]["firstname"] == "Bob"
    assert kept["document"]["OVA"]["nodes"][0]["x"] == 10
    exported = aif.to_data(m)
    assert set(exported) == {"AIF", "OVA", "text"}
    assert _graph(exported) == _graph(XAIF)
    assert exported["AIF"]["locutions"] == XAIF["AIF"]["locutions"]
    assert exported["text"] == XAIF["text"]


def test_integer_ids_and_odd_ids_get_valid_keys() -> None:
    document = {
        "nodes": [
            _node("a b", "I", "One."),
            {"nodeID": 7, "text": "Two.", "type": "I"},
            _node("x/y", "RA", "RA"),
        ],
        "edges": [_edge(1, 7, "x/y"), _edge(2, "x/y", "a b")],
    }
    m = aif.from_data(document)
    assert [c.key for c in m.claims] == ["one", "two"]
    assert m.get("for-one", argmap.Argument).premises == ("two",)
    assert _argument_graph(aif.to_data(m))[0] == {
        ("a b", "I", "One."),
        (7, "I", "Two."),
        ("x/y", "RA", "RA"),
    }


def test_irregular_scheme_nodes_are_kept_not_dropped() -> None:
    document = {
        "nodes": [
            _node("1", "I", "A."),
            _node("2", "I", "B."),
            _node("3", "I", "C."),
            _node("4", "RA", "RA"),  # two conclusions: no argmap argument
            _node("5", "CA", "CA"),  # attacks the irregular RA
            _node("6", "RA", "RA"),  # no premise
        ],
        "edges": [
            _edge(1, "1", "4"),
            _edge(2, "4", "2"),
            _edge(3, "4", "3"),
            _edge(4, "3", "5"),
            _edge(5, "5", "4"),
            _edge(6, "6", "1"),
        ],
    }
    m = aif.from_data(document)
    assert m.arguments == ()
    assert m.objections == ()
    reasons = m.meta["aif"]["unmapped_reasons"]
    assert "exactly one conclusion" in reasons["4"]
    assert "has 1 and 2" in reasons["4"]
    assert "one attacker and one target" in reasons["5"]
    assert "has 0 and 1" in reasons["6"]
    assert _graph(aif.to_data(m)) == _graph(document)


def _native_map() -> argmap.ArgumentMap:
    b = argmap.MapBuilder("Native")
    c = b.claim("c", "Conclusion.")
    p = b.claim("p", "Premise.")
    q = b.claim("q", "Other premise.")
    a = b.argument("a", [p, q], c, scheme="Expert Opinion")
    x = b.claim("x", "Attacker.")
    b.rebut(x, c, key="r")
    b.undermine(x, p, key="u")
    b.undercut(x, a, key="k")
    b.challenge(a, key="ch", text="Is the expert reliable?")
    return b.build()


def test_native_map_exports_aifdb_json_that_imports_back() -> None:
    data = aif.to_data(_native_map())
    assert set(data) == {"nodes", "edges", "locutions"}
    assert data["locutions"] == []
    types = [n["type"] for n in data["nodes"]]
    assert types.count("I") == 5  # four claims and the challenge's question
    assert types.count("RA") == 1
    assert types.count("CA") == 4
    ra = next(n for n in data["nodes"] if n["type"] == "RA")
    assert (ra["text"], ra["scheme"]) == ("Expert Opinion", "Expert Opinion")
    assert all(set(e) == {"edgeID", "fromID", "toID", "formEdgeID"} for e in data["edges"])
    back = aif.from_data(data)
    assert [c.text for c in back.claims] == [
        "Conclusion.",
        "Premise.",
        "Other premise.",
        "Attacker.",
        "Is the expert reliable?",
    ]
    assert [(a.premises, a.conclusion, a.scheme) for a in back.arguments] == [
        (("premise", "other-premise"), "conclusion", "Expert Opinion")
    ]
    assert [o.kind.value for o in back.objections] == ["rebut", "undermine", "undercut", "undercut"]
    assert aif.to_data(back) == data


@given(maps(min_size=0, max_size=10))
def test_export_of_any_map_imports_with_the_same_structure(m: argmap.ArgumentMap) -> None:
    data = aif.to_data(m)
    back = aif.from_data(data)
    bare = sum(1 for o in m.objections if o.attacker is None)
    assert len(back.claims) == len(m.claims) + len(m.evidence) + bare
    assert len(back.arguments) == len(m.arguments)
    assert len(back.objections) == len(m.objections)
    assert sorted(c.text for c in back.claims) == sorted(
        [c.text for c in m.claims]
        + [e.text for e in m.evidence]
        + [o.text or (o.quote.text if o.quote else "?") for o in m.objections if o.attacker is None]
    )
    # From then on nothing changes: the AIF of the imported map is the AIF it came from.
    assert aif.to_data(back) == data
    assert aif.dumps(back) == aif.dumps(aif.from_data(data))


# --- bad and hostile input ----------------------------------------------------------------


def test_structural_problems_are_all_listed() -> None:
    document = {
        "nodes": [
            _node("1", "I", "A."),
            {"text": "no id", "type": "I"},
            _node("1", "I", "Again."),
            _node("3", "I", "   "),
            {"nodeID": "4", "text": "x"},
            "node",
        ],
        "edges": [{"fromID": None, "toID": "1"}, 5],
    }
    with pytest.raises(InvalidDocumentError) as caught:
        aif.from_data(document)
    assert [str(p) for p in caught.value.problems] == [
        "/nodes/1/nodeID: expected a string or integer id, got None",
        "/nodes/2/nodeID: node id '1' is used twice",
        "/nodes/3/text: an I-node needs non-blank text, got '   '",
        "/nodes/4/type: expected a node type such as 'I' or 'RA', got None",
        "/nodes/5: expected a node object, got 'node'",
        "/edges/0/fromID: expected a node id, got None",
        "/edges/1: expected an edge object, got 5",
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([1], "expected a JSON object"),
        ({"AIF": {"nodes": 3, "edges": []}}, "/AIF/nodes: expected an array of nodes, got 3"),
        ({"foo": 1}, "expected AIFdb JSON"),
        ({"nodes": []}, "/edges: expected an array of edges, got None"),
    ],
)
def test_not_aif(data: object, message: str) -> None:
    with pytest.raises(InvalidDocumentError, match=message.replace("[", r"\[")):
        aif.from_data(data)


def test_load_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "set.json"
    path.write_text('{"nodes": [{"nodeID": "1", "type": "I", "text": ""}], "edges": []}')
    with pytest.raises(InvalidDocumentError, match=f"^{path}: invalid AIF document"):
        aif.load(path)
    path.write_text("nodes")
    with pytest.raises(FormatError, match=f"^{path}: line 1 column 1"):
        aif.load(path)


@given(json_values)
def test_arbitrary_json_raises_only_argmap_errors(value: object) -> None:
    for data in (value, {"nodes": value, "edges": []}, {"AIF": {"nodes": [], "edges": value}}):
        try:
            result = aif.from_data(data)
        except ArgmapError:
            continue
        assert isinstance(result, argmap.ArgumentMap)


def _places(data: Any) -> list[list[Any]]:
    found: list[list[Any]] = []
    stack: list[tuple[list[Any], Any]] = [([], data)]
    while stack:
        path, value = stack.pop()
        found.append(path)
        if isinstance(value, dict):
            stack.extend(([*path, k], v) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend(([*path, i], v) for i, v in enumerate(value))
    return [p for p in found if p]


@given(st.sampled_from([XAIF, aif.to_data(_native_map())]), st.data())
def test_mutated_documents_raise_only_argmap_errors(
    document: dict[str, Any], data: st.DataObject
) -> None:
    mutated = copy.deepcopy(document)
    for _ in range(data.draw(st.integers(1, 4))):
        places = _places(mutated)
        if not places:  # every key deleted: an empty document is mutation enough
            break
        path = data.draw(st.sampled_from(places))
        holder: Any = mutated
        for step in path[:-1]:
            holder = holder[step]
        if isinstance(holder, dict) and data.draw(st.booleans()):
            del holder[path[-1]]
        else:
            holder[path[-1]] = data.draw(
                json_values | st.sampled_from(["I", "RA", "CA", "1", "2", "3"])
            )
    try:
        result = aif.from_data(mutated)
    except ArgmapError:
        return
    assert isinstance(result, argmap.ArgumentMap)
    assert aif.from_data(aif.to_data(result)).claims == result.claims


def test_edges_to_nodes_outside_the_set_are_kept() -> None:
    # AIFdb node sets are cut from one graph; some keep edges to other sets' nodes.
    document = {
        "nodes": [_node("1", "I", "A."), _node("2", "I", "B."), _node("3", "RA", "RA")],
        "edges": [
            _edge(1, "2", "3"),
            _edge(2, "3", "1"),
            _edge(3, "3", "999"),
            _edge(4, "998", "2"),
        ],
    }
    m = aif.from_data(document)
    assert m.get("for-a", argmap.Argument).premises == ("b",)
    assert [e["edgeID"] for e in m.meta["aif"]["dangling_edges"]] == [3, 4]
    assert _graph(aif.to_data(m)) == _graph(document)


@pytest.mark.parametrize("name", NODE_SETS)
def test_real_node_sets_evaluate(reference_dir: Path, name: str) -> None:
    m = aif.load(reference_dir / "aif" / f"{name}.json")
    af = framework_from_map(m)
    assert af.arguments == tuple(e.key for e in (*m.claims, *m.evidence, *m.arguments))
    assert len(af.attacks) == len({(o.attacker, o.target) for o in m.objections})
    grounded = some_extension(af, "grounded")
    assert grounded is not None
    attacked = {target for _, target in af.attacks}
    # Unattacked claims are accepted; every attacked-and-accepted one has a defender.
    assert {c.key for c in m.claims if c.key not in attacked} <= grounded
    for attacker, target in af.attacks:
        assert not (attacker in grounded and target in grounded)


def test_aifdb_json_with_locutions_keeps_them() -> None:
    document = {
        "nodes": [
            _node("1", "I", "A."),
            _node("2", "L", "Ann : A."),
            _node("3", "YA", "Asserting"),
        ],
        "edges": [_edge(1, "2", "3"), _edge(2, "3", "1")],
        "locutions": [{"nodeID": "2", "personID": "7", "timestamp": "2024-01-01 10:00:00"}],
    }
    m = aif.from_data(copy.deepcopy(document))
    assert m.meta["aif"]["variant"] == "aifdb"
    assert m.meta["aif"]["graph"]["locutions"][0]["personID"] == "7"
    exported = aif.to_data(m)
    assert exported["locutions"] == document["locutions"]
    assert _graph(exported) == _graph(document)


def test_xaif_export_is_ova3_xaif_and_round_trips(tmp_path: Path) -> None:
    from test_formats_json import _sample_map

    m = _sample_map()
    data = json.loads(aif.dumps(m, variant="xaif"))
    assert set(data) == {"AIF", "OVA", "text", "title"}
    body = data["AIF"]
    for name in ("nodes", "edges", "schemefulfillments", "participants", "locutions"):
        assert isinstance(body[name], list)
    # OVA3 draws each AIF node at its OVA position.
    assert [n["nodeID"] for n in data["OVA"]["nodes"]] == [n["nodeID"] for n in body["nodes"]]
    assert all(isinstance(n["x"], int) and isinstance(n["y"], int) for n in data["OVA"]["nodes"])
    back = aif.loads(aif.dumps(m, variant="xaif"))
    plain = aif.loads(aif.dumps(m, variant="aifdb"))
    assert (back.claims, back.arguments, back.objections) == (
        plain.claims,
        plain.arguments,
        plain.objections,
    )
    assert back.meta["aif"]["variant"] == "xaif"
    assert aif.dumps(back) == aif.dumps(aif.loads(aif.dumps(back)))  # a fixed point
    # The registry: .xaif.json writes xAIF, .aif.json AIFdb JSON, for any map.
    argmap.write_map(m, tmp_path / "m.xaif.json")
    argmap.write_map(m, tmp_path / "m.aif.json")
    assert "AIF" in json.loads((tmp_path / "m.xaif.json").read_text())
    assert "nodes" in json.loads((tmp_path / "m.aif.json").read_text())
    assert (
        argmap.load_map(tmp_path / "m.xaif.json").claims
        == argmap.load_map(tmp_path / "m.aif.json").claims
    )
    # A map imported from xAIF and written as AIFdb JSON is AIFdb JSON.
    assert "AIF" not in json.loads(aif.dumps(back, variant="aifdb"))


def test_sketched_arguments_and_oppositions_in_aif() -> None:
    b = argmap.MapBuilder("Sketch")
    tea = b.claim("tea", "Tea is good.")
    bad = b.claim("bad", "Tea is bad.")
    b.argument("rich", [], tea, text="Tea is rich in antioxidants.")
    b.rebut(bad, tea, opposition="contradictory")
    back = aif.loads(aif.dumps(b.build()))
    # AIF has no premise-less inference: the gist becomes the argument's one premise.
    (argument,) = back.arguments
    assert back.get(argument.premises[0], argmap.Claim).text == "Tea is rich in antioxidants."
    (rebut,) = back.objections
    assert rebut.opposition is argmap.model.Opposition.CONTRADICTORY
