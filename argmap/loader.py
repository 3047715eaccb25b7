"""Load a map written as a Python module, by file path.

A map module builds its map with :class:`argmap.MapBuilder` (or constructs an
:class:`argmap.ArgumentMap` directly) and publishes it as the module-level name ``MAP``.
:func:`load_map` runs the module in a fresh namespace -- it need not be on ``sys.path``
and is not added to ``sys.modules`` -- and returns that map. Errors point at the map
file and, where there is one, the line.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import re
import sys
import traceback
import zlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from argmap._io import input_problem
from argmap.errors import (
    MapDefinitionError,
    MapFileNotFoundError,
    MapLoadError,
    MapSyntaxError,
    NoMapDefinedError,
)
from argmap.map import ArgumentMap, MapBuilder

if TYPE_CHECKING:
    from argmap.formats._format import Input

__all__ = ["MAP_ATTRIBUTE", "load_map", "load_map_module", "load_python", "map_of_module"]

MAP_ATTRIBUTE = "MAP"
"""The module-level name a map module publishes its map under."""


def _module_name(path: Path) -> str:
    # os.fsencode, not UTF-8: a file name that is not UTF-8 arrives with lone surrogates.
    # Two checksums, not a cryptographic hash: the name only has to tell paths apart, and
    # hashlib's OpenSSL costs more start-up than the whole map module takes to run.
    raw = os.fsencode(path)
    digest = f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}"
    return f"argmap_map_{re.sub(r'[^A-Za-z0-9_]', '_', path.stem)}_{digest}"


def _line_in(path: Path, error: BaseException) -> int | None:
    """The line of ``path`` nearest to where ``error`` was raised, if it is in the trace."""
    line = None
    for frame in traceback.extract_tb(error.__traceback__):
        if frame.filename and os.path.realpath(frame.filename) == str(path):
            line = frame.lineno
    return line


def load_map_module(path: str | os.PathLike[str], *, source: bytes | None = None) -> ModuleType:
    """Run the map module at ``path`` and return the module object.

    ``source`` is the module's code when it has been read already (the format registry
    reads every file once, against the size cap); the file is read otherwise.

    Raises
    ------
    MapFileNotFoundError
        If ``path`` does not exist, is not a regular file (a directory, a FIFO, a device,
        a loop of symbolic links) or cannot be read.
    MapSyntaxError
        If the file is not valid Python; ``line`` is where the parser stopped.
    MapDefinitionError
        If running the module raised; ``line`` is the map file's line in the traceback.
    """
    file = Path(path)
    shown = str(path)
    problem = input_problem(file)
    if problem is not None:
        raise MapFileNotFoundError(f"map file {problem}", path=shown)
    resolved = Path(os.path.realpath(file))
    if source is None:
        from argmap.formats._format import read_bytes  # reading is the formats' concern

        source = read_bytes(resolved)
    try:
        code = compile(source, str(resolved), "exec", dont_inherit=True)
    except SyntaxError as error:
        msg = f"invalid Python syntax: {error.msg}"
        raise MapSyntaxError(msg, path=shown, line=error.lineno) from None
    except ValueError as error:  # e.g. null bytes
        raise MapSyntaxError(f"not a Python source file: {error}", path=shown) from None
    name = _module_name(resolved)
    # An explicit loader, so that `load_map(path, format="python")` runs any file name.
    loader = importlib.machinery.SourceFileLoader(name, str(resolved))
    spec = importlib.util.spec_from_file_location(name, resolved, loader=loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    # Let the module find files beside it (e.g. `Path(__file__).parent / "sources"`).
    module.__file__ = str(resolved)
    try:
        exec(code, module.__dict__)
    except MapLoadError:
        raise
    except (Exception, SystemExit) as error:  # a map's own bug: report it at its line
        line = _line_in(resolved, error)
        msg = f"error while running the map module: {type(error).__name__}: {error}"
        raise MapDefinitionError(msg, path=shown, line=line) from error
    finally:
        sys.modules.pop(spec.name, None)
    return module


def load_map(path: str | os.PathLike[str], *, format: str | None = None) -> ArgumentMap:
    r"""Load the map published as ``MAP`` by the Python module at ``path``, or the map
    in a file of any format argmap reads.

    A ``.py`` file is run as a map module (it is code, and trusted). Any other file is
    data, read by the importer of its format -- ``json`` (argmap JSON), ``aif`` (AIFdb
    JSON or xAIF) or ``argdown-json`` (Argdown's JSON export) -- told by its extension
    and content, or named by ``format``; data never executes anything.

    Parameters
    ----------
    path:
        A ``.py`` file that defines ``MAP`` (it need not be importable), or a data file.
    format:
        The format's name, to override detection (``"python"`` runs any file as a map
        module). See ``argmap.formats._registry.FORMATS``.

    Returns
    -------
    ArgumentMap
        The module's ``MAP``.

    Raises
    ------
    MapFileNotFoundError, MapSyntaxError, MapDefinitionError
        See :func:`load_map_module`.
    NoMapDefinedError
        If the module defines no ``MAP``, or ``MAP`` is not an :class:`ArgumentMap`.
    UnknownFormatError
        If ``format`` is unknown, or a data file's format cannot be told.
    FormatError, InvalidDocumentError
        If a data file is malformed; every problem is listed with its location.

    Examples
    --------
    >>> import tempfile, pathlib, argmap
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "tiny.py").write_text(
    ...     "import argmap\n"
    ...     "b = argmap.MapBuilder('Tiny')\n"
    ...     "b.claim('c', 'A claim.')\n"
    ...     "MAP = b.build()\n"
    ... )
    >>> argmap.load_map(folder / "tiny.py").title
    'Tiny'
    >>> argmap.load_map(folder / "missing.py")
    Traceback (most recent call last):
    ...
    argmap.errors.MapFileNotFoundError: .../missing.py: map file does not exist
    """
    from argmap.formats._registry import read_map  # every format, Python included

    # Telling the format reads the file: never start on a FIFO or a device.
    problem = input_problem(path)
    if problem is not None:
        raise MapFileNotFoundError(f"map file {problem}", path=str(path))
    return read_map(path, format=format)


def _a_type(value: object) -> str:
    """``"an int"``, ``"a dict"``, ``"None"``: the type of ``value`` with its article.

    >>> _a_type(42), _a_type({}), _a_type(None)
    ('an int', 'a dict', 'None')
    """
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def map_of_module(module: ModuleType, *, path: str) -> ArgumentMap:
    """The ``MAP`` a map module publishes.

    Raises
    ------
    NoMapDefinedError
        If the module defines no ``MAP``, or ``MAP`` is not an :class:`ArgumentMap`.
    """
    if not hasattr(module, MAP_ATTRIBUTE):
        msg = (
            f"the module defines no {MAP_ATTRIBUTE}; expected a module-level "
            f"`{MAP_ATTRIBUTE} = builder.build()`"
        )
        raise NoMapDefinedError(msg, path=path)
    value = getattr(module, MAP_ATTRIBUTE)
    if isinstance(value, MapBuilder):
        msg = (
            f"{MAP_ATTRIBUTE} is a MapBuilder, not the map it builds: end the module with "
            f"`{MAP_ATTRIBUTE} = builder.build()` (call .build())"
        )
        raise NoMapDefinedError(msg, path=path)
    if not isinstance(value, ArgumentMap):
        msg = f"{MAP_ATTRIBUTE} is {_a_type(value)}, expected an argmap.ArgumentMap"
        raise NoMapDefinedError(msg, path=path)
    return value


def load_python(source: Input) -> ArgumentMap:
    """The Python format's reader (see :mod:`argmap.formats.python`): run the module whose
    code is ``source.data`` as the file ``source.path`` and return its ``MAP``."""
    if source.path is None:
        msg = "a map module runs from a file; got code without a path"
        raise MapFileNotFoundError(msg, path=source.name)
    module = load_map_module(source.path, source=source.data)
    return map_of_module(module, path=source.name)
