"""ICCMA interchange formats for abstract argumentation frameworks: apx, tgf, i23.

``apx`` (ASPARTIX facts)::

    arg(a).
    arg(b).
    att(a,b).

``tgf`` (trivial graph format): one argument per line, a line ``#``, then one attack
``attacker attacked`` per line.

``i23`` (ICCMA 2023): a header ``p af N``, then one attack ``i j`` per line with
arguments numbered ``1..N``; lines starting with ``#`` are comments. Reading gives
arguments named ``"1"`` to ``"N"``; writing numbers the arguments by their position
(names are not kept, only the order).

>>> from argmap.formats.iccma import parse_framework, format_framework
>>> af = parse_framework("p af 3\\n1 2\\n# a comment\\n2 3\\n", "i23")
>>> af.arguments, af.attacks
(('1', '2', '3'), (('1', '2'), ('2', '3')))
>>> print(format_framework(af, "apx"), end="")
arg(1).
arg(2).
arg(3).
att(1,2).
att(2,3).

Malformed input raises :class:`~argmap.errors.FormatError` whose ``location`` is the
line number:

>>> parse_framework("p af 2\\n1 3\\n", "i23")
Traceback (most recent call last):
...
argmap.errors.FormatError: line 2: argument 3 is out of range: expected 1..2

References
----------
ICCMA 2023 input format: https://iccma2023.github.io/rules.html
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Literal

from argmap._deprecation import lazy_module_getattr, renamed_parameters
from argmap._suggest import hint
from argmap.errors import (
    FormatError,
    FrameworkFileNotFoundError,
    InvalidValueError,
    LimitExceededError,
    UnknownFormatError,
)
from argmap.formats._limits import MAX_FILE_BYTES
from argmap.semantics.framework import ArgumentationFramework

if TYPE_CHECKING:  # pathlib and the atomic writer are imported by the writer only
    from pathlib import Path

__all__ = [
    "DIALECTS",
    "MAX_ARGUMENTS",
    "Dialect",
    "dialect_for_path",
    "format_framework",
    "parse_framework",
    "read_framework",
    "write_framework",
]

Dialect = Literal["apx", "tgf", "i23"]
DIALECTS: tuple[Dialect, ...] = ("apx", "tgf", "i23")
"""The ICCMA dialects argmap reads and writes (``format=`` takes one of these)."""

# Old names of the three above, kept for one release.
__getattr__ = lazy_module_getattr(
    __name__,
    {},
    {
        "FORMATS": (__name__, "DIALECTS"),
        "Format": (__name__, "Dialect"),
        "format_for_path": (__name__, "dialect_for_path"),
    },
    globals(),
)

_SUFFIXES: dict[str, Dialect] = {".apx": "apx", ".tgf": "tgf", ".af": "i23", ".i23": "i23"}

# The apx statements' patterns, compiled by the apx reader only (re caches them).
_APX_ARG = r"arg\(\s*([^\s(),]+)\s*\)\s*\."
_APX_ATT = r"att\(\s*([^\s(),]+)\s*,\s*([^\s(),]+)\s*\)\s*\."
_HEADER = re.compile(rb"p\s+af\s+(\d+)\s*")
_DIGITS = b"0123456789"
_LONGEST_NUMBER = 18  # digits; an int64 holds every number this long

MAX_ARGUMENTS = 10_000_000
"""Most arguments an ``i23`` header may declare. The header is never trusted: a 20-byte
file saying ``p af 1000000000`` would otherwise make every later step allocate per
argument; ICCMA's largest frameworks have about 10^6 arguments."""

# Below this many bytes of attacks, parsing (and the engine after it) stays in plain
# Python: loading numpy costs more than it saves.
_NUMPY_BYTES = 512 * 1024


def _check_format(format: str) -> Dialect:
    key = format.lower().lstrip(".") if isinstance(format, str) else format
    if key in ("af",):
        return "i23"
    if key in DIALECTS:
        return key
    msg = f"framework format {format!r} is not known{hint(str(format), DIALECTS)}: expected one of {', '.join(DIALECTS)}"
    raise UnknownFormatError(msg, field="format")


