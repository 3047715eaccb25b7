"""Argdown: export to Argdown text, import of Argdown's JSON export.

`Argdown <https://argdown.org>`_ is a Markdown-like syntax for argument maps. argmap
writes Argdown text that the official parser (``@argdown/cli``) accepts, and reads the
JSON that ``argdown json FILE`` writes (argmap has no Argdown text parser of its own:
the official one is the reference).

Export (:func:`dumps`):

* each claim and evidence item is a statement ``[key]: text``, with ``{"implicit": true}``
  or ``{"note": ...}`` as statement data; every character Argdown treats specially is
  escaped with a backslash, and line breaks become spaces;
* each argument is ``<key>: label`` followed by its premise-conclusion structure; its
  scheme is the inference rule (``-- scheme --``), its weight and note argument data;
* a rebut, undermine or challenge of a statement is an attack relation ``-> [target]``
  under its attacker; an undercut, and a challenge of an argument, is ``_> <argument>``
  (Argdown would rewrite an attack on an argument as attacks on its parts);
  a bare challenge (a question, no attacker) is a statement ``[key]: question`` with data
  ``{"argmap": "challenge"}`` attacking its target.

Parties, sources, quotes, speakers and objection keys have no place in Argdown and are
left out; ``docs/formats/argdown.md`` has the full table.

>>> import argmap
>>> from argmap.formats.argdown import dumps
>>> b = argmap.MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good [for you].")
>>> rich = b.claim("rich", "Tea is rich in antioxidants.")
>>> _ = b.argument("a1", [rich], tea, scheme="Expert opinion")
>>> print(dumps(b.build()), end="")
===
title: "Tea"
===
<BLANKLINE>
# Tea
<BLANKLINE>
[tea]: Tea is good \\[for you\\]\\.
<BLANKLINE>
[rich]: Tea is rich in antioxidants\\.
<BLANKLINE>
<a1>
<BLANKLINE>
(1) [rich]
-- Expert opinion --
(2) [tea]
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from argmap.errors import ArgmapError, FormatError, InvalidDocumentError, Problem
from argmap.formats._input import parse_json, read_input, write_output
from argmap.formats._limits import check_depth
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind

__all__ = [
    "META_KEY",
    "argument_title",
    "dump",
    "dumps",
    "escape",
    "from_json_data",
    "load_json",
    "loads_json",
]

META_KEY = "argdown"
"""The key of ``ArgumentMap.meta`` under which import keeps what the model cannot hold."""

_WHAT = "Argdown JSON"
_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation: any of it may be syntax
# Everything a line-oriented reader may take for the end of a line (Unicode's too).
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")
_BAD_KEY_CHARS = re.compile(r"[^A-Za-z0-9_.\-]")
_CHALLENGE = "challenge"


# --- export ------------------------------------------------------------------------------


def escape(text: str) -> str:
    """``text`` as Argdown shows it verbatim: punctuation escaped, line breaks as spaces.

    >>> escape("a [b] <c> #d\\nnext")
    'a \\\\[b\\\\] \\\\<c\\\\> \\\\#d next'
    """
    one_line = _LINE_BREAKS.sub(" ", text)
    return _SPECIAL.sub(r"\\\1", one_line.strip())


def _data(values: Mapping[str, Any]) -> str:
    # JSON is valid YAML flow syntax, which is what Argdown reads between braces.
    present = {k: v for k, v in values.items() if v is not None and v is not False}
    return f" {_json_line(present)}" if present else ""


def _json_line(value: object) -> str:
    """JSON on one line that YAML reads back: Unicode line breaks escaped too."""
    text = json.dumps(value, ensure_ascii=False)
    return _LINE_BREAKS.sub(lambda m: "".join(f"\\u{ord(c):04x}" for c in m.group()), text)


def argument_title(key: str) -> str:
    """The Argdown title of the argument ``key``.

    Argdown reads ``<_`` as an incoming undercut and ``->``/``_>`` as relations, so a key
    that starts with ``_`` or ends with ``-`` or ``_`` is wrapped in words (the key then
    goes in the argument's data, and import restores it).

    >>> argument_title("a1"), argument_title("_a-")
    ('a1', 'arg _a- arg')
    """
    if key.startswith("_") or key.endswith(("-", "_")):
        return f"arg {key} arg"
    return key


def _relation(objection: Objection, argument_keys: set[str]) -> str:
    target = (
        f"<{argument_title(objection.target)}>"
        if objection.target in argument_keys
        else f"[{objection.target}]"
    )
    # Argdown reconstructs an attack on an argument as attacks on its parts; an
    # undercut is the one relation on an argument it keeps as written.
    arrow = "_>" if objection.target in argument_keys else "->"
    return f"  {arrow} {target}"


def dumps(argument_map: ArgumentMap) -> str:
    """``argument_map`` as Argdown text (deterministic, ending in a newline).

    Parameters
    ----------
    argument_map:
        Any map.

    Returns
    -------
    str
        Argdown that ``argdown json`` parses without error.
    """
    m = argument_map
    argument_keys = {a.key for a in m.arguments}
    outgoing: dict[str, list[str]] = {}
    bare: list[Objection] = []
    for objection in m.objections:
        if objection.attacker is None:
            bare.append(objection)
        else:
            outgoing.setdefault(objection.attacker, []).append(_relation(objection, argument_keys))
    front = [f"title: {_json_line(m.title)}"]
    if m.description is not None:
        front.append(f"description: {_json_line(m.description)}")
    blocks = ["===\n" + "\n".join(front) + "\n===", f"# {escape(m.title)}"]
    statements: list[Claim | Evidence] = [*m.claims, *m.evidence]
    for statement in statements:
        implicit = getattr(statement, "implicit", False)
        line = f"[{statement.key}]: {escape(statement.text)}"
        line += _data({"implicit": implicit, "note": statement.note})
        blocks.append("\n".join([line, *outgoing.get(statement.key, [])]))
    for objection in bare:
        question = objection.text or (objection.quote.text if objection.quote else "?")
        line = f"[{objection.key}]: {escape(question)}" + _data({"argmap": _CHALLENGE})
        blocks.append("\n".join([line, _relation(objection, argument_keys)]))
    for argument in m.arguments:
        title = argument_title(argument.key)
        head = f"<{title}>"
        if argument.label is not None:
            head += f": {escape(argument.label)}"
        renamed = argument.key if title != argument.key else None
        head += _data({"key": renamed, "weight": argument.weight, "note": argument.note})
        blocks.append(head)
        lines = [f"({i}) [{p}]" for i, p in enumerate(argument.premises, start=1)]
        rule = "----" if argument.scheme is None else f"-- {escape(argument.scheme)} --"
        lines += [rule, f"({len(argument.premises) + 1}) [{argument.conclusion}]"]
        blocks.append("\n".join(lines))
        if argument.key in outgoing:
            blocks.append("\n".join([f"<{title}>", *outgoing[argument.key]]))
    return "\n\n".join(blocks) + "\n"


def dump(argument_map: ArgumentMap, path: str | os.PathLike[str]) -> None:
    """Write ``argument_map`` as Argdown text to ``path``, atomically.

    Raises
    ------
    WriteError
        If the file cannot be written; an existing file is then left as it was.

    Examples
    --------
    >>> import argmap, tempfile, pathlib
    >>> b = argmap.MapBuilder("One")
    >>> _ = b.claim("c", "A claim.")
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "one.argdown"
    >>> dump(b.build(), path)
    >>> print(path.read_text(encoding="utf-8").splitlines()[-1])
    [c]: A claim\\.
    """
    write_output(path, dumps(argument_map))


# --- import of `argdown json` output -------------------------------------------------------


def _describe(value: object) -> str:
    shown = repr(value)
    return shown if len(shown) <= 60 else shown[:57] + "..."


def _escape_pointer(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class _Reader:
    """Checks the shape of an Argdown JSON export and collects what argmap needs."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def mapping(self, value: object, where: str, what: str) -> dict[str, Any]:
        if isinstance(value, dict):
            return value
        self.problem(where, f"expected {what} (an object), got {_describe(value)}")
        return {}

    def members(self, entry: Mapping[str, Any], where: str) -> list[dict[str, Any]]:
        members = entry.get("members", [])
        if not isinstance(members, list):
            self.problem(f"{where}/members", f"expected an array, got {_describe(members)}")
            return []
        found = []
        for i, member in enumerate(members):
            if not isinstance(member, dict):
                self.problem(f"{where}/members/{i}", f"expected an object, got {_describe(member)}")
                continue
            text = member.get("text")
            if text is not None and not isinstance(text, str):
                self.problem(
                    f"{where}/members/{i}/text", f"expected a string, got {_describe(text)}"
                )
                continue
            data = member.get("data")
            if data is not None and not isinstance(data, dict):
                self.problem(
                    f"{where}/members/{i}/data", f"expected an object, got {_describe(data)}"
                )
                continue
            found.append(member)
        return found


def _text_of(members: list[dict[str, Any]]) -> str | None:
    for member in members:
        text = member.get("text")
        if isinstance(text, str) and text.strip():
            return text.strip()
    return None


def _data_of(members: list[dict[str, Any]]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for member in members:
        if isinstance(member.get("data"), dict):
            data.update(member["data"])
    return data


def _in_file_order(entries: dict[str, Any]) -> list[tuple[str, Any]]:
    """Entries in the order they are defined in the Argdown file.

    The export lists statements in order of first mention (a relation may mention a
    statement before it is defined); the line of the defining member (a statement's
    with text, an argument's with its premise-conclusion structure) restores the order
    of the file, and so of the map that was exported.
    """

    def line(entry: object) -> float:
        members = entry.get("members") if isinstance(entry, dict) else None
        lines = [
            m["startLine"]
            for m in (members if isinstance(members, list) else [])
            if isinstance(m, dict)
            and isinstance(m.get("startLine"), int)
            and (
                "pcs" in m  # an argument's definition
                or (isinstance(m.get("text"), str) and m["text"].strip())
            )
        ]
        return min(lines, default=float("inf"))

    items = list(entries.items())
    return [item for _, item in sorted(enumerate(items), key=lambda p: (line(p[1][1]), p[0]))]


class _Keys:
    """argmap keys for Argdown titles (which may hold spaces and any character)."""

    def __init__(self) -> None:
        self.by_title: dict[tuple[str, str], str] = {}
        self.taken: set[str] = set()
        self.renamed: dict[str, str] = {}

    def key(self, kind: str, title: str, *, wanted: str | None = None) -> str:
        found = self.by_title.get((kind, title))
        if found is not None:
            return found
        if wanted is not None and _KEY_RE.match(wanted) and wanted not in self.taken:
            self.taken.add(wanted)
            self.by_title[(kind, title)] = wanted
            return wanted
        key = title if _KEY_RE.match(title) else _BAD_KEY_CHARS.sub("_", title)
        if not _KEY_RE.match(key):
            key = f"_{key}"
        stem, n = key, 2
        while key in self.taken:
            key, n = f"{stem}.{n}", n + 1
        self.taken.add(key)
        self.by_title[(kind, title)] = key
        if key != title:
            self.renamed[key] = title
        return key

    def fresh(self, stem: str) -> str:
        key, n = stem, 2
        while key in self.taken:
            key, n = f"{stem}.{n}", n + 1
        self.taken.add(key)
        return key


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


class _Importer:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.reader = _Reader()
        self.keys = _Keys()
        self.claims: list[Claim] = []
        self.claim_keys: set[str] = set()
        self.challenges: dict[str, str] = {}  # statement key -> question
        self.arguments: list[Argument] = []
        self.argument_keys: dict[str, str] = {}  # argdown title -> key of its main step
        self.objections: list[Objection] = []
        self.unmapped: list[dict[str, Any]] = []
        # Indexes of the arguments read from structures, made before relations are read
        # (so an argument made from a support relation does not change how others read).
        self._premises: set[str] = set()
        self._conclusions: set[str] = set()
        self._conclusion_of: dict[str, str] = {}
        reader = self.reader
        self.statements = reader.mapping(data.get("statements"), "/statements", "the statements")
        self.argdown_arguments = reader.mapping(
            data.get("arguments"), "/arguments", "the arguments"
        )
        relations = data.get("relations", [])
        if not isinstance(relations, list):
            reader.problem("/relations", f"expected an array, got {_describe(relations)}")
            relations = []
        self.relations = relations

    def run(self) -> None:
        for title, entry in _in_file_order(self.statements):
            self._statement(title, entry)
        for title, entry in _in_file_order(self.argdown_arguments):
            self._argument(title, entry)
        self._premises = {p for a in self.arguments for p in a.premises}
        self._conclusions = {a.conclusion for a in self.arguments}
        self._conclusion_of = {a.key: a.conclusion for a in self.arguments}
        for i, relation in enumerate(self.relations):
            self._relation(relation, f"/relations/{i}")

    def _statement(self, title: str, entry: object) -> None:
        where = f"/statements/{_escape_pointer(title)}"
        if not isinstance(entry, dict):
            self.reader.problem(where, f"expected a statement object, got {_describe(entry)}")
            return
        if not title.strip():
            self.reader.problem(where, "a statement needs a non-blank title")
            return
        members = self.reader.members(entry, where)
        text = _text_of(members) or title
        data = _data_of(members)
        key = self.keys.key("statement", title)
        if data.get("argmap") == _CHALLENGE:
            self.challenges[key] = text
            return
        try:
            claim = Claim(
                key, text, implicit=data.get("implicit") is True, note=_string(data.get("note"))
            )
        except ArgmapError as error:
            self.reader.problem(where, str(error))
            return
        self.claims.append(claim)
        self.claim_keys.add(key)

    def _argument(self, title: str, entry: object) -> None:
        where = f"/arguments/{_escape_pointer(title)}"
        if not isinstance(entry, dict) or not title.strip():
            self.reader.problem(
                where, f"expected an argument object with a title, got {_describe(entry)}"
            )
            return
        members = self.reader.members(entry, where)
        pcs = entry.get("pcs", [])
        if not isinstance(pcs, list) or not all(isinstance(s, dict) for s in pcs):
            self.reader.problem(
                f"{where}/pcs", f"expected an array of statements, got {_describe(pcs)}"
            )
            return
        data = _data_of(members)
        wanted = data.get("key")
        key = self.keys.key("argument", title, wanted=wanted if isinstance(wanted, str) else None)
        if not pcs:
            self.unmapped.append(
                {"argument": title, "reason": "an argument without premises and conclusion"}
            )
            return
        steps: list[Argument] = []
        pending: list[str] = []
        for i, statement in enumerate(pcs):
            statement_title = statement.get("title")
            if (
                not isinstance(statement_title, str)
                or ("statement", statement_title) not in self.keys.by_title
            ):
                self.reader.problem(
                    f"{where}/pcs/{i}/title",
                    f"names no statement of the export: {_describe(statement_title)}",
                )
                return
            statement_key = self.keys.by_title[("statement", statement_title)]
            inference = statement.get("inference")
            if isinstance(inference, dict) and pending:
                rules = inference.get("inferenceRules")
                scheme = (
                    ", ".join(r for r in rules if isinstance(r, str))
                    if isinstance(rules, list)
                    else ""
                )
                is_main = i == len(pcs) - 1
                step_key = key if is_main else self.keys.fresh(f"{key}.step{len(steps) + 1}")
                premises = tuple(dict.fromkeys(pending))
                try:
                    steps.append(
                        Argument(
                            step_key,
                            premises,
                            statement_key,
                            scheme=scheme or None,
                            weight=_number(data.get("weight")) if is_main else None,
                            label=_text_of(members) if is_main else None,
                            note=_string(data.get("note")) if is_main else None,
                        )
                    )
                except ArgmapError as error:
                    self.reader.problem(f"{where}/pcs/{i}", str(error))
                    return
                pending = [statement_key]
            else:
                pending.append(statement_key)
        if not steps or steps[-1].key != key:
            self.unmapped.append(
                {"argument": title, "reason": "its last statement is not a conclusion"}
            )
            return
        self.arguments.extend(steps)
        self.argument_keys[title] = key

    def _end(self, relation: Mapping[str, Any], side: str) -> tuple[str, str] | None:
        """The argmap key and kind ("claim", "challenge", "argument") at one end."""
        title, kind = relation.get(side), relation.get(f"{side}Type")
        if not isinstance(title, str):
            return None
        if kind == "equivalence-class":
            key = self.keys.by_title.get(("statement", title))
            if key is None:
                return None
            return key, ("challenge" if key in self.challenges else "claim")
        if kind in ("argument", "inference") and title in self.argument_keys:
            return self.argument_keys[title], kind
        return None

    def _relation(self, relation: object, where: str) -> None:
        if not isinstance(relation, dict):
            self.reader.problem(where, f"expected a relation object, got {_describe(relation)}")
            return
        kind = relation.get("relationType")
        source, target = self._end(relation, "from"), self._end(relation, "to")
        objection = None
        if source is not None and target is not None:
            objection = self._objection(kind, source, target)
        if objection is None:
            if (
                kind == "support"
                and source is not None
                and target is not None
                and self._support(source, target)
            ):
                return
            self.unmapped.append({"relation": relation, "reason": "no argmap element holds it"})
            return
        try:
            self.objections.append(objection())
        except ArgmapError as error:
            self.unmapped.append({"relation": relation, "reason": str(error)})

    def _objection(self, kind: object, source: tuple[str, str], target: tuple[str, str]) -> Any:
        (attacker, attacker_kind), (target_key, target_kind) = source, target
        if attacker_kind == "challenge":
            if kind not in ("attack", "undercut"):
                return None
            question = self.challenges[attacker]
            return lambda: Objection(attacker, ObjectionKind.CHALLENGE, target_key, text=question)
        if kind == "undercut" and target_kind in ("argument", "inference"):
            chosen = ObjectionKind.UNDERCUT
        elif kind in ("attack", "contrary", "contradictory") and target_kind == "claim":
            chosen = (
                ObjectionKind.UNDERMINE if self._only_a_premise(target_key) else ObjectionKind.REBUT
            )
        elif kind == "attack" and target_kind == "argument":
            chosen = ObjectionKind.CHALLENGE
        else:
            return None
        key = self.keys.fresh(f"{chosen.value}.{attacker}.{target_key}")
        return lambda: Objection(key, chosen, target_key, attacker=attacker)

    def _support(self, source: tuple[str, str], target: tuple[str, str]) -> bool:
        (premise, premise_kind), (conclusion, conclusion_kind) = source, target
        if premise_kind == "argument" and conclusion_kind == "claim":
            # Argdown repeats an argument's own conclusion as a support relation.
            return self._conclusion_of.get(premise) == conclusion
        if premise_kind != "claim" or conclusion_kind != "claim" or premise == conclusion:
            return False
        key = self.keys.fresh(f"support.{premise}.{conclusion}")
        self.arguments.append(Argument(key, (premise,), conclusion))
        return True

    def _only_a_premise(self, key: str) -> bool:
        return key in self._premises and key not in self._conclusions


def from_json_data(data: object, *, title: str | None = None) -> ArgumentMap:
    """The map of an Argdown JSON export given as parsed data.

    Parameters
    ----------
    data:
        What ``argdown json`` writes: ``{"statements": {...}, "arguments": {...},
        "relations": [...], ...}``.
    title:
        The map's title (the export has none); :func:`load_json` passes the file name.

    Returns
    -------
    ArgumentMap
        Statements as claims, premise-conclusion structures as arguments (one per
        inference step), attack and undercut relations as objections; relations argmap
        cannot hold are in ``meta["argdown"]["unmapped"]`` with the reason.

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
    >>> from_json_data(doc, title="Tiny")["a"].premises
    ('p',)
    """
    check_depth(data)  # data may come from elsewhere than parse_json: apply the caps here too
    return _decode(data, title=title)


def _decode(data: object, *, title: str | None = None) -> ArgumentMap:
    if not isinstance(data, dict):
        raise InvalidDocumentError(
            _WHAT, [Problem("", f"expected a JSON object, got {_describe(data)}")]
        )
    importer = _Importer(data)
    if not importer.reader.problems:
        importer.run()
    if importer.reader.problems:
        raise InvalidDocumentError(_WHAT, importer.reader.problems)
    meta: dict[str, Any] = {}
    if importer.keys.renamed:
        meta["titles"] = importer.keys.renamed
    if importer.unmapped:
        meta["unmapped"] = importer.unmapped
    try:
        return ArgumentMap(
            title if title is not None and title.strip() else "Argdown map",
            claims=importer.claims,
            arguments=importer.arguments,
            objections=importer.objections,
            meta={META_KEY: meta} if meta else {},
        )
    except ArgmapError as error:
        raise InvalidDocumentError(
            _WHAT, [Problem("", f"does not make a valid map: {error}")]
        ) from None


def loads_json(text: str | bytes, *, title: str | None = None) -> ArgumentMap:
    """The map of Argdown JSON ``text``; see :func:`from_json_data`.

    Raises
    ------
    FormatError
        If the text is not JSON or exceeds a size cap.
    InvalidDocumentError
        If it is not the shape of an Argdown export.

    Examples
    --------
    >>> loads_json('{"statements": {"c": {"members": [{"text": "C."}]}}, "arguments": {}}').claims
    (Claim(key='c', text='C.', by=None, implicit=False, quote=None, note=None),)
    """
    return _decode(parse_json(text, what=_WHAT), title=title)


def load_json(path: str | os.PathLike[str]) -> ArgumentMap:
    """The map of the Argdown JSON export at ``path``, titled after the file.

    Raises
    ------
    MapFileNotFoundError
        If the file does not exist.
    FormatError, InvalidDocumentError
        As :func:`loads_json`, with the file name in front.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "tea.json"
    >>> _ = path.write_text('{"statements": {"c": {"members": [{"text": "C."}]}}, "arguments": {}}')
    >>> load_json(path).title
    'tea'
    """
    data = read_input(path)
    try:
        return loads_json(data, title=Path(path).name.split(".")[0])
    except InvalidDocumentError as error:
        raise InvalidDocumentError(_WHAT, list(error.problems), source=str(path)) from None
    except FormatError as error:
        where = str(path) if error.location is None else f"{path}: {error.location}"
        raise type(error)(str(error.args[0]), location=where) from None
