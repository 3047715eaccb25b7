"""The legend: one compact table of the kinds of node and relation a picture draws."""

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
)

__all__ = ["LEGEND_ID", "draw_legend"]

LEGEND_ID = "legend"
"""SVG id of the legend's node."""

# '@' cannot start a key, so this node name never collides with a map's keys.
_NAME = "@legend"

# Each kind of node: the kind the renderer reports, its sample cell and what it says.
# A cell takes the node's colours and border; the shape itself is named in words.
_NODE_ROWS: tuple[tuple[str, str, str], ...] = (
    ("claim", "CLAIM", "a statement, its speaker above it"),
    ("implicit", "IMPLICIT PREMISE", "reconstructed by the analyst"),
    ("quote", "QUOTE “…”", "the source's own words; the paraphrase below them"),
    ("exhibit", "EXHIBIT", "a document as a whole"),
    ("argument", "argument", "an inference: its premises meet in it"),
    ("reconstructed", "argument", "an inference the analyst reconstructed"),
    ("question", "CHALLENGE ?", "a question put to a claim or argument"),
)

# Each kind of relation: the kind, the line drawn, its colour and what it says.
_EDGE_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("argument", "———————&gt;", SUPPORT, "supports (from the argument to its conclusion)"),
    ("rebut", "———————|", ATTACK, "rebuts: asserts the contrary"),
    ("undermine", "———————|", ATTACK, "undermines a premise"),
    ("undercut", "———————|", ATTACK, "undercuts an inference"),
    ("challenge", "- - - - - -&gt; ?", CHALLENGE, "challenges, asking for support"),
    ("answer", "· · · · · · o", SUPPORT, "answers a critical question (CQ2: yes)"),
)


def _cell_style(kind: str) -> str:
    if kind == "reconstructed":  # an argument drawn dashed
        return _cell_style("argument").replace('STYLE="rounded"', 'STYLE="rounded,dashed"')
    attrs = NODE_STYLES[kind].attrs
    fill = attrs.get("fillcolor", "#FFFFFF")
    border = attrs.get("color", INK)
    styles = []
    if "rounded" in attrs.get("style", "") or kind == "argument":
        styles.append("rounded")
    if "dashed" in attrs.get("style", ""):
        styles.append("dashed")
    style = f' STYLE="{",".join(styles)}"' if styles else ""
    return f' BGCOLOR="{fill}" COLOR="{border}" BORDER="1"{style}'


def _rows(present: set[str]) -> list[str]:
    rows = []
    for kind, word, meaning in _NODE_ROWS:
        if kind in present:
            rows.append(
                f'<TR><TD ALIGN="LEFT"{_cell_style(kind)}>'
                f'<FONT POINT-SIZE="8">{html_text(word)}</FONT></TD>'
                f'<TD ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="{MUTED}">{html_text(meaning)}'
                "</FONT></TD></TR>"
            )
    for kind, line, colour, meaning in _EDGE_ROWS:
        if kind in present:
            rows.append(
                f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="{colour}"><B>{line}</B>'
                f'</FONT></TD><TD ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="{MUTED}">'
                f"{html_text(meaning)}</FONT></TD></TR>"
            )
    if "focus" in present:
        # Status fills would hide a thin sample: the thick border alone makes the point.
        rows.append(
            f'<TR><TD ALIGN="LEFT" BGCOLOR="#FFFFFF" BORDER="3" COLOR="{INK}">'
            '<FONT POINT-SIZE="8">bold border</FONT></TD>'
            f'<TD ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="{MUTED}">named in the view\'s focus'
            "</FONT></TD></TR>"
        )
    if "cq-badge" in present:
        rows.append(
            '<TR><TD ALIGN="LEFT" BGCOLOR="#FFFFFF" BORDER="1" COLOR="#9A9A9A">'
            '<FONT POINT-SIZE="8">CQ6 raised: …?</FONT></TD>'
            f'<TD ALIGN="LEFT"><FONT POINT-SIZE="8" COLOR="{MUTED}">critical questions of the '
            "argument's scheme: answered, raised, open</FONT></TD></TR>"
        )
    return rows


def _status_table(note: str | None = None) -> str:
    """The evaluation key: the note, each status's marker and colours, strength, badges."""
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
        '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="3">'
        f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="9"><B>Evaluation</B></FONT></TD></TR>'
        f"{''.join(rows)}</TABLE>"
    )


def draw_legend(
    graph: graphviz.Digraph, options: RenderOptions, present: set[str], *, rankdir: str
) -> None:
    """Add the legend to ``graph``: one compact table, a row for each kind of node and
    relation in ``present`` (and only those), plus a status key when ``options`` carries
    annotations. One node, so it takes one rank and never stretches across the map's."""
    del rankdir  # one node reads the same whichever way the map runs
    rows = _rows(present)
    if not rows and not options.annotations:
        return
    body = (
        '<TR><TD ALIGN="LEFT" COLSPAN="2"><FONT POINT-SIZE="10"><B>Legend</B></FONT></TD></TR>'
        + "".join(rows)
    )
    if options.annotations:
        body += (
            f'<TR><TD COLSPAN="2" ALIGN="LEFT">{_status_table(options.evaluation_note)}</TD></TR>'
        )
    label = (
        '<<TABLE BORDER="1" COLOR="#C8C8C8" BGCOLOR="#FCFCFC" STYLE="rounded" '
        f'CELLBORDER="0" CELLSPACING="3" CELLPADDING="3">{body}</TABLE>>'
    )
    graph.node(_NAME, label=label, id=LEGEND_ID, shape="plain", tooltip="legend")
