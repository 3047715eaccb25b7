"""AIF: the Argument Interchange Format, as AIFdb JSON and as OVA3's xAIF.

An AIF graph has information nodes (I: what is said) and scheme nodes (RA: inference,
CA: conflict, MA: rephrase, PA: preference), plus, in dialogical AIF, locution (L),
illocution (YA) and transition (TA) nodes. AIFdb writes ``{"nodes", "edges",
"locutions"}`` (older dumps have no ``locutions``); OVA3 writes xAIF,
``{"AIF": {"nodes", "edges", "locutions", "participants", ...}, "OVA": {...}, "text": ...}``.

Import maps the argument structure onto the model and keeps everything else, verbatim,
in the map's ``meta["aif"]``, so nothing is dropped and :func:`dumps` writes it back:

=================================  ====================================================
AIF                                argmap
=================================  ====================================================
I-node ``528``                     :class:`~argmap.Claim` ``n528``, text verbatim
RA-node, its premises and          :class:`~argmap.Argument` ``n<id>``; ``scheme`` from
conclusion                         the node's ``scheme`` (or its text unless that is
                                   ``RA`` / ``Default Inference``)
CA-node on an I-node               rebut (undermine if the I-node is only ever a premise)
CA-node on an RA-node              undercut of that argument
MA, PA, L, YA, TA, other nodes,    kept in ``meta["aif"]["unmapped_nodes"]`` / ``...edges``
and S-nodes argmap cannot hold     with the reason; written back on export
locutions, participants, OVA ...   kept in ``meta["aif"]["document"]``; written back
=================================  ====================================================

See ``docs/formats/aif.md`` for the full table, including what export loses.

>>> from argmap.formats.aif import loads, dumps
>>> doc = '''{"nodes": [
...   {"nodeID": "1", "text": "It will rain.", "type": "I"},
...   {"nodeID": "2", "text": "The sky is grey.", "type": "I"},
...   {"nodeID": "3", "text": "Default Inference", "type": "RA"}],
...  "edges": [{"edgeID": "10", "fromID": "2", "toID": "3"},
...            {"edgeID": "11", "fromID": "3", "toID": "1"}]}'''
>>> m = loads(doc)
>>> m["for-it-will-rain"]
Argument(key='for-it-will-rain', premises=('the-sky-is-grey',), conclusion='it-will-rain', by=None, scheme=None, weight=None, label=None, note=None, answers=(), text=None, reconstructed=False)
>>> loads(dumps(m)) == m
True
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from typing import Any

from argmap._meta import thaw
from argmap.errors import ArgmapError, InvalidDocumentError, Problem, UnknownFormatError
from argmap.formats._format import Format, Input, read_file
from argmap.formats._input import parse_json, write_output
from argmap.formats._keys import Keys
from argmap.formats._limits import check_depth
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind, Opposition

__all__ = [
    "FORMAT",
    "META_KEY",
    "XAIF_FORMAT",
    "dump",
    "dumps",
    "from_data",
    "load",
    "loads",
    "to_data",
]

META_KEY = "aif"
"""The key of ``ArgumentMap.meta`` under which import keeps what the model cannot hold."""

_WHAT = "AIF"
_DEFAULT_INFERENCE = "Default Inference"
_DEFAULT_CONFLICT = "Default Conflict"
_PLACEHOLDER_SCHEMES = frozenset({"", "RA", _DEFAULT_INFERENCE})
_BAD_KEY_CHARS = re.compile(r"[^A-Za-z0-9_.\-]")


def _describe(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _node_id(value: object) -> str | None:
    """A node or edge end id as a string; AIFdb writes strings, some tools integers."""
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


# --- reading -----------------------------------------------------------------------------


class _Graph:
    """The validated nodes and edges of an AIF document."""

    def __init__(self, data: Mapping[str, Any], base: str) -> None:
        self.problems: list[Problem] = []
        self.nodes: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        self.edges: list[tuple[str, str, dict[str, Any]]] = []
        self.dangling: list[dict[str, Any]] = []
        nodes, edges = data.get("nodes"), data.get("edges")
        if not isinstance(nodes, list):
            self.problem(f"{base}/nodes", f"expected an array of nodes, got {_describe(nodes)}")
            nodes = []
        if not isinstance(edges, list):
            self.problem(f"{base}/edges", f"expected an array of edges, got {_describe(edges)}")
            edges = []
        for i, node in enumerate(nodes):
            self._node(node, f"{base}/nodes/{i}")
        for i, edge in enumerate(edges):
            self._edge(edge, f"{base}/edges/{i}")

    def problem(self, location: str, message: str) -> None:
        self.problems.append(Problem(location, message))

    def _node(self, node: object, where: str) -> None:
        if not isinstance(node, dict):
            self.problem(where, f"expected a node object, got {_describe(node)}")
            return
        node_id = _node_id(node.get("nodeID"))
        if node_id is None:
            self.problem(
                f"{where}/nodeID",
                f"expected a string or integer id, got {_describe(node.get('nodeID'))}",
            )
            return
        if node_id in self.nodes:
            self.problem(f"{where}/nodeID", f"node id {node_id!r} is used twice")
            return
        kind, text = node.get("type"), node.get("text")
        if not isinstance(kind, str):
            self.problem(
                f"{where}/type", f"expected a node type such as 'I' or 'RA', got {_describe(kind)}"
            )
            return
        if kind == "I" and not (isinstance(text, str) and text.strip()):
            self.problem(f"{where}/text", f"an I-node needs non-blank text, got {_describe(text)}")
            return
        self.nodes[node_id] = node
        self.order.append(node_id)

    def _edge(self, edge: object, where: str) -> None:
        if not isinstance(edge, dict):
            self.problem(where, f"expected an edge object, got {_describe(edge)}")
            return
        ends = []
        for end in ("fromID", "toID"):
            node_id = _node_id(edge.get(end))
            if node_id is None:
                self.problem(
                    f"{where}/{end}", f"expected a node id, got {_describe(edge.get(end))}"
                )
                return
            ends.append(node_id)
        source, target = ends
        if source not in self.nodes or target not in self.nodes:
            # AIFdb node sets are cut from one big graph and some keep edges to nodes of
            # other sets: keep such an edge, as it was, rather than refuse the whole set.
            self.dangling.append(edge)
            return
        self.edges.append((source, target, edge))

    def kind(self, node_id: str) -> str:
        kind: str = self.nodes[node_id]["type"]
        return kind


def _scheme_of(node: Mapping[str, Any]) -> str | None:
    scheme = node.get("scheme")
    if isinstance(scheme, str) and scheme.strip() and scheme not in _PLACEHOLDER_SCHEMES:
        return scheme
    text = node.get("text")
    if isinstance(text, str) and text.strip() and text not in _PLACEHOLDER_SCHEMES:
        return text
    return None


class _Importer:
    def __init__(self, graph: _Graph) -> None:
        self.graph = graph
        # Readable keys, made as elements are mapped: claims after their text, arguments
        # after the claim they support, objections after what they attack.
        self.keys: dict[str, str] = {}
        self.names = Keys()
        self.incoming: dict[str, list[str]] = {i: [] for i in graph.order}
        self.outgoing: dict[str, list[str]] = {i: [] for i in graph.order}
        for source, target, _ in graph.edges:
            self.outgoing[source].append(target)
            self.incoming[target].append(source)
        self.claims: list[Claim] = []
        self.arguments: dict[str, Argument] = {}
        self.objections: list[Objection] = []
        self.mapped: set[str] = set()
        self.mapped_edges: set[tuple[str, str]] = set()
        self.unmapped: dict[str, str] = {}  # node id -> why it is kept aside
        self._premises: set[str] | None = None
        self._conclusions: set[str] = set()

    def run(self) -> None:
        graph = self.graph
        for node_id in graph.order:
            if graph.kind(node_id) == "I":
                text = graph.nodes[node_id]["text"]
                self.keys[node_id] = self.names.for_text(text, fallback="claim")
                self.claims.append(Claim(self.keys[node_id], text))
                self.mapped.add(node_id)
        for node_id in graph.order:
            if graph.kind(node_id) == "RA":
                self._inference(node_id)
        for node_id in graph.order:
            if graph.kind(node_id) == "CA":
                self._conflict(node_id)
        for node_id in graph.order:
            if node_id not in self.mapped and node_id not in self.unmapped:
                kind = graph.kind(node_id)
                self.unmapped[node_id] = _WHY_KEPT.get(
                    kind, f"argmap has no element for {kind}-nodes"
                )

    def _i_nodes(self, ids: list[str]) -> list[str]:
        return [i for i in ids if self.graph.kind(i) == "I"]

    def _inference(self, node_id: str) -> None:
        premises = list(dict.fromkeys(self._i_nodes(self.incoming[node_id])))
        conclusions = list(dict.fromkeys(self._i_nodes(self.outgoing[node_id])))
        if not premises or len(conclusions) != 1:
            self.unmapped[node_id] = (
                f"an RA-node needs at least one premise and exactly one conclusion I-node; "
                f"this one has {len(premises)} and {len(conclusions)}"
            )
            return
        key = self.names.fresh(f"for-{self.keys[conclusions[0]]}")
        try:
            argument = Argument(
                key,
                tuple(self.keys[p] for p in premises),
                self.keys[conclusions[0]],
                scheme=_scheme_of(self.graph.nodes[node_id]),
            )
        except ArgmapError as error:
            self.unmapped[node_id] = f"not a valid argument: {error}"
            return
        self.arguments[node_id] = argument
        self.keys[node_id] = key
        self.mapped.add(node_id)
        self.mapped_edges.update((p, node_id) for p in premises)
        self.mapped_edges.add((node_id, conclusions[0]))

    def _conflict(self, node_id: str) -> None:
        attackers = [
            i for i in self.incoming[node_id] if self.graph.kind(i) == "I" or i in self.arguments
        ]
        targets = [
            i for i in self.outgoing[node_id] if self.graph.kind(i) == "I" or i in self.arguments
        ]
        if len(attackers) != 1 or len(targets) != 1:
            self.unmapped[node_id] = (
                "argmap objections have one attacker and one target; this CA-node has "
                f"{len(attackers)} attacker(s) and {len(targets)} target(s) it can hold"
            )
            return
        attacker, target = attackers[0], targets[0]
        if target in self.arguments:
            kind = ObjectionKind.UNDERCUT
        elif self._only_a_premise(target):
            kind = ObjectionKind.UNDERMINE
        else:
            kind = ObjectionKind.REBUT
        key = self.names.fresh(f"against-{self.keys[target]}")
        text = self.graph.nodes[node_id].get("text")
        opposition = _OPPOSITION_OF.get(text) if isinstance(text, str) else None
        if opposition is not None and (
            attacker in self.arguments or kind is ObjectionKind.UNDERCUT
        ):
            opposition = None
        try:
            objection = Objection(
                key, kind, self.keys[target], attacker=self.keys[attacker], opposition=opposition
            )
        except ArgmapError as error:
            self.unmapped[node_id] = f"not a valid objection: {error}"
            return
        self.keys[node_id] = key
        self.objections.append(objection)
        self.mapped.add(node_id)
        self.mapped_edges.update({(attacker, node_id), (node_id, target)})

    def _only_a_premise(self, node_id: str) -> bool:
        if self._premises is None:  # every RA is read by now: index them once
            self._premises = {p for a in self.arguments.values() for p in a.premises}
            self._conclusions = {a.conclusion for a in self.arguments.values()}
        key = self.keys[node_id]
        return key in self._premises and key not in self._conclusions


_WHY_KEPT = {
    "MA": "a rephrase (MA) has no argmap element; kept as dialogue metadata",
    "PA": "a preference (PA) has no argmap element; kept as metadata",
    "L": "a locution (L) is dialogue metadata",
    "YA": "an illocution (YA) is dialogue metadata",
    "TA": "a transition (TA) is dialogue metadata",
}


def _edge_label(source_key: str, target_key: str) -> str:
    return f"{source_key}>{target_key}"


def from_data(data: object, *, title: str | None = None) -> ArgumentMap:
    """The map of an AIF document (AIFdb JSON or xAIF) given as parsed JSON data.

    Parameters
    ----------
    data:
        ``{"nodes": [...], "edges": [...], ...}`` (AIFdb) or ``{"AIF": {...}, ...}`` (xAIF).
    title:
        The map's title when the document has none (AIFdb node sets have none);
        :func:`load` passes the file's name.

    Returns
    -------
    ArgumentMap
        Titled after the node set; what the model cannot hold is in ``meta["aif"]``.

    Raises
    ------
    InvalidDocumentError
        Listing every structural problem (a node without id or type, an I-node without
        text, an edge naming an unknown node, ...), each with its location.
    LimitExceededError
        If the data is beyond the size caps.

    Examples
    --------
    >>> from_data({"nodes": [{"nodeID": "1", "type": "I"}], "edges": []})
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidDocumentError: invalid AIF document (1 problem): /nodes/0/text: an I-node needs non-blank text, got None
    """
    check_depth(data)  # data may come from elsewhere than parse_json: apply the caps here too
    return _decode(data, title=title)


def _decode(data: object, *, title: str | None = None) -> ArgumentMap:
    if not isinstance(data, dict):
        raise InvalidDocumentError(
            _WHAT, [Problem("", f"expected a JSON object, got {_describe(data)}")]
        )
    if isinstance(data.get("AIF"), dict):
        variant, body, base = "xaif", data["AIF"], "/AIF"
    elif "nodes" in data or "edges" in data:
        variant, body, base = "aifdb", data, ""
    else:
        problem = Problem("", "expected AIFdb JSON ('nodes' and 'edges') or xAIF (an 'AIF' object)")
        raise InvalidDocumentError(_WHAT, [problem])
    graph = _Graph(body, base)
    if graph.problems:
        raise InvalidDocumentError(_WHAT, graph.problems)
    importer = _Importer(graph)
    importer.run()
    return _build(importer, variant, data, body, title)


def _build(
    importer: _Importer,
    variant: str,
    data: dict[str, Any],
    body: dict[str, Any],
    fallback_title: str | None,
) -> ArgumentMap:
    graph, keys = importer.graph, importer.keys
    mapped_nodes = {keys[i]: graph.nodes[i] for i in graph.order if i in importer.mapped}
    mapped_edges: dict[str, Any] = {}
    unmapped_edges: list[Any] = []
    for source, target, edge in graph.edges:
        label = _edge_label(keys.get(source, ""), keys.get(target, ""))
        if (source, target) in importer.mapped_edges and label not in mapped_edges:
            mapped_edges[label] = edge
        else:
            unmapped_edges.append(edge)
    rest = {k: v for k, v in body.items() if k not in ("nodes", "edges")}
    document = {k: v for k, v in data.items() if k != "AIF"} if variant == "xaif" else {}
    meta: dict[str, Any] = {
        "variant": variant,
        "nodes": mapped_nodes,
        "edges": mapped_edges,
        "unmapped_nodes": [graph.nodes[i] for i in graph.order if i in importer.unmapped],
        "unmapped_reasons": {
            i: importer.unmapped[i] for i in graph.order if i in importer.unmapped
        },
        "unmapped_edges": unmapped_edges,
        "dangling_edges": graph.dangling,
        "graph": rest,
        "document": document,
    }
    title = _title(data, body, graph, fallback_title)
    try:
        return ArgumentMap(
            title,
            claims=importer.claims,
            arguments=list(importer.arguments.values()),
            objections=importer.objections,
            meta={META_KEY: meta},
        )
    except ArgmapError as error:  # the structure passed every check above; say so plainly
        raise InvalidDocumentError(
            _WHAT, [Problem("", f"does not make a valid map: {error}")]
        ) from None


def _title(
    data: Mapping[str, Any], body: Mapping[str, Any], graph: _Graph, fallback: str | None
) -> str:
    for holder in (data, body):
        for name in ("title", "name"):
            value = holder.get(name)
            if isinstance(value, str) and value.strip():
                return value
    if fallback is not None and fallback.strip():
        return fallback
    return f"AIF graph of {len(graph.order)} nodes"


def loads(text: str | bytes, *, title: str | None = None) -> ArgumentMap:
    """The map of the AIF JSON ``text`` (AIFdb JSON or xAIF); ``title`` as in :func:`from_data`.

    Raises
    ------
    FormatError
        If the text is not JSON, or exceeds a size cap.
    InvalidDocumentError
        See :func:`from_data`.
    """
    return _decode(parse_json(text, what=_WHAT), title=title)


def load(path: str | os.PathLike[str]) -> ArgumentMap:
    """The map of the AIF file at ``path`` (AIFdb JSON or xAIF), titled after the file;
    errors name the file.

    Raises
    ------
    MapFileNotFoundError
        If the file does not exist.
    FormatError, InvalidDocumentError
        As :func:`loads`, with the file name in front.

    Examples
    --------
    See :func:`dump`.
    """
    return read_file(path, FORMAT)


def _load(source: Input) -> ArgumentMap:
    return loads(source.data, title=source.title)


# --- writing -----------------------------------------------------------------------------


class _Exporter:
    def __init__(self, argument_map: ArgumentMap) -> None:
        self.map = argument_map
        meta = argument_map.meta.get(META_KEY)
        self.meta: dict[str, Any] = thaw(meta) if meta is not None else {}
        self.kept_nodes: dict[str, Any] = self.meta.get("nodes", {})
        self.kept_edges: dict[str, Any] = self.meta.get("edges", {})
        self.nodes: list[dict[str, Any]] = []
        self.edges: list[dict[str, Any]] = []
        self.ids: dict[str, str] = {}
        taken = {str(n.get("nodeID")) for n in self.kept_nodes.values()}
        taken |= {str(n.get("nodeID")) for n in self.meta.get("unmapped_nodes", [])}
        numbers = [int(i) for i in taken if i.isdigit()]
        self.next_id = max(numbers, default=0) + 1
        edge_numbers = [
            int(e["edgeID"])
            for e in [*self.kept_edges.values(), *self.meta.get("unmapped_edges", [])]
            if isinstance(e, dict) and str(e.get("edgeID", "")).isdigit()
        ]
        self.next_edge = max(edge_numbers, default=0) + 1
        self.taken = taken
        self.questions: dict[str, str] = {}

    def fresh(self) -> str:
        while str(self.next_id) in self.taken:
            self.next_id += 1
        self.taken.add(str(self.next_id))
        return str(self.next_id)

    def node(self, key: str | None, kind: str, text: str, **extra: Any) -> str:
        kept = self.kept_nodes.get(key) if key is not None else None
        if kept is not None and kept.get("type") == kind:
            node = dict(kept)
            node_id = str(_node_id(node.get("nodeID")))
            # Keep the node as imported unless the map changed what it says.
            if kind == "I":
                node["text"] = text
            elif kind == "RA" and _scheme_of(node) != extra.get("scheme"):
                node["text"] = text
                node.pop("scheme", None)
                node.update(extra)
        else:
            node_id = self.fresh()
            node = {"nodeID": node_id, "text": text, "type": kind, **extra}
        self.nodes.append(node)
        if key is not None:
            self.ids[key] = node_id
        return node_id

    def edge(self, source: str, target: str, label: str | None) -> None:
        kept = self.kept_edges.get(label) if label is not None else None
        if (
            kept is not None
            and _node_id(kept.get("fromID")) == source
            and _node_id(kept.get("toID")) == target
        ):
            self.edges.append(dict(kept))
            return
        edge_id = str(self.next_edge)
        self.next_edge += 1
        self.edges.append({"edgeID": edge_id, "fromID": source, "toID": target, "formEdgeID": None})

    def run(self, variant: str | None = None) -> dict[str, Any]:
        m = self.map
        statements: list[Claim | Evidence] = [*m.claims, *m.evidence]
        for element in statements:
            self.node(element.key, "I", element.text)
        for objection in m.objections:
            if objection.attacker is None:
                # A bare challenge: its question becomes the I-node that attacks.
                question = objection.text or (objection.quote.text if objection.quote else "?")
                self.questions[objection.key] = self.node(None, "I", question)
        gists: dict[str, str] = {}
        for argument in m.arguments:
            if argument.is_sketched and argument.text is not None:
                # AIF has no premise-less inference: the gist becomes its one premise.
                gists[argument.key] = self.node(None, "I", argument.text)
        for argument in m.arguments:
            scheme = argument.scheme
            extra = {"scheme": scheme} if scheme is not None else {}
            self.node(argument.key, "RA", scheme or _DEFAULT_INFERENCE, **extra)
        for objection in m.objections:
            self._objection_nodes(objection)
        for argument in m.arguments:
            ra = self.ids[argument.key]
            if argument.key in gists:
                self.edge(gists[argument.key], ra, None)
            for premise in argument.premises:
                self.edge(self.ids[premise], ra, _edge_label(premise, argument.key))
            self.edge(
                ra, self.ids[argument.conclusion], _edge_label(argument.key, argument.conclusion)
            )
        for objection in m.objections:
            self._objection_edges(objection)
        present = {str(_node_id(n.get("nodeID"))) for n in self.nodes}
        for node in self.meta.get("unmapped_nodes", []):
            self.nodes.append(node)
            present.add(str(_node_id(node.get("nodeID"))))
        for edge in self.meta.get("unmapped_edges", []):
            # An edge whose node was removed from the map since import would dangle.
            if _node_id(edge.get("fromID")) in present and _node_id(edge.get("toID")) in present:
                self.edges.append(edge)
        self.edges.extend(self.meta.get("dangling_edges", []))
        graph = {"nodes": self.nodes, "edges": self.edges}
        # AIFdb's own exports and upload format carry a locutions list, empty or not; a
        # map imported from an older dump without one is written back without it.
        rest = self.meta.get("graph", {} if self.meta else {"locutions": []})
        variant = variant or self.meta.get("variant", "aifdb")
        if variant != "xaif":
            return {**graph, **rest}
        if self.meta.get("variant") == "xaif":
            return {"AIF": {**graph, **rest}, **self.meta.get("document", {})}
        return _new_xaif(graph, rest, self.map.title)

    def _objection_nodes(self, objection: Objection) -> None:
        opposition = objection.opposition
        text = _DEFAULT_CONFLICT if opposition is None else _OPPOSITION_TEXT[opposition]
        self.node(objection.key, "CA", text)

    def _objection_edges(self, objection: Objection) -> None:
        ca = self.ids[objection.key]
        if objection.attacker is None:
            self.edge(self.questions[objection.key], ca, None)
        else:
            label = _edge_label(objection.attacker, objection.key)
            self.edge(self.ids[objection.attacker], ca, label)
        self.edge(ca, self.ids[objection.target], _edge_label(objection.key, objection.target))


# AIF's CA-nodes name their conflict scheme in the text; these two say what Argdown's
# contrary and contradictory relations say, and import reads them back.
_OPPOSITION_TEXT = {Opposition.CONTRARY: "Contrary", Opposition.CONTRADICTORY: "Contradictory"}
_OPPOSITION_OF = {text: opposition for opposition, text in _OPPOSITION_TEXT.items()}

_XAIF_LISTS = (
    "schemefulfillments",
    "descriptorfulfillments",
    "cqdescriptorfulfillments",
    "participants",
    "locutions",
)
_OVA_COLUMNS = 4


def _new_xaif(graph: dict[str, Any], rest: dict[str, Any], title: str) -> dict[str, Any]:
    """An OVA3 document for a map that did not come from OVA: the AIF graph with OVA3's
    empty lists, plus the ``OVA`` layout OVA3 needs to show each node (on a grid, as
    argmap has no positions; OVA3's auto-layout rearranges them)."""
    body = {**graph, **{name: [] for name in _XAIF_LISTS}, **rest}
    ova_nodes = [
        {
            "nodeID": node["nodeID"],
            "visible": True,
            "x": 50 + 300 * (i % _OVA_COLUMNS),
            "y": 50 + 150 * (i // _OVA_COLUMNS),
            "timestamp": "",
        }
        for i, node in enumerate(graph["nodes"])
    ]
    ova_edges = [
        {"fromID": edge["fromID"], "toID": edge["toID"], "visible": True} for edge in graph["edges"]
    ]
    ova = {"firstname": "", "surname": "", "url": "", "nodes": ova_nodes, "edges": ova_edges}
    return {"AIF": body, "OVA": ova, "text": "", "title": title}


def to_data(argument_map: ArgumentMap, *, variant: str | None = None) -> dict[str, Any]:
    """The AIF document of ``argument_map``, as plain data.

    ``variant`` is ``"aifdb"`` (AIFdb JSON), ``"xaif"`` (OVA3's xAIF) or ``None``: the
    variant the map was imported from, AIFdb JSON for any other map.

    Claims and evidence become I-nodes, arguments RA-nodes (text: the scheme, or
    ``Default Inference``), objections CA-nodes. Nodes and edges kept at import
    (``meta["aif"]``) are written back with their original ids. Parties, sources,
    quotes, notes, weights, labels and the reconstruction flag have no AIF counterpart and
    are not written.

    Examples
    --------
    >>> import argmap
    >>> b = argmap.MapBuilder("Rain")
    >>> _ = b.argument("a", [b.claim("grey", "The sky is grey.")], b.claim("rain", "Rain."))
    >>> [(n["nodeID"], n["type"], n["text"]) for n in to_data(b.build())["nodes"]]
    [('1', 'I', 'The sky is grey.'), ('2', 'I', 'Rain.'), ('3', 'RA', 'Default Inference')]
    """
    if variant not in (None, "aifdb", "xaif"):
        msg = f"unknown AIF variant {variant!r}: expected 'aifdb' or 'xaif'"
        raise UnknownFormatError(msg)
    return _Exporter(argument_map).run(variant)


def dumps(argument_map: ArgumentMap, *, variant: str | None = None) -> str:
    """:func:`to_data` as JSON text (indented, deterministic, ending in a newline).

    Parameters
    ----------
    argument_map:
        Any map.
    variant:
        ``"aifdb"``, ``"xaif"`` or ``None`` (see :func:`to_data`).

    Returns
    -------
    str
        The AIF document.

    Examples
    --------
    >>> import argmap
    >>> b = argmap.MapBuilder("One")
    >>> _ = b.claim("c", "A claim.")
    >>> json.loads(dumps(b.build()))
    {'nodes': [{'nodeID': '1', 'text': 'A claim.', 'type': 'I'}], 'edges': [], 'locutions': []}
    """
    data = to_data(argument_map, variant=variant)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dump(
    argument_map: ArgumentMap, path: str | os.PathLike[str], *, variant: str | None = None
) -> None:
    """Write ``argument_map`` as AIF JSON to ``path``, atomically (``variant`` as in
    :func:`to_data`).

    Raises
    ------
    WriteError
        If the file cannot be written; an existing file is then left as it was.

    Examples
    --------
    >>> import argmap, tempfile, pathlib
    >>> b = argmap.MapBuilder("One")
    >>> _ = b.claim("c", "A claim.")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "one.aif.json"
    >>> dump(b.build(), path)
    >>> [c.text for c in load(path).claims]
    ['A claim.']
    """
    write_output(path, dumps(argument_map, variant=variant))


def _sniff_aifdb(data: Any) -> bool:
    return isinstance(data, dict) and "nodes" in data and "edges" in data


def _sniff_xaif(data: Any) -> bool:
    return isinstance(data, dict) and isinstance(data.get("AIF"), dict)


FORMAT = Format(
    "aif",
    "AIF",
    (".aif.json", ".aif"),
    "AIFdb JSON (reads OVA3 xAIF too)",
    load=_load,
    dump=lambda argument_map, _target: dumps(argument_map, variant="aifdb"),
    sniff=_sniff_aifdb,
)
"""AIFdb JSON in the format registry; reading it also reads xAIF."""

XAIF_FORMAT = Format(
    "xaif",
    "xAIF",
    (".xaif.json", ".xaif"),
    "OVA3's xAIF (AIF plus the OVA layout)",
    load=_load,
    dump=lambda argument_map, _target: dumps(argument_map, variant="xaif"),
    sniff=_sniff_xaif,
)
"""OVA3 xAIF in the format registry."""
