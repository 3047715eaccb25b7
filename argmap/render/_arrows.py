"""Arrowheads that never merge: a second layout pass for edges that meet at one point.

Graphviz ends each edge where its spline meets the head node's outline, so two edges
arriving from similar directions can end at the same point and their arrowheads (a
support's and a challenge's, or two supports') merge into one. After a first layout,
:func:`spread_arrowheads` finds such groups in the SVG and gives each edge of a group its
own port on the side it arrives at (``sw``, ``s``, ``se`` along the bottom, ...), ordered
as their tails lie, so they do not cross; the caller lays the DOT out again.
"""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET

__all__ = ["MERGE_DISTANCE", "arrowheads", "spread_arrowheads"]

MERGE_DISTANCE = 6.0
"""Arrowheads whose centres are closer than this (points) look like one."""

_SVG = "{http://www.w3.org/2000/svg}"
_POINT_RE = re.compile(r"(-?[\d.]+),(-?[\d.]+)")
_EDGE_ID_RE = re.compile(r'(?<=[\[ ])(?:headport=\w+ )?id="([^"]*)"')
_PORTS = {
    "bottom": ("sw", "s", "se"),
    "top": ("nw", "n", "ne"),
    "left": ("nw", "w", "sw"),
    "right": ("ne", "e", "se"),
}


class Arrowhead:
    """One edge's arrowhead in a laid-out SVG."""

    __slots__ = ("edge_id", "head", "tail_x", "tail_y", "x", "y")

    def __init__(
        self, edge_id: str, head: str, x: float, y: float, tail_x: float, tail_y: float
    ) -> None:
        self.edge_id = edge_id
        self.head = head
        self.x, self.y = x, y
        self.tail_x, self.tail_y = tail_x, tail_y


def _points(element: ET.Element) -> list[tuple[float, float]]:
    if element.tag == f"{_SVG}ellipse":
        return [(float(element.get("cx", 0)), float(element.get("cy", 0)))]
    text = element.get("points") or element.get("d") or ""
    return [(float(x), float(y)) for x, y in _POINT_RE.findall(text)]


def arrowheads(svg: bytes) -> tuple[list[Arrowhead], dict[str, tuple[float, float]]]:
    """Every edge's arrowhead (centre and where its edge starts), and each node's centre,
    by Graphviz node name."""
    root = ET.fromstring(svg)
    heads: list[Arrowhead] = []
    centres: dict[str, tuple[float, float]] = {}
    for group in root.iter(f"{_SVG}g"):
        kind = group.get("class", "").split()[:1]
        title = group.find(f"{_SVG}title")
        name = "" if title is None or title.text is None else title.text
        if kind == ["node"]:
            points = [p for e in group.iter() if e.tag != f"{_SVG}text" for p in _points(e)]
            if points:
                xs, ys = [p[0] for p in points], [p[1] for p in points]
                centres[name] = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
        elif kind == ["edge"] and group.get("id"):
            path = group.find(f".//{_SVG}path")
            shapes = [e for e in group.iter() if e.tag in (f"{_SVG}polygon", f"{_SVG}ellipse")]
            if path is None or not shapes:
                continue
            tail = _points(path)[0]
            points = [p for e in shapes for p in _points(e)]
            x = sum(p[0] for p in points) / len(points)
            y = sum(p[1] for p in points) / len(points)
            head = name.split("->", 1)[-1].split(":", 1)[0]
            heads.append(Arrowhead(group.get("id", ""), head, x, y, tail[0], tail[1]))
    return heads, centres


def merged_groups(heads: list[Arrowhead]) -> list[list[Arrowhead]]:
    """Groups of arrowheads into one node that sit on top of each other."""
    groups: list[list[Arrowhead]] = []
    for a, b in itertools.combinations(heads, 2):
        if a.head != b.head or (a.x - b.x) ** 2 + (a.y - b.y) ** 2 >= MERGE_DISTANCE**2:
            continue
        for group in groups:
            if a in group or b in group:
                group.extend(h for h in (a, b) if h not in group)
                break
        else:
            groups.append([a, b])
    return groups


def _side(head: Arrowhead, centre: tuple[float, float]) -> str:
    dx, dy = head.x - centre[0], head.y - centre[1]
    if abs(dy) >= abs(dx) * 0.5:
        return "bottom" if dy > 0 else "top"  # SVG y grows downwards
    return "right" if dx > 0 else "left"


def spread_arrowheads(dot: str, svg: bytes) -> str | None:
    """``dot`` with head ports that pull merged arrowheads apart, or None if none merge."""
    heads, centres = arrowheads(svg)
    groups = merged_groups(heads)
    if not groups:
        return None
    ports: dict[str, str] = {}
    for group in groups:
        centre = centres.get(group[0].head)
        if centre is None:
            continue
        side = _side(group[0], centre)
        horizontal = side in ("bottom", "top")
        choices = _PORTS[side]
        ordered = sorted(group, key=lambda h: (h.tail_x if horizontal else h.tail_y, h.edge_id))
        for index, head in enumerate(ordered):
            # Spread over the side's corners and middle, as the tails lie.
            slot = round(index * (len(choices) - 1) / max(len(ordered) - 1, 1))
            ports[head.edge_id] = choices[slot]
    # One pass over the DOT (it is large, the groups are few): an edge given a port in an
    # earlier pass gets the new one instead; only the first mention of an id is the edge.
    done: set[str] = set()

    def _port(match: re.Match[str]) -> str:
        edge = match.group(1)
        if edge not in ports or edge in done:
            return match.group(0)
        done.add(edge)
        return f'headport={ports[edge]} id="{edge}"'

    return _EDGE_ID_RE.sub(_port, dot)
