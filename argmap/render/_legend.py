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
    ("inference", "argument", '<<FONT POINT-SIZE="8"><I>argument</I></FONT>>'),
    ("quote", "quote", _sample("QUOTE", "“verbatim words”")),
    ("exhibit", "exhibit", _sample("EXHIBIT", "a document")),
    ("implicit", "implicit", _sample("IMPLICIT PREMISE", "reconstructed")),
    ("question", "question", _sample("CHALLENGE ?", "what evidence?")),
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


def draw_legend(graph: graphviz.Digraph, options: RenderOptions) -> None:
    """Add the legend cluster to ``graph``: sample nodes joined by sample relations,
    plus a status key when ``options`` carries annotations."""
    with graph.subgraph(name="cluster_legend") as legend:
        legend.attr(
            id=LEGEND_ID,
            label="<<B>Legend</B>>",
            fontsize="11",
            style="rounded,filled",
            color="#C8C8C8",
            fillcolor="#FCFCFC",
            labeljust="l",
            labelloc=cluster_labelloc(options.rankdir),
            margin="10",
        )
        for name, style_name, label in _NODES:
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
        edges = (
            ("quote", "inference", "", {"color": SUPPORT, "arrowhead": "none"}),
            ("implicit", "inference", "", {"color": SUPPORT, "arrowhead": "none"}),
            ("inference", "claim", "supports", {"color": SUPPORT}),
            ("attacker", "claim", "rebuts, undermines", {"color": ATTACK, "arrowhead": "tee"}),
            ("exhibit", "inference", "undercuts", {"color": ATTACK, "arrowhead": "tee"}),
            (
                "question",
                "claim",
                "? challenges",
                {"color": CHALLENGE, "style": "dashed", "arrowhead": "empty"},
            ),
        )
        for tail, head, text, attributes in edges:
            colour = attributes["color"]
            legend.edge(
                _name(tail),
                _name(head),
                id=f"legend:{tail}:{head}",
                label=text,
                fontcolor=colour,
                fontsize="8",
                **attributes,
            )
        if options.annotations:
            legend.node(
                _name("status"),
                label=_status_table(options.evaluation_note),
                id="legend:status",
                shape="plain",
            )
