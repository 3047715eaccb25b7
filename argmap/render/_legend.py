"""The legend: a small worked example of the visual grammar, drawn beside the map."""

from __future__ import annotations

import graphviz

from argmap.render._escape import html_text, wrap_words
from argmap.render._options import RenderOptions, Status
from argmap.render._style import (
    ATTACK,
    CHALLENGE,
    INK,
    MUTED,
    NODE_STYLES,
    STATUS_STYLES,
    SUPPORT,
    cluster_labelloc,
)

__all__ = ["LEGEND_ID", "draw_legend"]

LEGEND_ID = "legend"
"""SVG id of the legend's cluster; its nodes and edges have ids ``legend:...``."""

# '@' cannot start a key, so these node names never collide with a map's keys.
_PREFIX = "@legend."


def _name(part: str) -> str:
    return _PREFIX + part


def _sample(word: str, text: str) -> str:
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="7" COLOR="{MUTED}">{word}</FONT></TD></TR>'
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="9">{text}</FONT></TD></TR></TABLE>>'
    )


_NODES: tuple[tuple[str, str, str], ...] = (
    # (name, style, label)
    ("claim", "claim", _sample("CLAIM · speaker", "a statement")),
    ("attacker", "claim", _sample("CLAIM · speaker", "a contrary claim")),
    ("reply", "claim", _sample("CLAIM · speaker", "an answer")),
    ("inference", "argument", '<<FONT POINT-SIZE="8"><I>argument</I></FONT>>'),
    # Marks around an ellipsis, not around words: a legend quotes no source.
    ("quote", "quote", _sample("QUOTE", "“…” the source's words")),
    ("exhibit", "exhibit", _sample("EXHIBIT", "a document")),
    ("implicit", "implicit", _sample("IMPLICIT PREMISE", "reconstructed")),
    ("question", "question", _sample("CHALLENGE ?", "what evidence?")),
)

# (tail, head, label, attributes, the kind of relation it stands for)
_EDGES: tuple[tuple[str, str, str, dict[str, str], str], ...] = (
    ("quote", "inference", "", {"color": SUPPORT, "arrowhead": "none"}, "quote"),
    ("exhibit", "inference", "", {"color": SUPPORT, "arrowhead": "none"}, "exhibit"),
    ("implicit", "inference", "", {"color": SUPPORT, "arrowhead": "none"}, "implicit"),
    ("inference", "claim", "supports", {"color": SUPPORT}, "argument"),
    ("attacker", "claim", "rebuts", {"color": ATTACK, "arrowhead": "tee"}, "rebut"),
    ("attacker", "claim", "undermines", {"color": ATTACK, "arrowhead": "tee"}, "undermine"),
    ("attacker", "inference", "undercuts", {"color": ATTACK, "arrowhead": "tee"}, "undercut"),
    (
        "question",
        "claim",
        "? challenges",
        {"color": CHALLENGE, "style": "dashed", "arrowhead": "empty"},
        "challenge",
    ),
    (
        "reply",
        "inference",
        "CQ1: yes",
        {"color": SUPPORT, "style": "dotted", "arrowhead": "odot"},
        "answer",
    ),
)


def _status_table(note: str | None = None) -> str:
    rows = []
    if note is not None:
        rows.append(
            f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="{INK}">'
            f"{'<BR/>'.join(html_text(line) for line in wrap_words(note, 28))}</FONT></TD></TR>"
        )
    for status in Status:
        style = STATUS_STYLES[status]
        rows.append(
            f'<TR><TD BGCOLOR="{style.fill}" BORDER="1" COLOR="{style.color}" ALIGN="LEFT">'
            f'<FONT POINT-SIZE="9" COLOR="{style.text}"><B>{style.marker} {style.word}</B></FONT>'
            "</TD></TR>"
        )
    rows.append(
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="{INK}">strength 0.00–1.00:'
        "<BR/>gradual strength</FONT></TD></TR>"
    )
    rows.append(
        '<TR><TD ALIGN="LEFT" BGCOLOR="#FFFFFF" BORDER="1" COLOR="#9A9A9A">'
        '<FONT POINT-SIZE="8">badge: e.g. an open<BR/>critical question</FONT></TD></TR>'
    )
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3">'
        f'<TR><TD><FONT POINT-SIZE="9"><B>Evaluation</B></FONT></TD></TR>{"".join(rows)}</TABLE>>'
    )


def _needed(present: set[str]) -> tuple[list[str], list[int]]:
    """The sample nodes and edges (by index) that show the kinds in ``present``."""
    edges = [i for i, edge in enumerate(_EDGES) if edge[4] in present]
    if "challenge" in present and "question" not in present:
        present = present | {"question"}
    nodes = {name for name, _, _ in _NODES if name in present}
    if present & {"claim", "argument", "rebut", "undermine", "challenge"}:
        nodes.add("claim")
    for i in edges:
        nodes.update(_EDGES[i][:2])
    return [name for name, _, _ in _NODES if name in nodes], edges


def draw_legend(
    graph: graphviz.Digraph, options: RenderOptions, present: set[str], *, rankdir: str
) -> None:
    """Add the legend cluster to ``graph``: sample nodes joined by sample relations, for
    the kinds of node and relation in ``present`` only, plus a status key when
    ``options`` carries annotations."""
    names, edges = _needed(present)
    if not names and not options.annotations:
        return
    with graph.subgraph(name="cluster_legend") as legend:
        legend.attr(
            id=LEGEND_ID,
            label="<<B>Legend</B>>",
            fontsize="11",
            style="rounded,filled",
            color="#C8C8C8",
            fillcolor="#FCFCFC",
            labeljust="l",
            labelloc=cluster_labelloc(rankdir),
            margin="10",
        )
        labels = {name: (style, label) for name, style, label in _NODES}
        for name in names:
            style_name, label = labels[name]
            style = dict(NODE_STYLES[style_name].attrs)
            if name == "inference":
                style["margin"] = "0.04,0.02"
            legend.node(
                _name(name),
                label=label,
                id=f"legend:{name}",
                tooltip=f"legend: {name}",
                fontsize="9",
                **style,
            )
        for i in edges:
            tail, head, text, attributes, kind = _EDGES[i]
            colour = attributes["color"]
            legend.edge(
                _name(tail),
                _name(head),
                id=f"legend:{kind}:{tail}:{head}",
                label=text,
                fontcolor=colour,
                fontsize="8",
                **attributes,
            )
        if "cq-badge" in present:
            legend.node(
                _name("badge"),
                label=(
                    '<<TABLE BORDER="0" CELLBORDER="0" CELLPADDING="2"><TR>'
                    '<TD BGCOLOR="#FFFFFF" BORDER="1" COLOR="#9A9A9A">'
                    '<FONT POINT-SIZE="8">CQ2 raised: field?<BR/>open: CQ3 ...</FONT></TD>'
                    '</TR><TR><TD><FONT POINT-SIZE="7">critical questions of<BR/>'
                    "the argument's scheme</FONT></TD></TR></TABLE>>"
                ),
                id="legend:badge",
                shape="plain",
            )
        if options.annotations:
            legend.node(
                _name("status"),
                label=_status_table(options.evaluation_note),
                id="legend:status",
                shape="plain",
            )
