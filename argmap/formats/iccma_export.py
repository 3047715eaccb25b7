"""ICCMA export: the abstract argumentation framework of a map, in an ICCMA format.

The framework written is the one :func:`argmap.semantics.evaluate.evaluate` decides
statuses on -- :func:`argmap.semantics.evaluate.framework_reading`, the presumptive
reading with burden-of-proof and critical-question nodes by default, with the same
options -- so that any ICCMA solver run on the export (``argmap solve`` included) agrees
with ``argmap evaluate`` on every element. It is written by
:func:`argmap.formats.iccma.format_framework` in one of the competition's formats:

* ``apx`` -- ASPARTIX facts, ``arg(a).`` and ``att(a,b).``, node ids kept;
* ``tgf`` -- trivial graph format, node ids kept;
* ``i23`` -- ICCMA 2023's numbered format (``p af N``); nodes are numbered in framework
  order (claims, evidence, arguments, objections, then the reading's auxiliary nodes).

Next to an ``i23`` or ``tgf`` file, :func:`dump` writes a *key*
(``FILE.key.json``, see :func:`key`): each argument's number and name, the framework
node it is, and the map element it stands for -- so a solver's answer can be read back
in the map's terms -- and the reading's options.

The first, support-free reading (:func:`argmap.semantics.translate.framework_from_map`)
is written only when asked for by name, ``reading="support-free"``.

>>> import argmap
>>> from argmap.formats.iccma_export import dumps
>>> b = argmap.MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> doubt = b.claim("doubt", "It stains teeth.")
>>> _ = b.rebut(doubt, tea, key="stains")
>>> print(dumps(b.build()), end="")
arg(tea).
arg(doubt).
arg(stains).
att(stains,tea).
>>> print(dumps(b.build(), format="i23"), end="")
p af 3
3 1
>>> print(dumps(b.build(), reading="support-free"), end="")
arg(tea).
arg(doubt).
att(doubt,tea).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from argmap._deprecation import renamed_parameters
from argmap.errors import InvalidValueError, UnknownFormatError
from argmap.formats._format import Format
from argmap.formats._input import write_output
from argmap.formats.iccma import DIALECTS, dialect_for_path, format_framework
from argmap.map import ArgumentMap
from argmap.semantics.carneades import ProofStandard
from argmap.semantics.evaluate import framework_reading
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.translate import SupportMode, Translation, framework_from_map

__all__ = [
    "DIALECTS",
    "FORMAT",
    "READINGS",
    "dialect_for",
    "dump",
    "dumps",
    "key",
    "key_path",
    "sidecars",
]

READINGS: tuple[str, ...] = ("evaluation", "support-free")
"""The readings an export can write: the evaluation's (default) or the legacy one."""

KEYED: tuple[str, ...] = ("i23", "tgf")
"""The dialects :func:`dump` writes a key beside."""


def _check(dialect: str, reading: str) -> None:
    if dialect not in DIALECTS:
        choices = ", ".join(repr(d) for d in DIALECTS)
        msg = f"unknown ICCMA format {dialect!r}: expected one of {choices}"
        raise UnknownFormatError(msg)
    if reading not in READINGS:
        choices = ", ".join(repr(r) for r in READINGS)
        msg = f"unknown reading {reading!r}: expected one of {choices}"
        raise InvalidValueError(msg)


def _framework(
    argument_map: ArgumentMap, reading: str, options: Mapping[str, Any]
) -> tuple[ArgumentationFramework, Translation | None]:
    if reading == "support-free":
        if options:
            msg = (
                "the support-free reading takes no evaluation options, got "
                f"{', '.join(sorted(options))}"
            )
            raise InvalidValueError(msg)
        return framework_from_map(argument_map), None
    translation = framework_reading(argument_map, **options)
    return translation.framework(), translation


def _options(
    *,
    support: SupportMode | str | None,
    standards: Mapping[str, ProofStandard | str] | None,
    default_standard: ProofStandard | str | None,
    assume: Iterable[str] | None,
    default_weight: float | None,
    symmetric_rebuttals: bool | None,
    rebuttal_preferences: bool | None,
) -> dict[str, Any]:
    given = {
        "support": support,
        "standards": standards,
        "default_standard": default_standard,
        "assume": assume,
        "default_weight": default_weight,
        "symmetric_rebuttals": symmetric_rebuttals,
        "rebuttal_preferences": rebuttal_preferences,
    }
    return {k: v for k, v in given.items() if v is not None}


