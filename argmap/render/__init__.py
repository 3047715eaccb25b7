"""Rendering: an argument map as a support/attack diagram (DOT, SVG, PNG, PDF).

The package is callable: ``argmap.render(argument_map, "out.svg")`` is
:func:`argmap.render.render`, and ``argmap.render.to_dot``, ``argmap.render.RenderOptions``
and the rest are here too.

The stage is split by concern:

* ``_options`` -- :class:`RenderOptions` and the evaluation hook :class:`NodeAnnotation`;
* ``_style`` -- the visual grammar (shapes, Okabe-Ito colours, status markers);
* ``_escape`` -- label and tooltip text that Graphviz shows verbatim;
* ``_view`` -- focused views (a neighbourhood of chosen elements);
* ``_dot`` and ``_legend`` -- building the DOT with the ``graphviz`` package;
* ``_backend`` -- finding and running the layout program (graphviz-pure or a ``dot``);
* ``_fonts`` and ``_raster`` -- PNG drawn from graphviz-pure's SVG with fonts for every script;
* ``_layout`` -- direction and conflict ordering; ``_labels`` -- label markup;
* ``_api`` -- :func:`render_bytes` and :func:`render`;
* ``html`` -- the interactive HTML page (:func:`render_html`, :func:`write_html`).

>>> import argmap
>>> from argmap.render import to_dot
>>> b = argmap.MapBuilder("Tea")
>>> _ = b.claim("tea", "Tea & <biscuits>")
>>> "Tea &amp; &lt;biscuits&gt;" in to_dot(b.build())
True
>>> import pathlib, tempfile
>>> argmap.render(b.build(), pathlib.Path(tempfile.mkdtemp()) / "tea.dot").suffix
'.dot'
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

from argmap._deprecation import lazy_module_getattr
from argmap.render._api import format_for_path, render, render_bytes
from argmap.render._backend import ENV_VAR, IMAGE_FORMATS, Renderer, find_renderer
from argmap.render._dot import edge_id, node_id, to_dot
from argmap.render._options import NodeAnnotation, RenderOptions, Status

__all__ = [
    "ENV_VAR",
    "IMAGE_FORMATS",
    "MissingGlyphWarning",
    "NodeAnnotation",
    "RenderOptions",
    "Renderer",
    "Status",
    "annotations_from",
    "edge_id",
    "find_renderer",
    "format_for_path",
    "node_id",
    "render",
    "render_bytes",
    "render_html",
    "to_dot",
    "write_html",
]

# Loaded when first asked for: the interactive page, the bridge from an evaluation
# (which would load the semantics with every rendering), and PNG's fonts.
_LAZY = {
    "MissingGlyphWarning": "argmap.render._raster",
    "annotations_from": "argmap.render._evaluation",
    "render_html": "argmap.render.html",
    "write_html": "argmap.render.html",
}
_DEPRECATED = {"FORMATS": ("argmap.render", "IMAGE_FORMATS")}

if TYPE_CHECKING:
    from argmap.map import ArgumentMap
    from argmap.render._evaluation import annotations_from
    from argmap.render._raster import MissingGlyphWarning
    from argmap.render.html import render_html, write_html

__getattr__ = lazy_module_getattr(__name__, _LAZY, _DEPRECATED, globals())


class _CallableModule(types.ModuleType):
    """This package, callable as :func:`render` (``argmap.render(m, "map.svg")``)."""

    def __call__(
        self,
        argument_map: ArgumentMap,
        path: str | os.PathLike[str],
        **options: Any,
    ) -> Path:
        return render(argument_map, path, **options)


sys.modules[__name__].__class__ = _CallableModule