def dialect_for_path(path: str | os.PathLike[str]) -> Dialect:
    """The format a file name's extension stands for.

    Raises
    ------
    UnknownFormatError
        If the extension is not ``.apx``, ``.tgf``, ``.af`` or ``.i23``.

    Examples
    --------
    >>> dialect_for_path("bench/x.tgf"), dialect_for_path("x.af")
    ('tgf', 'i23')
    """
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix not in _SUFFIXES:
        msg = (
            f"cannot tell the format of {str(path)!r} from its extension: expected .apx, "
            ".tgf, .af or .i23 (or give the format explicitly)"
        )
        raise UnknownFormatError(msg, field="format")
    return _SUFFIXES[suffix]


# -- reading -----------------------------------------------------------------------------


@renamed_parameters(fmt="format")
def parse_framework(text: str | bytes, format: str) -> ArgumentationFramework:
    """The framework written in ``text`` in ``format`` (``apx``, ``tgf`` or ``i23``).

    Parameters
    ----------
    text:
        The file's content (bytes are decoded as UTF-8).
    format:
        The dialect's name (one of :data:`DIALECTS`; ``af`` is read as ``i23``).

    Returns
    -------
    ArgumentationFramework

    Raises
    ------
    FormatError
        If the text is malformed; ``location`` is ``"line N"``.
    UnknownFormatError
        If the format is not known.

    Examples
    --------
    >>> af = parse_framework("a\\nb\\n#\\na b\\n", "tgf")
    >>> af.attacks
    (('a', 'b'),)
    """
    kind = _check_format(format)
    if kind == "i23":
        data = text.encode("utf-8") if isinstance(text, str) else text
        return _parse_i23(data)
    if isinstance(text, bytes):
        raw = text
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            msg = "the file is not valid UTF-8"
            raise FormatError(msg, location=f"line {line}") from None
    return _parse_apx(text) if kind == "apx" else _parse_tgf(text)


@renamed_parameters(fmt="format")
def read_framework(
    path: str | os.PathLike[str], *, format: str | None = None
) -> ArgumentationFramework:
    """Read a framework from a file; the format comes from ``format`` or the extension.

    Raises
    ------
    FrameworkFileNotFoundError
        If the file does not exist.
    FormatError
        If the file is malformed; the message starts with ``path:line N``.
    UnknownFormatError
        If the format is not known or cannot be told from the extension.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "x.apx").write_text("arg(a).\\narg(b).\\natt(a,b).\\n")
    >>> read_framework(folder / "x.apx").attacks
    (('a', 'b'),)
    """
    kind = _check_format(format) if format is not None else dialect_for_path(path)
    data = _read_capped(path)
    try:
        return parse_framework(data, kind)
    except FormatError as error:
        where = f"{path}:{error.location}" if error.location else str(path)
        raise type(error)(str(error.args[0]), location=where) from None


