"""Which formats argmap reads and writes, and how a file's format is told.

A format is named on the command line (``--from``, ``--to``) and in the API
(``load_map(path, format=...)``). When no name is given, the file's extension decides,
and for ``.json`` files -- shared by several formats -- the content does: an argmap
document says ``"format": "argmap"``, AIF has ``nodes``/``edges`` (or an ``AIF`` object),
and Argdown's JSON export has ``statements`` and ``arguments``. Only ``.py`` files are
ever run, and only when the name (or ``--from python``) says so: data never executes.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from argmap.errors import FormatError, UnknownFormatError
from argmap.formats._input import parse_json, read_input, write_output
from argmap.map import ArgumentMap

__all__ = [
    "FORMATS",
    "Format",
    "detect_format",
    "format_for_output",
    "get_format",
    "read_map",
    "readable_formats",
    "sidecars_for",
    "writable_formats",
    "write_map",
]


@attrs.frozen
class Format:
    """One interchange format: its name, file extensions and what argmap does with it.

    ``module`` is the :mod:`argmap.formats` module (or ``argmap.loader`` for Python) that
    implements it, imported on first use; ``reads``/``writes`` say which ways it goes.
    """

    name: str
    extensions: tuple[str, ...]
    description: str
    module: str
    reads: bool
    writes: bool
    binary: bool = False


FORMATS: tuple[Format, ...] = (
    Format("python", (".py",), "a map module defining MAP (runs the code)", "argmap.loader", True, False),
    Format("json", (".argmap.json", ".json"), "argmap JSON, lossless", "argmap.formats.argmap_json", True, True),
    Format("aif", (".aif.json", ".aif", ".xaif.json", ".xaif"), "AIF: AIFdb JSON or OVA3 xAIF", "argmap.formats.aif", True, True),
    Format("argdown", (".argdown", ".ad"), "Argdown text", "argmap.formats.argdown", False, True),
    Format("argdown-json", (".argdown.json",), "Argdown's JSON export (`argdown json`)", "argmap.formats.argdown", True, False),
    Format("graphml", (".graphml",), "GraphML for yEd", "argmap.formats.graphml", False, True),
    Format("dot", (".dot", ".gv"), "Graphviz DOT, as argmap renders it", "argmap.formats.dot", False, True),
    Format("iccma", (".apx", ".tgf", ".i23", ".af"), "the map's abstract framework in an ICCMA format", "argmap.formats.iccma_export", False, True),
)  # fmt: skip


def get_format(name: str) -> Format:
    """The format called ``name``.

    Raises
    ------
    UnknownFormatError
        If there is no such format; the message lists the known ones.

    Examples
    --------
    >>> get_format("aif").extensions
    ('.aif.json', '.aif', '.xaif.json', '.xaif')
    >>> get_format("yaml")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: unknown format 'yaml': expected one of 'python', 'json', 'aif', 'argdown', 'argdown-json', 'graphml', 'dot', 'iccma'
    """
    for fmt in FORMATS:
        if fmt.name == name:
            return fmt
    choices = ", ".join(repr(f.name) for f in FORMATS)
    msg = f"unknown format {name!r}: expected one of {choices}"
    raise UnknownFormatError(msg)


def readable_formats() -> tuple[str, ...]:
    """Names of the formats argmap can load maps from.

    >>> readable_formats()
    ('python', 'json', 'aif', 'argdown-json')
    """
    return tuple(f.name for f in FORMATS if f.reads)


def writable_formats() -> tuple[str, ...]:
    """Names of the formats argmap can write maps to.

    >>> writable_formats()
    ('json', 'aif', 'argdown', 'graphml', 'dot', 'iccma')
    """
    return tuple(f.name for f in FORMATS if f.writes)


def _by_extension(path: Path, *, reading: bool) -> Format | None:
    name = path.name.lower()
    candidates = [
        (len(ext), fmt)
        for fmt in FORMATS
        if (fmt.reads if reading else fmt.writes)
        for ext in fmt.extensions
        if name.endswith(ext)
    ]
    return max(candidates, key=lambda c: c[0])[1] if candidates else None


def sniff_json(data: Any) -> str | None:
    """The JSON format ``data`` is in, judged from its top-level members, if any.

    >>> sniff_json({"format": "argmap", "version": 1})
    'json'
    >>> sniff_json({"nodes": [], "edges": []}), sniff_json({"AIF": {}})
    ('aif', 'aif')
    >>> sniff_json({"statements": {}, "arguments": {}, "relations": []})
    'argdown-json'
    >>> sniff_json([1, 2]) is None
    True
    """
    if not isinstance(data, dict):
        return None
    if data.get("format") == "argmap":
        return "json"
    if isinstance(data.get("AIF"), dict) or ("nodes" in data and "edges" in data):
        return "aif"
    if isinstance(data.get("statements"), dict) and isinstance(data.get("arguments"), dict):
        return "argdown-json"
    return None


def detect_format(path: str | os.PathLike[str], data: bytes | None = None) -> str:
    """The name of the format of the file at ``path``: by extension, then by content.

    ``.json`` files (and files with an extension argmap does not know) are told apart
    by content; an Argdown text file is refused with the way to read it.

    Parameters
    ----------
    path:
        The file.
    data:
        Its bytes, if already read.

    Returns
    -------
    str
        A readable format's name.

    Raises
    ------
    UnknownFormatError
        If neither the name nor the content says which format it is.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "set.json"
    >>> _ = path.write_text('{"nodes": [], "edges": []}')
    >>> detect_format(path), detect_format("map.py")
    ('aif', 'python')
    """
    file = Path(path)
    fmt = _by_extension(file, reading=True)
    if fmt is not None and fmt.name != "json":
        return fmt.name
    if file.name.lower().endswith((".argdown", ".ad")):
        msg = (
            f"{path}: argmap reads Argdown through its JSON export; run "
            f"`argdown json {path}` and load the .json it writes"
        )
        raise UnknownFormatError(msg)
    if data is None:
        data = read_input(file)
    try:
        sniffed = sniff_json(parse_json(data, what=str(path)))
    except FormatError:
        sniffed = None
    if sniffed is not None:
        return sniffed
    if fmt is not None:
        return fmt.name  # a .json file that is no known kind: the argmap reader says why
    readable = ", ".join(repr(f) for f in readable_formats())
    msg = (
        f"{path}: cannot tell the format from the name or the content; name one with "
        f"--from (format=): one of {readable}"
    )
    raise UnknownFormatError(msg)


def _module(fmt: Format) -> Any:
    return importlib.import_module(fmt.module)


def read_map(path: str | os.PathLike[str], *, format: str | None = None) -> ArgumentMap:
    """Load the map in the file at ``path``, in ``format`` or the detected one.

    Parameters
    ----------
    path:
        The file to read.
    format:
        A readable format's name (see :func:`readable_formats`); detected when omitted.

    Returns
    -------
    ArgumentMap
        The map, complete and valid.

    Raises
    ------
    UnknownFormatError
        If ``format`` is unknown or not readable, or the format cannot be detected.
    MapLoadError, FormatError, InvalidDocumentError
        As the format's reader raises them; messages name the file.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "data.txt"
    >>> _ = path.write_text('{"format": "argmap", "version": 1, "title": "T"}')
    >>> read_map(path).title, read_map(path, format="json").title
    ('T', 'T')
    """
    if format is not None:
        fmt = get_format(format)
        if not fmt.reads:
            readable = ", ".join(repr(f) for f in readable_formats())
            msg = f"argmap cannot read {fmt.name} ({fmt.description}); it reads {readable}"
            raise UnknownFormatError(msg)
        name = fmt.name
    else:
        name = detect_format(path)
    if name == "python":
        from argmap.loader import load_map

        return load_map(path, format="python")
    reader = _module(get_format(name))
    if name == "argdown-json":
        result: ArgumentMap = reader.load_json(path)
    else:
        result = reader.load(path)
    return result


def format_for_output(path: str | os.PathLike[str], to: str | None = None) -> Format:
    """The format to write ``path`` in: ``to`` if given, else the one its extension names.

    Raises
    ------
    UnknownFormatError
        If ``to`` is unknown or not writable, or the extension names no writable format.

    Examples
    --------
    >>> format_for_output("out/map.graphml").name
    'graphml'
    >>> format_for_output("out/set.aif.json").name
    'aif'
    >>> format_for_output("out/map.txt")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: cannot tell the output format from 'out/map.txt': name one with --to: one of 'json', 'aif', 'argdown', 'graphml', 'dot', 'iccma'
    """
    writable = ", ".join(repr(f) for f in writable_formats())
    if to is not None:
        fmt = get_format(to)
        if not fmt.writes:
            msg = f"argmap cannot write {fmt.name} ({fmt.description}); it writes {writable}"
            raise UnknownFormatError(msg)
        return fmt
    found = _by_extension(Path(path), reading=False)
    if found is None:
        msg = f"cannot tell the output format from {str(path)!r}: name one with --to: one of {writable}"
        raise UnknownFormatError(msg)
    return found


def render_map(argument_map: ArgumentMap, fmt: Format, *, target: Path | None = None) -> bytes:
    """The bytes of ``argument_map`` in format ``fmt``."""
    writer: Callable[..., str | bytes] = _module(fmt).dumps
    if fmt.name == "iccma":
        dialect = _module(fmt).dialect_for(target) if target is not None else "apx"
        output = writer(argument_map, dialect=dialect)
    else:
        output = writer(argument_map)
    return output if isinstance(output, bytes) else output.encode("utf-8")


def write_map(
    argument_map: ArgumentMap, path: str | os.PathLike[str], *, to: str | None = None
) -> Format:
    """Write ``argument_map`` to ``path`` atomically in format ``to`` (or the extension's).

    Returns
    -------
    Format
        The format written.

    Raises
    ------
    UnknownFormatError
        If the format cannot be told or is not writable.
    WriteError
        If the file cannot be written.

    Examples
    --------
    >>> import argmap, tempfile, pathlib
    >>> b = argmap.MapBuilder("Tea")
    >>> _ = b.claim("tea", "Tea is good for you.")
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> argmap.write_map(b.build(), folder / "tea.graphml").name
    'graphml'
    >>> argmap.write_map(b.build(), folder / "tea.out", to="aif").name
    'aif'
    >>> argmap.load_map(folder / "tea.out").claims[0].text
    'Tea is good for you.'
    """
    target = Path(path)
    fmt = format_for_output(target, to)
    write_output(target, render_map(argument_map, fmt, target=target))
    for extra, data in sidecars_for(argument_map, fmt, target).items():
        write_output(extra, data)
    return fmt


def sidecars_for(argument_map: ArgumentMap, fmt: Format, target: Path) -> dict[Path, bytes]:
    """Files a format writes beside its output (e.g. the key of a numbered ICCMA export)."""
    module = _module(fmt)
    make: Callable[..., dict[Path, bytes]] | None = getattr(module, "sidecars", None)
    return {} if make is None else make(argument_map, target)
