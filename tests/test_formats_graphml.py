"""GraphML export: well-formed, yEd's graphics keys, every element and relation, escaping."""

from __future__ import annotations

from pathlib import Path

import defusedxml.ElementTree as SafeET
from hypothesis import given
from test_formats_json import _sample_map

import argmap
from argmap.formats import graphml
from argmap.strategies import maps

G = f"{{{graphml.GRAPHML_NS}}}"
Y = f"{{{graphml.YFILES_NS}}}"


def _parse(text: str):  # type: ignore[no-untyped-def]
    return SafeET.fromstring(text.encode("utf-8"))


def _data(element, key: str) -> str | None:  # type: ignore[no-untyped-def]
    found = element.find(f"{G}data[@key='{key}']")
    return None if found is None else found.text


def test_sample_map_as_graphml() -> None:
    m = _sample_map()
    root = _parse(graphml.dumps(m))
    assert root.tag == f"{G}graphml"
    keys = {k.get("id"): k.attrib for k in root.findall(f"{G}key")}
    assert keys["d0"]["yfiles.type"] == "nodegraphics"
    assert keys["d1"]["yfiles.type"] == "edgegraphics"
    graph = root.find(f"{G}graph")
    assert graph is not None
    assert _data(graph, "d6") == "Sample"
    nodes = {n.get("id"): n for n in graph.findall(f"{G}node")}
    # Claims, evidence and arguments, plus the bare challenge's question.
    assert list(nodes) == ["forged", "style", "exhibit", "quoted", "a1", "c1"]
    assert [_data(n, "d2") for n in nodes.values()] == [
        "claim",
        "claim",
        "evidence",
        "evidence",
        "argument",
        "question",
    ]
    assert _data(nodes["style"], "d4") == "reconstructed"
    style_node = nodes["style"].find(f"{G}data[@key='d0']/{Y}ShapeNode")
    assert style_node is not None
    assert style_node.find(f"{Y}BorderStyle").get("type") == "dashed"  # implicit premise
    assert style_node.find(f"{Y}NodeLabel").text == "The style is wrong."
    edges = [(e.get("source"), e.get("target"), _data(e, "d5")) for e in graph.findall(f"{G}edge")]
    assert edges == [
        ("style", "a1", "premise"),
        ("exhibit", "a1", "premise"),
        ("a1", "forged", "conclusion"),
        ("quoted", "style", "undermine"),
        ("quoted", "a1", "undercut"),
        ("quoted", "forged", "rebut"),
        ("c1", "a1", "challenge"),
    ]
    assert len({e.get("id") for e in graph.findall(f"{G}edge")}) == len(edges)


@given(maps(min_size=0, max_size=12))
def test_every_map_gives_wellformed_graphml_with_its_texts(m: argmap.ArgumentMap) -> None:
    text = graphml.dumps(m)
    assert text == graphml.dumps(m)
    graph = _parse(text).find(f"{G}graph")
    assert graph is not None
    nodes = {n.get("id"): n for n in graph.findall(f"{G}node")}
    for statement in (*m.claims, *m.evidence):
        # Escaping round-trips: the parsed text is the text (XML folds CR to LF).
        assert _data(nodes[statement.key], "d3") == statement.text.replace("\r\n", "\n").replace(
            "\r", "\n"
        )
    node_ids = set(nodes)
    for edge in graph.findall(f"{G}edge"):
        assert edge.get("source") in node_ids
        assert edge.get("target") in node_ids
    expected = sum(len(a.premises) + 1 for a in m.arguments) + len(m.objections)
    assert len(graph.findall(f"{G}edge")) == expected


def test_characters_xml_cannot_hold_are_replaced() -> None:
    b = argmap.MapBuilder("Control \x01 chars")
    b.claim("c", "bell \x07 and null \x00 here")
    root = _parse(graphml.dumps(b.build()))
    node = root.find(f"{G}graph/{G}node")
    assert _data(node, "d3") == "bell \ufffd and null \ufffd here"


def test_dump_writes_the_file(tmp_path: Path) -> None:
    path = tmp_path / "m.graphml"
    graphml.dump(_sample_map(), path)
    assert path.read_text(encoding="utf-8") == graphml.dumps(_sample_map())


def test_a_reconstructed_inference_is_dashed_like_an_implicit_premise() -> None:
    import argmap
    from argmap.formats import graphml

    b = argmap.MapBuilder("Tea")
    tea, rich = b.claim("tea", "Tea is good."), b.claim("rich", "Tea is rich in antioxidants.")
    b.argument("a1", [rich], tea, reconstructed=True)
    b.argument("a2", [tea], b.claim("drink", "Drink tea."))
    root = SafeET.fromstring(graphml.dumps(b.build()))
    borders = {}
    for node in root.iter("{http://graphml.graphdrawing.org/xmlns}node"):
        (style,) = [e for e in node.iter() if e.tag.endswith("BorderStyle")]
        borders[node.get("id")] = style.get("type")
    assert borders["a1"] == "dashed"
    assert borders["a2"] == "line"
