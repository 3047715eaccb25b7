"""Reading untrusted bytes as JSON, with the size caps of :mod:`argmap.formats._limits`."""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from argmap._io import atomic_write_bytes
from argmap.errors import FormatError, WriteError
from argmap.formats._limits import check_depth, check_file_size

__all__ = ["parse_json", "read_input", "write_output"]


def read_input(path: str | os.PathLike[str]) -> bytes:
    """The bytes of the file at ``path``, refusing a missing file or one over the size cap
    (see :func:`argmap.formats._format.read_bytes`, which reads in chunks)."""
    from argmap.formats._format import read_bytes  # _format imports this module's caps

    return read_bytes(path)


def _no_constant(name: str) -> Any:
    msg = f"{name} is not a JSON number; expected a finite number"
    raise FormatError(msg)


def _finite_float(literal: str) -> float:
    value = float(literal)
    if not math.isfinite(value):
        msg = f"{literal} is out of range; expected a finite number"
        raise FormatError(msg)
    return value


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # A key given twice is refused rather than silently "last one wins": in a document
    # someone edited by hand it is almost always a mistake that would drop data.
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                msg = f"the key {key!r} is given twice in one object; keys must be unique"
                raise FormatError(msg)
            seen.add(key)
    return result


def parse_json(data: bytes | str, *, what: str) -> Any:
    """Parse ``data`` as JSON, refusing oversized, over-nested and non-standard input.

    Raises
    ------
    LimitExceededError
        If the data is larger or more deeply nested than the caps allow.
    FormatError
        If it is not UTF-8 or not valid JSON (the location is ``line N column M``), or an
        object gives a key twice.

    Examples
    --------
    >>> parse_json(b'{"a": [1, 2.5]}', what="test")
    {'a': [1, 2.5]}
    >>> parse_json(b'{"a": NaN}', what="test")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: NaN is not a JSON number; expected a finite number
    >>> parse_json(b'{"a": 1, "a": 2}', what="test")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: the key 'a' is given twice in one object; keys must be unique
    """
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else len(data)
    check_file_size(size, what=what)
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            msg = f"{what} is not UTF-8 text: {error.reason} at byte {error.start}"
            raise FormatError(msg) from None
    else:
        text = data
    try:
        value = json.loads(
            text,
            parse_constant=_no_constant,
            parse_float=_finite_float,
            object_pairs_hook=_unique_keys,
        )
    except FormatError:
        raise
    except json.JSONDecodeError as error:
        msg = f"{what} is not valid JSON: {error.msg}"
        raise FormatError(msg, location=f"line {error.lineno} column {error.colno}") from None
    except RecursionError:
        msg = f"{what} is nested too deeply to read"
        raise FormatError(msg) from None
    except ValueError as error:  # e.g. an integer with more digits than Python allows
        msg = f"{what} holds a value that cannot be read: {error}"
        raise FormatError(msg) from None
    check_depth(value)
    return value


def write_output(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically; a failure is a WriteError.

    Raises
    ------
    WriteError
        If the file cannot be written (its folder is a file, no permission, disk full);
        an existing file is then left as it was.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        return atomic_write_bytes(path, payload)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        msg = f"cannot write {os.fspath(path)!r}: {reason}"
        raise WriteError(msg) from error