@renamed_parameters(dialect="format")
def dumps(
    argument_map: ArgumentMap,
    *,
    format: str = "apx",
    reading: str = "evaluation",
    support: SupportMode | str | None = None,
    standards: Mapping[str, ProofStandard | str] | None = None,
    default_standard: ProofStandard | str | None = None,
    assume: Iterable[str] | None = None,
    default_weight: float | None = None,
    symmetric_rebuttals: bool | None = None,
    rebuttal_preferences: bool | None = None,
) -> str:
    """The framework of ``argument_map`` as ICCMA text in ``format``.

    Parameters
    ----------
    argument_map:
        Any map.
    format:
        The ICCMA dialect: ``"apx"`` (default), ``"tgf"`` or ``"i23"`` (``dialect=`` is
        the deprecated old name of this parameter).
    reading:
        ``"evaluation"`` (default): the framework :func:`~argmap.semantics.evaluate.evaluate`
        uses, under the options below (each defaulting as there); ``"support-free"``:
        the legacy reading, which takes no options.
    support, standards, default_standard, assume, default_weight:
        As for :func:`~argmap.semantics.evaluate.evaluate`.
    symmetric_rebuttals, rebuttal_preferences:
        As for :func:`~argmap.semantics.evaluate.evaluate`.

    Returns
    -------
    str
        Deterministic text: nodes in framework order, attacks in translation order.

    Raises
    ------
    UnknownFormatError
        If ``format`` is not an ICCMA dialect argmap writes.
    InvalidValueError
        For an unknown reading, or options given with the support-free reading.
    EvaluationError
        For options :func:`~argmap.semantics.evaluate.evaluate` would refuse.
    """
    _check(format, reading)
    options = _options(
        support=support,
        standards=standards,
        default_standard=default_standard,
        assume=assume,
        default_weight=default_weight,
        symmetric_rebuttals=symmetric_rebuttals,
        rebuttal_preferences=rebuttal_preferences,
    )
    framework, _ = _framework(argument_map, reading, options)
    return format_framework(framework, format)


@renamed_parameters(dialect="format")
def key(
    argument_map: ArgumentMap,
    *,
    format: str = "i23",
    reading: str = "evaluation",
    **options: Any,
) -> str:
    """The key of an export: JSON saying which map element each argument stands for.

    ``arguments`` lists, in the file's order, each argument's ``number`` (its ``i23``
    number), ``name`` (as written in the dialect ``format``), ``node`` (the framework node id),
    ``element`` (the map element's key; for an auxiliary node, the element it concerns)
    and ``kind``; ``reading`` records the options the framework was read with.

    Examples
    --------
    >>> import argmap, json
    >>> b = argmap.MapBuilder("Tea")
    >>> _ = b.rebut(b.claim("doubt", "It stains."), b.claim("tea", "Tea is good."), key="o")
    >>> [a["element"] for a in json.loads(key(b.build()))["arguments"]]
    ['doubt', 'tea', 'o']
    """
    _check(format, reading)
    framework, translation = _framework(argument_map, reading, options)
    rows = []
    for number, node in enumerate(framework.arguments, start=1):
        if translation is None:
            element, kind = node, _kind_of(argument_map, node)
        else:
            found = translation.node(node)
            element, kind = found.key, found.kind.value
        rows.append(
            {
                "number": number,
                "name": str(number) if format == "i23" else node,
                "node": node,
                "element": element,
                "kind": kind,
            }
        )
    document = {
        "format": "argmap-iccma-key",
        "version": 1,
        "map": argument_map.title,
        "dialect": format,
        "reading": {"name": reading, **{k: _jsonable(v) for k, v in sorted(options.items())}},
        "arguments": rows,
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _kind_of(argument_map: ArgumentMap, key: str) -> str:
    return type(argument_map[key]).__name__.lower()


def _jsonable(value: Any) -> Any:
    if isinstance(value, ProofStandard):
        return value.abbreviation
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def key_path(path: str | os.PathLike[str]) -> Path:
    """Where the key of an export at ``path`` goes: ``path`` plus ``.key.json``.

    >>> key_path("out/map.i23").name
    'map.i23.key.json'
    """
    target = Path(path)
    return target.with_name(target.name + ".key.json")


def sidecars(argument_map: ArgumentMap, path: str | os.PathLike[str]) -> dict[Path, bytes]:
    """The files to write beside an export at ``path``: its key, for ``i23`` and ``tgf``."""
    dialect = dialect_for(path)
    if dialect not in KEYED:
        return {}
    return {key_path(path): key(argument_map, format=dialect).encode("utf-8")}


@renamed_parameters(dialect="format")
def dump(
    argument_map: ArgumentMap,
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    reading: str = "evaluation",
    **options: Any,
) -> None:
    """Write the framework of ``argument_map`` to ``path`` (and, for ``i23`` and ``tgf``,
    its key to ``path.key.json``); the dialect is ``format`` or the extension's
    (``.apx``, ``.tgf``, ``.i23``, ``.af``), ``apx`` otherwise. Options as for
    :func:`dumps`.

    Raises
    ------
    UnknownFormatError, InvalidValueError, WriteError
        For an unknown dialect or reading, or a file that cannot be written.
    """
    chosen = format or dialect_for(path)
    text = dumps(argument_map, format=chosen, reading=reading, **options)
    write_output(path, text)
    if chosen in KEYED:
        write_output(key_path(path), key(argument_map, format=chosen, reading=reading, **options))


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
        argument_map, format="apx" if target is None else dialect_for(target)
    ),
    sidecars=lambda argument_map, target: sidecars(argument_map, target),
)
"""ICCMA export in the format registry; the target's extension picks the dialect."""
