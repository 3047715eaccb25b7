"""Map → image bytes or file: the public entry points of the rendering stage."""

from __future__ import annotations

import os
from pathlib import Path

from argmap._io import atomic_write_bytes
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
from argmap.render._raster import rasterize

__all__ = ["format_for_path", "render", "render_bytes"]

_SPREAD_PASSES = 3


def format_for_path(path: str | os.PathLike[str]) -> str:
    """The output format named by the suffix of ``path``.

    Parameters
    ----------
    path:
        An output file name such as ``build/map.svg``.

    Returns
    -------
    str
        One of ``svg``, ``png``, ``pdf``, ``dot`` (the suffix, lower-cased).

    Raises
    ------
    UnknownFormatError
        If the suffix names none of them.

    Examples
    --------
    >>> format_for_path("build/map.SVG")
    'svg'
    >>> format_for_path("map.jpeg")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: cannot tell the output format of 'map.jpeg' from its suffix '.jpeg': expected one of .svg, .png, .pdf, .dot, or pass a format
    """
    suffix = Path(path).suffix
    if suffix[1:].lower() in IMAGE_FORMATS:
        return suffix[1:].lower()
    expected = ", ".join(f".{f}" for f in IMAGE_FORMATS)
    msg = (
        f"cannot tell the output format of {os.fspath(path)!r} from its suffix "
        f"{suffix or '(none)'!r}: expected one of {expected}, or pass a format"
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
        ``"svg"``, ``"png"``, ``"pdf"`` (needs a system Graphviz ``dot``) or ``"dot"``
        (the DOT source, UTF-8; no renderer is needed).
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
    argmap.errors.UnknownFormatError: output format 'gif' is not supported: expected one of svg, png, pdf, dot
    """
    format = check_format(format)
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
        As for :func:`render_bytes`; by default taken from the suffix of ``path``.
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
