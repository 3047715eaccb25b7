"""The visual grammar: shapes, colours and markers, in one place.

Colours come from the Okabe-Ito palette, which readers with the common forms of colour
blindness can tell apart; every status is also spelled out by a text marker (√ in, × out, ? undecided, ~ credulous), so no
meaning rests on colour alone. The markers are glyphs the fonts bundled with
graphviz-pure can draw (✓ and ✗ come out as empty boxes in its PNGs).
"""

from __future__ import annotations

from typing import Final

from argmap.semantics.status import Status

__all__ = [
    "ATTACK",
    "CHALLENGE",
    "INK",
    "MUTED",
    "NODE_STYLES",
    "STATUS_STYLES",
    "SUPPORT",
    "NodeStyle",
    "StatusStyle",
    "cluster_labelloc",
]

# Okabe-Ito: bluish green, vermillion, reddish purple, orange, blue.
SUPPORT: Final = "#009E73"
ATTACK: Final = "#D55E00"
CHALLENGE: Final = "#CC79A7"
ORANGE: Final = "#E69F00"
BLUE: Final = "#0072B2"
INK: Final = "#222222"
MUTED: Final = "#5F5F5F"
FOCUS_PENWIDTH: Final = "3"


class NodeStyle:
    """Graphviz attributes and the header word of one kind of node."""

    __slots__ = ("attrs", "name", "word")

    def __init__(self, name: str, word: str, **attrs: str) -> None:
        self.name = name  # also the node's CSS class in the SVG
        self.word = word
        self.attrs = attrs


NODE_STYLES: Final[dict[str, NodeStyle]] = {
    "claim": NodeStyle(
        "claim", "CLAIM", shape="box", style="rounded,filled", fillcolor="#FFFFFF", color=INK
    ),
    "implicit": NodeStyle(
        "implicit",
        "IMPLICIT PREMISE",
        shape="box",
        style="rounded,filled,dashed",
        fillcolor="#F4F4F4",
        color=MUTED,
    ),
    "quote": NodeStyle(
        "quote", "QUOTE", shape="note", style="filled", fillcolor="#FFF6D8", color=INK
    ),
    "exhibit": NodeStyle(
        "exhibit", "EXHIBIT", shape="folder", style="filled", fillcolor="#E8EEF6", color=BLUE
    ),
    "argument": NodeStyle(
        "argument", "ARGUMENT", shape="ellipse", style="filled", fillcolor="#DDF2EA", color=SUPPORT
    ),
    "question": NodeStyle(
        "question",
        "CHALLENGE",
        shape="hexagon",
        style="filled,dashed",
        fillcolor="#F8E4EF",
        color=CHALLENGE,
        margin="0.02,0.02",
    ),
}


class StatusStyle:
    """How one evaluation status is drawn: a border colour, a fill tint and a marker."""

    __slots__ = ("color", "fill", "marker", "text", "word")

    def __init__(self, marker: str, word: str, color: str, fill: str, text: str) -> None:
        self.marker = marker
        self.word = word
        self.color = color
        self.fill = fill
        # Text needs more contrast against the tint than the border does.
        self.text = text


STATUS_STYLES: Final[dict[Status, StatusStyle]] = {
    Status.IN: StatusStyle("√", "IN", SUPPORT, "#D5F0E6", "#00694D"),
    Status.OUT: StatusStyle("×", "OUT", ATTACK, "#F8DCCB", "#A94400"),
    Status.UNDECIDED: StatusStyle("?", "UNDECIDED", ORANGE, "#FBEBC8", "#7A5200"),
    Status.CREDULOUS: StatusStyle("~", "CREDULOUS", BLUE, "#DCE9F5", "#00527F"),
}


def cluster_labelloc(rankdir: str) -> str:
    """The ``labelloc`` that puts a cluster's label at the top of the picture.

    Graphviz places cluster labels relative to the rank direction, so with ``BT``
    (conclusions on top) "top" must be asked for as ``b``.
    """
    return "b" if rankdir == "BT" else "t"