def _read_capped(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes, read as a stream that stops past :data:`MAX_FILE_BYTES` (so
    ``/dev/zero`` or a growing pipe cannot exhaust memory); every failure is one error."""
    shown = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        msg = f"framework file {shown!r} does not exist or is not a file"
        raise FrameworkFileNotFoundError(msg) from None
    except OSError as error:  # a symlink loop, no permission, an unreadable device
        reason = error.strerror or type(error).__name__
        msg = f"cannot read framework file {shown!r}: {reason}"
        raise FrameworkFileNotFoundError(msg) from None
    if len(data) > MAX_FILE_BYTES:
        msg = f"framework file {shown!r} is larger than the limit of {MAX_FILE_BYTES} bytes"
        raise LimitExceededError(msg)
    return data


def _parse_apx(text: str) -> ArgumentationFramework:
    names: dict[str, int] = {}
    src: list[int] = []
    dst: list[int] = []
    pending: list[tuple[str, str, int]] = []
    arg_re, att_re = re.compile(_APX_ARG), re.compile(_APX_ATT)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        for statement in _apx_statements(line, number):
            if match := arg_re.fullmatch(statement):
                name = match.group(1)
                if name in names:
                    msg = f"argument {name!r} is declared twice"
                    raise FormatError(msg, location=f"line {number}")
                names[name] = len(names)
            elif match := att_re.fullmatch(statement):
                pending.append((match.group(1), match.group(2), number))
            else:
                msg = f"expected arg(NAME). or att(NAME,NAME)., got {statement!r}"
                raise FormatError(msg, location=f"line {number}")
    for attacker, attacked, number in pending:
        for name in (attacker, attacked):
            if name not in names:
                msg = f"attack names argument {name!r}, which is not declared by arg({name})."
                raise FormatError(msg, location=f"line {number}")
        src.append(names[attacker])
        dst.append(names[attacked])
    return ArgumentationFramework.from_indices(list(names), src, dst)


def _apx_statements(line: str, number: int) -> list[str]:
    # Several facts may share a line ("arg(a). arg(b)."); each ends with ")."
    parts = [p.strip() for p in re.split(r"(?<=\))\s*\.", line)]
    if parts[-1]:
        msg = f"expected arg(NAME). or att(NAME,NAME)., got {line!r} (missing the final '.'?)"
        raise FormatError(msg, location=f"line {number}")
    return [p + "." for p in parts[:-1]]


def _parse_tgf(text: str) -> ArgumentationFramework:
    names: dict[str, int] = {}
    src: list[int] = []
    dst: list[int] = []
    in_attacks = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line == "#":
            if in_attacks:
                msg = "a second '#' separator"
                raise FormatError(msg, location=f"line {number}")
            in_attacks = True
            continue
        fields = line.split()
        if not in_attacks:
            if len(fields) != 1:
                msg = f"expected one argument name per line before '#', got {line!r}"
                raise FormatError(msg, location=f"line {number}")
            if fields[0] in names:
                msg = f"argument {fields[0]!r} is declared twice"
                raise FormatError(msg, location=f"line {number}")
            names[fields[0]] = len(names)
            continue
        if len(fields) != 2:
            msg = f"expected an attack 'attacker attacked', got {line!r}"
            raise FormatError(msg, location=f"line {number}")
        for name in fields:
            if name not in names:
                msg = f"attack names argument {name!r}, which is not declared before '#'"
                raise FormatError(msg, location=f"line {number}")
        src.append(names[fields[0]])
        dst.append(names[fields[1]])
    return ArgumentationFramework.from_indices(list(names), src, dst)


def _parse_i23(data: bytes) -> ArgumentationFramework:
    fast = _parse_i23_fast(data)
    if fast is not None:
        return fast
    return _parse_i23_lines(data)


def _declared(digits: str, number: int) -> int:
    """The argument count of a ``p af N`` header, refused beyond :data:`MAX_ARGUMENTS`
    before it is turned into an int (a 5,000-digit count is one clear error)."""
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(MAX_ARGUMENTS)) or int(significant) > MAX_ARGUMENTS:
        shown = significant if len(significant) <= 20 else f"a {len(significant)}-digit number of"
        msg = f"the header declares {shown} arguments; the limit is {MAX_ARGUMENTS}"
        raise LimitExceededError(msg, location=f"line {number}")
    return int(significant)


def _parse_i23_fast(data: bytes) -> ArgumentationFramework | None:
    """The common case (header first, no comments, ``i j`` lines); else None."""
    end = data.find(b"\n")
    if end < 0 or b"#" in data or b"\r" in data:
        return None
    header = _HEADER.fullmatch(data[:end])
    if header is None:
        return None
    n = _declared(header.group(1).decode("ascii"), 1)
    body = data[end + 1 :]
    if body and not body.endswith(b"\n"):
        body += b"\n"
    lines = body.count(b"\n")
    # Every line must be `digits space digits`: removing the digits leaves " \n" per line,
    # and exactly two numbers per line means no digit run is empty.
    if body.translate(None, _DIGITS) != b" \n" * lines:
        return None
    if len(body) < _NUMPY_BYTES:
        tokens = body.split()
        if any(len(token) > _LONGEST_NUMBER for token in tokens):
            return None  # the line parser names the number
        values: list[int] = list(map(int, tokens))
        if len(values) != 2 * lines or (values and (min(values) < 1 or max(values) > n)):
            return None
        return ArgumentationFramework.numbered(
            n, [v - 1 for v in values[0::2]], [v - 1 for v in values[1::2]]
        )
    import numpy as np

    # The longest run of digits, from the gaps between separators: longer than an int64
    # holds and numpy would saturate it, so the line parser must name it instead.
    raw = np.frombuffer(body, dtype=np.uint8)
    gaps = np.diff(np.flatnonzero(raw < ord("0")), prepend=-1)
    if gaps.size and int(gaps.max()) - 1 > _LONGEST_NUMBER:
        return None
    array = np.fromstring(body, dtype=np.int64, sep=" ") if lines else np.empty(0, np.int64)
    if array.size != 2 * lines:
        return None
    if array.size and (int(array.min()) < 1 or int(array.max()) > n):
        return None
    return ArgumentationFramework.numbered(n, array[0::2] - 1, array[1::2] - 1)


def _parse_i23_lines(data: bytes) -> ArgumentationFramework:
    n: int | None = None
    src: list[int] = []
    dst: list[int] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        line = raw.strip()
        if not line or line.startswith(b"#"):
            continue
        try:
            text = line.decode("ascii")
        except UnicodeDecodeError:
            shown = line[:60].decode("utf-8", "replace")
            msg = f"unexpected characters in {shown!r}"
            raise FormatError(msg, location=f"line {number}") from None
        fields = text.split()
        if n is None:
            if len(fields) != 3 or fields[:2] != ["p", "af"] or not fields[2].isdigit():
                msg = f"expected the header 'p af N' before any attack, got {_clip(text)!r}"
                raise FormatError(msg, location=f"line {number}")
            n = _declared(fields[2], number)
            continue
        if len(fields) != 2 or not all(f.isdigit() for f in fields):
            msg = f"expected an attack 'i j' (two argument numbers), got {_clip(text)!r}"
            raise FormatError(msg, location=f"line {number}")
        for field in fields:
            if len(field.lstrip("0")) > len(str(n)) or not 1 <= int(field) <= n:
                msg = f"argument {_clip(field)} is out of range: expected 1..{n}"
                raise FormatError(msg, location=f"line {number}")
        src.append(int(fields[0]) - 1)
        dst.append(int(fields[1]) - 1)
    if n is None:
        msg = "no 'p af N' header: the file has no framework"
        raise FormatError(msg, location="line 1")
    return ArgumentationFramework.numbered(n, src, dst)


def _clip(text: str) -> str:
    """``text`` cut to a length fit for a one-line error message."""
    return text if len(text) <= 60 else f"{text[:40]}... ({len(text)} characters)"


# -- writing -----------------------------------------------------------------------------


def _check_names(af: ArgumentationFramework, kind: Dialect) -> None:
    bad_chars = re.compile(r"[\s(),]" if kind == "apx" else r"\s")
    for name in af.arguments:
        if bad_chars.search(name) or (kind == "tgf" and name == "#"):
            what = "whitespace, parentheses or commas" if kind == "apx" else "whitespace"
            msg = f"argument {name!r} cannot be written as {kind}: names must not contain {what}"
            if kind == "tgf":
                msg += " nor be '#'"
            raise InvalidValueError(msg)


@renamed_parameters(fmt="format")
def format_framework(af: ArgumentationFramework, format: str) -> str:
    """The framework as text in ``format``; attacks in order, each once.

    Raises
    ------
    UnknownFormatError
        If the format is not known.
    InvalidValueError
        If a name cannot be written in it.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("x", "y")])
    >>> print(format_framework(af, "i23"), end="")
    p af 2
    1 2
    >>> print(format_framework(af, "tgf"), end="")
    x
    y
    #
    x y
    """
    kind = _check_format(format)
    pairs = af.attack_indices
    if kind == "i23":
        lines = [f"p af {len(af)}"]
        lines.extend(f"{i + 1} {j + 1}" for i, j in pairs)
        return "\n".join(lines) + "\n"
    _check_names(af, kind)
    names = af.arguments
    if kind == "tgf":
        body = [*names, "#", *(f"{names[i]} {names[j]}" for i, j in pairs)]
    else:
        body = [f"arg({name})." for name in names]
        body.extend(f"att({names[i]},{names[j]})." for i, j in pairs)
    return "\n".join(body) + "\n"


@renamed_parameters(fmt="format")
def write_framework(
    af: ArgumentationFramework, path: str | os.PathLike[str], *, format: str | None = None
) -> Path:
    """Write the framework to ``path`` atomically; the format comes from ``format`` or the
    extension. Returns the path.

    Raises
    ------
    UnknownFormatError
        If the format is not known.
    InvalidValueError
        If a name cannot be written in it.
    """
    from argmap._io import atomic_write_text

    kind = _check_format(format) if format is not None else dialect_for_path(path)
    return atomic_write_text(path, format_framework(af, kind))
