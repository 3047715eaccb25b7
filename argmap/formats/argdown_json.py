"""Argdown's JSON export (what ``argdown json FILE`` writes), read into a map.

argmap reads Argdown text itself (:mod:`argmap.formats.argdown`); this module reads the
JSON the official command line exports, through the same mapping, for files already
converted or produced by other Argdown tools. It is read-only: argmap writes Argdown
as text.

>>> m = loads('{"statements": {"c": {"members": [{"text": "C."}]}}, "arguments": {}}')
>>> m.claims
(Claim(key='c', text='C.', by=None, implicit=False, quote=None, note=None),)
"""

from __future__ import annotations

import os
from typing import Any

from argmap.formats._format import Format, Input, read_file
from argmap.formats._input import parse_json
from argmap.formats._limits import check_depth
from argmap.formats.argdown import map_from_model
from argmap.map import ArgumentMap

__all__ = ["FORMAT", "from_data", "load", "loads"]

_WHAT = "Argdown JSON"


def from_data(data: object, *, title: str | None = None) -> ArgumentMap:
    """The map of an Argdown JSON export given as parsed data.

    Parameters
    ----------
    data:
        What ``argdown json`` writes: ``{"statements": {...}, "arguments": {...},
        "relations": [...], ...}``.
    title:
        The map's title when the export's front matter names none; :func:`load` passes
        the file name.

    Returns
    -------
    ArgumentMap
        See :mod:`argmap.formats.argdown` for the mapping; relations argmap cannot hold
        are in ``meta["argdown"]["unmapped"]`` with the reason.

    Raises
    ------
    InvalidDocumentError
        Listing every structural problem with its location.

    Examples
    --------
    >>> doc = {"statements": {"c": {"members": [{"text": "C."}]},
    ...                       "p": {"members": [{"text": "P."}]}},
    ...        "arguments": {"a": {"members": [], "pcs": [
    ...            {"title": "p", "role": "premise"},
    ...            {"title": "c", "role": "main-conclusion", "inference": {"inferenceRules": []}}]}},
    ...        "relations": []}
    >>> from_data(doc, title="Tiny")["a"].premises
    ('p',)
    """
    check_depth(data)  # data may come from elsewhere than parse_json: apply the caps here too
    return map_from_model(data, title=title)


def loads(text: str | bytes, *, title: str | None = None) -> ArgumentMap:
    """The map of Argdown JSON ``text``; see :func:`from_data`.

    Raises
    ------
    FormatError
        If the text is not JSON or exceeds a size cap.
    InvalidDocumentError
        If it is not the shape of an Argdown export.
    """
    return map_from_model(parse_json(text, what=_WHAT), title=title)


def load(path: str | os.PathLike[str]) -> ArgumentMap:
    """The map of the Argdown JSON export at ``path``, titled after the file.

    Raises
    ------
    MapFileNotFoundError
        If the file does not exist.
    FormatError, InvalidDocumentError
        As :func:`loads`, with the file name in front.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "tea.json"
    >>> _ = path.write_text('{"statements": {"c": {"members": [{"text": "C."}]}}, "arguments": {}}')
    >>> load(path).title
    'tea'
    """
    return read_file(path, FORMAT)


def _load(source: Input) -> ArgumentMap:
    return loads(source.data, title=source.title)


def _sniff(data: Any) -> bool:
    return (
        isinstance(data, dict)
        and isinstance(data.get("statements"), dict)
        and isinstance(data.get("arguments"), dict)
    )


FORMAT = Format(
    "argdown-json",
    "Argdown JSON",
    (".argdown.json",),
    "Argdown's JSON export (`argdown json`; read only)",
    load=_load,
    sniff=_sniff,
)
"""Argdown's JSON export in the format registry."""
