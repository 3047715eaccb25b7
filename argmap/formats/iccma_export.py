"""ICCMA export: the abstract argumentation framework of a map, in an ICCMA format.

A map is read as a Dung framework by :func:`argmap.semantics.translate.framework_from_map`
(claims, evidence and arguments become arguments named by their keys; rebuts,
undermines, undercuts and challenges with an attacker become attacks; support and bare
challenges are left out -- see that module for the reading) and written by
:func:`argmap.formats.iccma.format_framework` in one of the competition's formats:

* ``apx`` -- ASPARTIX facts, ``arg(a).`` and ``att(a,b).``, names kept;
* ``tgf`` -- trivial graph format, names kept;
* ``i23`` -- ICCMA 2023's numbered format (``p af N``); arguments are numbered in map
  order (claims, evidence, arguments), so the names are lost but the order says which
  is which.

>>> import argmap
>>> from argmap.formats.iccma_export import dumps
>>> b = argmap.MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> doubt = b.claim("doubt", "It stains teeth.")
>>> _ = b.rebut(doubt, tea)
>>> print(dumps(b.build()), end="")
arg(tea).
arg(doubt).
att(doubt,tea).
>>> print(dumps(b.build(), dialect="i23"), end="")
p af 2
2 1
"""

from __future__ import annotations

import os

from argmap.errors import InvalidValueError, UnknownFormatError
from argmap.formats._format import Format
from argmap.formats._input import write_output
from argmap.formats.iccma import DIALECTS as _ICCMA_DIALECTS
from argmap.formats.iccma import dialect_for_path, format_framework
from argmap.map import ArgumentMap
from argmap.semantics.translate import framework_from_map

__all__ = ["DIALECTS", "FORMAT", "dialect_for", "dump", "dumps"]

DIALECTS: tuple[str, ...] = tuple(_ICCMA_DIALECTS)
"""The ICCMA formats written: ``apx``, ``tgf`` and ``i23``."""


def dumps(argument_map: ArgumentMap, *, dialect: str = "apx") -> str:
    """The framework of ``argument_map`` as ICCMA text in ``dialect``.

    Parameters
    ----------
    argument_map:
        Any map.
    dialect:
        ``"apx"`` (default), ``"tgf"`` or ``"i23"``.

    Returns
    -------
    str
        Deterministic text: arguments in map order, attacks in objection order.

    Raises
    ------
    UnknownFormatError
        If ``dialect`` is not an ICCMA format argmap writes.
    """
    if dialect not in DIALECTS:
        choices = ", ".join(repr(d) for d in DIALECTS)
        msg = f"unknown ICCMA format {dialect!r}: expected one of {choices}"
        raise UnknownFormatError(msg)
    return format_framework(framework_from_map(argument_map), dialect)


def dump(
    argument_map: ArgumentMap, path: str | os.PathLike[str], *, dialect: str | None = None
) -> None:
    """Write the framework of ``argument_map`` to ``path``; the dialect is ``dialect`` or
    the extension's (``.apx``, ``.tgf``, ``.i23``), ``apx`` otherwise.

    Raises
    ------
    UnknownFormatError, WriteError
        For an unknown dialect, or a file that cannot be written.
    """
    write_output(path, dumps(argument_map, dialect=dialect or dialect_for(path)))


def dialect_for(path: str | os.PathLike[str]) -> str:
    """The ICCMA dialect a file name asks for: ``.apx``, ``.tgf``, ``.i23`` or ``.af``
    (ICCMA 2023's own extension, read as ``i23``); ``apx`` for any other name.

    >>> dialect_for("out/map.tgf"), dialect_for("map.af"), dialect_for("map.txt")
    ('tgf', 'i23', 'apx')
    """
    try:
        return dialect_for_path(path)
    except InvalidValueError:
        return "apx"


FORMAT = Format(
    "iccma",
    "ICCMA",
    (".apx", ".tgf", ".i23", ".af"),
    "the map's abstract framework in an ICCMA format (write-only; `argmap solve` reads them)",
    dump=lambda argument_map, target: dumps(
        argument_map, dialect="apx" if target is None else dialect_for(target)
    ),
)
"""ICCMA export in the format registry; the target's extension picks the dialect."""
