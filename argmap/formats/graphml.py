"""GraphML export that opens in yEd (export only).

Every claim, evidence item and argument is a node; a bare challenge (a question with no
attacker) is a node too. Support is drawn as in argmap's diagrams: premise → argument
node → conclusion; an objection is an edge from its attacker to its target, labelled
with its kind. Each node carries yEd's ``ShapeNode`` graphics (shape, fill, label) under
the ``nodegraphics`` key, and plain ``kind``/``text``/``note`` data keys for other tools
(Gephi, NetworkX, Cytoscape). Nodes are laid on a grid: use yEd's *Layout* menu
(e.g. *Hierarchical*) to arrange them.

The XML is built with :mod:`xml.etree.ElementTree`, which escapes text and attributes;
characters XML 1.0 cannot hold (most control characters) are replaced by U+FFFD.

>>> import argmap
>>> from argmap.formats.graphml import dumps
>>> b = argmap.MapBuilder("Tea")
>>> _ = b.argument("a1", [b.claim("rich", "Rich in <antioxidants>")], b.claim("tea", "Good"))
>>> text = dumps(b.build())
>>> "Rich in &lt;antioxidants&gt;" in text and 'yfiles.type="nodegraphics"' in text
True
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

from argmap.formats._format import Format
from argmap.formats._input import write_output
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, ObjectionKind

__all__ = ["FORMAT", "GRAPHML_NS", "YFILES_NS", "dump", "dumps"]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
YFILES_NS = "http://www.yworks.com/xml/graphml"
_XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = (
    "http://graphml.graphdrawing.org/xmlns "
    "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
)
# Not allowed in XML 1.0: C0 controls other than tab, LF, CR; surrogates; U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# Okabe-Ito colours, as in argmap's diagrams: support green, attack vermillion.
_SUPPORT = "#009E73"
_ATTACK = "#D55E00"
_STYLE = {
    # kind: (shape, fill, width, height)
    "claim": ("roundrectangle", "#FFFFFF", 220.0, 70.0),
    "implicit": ("roundrectangle", "#F2F2F2", 220.0, 70.0),
    "evidence": ("rectangle", "#E8F1FA", 220.0, 70.0),
    "argument": ("ellipse", "#E6F5EF", 90.0, 40.0),
    "reconstructed": ("ellipse", "#E6F5EF", 90.0, 40.0),
    "question": ("octagon", "#FDF1E6", 200.0, 60.0),
}
_COLUMNS = 4


def _clean(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _y(tag: str) -> str:
    return f"{{{YFILES_NS}}}{tag}"


def _g(tag: str) -> str:
    return f"{{{GRAPHML_NS}}}{tag}"


class _Writer:
    def __init__(self) -> None:
        ET.register_namespace("", GRAPHML_NS)
        ET.register_namespace("y", YFILES_NS)
        ET.register_namespace("xsi", _XSI_NS)
        self.root = ET.Element(_g("graphml"), {f"{{{_XSI_NS}}}schemaLocation": _SCHEMA})
        keys = [
            ("d0", "node", {"yfiles.type": "nodegraphics"}),
            ("d1", "edge", {"yfiles.type": "edgegraphics"}),
            ("d2", "node", {"attr.name": "kind", "attr.type": "string"}),
            ("d3", "node", {"attr.name": "text", "attr.type": "string"}),
            ("d4", "node", {"attr.name": "note", "attr.type": "string"}),
            ("d5", "edge", {"attr.name": "relation", "attr.type": "string"}),
            ("d6", "graph", {"attr.name": "title", "attr.type": "string"}),
        ]
        for key_id, domain, attributes in keys:
            ET.SubElement(self.root, _g("key"), {"for": domain, "id": key_id, **attributes})
        self.graph = ET.SubElement(self.root, _g("graph"), {"edgedefault": "directed", "id": "G"})
        self.count = 0
        self.edges = 0

    def data(self, parent: ET.Element, key: str, text: str) -> None:
        ET.SubElement(parent, _g("data"), {"key": key}).text = _clean(text)

    def node(self, node_id: str, kind: str, label: str, text: str, note: str | None) -> None:
        shape, fill, width, height = _STYLE[kind]
        node = ET.SubElement(self.graph, _g("node"), {"id": node_id})
        self.data(node, "d2", {"implicit": "claim", "reconstructed": "argument"}.get(kind, kind))
        self.data(node, "d3", text)
        if note is not None:
            self.data(node, "d4", note)
        graphics = ET.SubElement(node, _g("data"), {"key": "d0"})
        shape_node = ET.SubElement(graphics, _y("ShapeNode"))
        column, row = self.count % _COLUMNS, self.count // _COLUMNS
        self.count += 1
        ET.SubElement(
            shape_node,
            _y("Geometry"),
            {
                "height": str(height),
                "width": str(width),
                "x": str(column * 280.0),
                "y": str(row * 140.0),
            },
        )
        ET.SubElement(shape_node, _y("Fill"), {"color": fill, "transparent": "false"})
        # Dashed: what the analyst reconstructed (a premise or an inference).
        border = "dashed" if kind in ("implicit", "reconstructed") else "line"
        ET.SubElement(
            shape_node, _y("BorderStyle"), {"color": "#000000", "type": border, "width": "1.0"}
        )
        ET.SubElement(
            shape_node,
            _y("NodeLabel"),
            {
                "alignment": "center",
                "autoSizePolicy": "content",
                "modelName": "internal",
                "modelPosition": "c",
            },
        ).text = _clean(label)
        ET.SubElement(shape_node, _y("Shape"), {"type": shape})

    def edge(
        self, source: str, target: str, relation: str, *, arrow: bool, label: str | None
    ) -> None:
        edge = ET.SubElement(
            self.graph, _g("edge"), {"id": f"e{self.edges}", "source": source, "target": target}
        )
        self.edges += 1
        self.data(edge, "d5", relation)
        graphics = ET.SubElement(edge, _g("data"), {"key": "d1"})
        line = ET.SubElement(graphics, _y("PolyLineEdge"))
        colour = _SUPPORT if relation in ("premise", "conclusion") else _ATTACK
        style = "dashed" if relation == ObjectionKind.CHALLENGE.value else "line"
        ET.SubElement(line, _y("LineStyle"), {"color": colour, "type": style, "width": "1.5"})
        ET.SubElement(
            line, _y("Arrows"), {"source": "none", "target": "standard" if arrow else "none"}
        )
        if label is not None:
            ET.SubElement(line, _y("EdgeLabel"), {"textColor": colour}).text = label


def _statement(writer: _Writer, element: Claim | Evidence) -> None:
    if isinstance(element, Evidence):
        kind = "evidence"
    else:
        kind = "implicit" if element.implicit else "claim"
    writer.node(element.key, kind, element.text, element.text, element.note)


def _argument(writer: _Writer, argument: Argument) -> None:
    label = argument.label or argument.scheme or argument.key
    # A sketched argument's gist is its text; other arguments are known by their label.
    kind = "reconstructed" if argument.reconstructed else "argument"
    writer.node(argument.key, kind, label, argument.text or label, argument.note)


def dumps(argument_map: ArgumentMap) -> str:
    """``argument_map`` as GraphML text for yEd (deterministic, UTF-8, ending in a newline).

    Parameters
    ----------
    argument_map:
        Any map.

    Returns
    -------
    str
        A GraphML document with yFiles graphics; node ids are the map's keys.

    Examples
    --------
    >>> import argmap
    >>> b = argmap.MapBuilder("One")
    >>> _ = b.claim("c", "A claim.")
    >>> '<node id="c">' in dumps(b.build())
    True
    """
    writer = _Writer()
    writer.data(writer.graph, "d6", argument_map.title)
    statements: list[Claim | Evidence] = [*argument_map.claims, *argument_map.evidence]
    for statement in statements:
        _statement(writer, statement)
    for argument in argument_map.arguments:
        _argument(writer, argument)
    for objection in argument_map.objections:
        if objection.attacker is None:
            question = objection.text or (objection.quote.text if objection.quote else "?")
            writer.node(objection.key, "question", question, question, objection.note)
    for argument in argument_map.arguments:
        for premise in argument.premises:
            writer.edge(premise, argument.key, "premise", arrow=False, label=None)
        writer.edge(argument.key, argument.conclusion, "conclusion", arrow=True, label=None)
    for objection in argument_map.objections:
        source = objection.attacker or objection.key
        kind = objection.kind.value
        label = kind if objection.opposition is None else f"{kind} ({objection.opposition.value})"
        writer.edge(source, objection.target, kind, arrow=True, label=label)
    ET.indent(writer.root, space="  ")
    body = ET.tostring(writer.root, encoding="unicode", xml_declaration=False)
    return '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + body + "\n"


def dump(argument_map: ArgumentMap, path: str | os.PathLike[str]) -> None:
    """Write ``argument_map`` as GraphML to ``path``, atomically.

    Raises
    ------
    WriteError
        If the file cannot be written; an existing file is then left as it was.

    Examples
    --------
    >>> import argmap, tempfile, pathlib
    >>> b = argmap.MapBuilder("One")
    >>> _ = b.claim("c", "A claim.")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "one.graphml"
    >>> dump(b.build(), path)
    >>> path.read_text(encoding="utf-8").startswith("<?xml")
    True
    """
    write_output(path, dumps(argument_map))


FORMAT = Format(
    "graphml",
    "GraphML",
    (".graphml",),
    "GraphML for yEd (write-only)",
    dump=lambda argument_map, _target: dumps(argument_map),
)
"""GraphML in the format registry (argmap writes it; it reads no GraphML)."""
