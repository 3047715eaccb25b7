"""What a format is, and the one place where a map file is read.

Each format module declares its :class:`Format` -- name, extensions, how to recognise its
content, and ``load``/``dump`` callables -- and :mod:`argmap.formats._registry` collects
them. Reading a file goes through :func:`read_file` only: it reads the bytes once against
the size cap (streaming, so a device or a growing file cannot make it read forever),
turns file-system failures into one :class:`~argmap.errors.MapFileNotFoundError`, calls
the format's ``load`` and puts the file's name in front of any error it raises.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from argmap.errors import (
    FormatError,
    InvalidDocumentError,
    LimitExceededError,
    MapFileNotFoundError,
    MapLoadError,
)
from argmap.formats._limits import MAX_FILE_BYTES
from argmap.map import ArgumentMap

__all__ = ["Format", "Input", "decode_text", "read_bytes", "read_file"]


@attrs.frozen
class Input:
    """One input to a format's ``load``: its bytes, and where they came from.

    ``path`` is ``None`` for text given in memory; ``name`` is what messages call it;
    ``title`` is a title to fall back on when the document names none (the file's stem).
    """

    data: bytes
    name: str
    path: Path | None = None
    title: str | None = None


Loader = Callable[[Input], ArgumentMap]
Dumper = Callable[[ArgumentMap, "Path | None"], "str | bytes"]
Sidecars = Callable[[ArgumentMap, Path], dict[Path, bytes]]


@attrs.frozen
class Format:
    """One interchange format argmap reads and/or writes.

    Parameters
    ----------
    name:
        The name used by ``--from``/``--to`` and ``format=``.
    title:
        How people call it in messages (``"GraphML"``).
    extensions:
        File name endings, longest first where they overlap (``.aif.json`` before ``.json``).
    description:
        One line for ``argmap convert --help``.
    load:
        Reads an :class:`Input` into a map; ``None`` for a write-only format.
    dump:
        Writes a map, given the target path when there is one (ICCMA picks its dialect
        from it); ``None`` for a read-only format.
    sniff:
        For JSON formats: whether parsed JSON data is a document of this format.
    binary:
        Whether ``dump`` returns bytes rather than text.
    sidecars:
        Files written beside the output (path -> bytes), e.g. the key from an ICCMA
        export's numbers back to the map's elements; ``None`` when there are none.
    """

    name: str
    title: str
    extensions: tuple[str, ...]
    description: str
    load: Loader | None = attrs.field(default=None, kw_only=True, eq=False)
    dump: Dumper | None = attrs.field(default=None, kw_only=True, eq=False)
    sniff: Callable[[Any], bool] | None = attrs.field(default=None, kw_only=True, eq=False)
    binary: bool = attrs.field(default=False, kw_only=True)
    sidecars: Sidecars | None = attrs.field(default=None, kw_only=True, eq=False)

    @property
    def reads(self) -> bool:
        """Whether argmap can read maps in this format."""
        return self.load is not None

    @property
    def writes(self) -> bool:
        """Whether argmap can write maps in this format."""
        return self.dump is not None


def read_bytes(path: str | os.PathLike[str], *, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of the file at ``path``, read in chunks and refused past ``limit`` bytes.

    A declared size is never trusted: a FIFO, a device or a file that grows while it is
    read is cut off at the cap, not read to the end.

    Raises
    ------
    MapFileNotFoundError
        If the file does not exist, is a directory, or cannot be read (permissions, a
        symlink loop); one line saying why.
    LimitExceededError
        If it holds more than ``limit`` bytes.
    """
    file = Path(path)
    shown = os.fspath(path)
    if file.is_dir():
        raise MapFileNotFoundError("map file is a directory, not a map file", path=shown)
    try:
        chunks: list[bytes] = []
        size = 0
        with file.open("rb") as handle:
            while True:
                chunk = handle.read(min(1 << 20, limit + 1 - size))
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    msg = f"{shown} holds more than {limit} bytes; the limit is {limit} bytes"
                    raise LimitExceededError(msg)
    except FileNotFoundError:
        raise MapFileNotFoundError("map file does not exist", path=shown) from None
    except OSError as error:
        reason = error.strerror or type(error).__name__
        raise MapFileNotFoundError(f"cannot read map file: {reason}", path=shown) from None
    return b"".join(chunks)


def read_file(
    path: str | os.PathLike[str], fmt: Format, *, data: bytes | None = None
) -> ArgumentMap:
    """Load the map in the file at ``path`` with ``fmt``; every error names the file.

    ``data`` is the file's content when it has been read already (to tell its format).
    """
    if fmt.load is None:  # the registry refuses this before; keep the message if not
        msg = f"{fmt.title} is write-only"
        raise FormatError(msg, location=os.fspath(path))
    shown = os.fspath(path)
    if data is None:
        data = read_bytes(path)
    file = Path(path)
    source = Input(data, shown, path=file, title=file.name.split(".")[0] or None)
    try:
        return fmt.load(source)
    except MapLoadError:
        raise
    except InvalidDocumentError as error:
        if error.location is not None:
            raise
        raise InvalidDocumentError(error.what, list(error.problems), source=shown) from None
    except FormatError as error:
        location = error.location
        if location is not None and (location == shown or location.startswith(f"{shown}:")):
            raise
        where = shown if location is None else f"{shown}: {location}"
        raise type(error)(str(error.args[0]), location=where) from None


def decode_text(data: bytes, *, what: str) -> str:
    """``data`` as UTF-8 text (a byte-order mark is dropped); a clear error otherwise."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        msg = f"{what} is not UTF-8 text: {error.reason} at byte {error.start}"
        raise FormatError(msg) from None
