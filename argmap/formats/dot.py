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

from argmap.formats._input import write_output
from argmap.map import ArgumentMap
from argmap.render import RenderOptions, to_dot

__all__ = ["dump", "dumps"]


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
