"""DOT export: the map's diagram as Graphviz source, exactly as ``argmap render`` draws it.

This is the renderer's own DOT (:func:`argmap.render.to_dot`), so a ``.dot`` written by
``argmap convert`` and one written by ``argmap render`` are the same bytes; lay it out
with any Graphviz (``dot -Tsvg map.dot``) or open it in a DOT viewer.

>>> import argmap
>>> from argmap.formats.dot import dumps
>>> b = argmap.MapBuilder("Tea")
>>> _ = b.claim("tea", "Tea is good for you.")
>>> dumps(b.build()).startswith("digraph argmap {")
True
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from argmap.formats._format import Format
from argmap.formats._input import write_output
from argmap.map import ArgumentMap

if TYPE_CHECKING:
    from argmap.render import RenderOptions

__all__ = ["FORMAT", "dump", "dumps"]


def dumps(argument_map: ArgumentMap, *, options: RenderOptions | None = None) -> str:
    """The DOT source of ``argument_map``'s diagram (see :func:`argmap.render.to_dot`).

    Parameters
    ----------
    argument_map:
        Any map.
    options:
        What to draw and how; the renderer's defaults when omitted.

    Returns
    -------
    str
        Deterministic DOT source for a ``digraph``.
    """
    # The renderer is imported on use: listing formats must not load Graphviz.
    from argmap.render import to_dot

    return to_dot(argument_map, options=options)


def dump(
    argument_map: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    options: RenderOptions | None = None,
) -> None:
    """Write the DOT source of ``argument_map`` to ``path``, atomically.

    Raises
    ------
    WriteError
        If the file cannot be written.
    """
    write_output(path, dumps(argument_map, options=options))


FORMAT = Format(
    "dot",
    "DOT",
    (".dot", ".gv"),
    "Graphviz DOT, as argmap renders it (write-only)",
    dump=lambda argument_map, _target: dumps(argument_map),
)
"""DOT in the format registry (argmap writes it; it reads no DOT)."""
