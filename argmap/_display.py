"""Rich display in Jupyter and IPython: maps as diagrams, evaluation results as tables.

Jupyter looks for ``_repr_mimebundle_`` (and ``_repr_svg_`` / ``_repr_html_``) on the
object's class. :class:`argmap.ArgumentMap` defines those methods as one-line calls into
this module, imported only when a notebook asks for a display: the map layer stays free of
the renderer, and importing :mod:`argmap` costs nothing extra. This module sits at the
presentation layer, beside the command line, and may use the renderer.

A map that cannot be rendered (no layout program, say) still displays: as its title and
the reason, never as a traceback in the notebook.

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> c = b.claim("tea", "Tea is good.")
>>> bundle = map_mimebundle(b.build())
>>> sorted(bundle)
['image/svg+xml', 'text/html', 'text/plain']
>>> 'id="node:tea"' in bundle["image/svg+xml"]
True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from argmap.errors import ArgmapError
from argmap.map import ArgumentMap
from argmap.render.html import annotate_svg

__all__ = [
    "carneades_result_html",
    "evaluation_html",
    "map_html",
    "map_mimebundle",
    "map_svg",
    "status_table_html",
]


@lru_cache(maxsize=8)
def _rendered(argument_map: ArgumentMap) -> str | ArgmapError:
    # A notebook asks for several representations of one object, and redisplays the same
    # map often; a small cache avoids laying it out again. Maps are immutable, so safe.
    from argmap.render import render_bytes  # type: ignore[attr-defined,unused-ignore]

    try:
        svg: bytes = render_bytes(argument_map, format="svg")
    except ArgmapError as error:
        return error
    return annotate_svg(svg.decode("utf-8"), argument_map.keys)


def _summary(argument_map: ArgumentMap) -> str:
    counts = [
        (len(argument_map.claims), "claim"),
        (len(argument_map.evidence), "evidence"),
        (len(argument_map.arguments), "argument"),
        (len(argument_map.objections), "objection"),
    ]
    parts = [f"{n} {noun}{'' if n == 1 or noun == 'evidence' else 's'}" for n, noun in counts]
    return f"ArgumentMap {argument_map.title!r}: {', '.join(parts)}"


def map_svg(argument_map: ArgumentMap) -> str | None:
    """The map's diagram as inline SVG, or ``None`` if it cannot be rendered.

    Parameters
    ----------
    argument_map:
        The map.

    Returns
    -------
    str or None
        SVG without the XML prologue, each node marked with ``data-key``.
    """
    rendered = _rendered(argument_map)
    return None if isinstance(rendered, ArgmapError) else rendered


def map_html(argument_map: ArgumentMap) -> str:
    """The map as an HTML fragment: a captioned, scrollable diagram.

    Parameters
    ----------
    argument_map:
        The map.

    Returns
    -------
    str
        HTML; when the map cannot be rendered, its title and the reason instead.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Tea & biscuits")
    >>> c = b.claim("tea", "Tea is good.")
    >>> "<figcaption><strong>Tea &amp; biscuits</strong></figcaption>" in map_html(b.build())
    True
    """
    rendered = _rendered(argument_map)
    caption = f"<figcaption><strong>{html.escape(argument_map.title)}</strong></figcaption>"
    if isinstance(rendered, ArgmapError):
        reason = html.escape(f"cannot draw this map: {rendered}")
        body = f'<p class="argmap-error" style="color:#b3261e">{reason}</p>'
    else:
        body = f'<div style="overflow:auto;max-height:80vh">{rendered}</div>'
    return f'<figure class="argmap-map" style="margin:0">{caption}{body}</figure>'


def map_mimebundle(
    argument_map: ArgumentMap,
    *,
    include: Iterable[str] | None = None,
    exclude: Iterable[str] | None = None,
) -> dict[str, str]:
    """Every representation of a map Jupyter can show, filtered as IPython asks.

    Parameters
    ----------
    argument_map:
        The map.
    include, exclude:
        MIME types to keep or drop (IPython passes these through).

    Returns
    -------
    dict
        ``text/plain`` (a one-line summary), ``text/html`` and, when the map renders,
        ``image/svg+xml``.
    """
    bundle = {"text/plain": _summary(argument_map), "text/html": map_html(argument_map)}
    svg = map_svg(argument_map)
    if svg is not None:
        bundle["image/svg+xml"] = svg
    keep = set(bundle) if include is None else set(include)
    drop = set() if exclude is None else set(exclude)
    return {mime: text for mime, text in sorted(bundle.items()) if mime in keep - drop}


def status_table_html(
    rows: Sequence[str],
    columns: Sequence[str],
    cells: Mapping[tuple[str, str], str],
    *,
    caption: str | None = None,
    row_labels: Mapping[str, str] | None = None,
) -> str:
    """A small HTML table of statuses: one row per element, one column per semantics.

    Evaluation results display in notebooks through this table.

    Parameters
    ----------
    rows:
        Element keys, in display order.
    columns:
        Column headings (e.g. semantics names), in display order.
    cells:
        Text per ``(row, column)``; missing cells are left empty.
    caption:
        Optional table caption.
    row_labels:
        Optional text shown beside each key (e.g. the claim's text).

    Returns
    -------
    str
        An HTML ``<table>``; every text is escaped.

    Examples
    --------
    >>> print(status_table_html(["c"], ["grounded"], {("c", "grounded"): "in"}))
    <table class="argmap-status"><thead><tr><th>key</th><th>grounded</th></tr></thead><tbody><tr><th>c</th><td data-status="in">in</td></tr></tbody></table>
    """
    esc = html.escape
    head = "".join(f"<th>{esc(column)}</th>" for column in columns)
    label_head = "<th>text</th>" if row_labels else ""
    parts = ['<table class="argmap-status">']
    if caption:
        parts.append(f"<caption>{esc(caption)}</caption>")
    parts.append(f"<thead><tr><th>key</th>{label_head}{head}</tr></thead><tbody>")
    for row in rows:
        label = f"<td>{esc(row_labels.get(row, ''))}</td>" if row_labels else ""
        tds = []
        for column in columns:
            value = cells.get((row, column), "")
            tds.append(f'<td data-status="{esc(value)}">{esc(value)}</td>')
        parts.append(f"<tr><th>{esc(row)}</th>{label}{''.join(tds)}</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def carneades_result_html(result: Any) -> str:
    """A Carneades evaluation as an HTML table: each statement's label and the reason.

    Parameters
    ----------
    result:
        A :class:`argmap.semantics.carneades.CarneadesResult`.

    Returns
    -------
    str
        An HTML ``<table>`` with one row per statement, in graph order.

    Examples
    --------
    >>> from argmap.semantics.carneades import CarneadesGraph, Statement, evaluate_carneades
    >>> result = evaluate_carneades(CarneadesGraph([Statement("p", text="P holds.")]))
    >>> "<td>P holds.</td>" in carneades_result_html(result)
    True
    """
    rows = list(result.labels)
    cells: dict[tuple[str, str], str] = {}
    for statement in rows:
        cells[(statement, "label")] = result.labels[statement].value
        cells[(statement, "why")] = result.reasons[statement].explain()
    labels = {s: result.graph.statement(s).display for s in rows}
    return status_table_html(
        rows, ["label", "why"], cells, caption="Carneades labels", row_labels=labels
    )


def evaluation_html(evaluation: Any) -> str:
    """An evaluation as an HTML table: one row per claim, one column per semantics.

    Parameters
    ----------
    evaluation:
        An :class:`argmap.semantics.evaluate.Evaluation`.

    Returns
    -------
    str
        An HTML ``<table>``: each claim's key and text, then its status (or gradual
        strength) under each semantics evaluated, in map order.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> from argmap.semantics.evaluate import evaluate
    >>> b = MapBuilder("Tea")
    >>> good, rich = b.claim("good", "Tea is good."), b.claim("rich", "Tea is rich.")
    >>> a = b.argument("a1", [rich], good)
    >>> table = evaluation_html(evaluate(b.build(), semantics=["grounded", "df-quad"]))
    >>> "<th>grounded</th><th>df-quad</th>" in table, table.count("<tr>")
    (True, 3)
    """
    rows = evaluation.table()
    columns = list(evaluation.semantics)
    cells = {(row["key"], column): str(row[column]) for row in rows for column in columns}
    return status_table_html(
        [row["key"] for row in rows],
        columns,
        cells,
        caption=f"Evaluation of {evaluation.argument_map.title}",
        row_labels={row["key"]: row["text"] for row in rows},
    )
