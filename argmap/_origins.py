"""Where each element of a map module was made: the line numbers behind ``argmap check``.

A map module is ordinary Python, so the only reliable record of where an element was made
is the call stack at the moment it is constructed. :func:`load_map_with_lines` runs the
module with a profile hook that watches the constructors of the element classes and, on
each call, notes the innermost line of the map file on the stack. The hook is installed
for the duration of the load only, and the previous one is put back.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

from argmap.loader import load_map
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, Party, Source

__all__ = ["load_map_with_lines", "recording_lines"]

_ELEMENTS = (Party, Source, Claim, Evidence, Argument, Objection)


def _constructors() -> frozenset[CodeType]:
    codes = set()
    for cls in _ELEMENTS:
        code = getattr(cls.__init__, "__code__", None)
        if isinstance(code, CodeType):
            codes.add(code)
    return frozenset(codes)


@contextmanager
def recording_lines(path: str | os.PathLike[str]) -> Iterator[dict[str, int]]:
    """While the block runs, record ``{key: line}`` for every element constructed from
    code in the file ``path`` (the first construction of a key wins: an argument updated
    by ``MapBuilder.answer`` keeps the line where it was made)."""
    target = os.path.realpath(path)
    codes = _constructors()
    lines: dict[str, int] = {}
    in_target: dict[str, bool] = {}

    def is_target(filename: str) -> bool:
        known = in_target.get(filename)
        if known is None:
            known = in_target[filename] = os.path.realpath(filename) == target
        return known

    def profile(frame: FrameType, event: str, arg: Any) -> None:
        if event != "call" or frame.f_code not in codes:
            return
        key = frame.f_locals.get("key")
        if not isinstance(key, str) or key in lines:
            return
        caller = frame.f_back
        while caller is not None:
            if is_target(caller.f_code.co_filename):
                lines[key] = caller.f_lineno
                return
            caller = caller.f_back

    previous = sys.getprofile()
    sys.setprofile(profile)
    try:
        yield lines
    finally:
        sys.setprofile(previous)


def load_map_with_lines(
    path: str | os.PathLike[str], *, format: str | None = None
) -> tuple[ArgumentMap, dict[str, int]]:
    """Load a map like :func:`argmap.load_map`, with the line where each element was made.

    Parameters
    ----------
    path, format:
        As for :func:`argmap.load_map`.

    Returns
    -------
    tuple
        The map, and ``{key: line}`` for the elements a Python map module made (empty
        for data formats, which have no lines of code).

    Raises
    ------
    MapLoadError
        As :func:`argmap.load_map` does.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "tiny.py").write_text(
    ...     "import argmap\\n"
    ...     "b = argmap.MapBuilder('Tiny')\\n"
    ...     "b.claim('c', 'A claim.')\\n"
    ...     "MAP = b.build()\\n"
    ... )
    >>> load_map_with_lines(folder / "tiny.py")[1]
    {'c': 3}
    """
    with recording_lines(Path(path)) as lines:
        argument_map = load_map(path, format=format)
    return argument_map, dict(lines)
