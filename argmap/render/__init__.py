"""Rendering: an argument map as a support/attack diagram (DOT, SVG, PNG, PDF).

The stage is split by concern:

* ``_options`` -- :class:`RenderOptions` and the evaluation hook :class:`NodeAnnotation`;
* ``_style`` -- the visual grammar (shapes, Okabe-Ito colours, status markers);
* ``_escape`` -- label and tooltip text that Graphviz shows verbatim;
* ``_view`` -- focused views (a neighbourhood of chosen elements);
* ``_dot`` and ``_legend`` -- building the DOT with the ``graphviz`` package;
* ``_backend`` -- finding and running the layout program (graphviz-pure or a ``dot``);
* ``_fonts`` and ``_raster`` -- PNG drawn from graphviz-pure's SVG with fonts for every script;
* ``_layout`` -- direction and conflict ordering; ``_labels`` -- label markup;
* ``_api`` -- :func:`render_bytes` and :func:`render`.

>>> from argmap import MapBuilder
>>> from argmap.render import to_dot
>>> b = MapBuilder("Tea")
>>> _ = b.claim("tea", "Tea & <biscuits>")
>>> "Tea &amp; &lt;biscuits&gt;" in to_dot(b.build())
True
"""

from argmap.render._api import format_for_path, render, render_bytes
from argmap.render._backend import ENV_VAR, FORMATS, Renderer, find_renderer
from argmap.render._dot import edge_id, node_id, to_dot
from argmap.render._options import NodeAnnotation, RenderOptions, Status
from argmap.render._raster import MissingGlyphWarning

__all__ = [
    "ENV_VAR",
    "FORMATS",
    "MissingGlyphWarning",
    "NodeAnnotation",
    "RenderOptions",
    "Renderer",
    "Status",
    "edge_id",
    "find_renderer",
    "format_for_path",
    "node_id",
    "render",
    "render_bytes",
    "to_dot",
]
