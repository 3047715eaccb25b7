"""Which formats argmap reads and writes, and how a file's format is told.

Every format module declares its :class:`~argmap.formats._format.Format`; this module
only collects them, in the order ``argmap convert --help`` lists them. A format is named
on the command line (``--from``, ``--to``) and in the API (``load_map(path, format=...)``).
When no name is given, the file's extension decides, and for ``.json`` files -- shared
by several formats -- the content does: an argmap document says ``"format": "argmap"``,
AIF has ``nodes``/``edges`` (or an ``AIF`` object), and Argdown's JSON export has
``statements`` and ``arguments``. Only ``.py`` files are ever run, and only when the name
(or ``--from python``) says so: data never executes.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Any

from argmap._deprecation import renamed_parameters
from argmap._suggest import hint
from argmap.errors import FormatError, UnknownFormatError
from argmap.formats._format import (
    Dumper,
    Format,
    Input,
    Loader,
    Sidecars,
    read_bytes,
    read_file,
)
from argmap.formats._input import parse_json, write_output
from argmap.map import ArgumentMap

__all__ = [
    "FORMATS",
    "Format",
    "detect_format",
    "format_for_output",
    "get_format",
    "implementation",
    "read_map",
    "readable_formats",
    "render_map",
    "sidecars_for",
    "sniff_json",
    "writable_formats",
    "write_map",
]

# Where each format's code lives: (module, attribute holding its Format). A module is
# imported only when its format reads, writes or sniffs something, so loading a map
# module never imports Argdown's parser (lark), YAML or the Carneades engine.
_IMPLEMENTATIONS: dict[str, tuple[str, str]] = {
    "python": ("argmap.formats.python", "FORMAT"),
    "json": ("argmap.formats.argmap_json", "FORMAT"),
    "aif": ("argmap.formats.aif", "FORMAT"),
    "xaif": ("argmap.formats.aif", "XAIF_FORMAT"),
    "argdown": ("argmap.formats.argdown", "FORMAT"),
    "argdown-json": ("argmap.formats.argdown_json", "FORMAT"),
    "carneades": ("argmap.formats.carneades_yaml", "FORMAT"),
    "graphml": ("argmap.formats.graphml", "FORMAT"),
    "dot": ("argmap.formats.dot", "FORMAT"),
    "iccma": ("argmap.formats.iccma_export", "FORMAT"),
}


def implementation(name: str) -> Format:
    """The :class:`Format` that format ``name``'s own module declares (importing it).

    The registry's entries describe the same format (a test checks that they agree)
    and call into this one only when used.
    """
    module, attribute = _IMPLEMENTATIONS[name]
    fmt: Format = getattr(importlib.import_module(module), attribute)
    return fmt


def _loader(name: str) -> Loader:
    def load(source: Input) -> ArgumentMap:
        real = implementation(name).load
        assert real is not None  # the registry says it reads; the agreement test holds it
        return real(source)

    return load


def _dumper(name: str) -> Dumper:
    def dump(argument_map: ArgumentMap, target: Path | None) -> str | bytes:
        real = implementation(name).dump
        assert real is not None
        return real(argument_map, target)

    return dump


def _sniffer(name: str) -> Any:
    def sniff(data: Any) -> bool:
        real = implementation(name).sniff
        assert real is not None
        return real(data)

    return sniff


def _sidecars(name: str) -> Sidecars:
    def sidecars(argument_map: ArgumentMap, target: Path) -> dict[Path, bytes]:
        real = implementation(name).sidecars
        assert real is not None
        return real(argument_map, target)

    return sidecars


def _declare(
    name: str,
    title: str,
    extensions: tuple[str, ...],
    description: str,
    *,
    reads: bool,
    writes: bool,
    sniffs: bool = False,
    sidecars: bool = False,
) -> Format:
    return Format(
        name,
        title,
        extensions,
        description,
        load=_loader(name) if reads else None,
        dump=_dumper(name) if writes else None,
        sniff=_sniffer(name) if sniffs else None,
        sidecars=_sidecars(name) if sidecars else None,
    )


FORMATS: tuple[Format, ...] = (
    _declare(
        "python",
        "Python",
        (".py",),
        "a map module defining MAP (reading runs the code)",
        reads=True,
        writes=True,
    ),
    _declare(
        "json",
        "argmap JSON",
        (".argmap.json", ".json"),
        "argmap JSON, lossless",
        reads=True,
        writes=True,
        sniffs=True,
    ),
    _declare(
        "aif",
        "AIF",
        (".aif.json", ".aif"),
        "AIFdb JSON (reads OVA3 xAIF too)",
        reads=True,
        writes=True,
        sniffs=True,
    ),
    _declare(
        "xaif",
        "xAIF",
        (".xaif.json", ".xaif"),
        "OVA3's xAIF (AIF plus the OVA layout)",
        reads=True,
        writes=True,
        sniffs=True,
    ),
    _declare(
        "argdown",
        "Argdown",
        (".argdown", ".ad"),
        "Argdown text, read natively (as `argdown` 1.7 reads it)",
        reads=True,
        writes=True,
    ),
    _declare(
        "argdown-json",
        "Argdown JSON",
        (".argdown.json",),
        "Argdown's JSON export (`argdown json`; read only)",
        reads=True,
        writes=False,
        sniffs=True,
    ),
    _declare(
        "carneades",
        "Carneades YAML",
        (".yml", ".yaml"),
        "Carneades 4 argument graphs (read; `argmap evaluate` applies proof standards)",
        reads=True,
        writes=False,
    ),
    _declare(
        "graphml",
        "GraphML",
        (".graphml",),
        "GraphML for yEd (write-only)",
        reads=False,
        writes=True,
    ),
    _declare(
        "dot",
        "DOT",
        (".dot", ".gv"),
        "Graphviz DOT, as argmap renders it (write-only)",
        reads=False,
        writes=True,
    ),
    _declare(
        "iccma",
        "ICCMA",
        (".apx", ".tgf", ".i23", ".af"),
        "the map's abstract framework in an ICCMA format (write-only; `argmap solve` reads them)",
        reads=False,
        writes=True,
        sidecars=True,
    ),
)
"""Every format, one entry each, in the order ``argmap convert --help`` lists them. Each
entry's ``load``/``dump``/``sniff`` import the format's module on first use."""

_BY_NAME = {fmt.name: fmt for fmt in FORMATS}


def get_format(name: str) -> Format:
    """The format called ``name``.

    Raises
    ------
    UnknownFormatError
        If there is no such format; the message lists the known ones.

    Examples
    --------
    >>> get_format("aif").extensions
    ('.aif.json', '.aif')
    >>> get_format("yaml")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: unknown format 'yaml': expected one of 'python', 'json', 'aif', 'xaif', 'argdown', 'argdown-json', 'carneades', 'graphml', 'dot', 'iccma'
    """
    found = _BY_NAME.get(name)
    if found is None:
        choices = ", ".join(repr(f.name) for f in FORMATS)
        msg = f"unknown format {name!r}: expected one of {choices}"
        raise UnknownFormatError(msg)
    return found


def readable_formats() -> tuple[str, ...]:
    """Names of the formats argmap can load maps from.

    >>> readable_formats()
    ('python', 'json', 'aif', 'xaif', 'argdown', 'argdown-json', 'carneades')
    """
    return tuple(f.name for f in FORMATS if f.reads)


def writable_formats() -> tuple[str, ...]:
    """Names of the formats argmap can write maps to.

    >>> writable_formats()
    ('python', 'json', 'aif', 'xaif', 'argdown', 'graphml', 'dot', 'iccma')
    """
    return tuple(f.name for f in FORMATS if f.writes)


def _by_extension(path: Path, *, reading: bool | None) -> Format | None:
    """The format whose longest extension ends the name (``reading``: among readable
    formats only; ``False``: writable only; ``None``: any)."""
    name = path.name.lower()
    best: tuple[int, Format] | None = None
    for fmt in FORMATS:
        if reading is not None and (fmt.reads if reading else fmt.writes) is False:
            continue
        for ext in fmt.extensions:
            if name.endswith(ext) and (best is None or len(ext) > best[0]):
                best = (len(ext), fmt)
    return None if best is None else best[1]


def sniff_json(data: Any) -> str | None:
    """The JSON format ``data`` is in, judged from its top-level members, if any.

    >>> sniff_json({"format": "argmap", "version": 1})
    'json'
    >>> sniff_json({"nodes": [], "edges": []}), sniff_json({"AIF": {}})
    ('aif', 'xaif')
    >>> sniff_json({"statements": {}, "arguments": {}, "relations": []})
    'argdown-json'
    >>> sniff_json([1, 2]) is None
    True
    """
    for fmt in FORMATS:
        if fmt.sniff is not None and fmt.sniff(data):
            return fmt.name
    return None


def _readable_list() -> str:
    return ", ".join(readable_formats())


def _write_only(fmt: Format) -> UnknownFormatError:
    msg = f"{fmt.title} is write-only; argmap reads: {_readable_list()}"
    return UnknownFormatError(msg)


def detect_format(path: str | os.PathLike[str], data: bytes | None = None) -> str:
    """The name of the format of the file at ``path``: by extension, then by content.

    ``.json`` files (and files with an extension argmap does not know) are told apart
    by content.

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
        If neither the name nor the content says which format it is, or the name is
        that of a format argmap only writes.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "set.json"
    >>> _ = path.write_text('{"nodes": [], "edges": []}')
    >>> detect_format(path), detect_format("map.py"), detect_format("map.argdown")
    ('aif', 'python', 'argdown')
    >>> detect_format("map.graphml")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: GraphML is write-only; argmap reads: python, json, aif, xaif, argdown, argdown-json, carneades
    """
    file = Path(path)
    fmt = _by_extension(file, reading=None)
    if fmt is not None and not fmt.reads:
        raise _write_only(fmt)
    if fmt is not None and fmt.sniff is None:
        return fmt.name  # an extension only one format uses
    if data is None:
        data = read_bytes(file)
    try:
        sniffed = sniff_json(parse_json(data, what=str(path)))
    except FormatError:
        sniffed = None
    if sniffed is not None:
        return sniffed
    if fmt is not None:
        return fmt.name  # a .json file that is no known kind: the argmap reader says why
    msg = (
        f"{path}: cannot tell the format from the name or the content; name one with "
        f"--from (format=): one of {_readable_list()}"
    )
    raise UnknownFormatError(msg)


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
    data: bytes | None = None
    if format is not None:
        fmt = get_format(format)
        if not fmt.reads:
            raise _write_only(fmt)
    else:
        file = Path(path)
        guess = _by_extension(file, reading=None)
        if guess is None or guess.sniff is not None:
            data = read_bytes(file)  # read once: the content tells the format
        fmt = get_format(detect_format(path, data))
    return read_file(path, fmt, data=data)


def format_for_output(path: str | os.PathLike[str], format: str | None = None) -> Format:
    """The format to write ``path`` in: ``format`` if given, else the one its extension names.

    Raises
    ------
    UnknownFormatError
        If ``format`` is unknown or not writable, or the extension names no writable format.

    Examples
    --------
    >>> format_for_output("out/map.graphml").name
    'graphml'
    >>> format_for_output("out/set.aif.json").name, format_for_output("out/set.xaif.json").name
    ('aif', 'xaif')
    >>> format_for_output("out/map.txt")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: cannot tell the output format from 'out/map.txt': name one with --to: one of 'python', 'json', 'aif', 'xaif', 'argdown', 'graphml', 'dot', 'iccma'
    """
    writable = ", ".join(repr(f) for f in writable_formats())
    if format is not None:
        fmt = get_format(format)
        if not fmt.writes:
            msg = f"{fmt.title} is read-only; argmap writes: {', '.join(writable_formats())}"
            raise UnknownFormatError(msg)
        return fmt
    found = _by_extension(Path(path), reading=False)
    if found is None:
        extensions = [e for f in FORMATS if f.writes for e in f.extensions]
        near = hint(Path(path).suffix.lower(), extensions) if Path(path).suffix else ""
        msg = (
            f"cannot tell the output format from {str(path)!r}{near}: name one with --to: "
            f"one of {writable}"
        )
        raise UnknownFormatError(msg)
    return found


def render_map(argument_map: ArgumentMap, format: Format, *, target: Path | None = None) -> bytes:
    """The bytes of ``argument_map`` in ``format`` (``target``: the file it goes to)."""
    if format.dump is None:
        msg = f"{format.title} is read-only; argmap writes: {', '.join(writable_formats())}"
        raise UnknownFormatError(msg, field="format")
    output = format.dump(argument_map, target)
    return output if isinstance(output, bytes) else output.encode("utf-8")


@renamed_parameters(to="format")
def write_map(
    argument_map: ArgumentMap, path: str | os.PathLike[str], *, format: str | None = None
) -> Format:
    """Write ``argument_map`` to ``path`` atomically in ``format`` (or the extension's).

    Parameters
    ----------
    argument_map:
        The map.
    path:
        Where to write; its extension names the format when ``format`` is not given.
    format:
        A writable format's name (see :func:`writable_formats`); ``to=`` is its
        deprecated old name.

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
    >>> argmap.write_map(b.build(), folder / "tea.out", format="aif").name
    'aif'
    >>> argmap.load_map(folder / "tea.out").claims[0].text
    'Tea is good for you.'
    """
    target = Path(path)
    fmt = format_for_output(target, format)
    write_output(target, render_map(argument_map, fmt, target=target))
    for extra, data in sidecars_for(argument_map, fmt, target).items():
        write_output(extra, data)
    return fmt


def sidecars_for(argument_map: ArgumentMap, format: Format, target: Path) -> dict[Path, bytes]:
    """Files a format writes beside its output (e.g. the key of a numbered ICCMA export)."""
    return {} if format.sidecars is None else format.sidecars(argument_map, target)
