"""Map → image bytes or file: the public entry points of the rendering stage."""

from __future__ import annotations

import os
from pathlib import Path

from argmap._io import atomic_write_bytes
from argmap._suggest import hint
from argmap.errors import UnknownFormatError, WriteError
from argmap.map import ArgumentMap
from argmap.render._arrows import spread_arrowheads
from argmap.render._backend import (
    IMAGE_FORMATS,
    Renderer,
    check_format,
    find_renderer,
    run_renderer,
)
from argmap.render._dot import to_dot
from argmap.render._options import RenderOptions

__all__ = ["OUTPUT_FORMATS", "OUTPUT_SUFFIXES", "format_for_path", "render", "render_bytes"]

_SPREAD_PASSES = 3

OUTPUT_FORMATS: tuple[str, ...] = (*IMAGE_FORMATS, "html")
"""Every format :func:`render` writes: the renderer's images, DOT, and the interactive
HTML page (:mod:`argmap.render.html`). ``argmap render --help`` lists these."""

OUTPUT_SUFFIXES: dict[str, str] = {
    **{f".{f}": f for f in IMAGE_FORMATS},
    ".html": "html",
    ".htm": "html",
}
"""File suffix (lower-cased) -> the format :func:`format_for_path` tells from it."""


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The output format named by the suffix of ``path``.

    Parameters
    ----------
    path:
        An output file name such as ``build/map.svg``.

    Returns
    -------
    str
        One of :data:`OUTPUT_FORMATS` (``.htm`` names ``html`` too).

    Raises
    ------
    UnknownFormatError
        If the suffix names none of them, or there is no suffix.

    Examples
    --------
    >>> format_for_path("build/map.SVG"), format_for_path("map.html")
    ('svg', 'html')
    >>> format_for_path("map.jpeg")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: cannot tell the output format of 'map.jpeg' from its suffix '.jpeg' (did you mean '.png'?): expected one of .svg, .png, .pdf, .dot, .html, .htm, or pass a format
    >>> format_for_path("build/maps")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: cannot tell the output format of 'build/maps': it has no suffix; expected a name ending in one of .svg, .png, .pdf, .dot, .html, .htm, or pass a format
    """
    suffix = Path(path).suffix
    found = OUTPUT_SUFFIXES.get(suffix.lower())
    if found is not None:
        return found
    expected = ", ".join(OUTPUT_SUFFIXES)
    if not suffix:
        msg = (
            f"cannot tell the output format of {os.fspath(path)!r}: it has no suffix; "
            f"expected a name ending in one of {expected}, or pass a format"
        )
        raise UnknownFormatError(msg, field="format")
    msg = (
        f"cannot tell the output format of {os.fspath(path)!r} from its suffix "
        f"{suffix!r}{hint(suffix.lower(), OUTPUT_SUFFIXES)}: expected one of {expected}, "
        "or pass a format"
    )
    raise UnknownFormatError(msg, field="format")


def _check_output_format(format: str) -> str:
    if isinstance(format, str) and format.lower() in OUTPUT_FORMATS:
        return check_format(format)
    msg = (
        f"output format {format!r} is not supported"
        f"{hint(format, OUTPUT_FORMATS) if isinstance(format, str) else ''}: expected one of "
        f"{', '.join(OUTPUT_FORMATS)}"
    )
    raise UnknownFormatError(msg, field="format")


def render_bytes(
    argument_map: ArgumentMap,
    *,
    format: str = "svg",
    options: RenderOptions | None = None,
    renderer: Renderer | str | os.PathLike[str] | None = None,
) -> bytes:
    """Render ``argument_map`` and return the image (or DOT source) as bytes.

    Parameters
    ----------
    argument_map:
        The map to draw.
    format:
        ``"svg"``, ``"png"``, ``"pdf"`` (needs a system Graphviz ``dot``), ``"dot"``
        (the DOT source, UTF-8; no renderer is needed) or ``"html"`` (the interactive
        page of :func:`argmap.render.html.render_html`, UTF-8).
    options:
        What to draw and how; defaults when omitted.
    renderer:
        The Graphviz program (see :func:`find_renderer`); by default ``ARGMAP_DOT`` or
        the bundled graphviz-pure.

    Returns
    -------
    bytes
        The file contents.

    Raises
    ------
    UnknownFormatError
        For a format argmap does not write (the message lists the valid ones).
    RendererNotFound
        If no usable renderer is found.
    RenderError
        If the renderer cannot write ``format`` or fails.

    Warns
    -----
    MissingGlyphWarning
        For PNG, when text has characters no available font can draw.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Tea")
    >>> _ = b.claim("tea", "Tea is good for you.")
    >>> render_bytes(b.build(), format="svg").startswith(b"<?xml")
    True
    >>> render_bytes(b.build(), format="gif")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: output format 'gif' is not supported: expected one of svg, png, pdf, dot, html
    """
    if isinstance(format, str) and format.lower() == "html":
        from argmap.render.html import render_html  # the page's assets load only for it

        return render_html(argument_map, options=options, renderer=renderer).encode("utf-8")
    format = _check_output_format(format)
    source = to_dot(argument_map, options=options)
    if format == "dot":
        return source.encode("utf-8")
    program = find_renderer(renderer)
    svg = run_renderer(program, source, "svg")
    # Arrowheads that ended up on top of each other get ports of their own, and the
    # map is laid out again (only then: most maps need one layout; a few passes at most).
    for _ in range(_SPREAD_PASSES):
        spread = spread_arrowheads(source, svg)
        if spread is None:
            break
        source, svg = spread, run_renderer(program, spread, "svg")
    if format == "svg":
        return svg
    if format == "png" and program.kind == "graphviz-pure":
        # graphviz-pure's own PNG knows three fonts only; draw its SVG with fonts for
        # every script instead (a system dot finds fonts through fontconfig itself).
        from argmap.render._raster import rasterize  # its fonts load only for PNG

        return rasterize(svg)
    return run_renderer(program, source, format)


def render(
    argument_map: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    options: RenderOptions | None = None,
    renderer: Renderer | str | os.PathLike[str] | None = None,
) -> Path:
    """Render ``argument_map`` to the file ``path``, atomically.

    The image is made in full before anything is written, and then written to a
    temporary file that replaces ``path``: a failed render leaves an existing file
    untouched. Parent folders are created.

    Parameters
    ----------
    argument_map:
        The map to draw.
    path:
        Where to write.
    format:
        As for :func:`render_bytes`; by default taken from the suffix of ``path``
        (``.html`` writes the interactive page, as ``argmap render -o map.html`` does).
    options, renderer:
        As for :func:`render_bytes`.

    Returns
    -------
    Path
        The path written.

    Raises
    ------
    UnknownFormatError
        If ``format`` is not given and the suffix of ``path`` names no known format.
    RendererNotFound, RenderError
        As for :func:`render_bytes`.
    WriteError
        If the file cannot be written; nothing at ``path`` is changed.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Tea")
    >>> _ = b.claim("tea", "Tea is good for you.")
    >>> out = render(b.build(), pathlib.Path(tempfile.mkdtemp()) / "tea.dot")
    >>> out.read_text(encoding="utf-8").startswith("digraph argmap {")
    True
    """
    chosen = format_for_path(path) if format is None else format
    data = render_bytes(argument_map, format=chosen, options=options, renderer=renderer)
    try:
        return atomic_write_bytes(path, data)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        msg = f"cannot write {os.fspath(path)!r}: {reason}"
        raise WriteError(msg) from error
