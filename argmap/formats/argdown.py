"""Argdown: read Argdown text natively, write Argdown text, read Argdown's JSON export.

`Argdown <https://argdown.org>`_ is a Markdown-like syntax for argument maps. argmap
reads ``.argdown``/``.ad`` files itself -- no Node.js -- exactly as the official parser
(``@argdown/cli`` 1.7) does (:mod:`argmap.formats._argdown_syntax`), writes Argdown text
that the official parser accepts, and still reads the JSON that ``argdown json`` writes.

Reading (both text and JSON) maps Argdown's model onto argmap's:

* each statement (equivalence class) is a claim, keyed by its title (a slug of it when
  the title is not a valid key); its text is the canonical member's; ``{implicit: true}``
  and ``{note: ...}`` data set those fields;
* each premise-conclusion structure is one argument per inference step (``{uses: [...]}``
  says which statements a step uses); the inference rules are its scheme, the argument's
  description its ``text``;
* a sketched argument (``<A>: text`` without premises) is a premise-less argument whose
  conclusion is the statement it supports; one that supports no statement concludes an
  implicit claim argmap adds and names ``<key>.conclusion``;
* a support between statements is an argument with that one premise; attack, contrary
  and contradictory relations between statements are rebuts (undermines when the target
  is only ever a premise), with ``opposition`` saying contrary or contradictory; an
  undercut is an undercut; an attack on an argument is a challenge of it;
* what the model has no element for (support of an argument, an undercut of a statement),
  headings (as sections), front matter, tags and other data are kept in
  ``meta["argdown"]``, and writing the map as Argdown puts them back.

The JSON export is read by :mod:`argmap.formats.argdown_json`, through the same mapping.
``docs/formats/argdown.md`` has the full table.

>>> import argmap
>>> from argmap.formats.argdown import dumps, loads
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
>>> m = loads("[T]: Tea is good.\\n  <+ <Rich>: It is rich in antioxidants.\\n  >< [N]: Tea is bad.\\n")
>>> m["Rich"].premises, m["Rich"].text, m["Rich"].conclusion
((), 'It is rich in antioxidants.', 'T')
>>> [(o.kind.value, o.attacker, o.target, o.opposition.value) for o in m.objections]
[('rebut', 'T', 'N', 'contradictory')]
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from argmap.errors import (
    ArgmapError,
    FormatError,
    InvalidDocumentError,
    LimitExceededError,
    Problem,
)
from argmap.formats import _argdown_syntax
from argmap.formats._format import Format, Input, decode_text, read_bytes, read_file
from argmap.formats._input import parse_json, write_output
from argmap.formats._keys import KEY_RE, Keys
from argmap.formats._limits import check_depth
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind, Opposition

__all__ = [
    "FORMAT",
    "MAX_BYTES",
    "META_KEY",
    "argument_title",
    "dump",
    "dumps",
    "escape",
    "from_json_data",
    "load",
    "load_json",
    "loads",
    "loads_json",
]

META_KEY = "argdown"
"""The key of ``ArgumentMap.meta`` under which import keeps what the model cannot hold."""

_WHAT = "Argdown JSON"
_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")  # ASCII punctuation: any of it may be syntax
# Everything a line-oriented reader may take for the end of a line (Unicode's too).
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]+")
_CHALLENGE = "challenge"
_INCLUDE = re.compile(r"@include\(([^)]+)\)")
_MAX_INCLUDES = 1000

MAX_BYTES = 1024 * 1024
"""Largest Argdown document read, includes included (1 MiB: real documents are a few
kilobytes, and parsing is linear but pure Python: some 50-100 kB a second)."""


# --- export ------------------------------------------------------------------------------


def escape(text: str) -> str:
    """``text`` as Argdown shows it verbatim: punctuation escaped, line breaks as spaces.

    >>> escape("a [b] <c> #d\\nnext")
    'a \\\\[b\\\\] \\\\<c\\\\> \\\\#d next'
    """
    one_line = _LINE_BREAKS.sub(" ", text)
    return _SPECIAL.sub(r"\\\1", one_line.strip())


def _json_line(value: object) -> str:
    """JSON on one line that Argdown's data (YAML in braces) reads back exactly.

    Braces inside strings are written as ``\\u007b``/``\\u007d``: Argdown ends the data at
    a ``}`` followed by a space, wherever it stands. Unicode line breaks are escaped too.
    """
    text = json.dumps(value, ensure_ascii=False)
    return (
        re.sub(
            "[{}\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]",
            lambda m: f"\\u{ord(m.group()):04x}",
            text,
        )
        if not isinstance(value, dict | list)
        else _json_structure(value)
    )


def _json_structure(value: Any) -> str:
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{_json_line(str(k))}: {_json_structure(v)}" for k, v in value.items())
            + "}"
        )
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_json_structure(v) for v in value) + "]"
    return _json_line(value)


def _data(values: Mapping[str, Any]) -> str:
    present = {k: v for k, v in values.items() if v is not None and v is not False}
    return f" {_json_structure(present)}" if present else ""


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


class _Writer:
    """Writes a map as Argdown, using what ``meta["argdown"]`` kept at import."""

    def __init__(self, argument_map: ArgumentMap) -> None:
        self.map = m = argument_map
        raw = m.meta.get(META_KEY)
        self.meta: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
        titles = self.meta.get("titles")
        self.titles: Mapping[str, str] = titles if isinstance(titles, Mapping) else {}
        self.arguments = {a.key: a for a in m.arguments}
        self.unstated = set(self._list("unstated"))
        self.relation_arguments = set(self._list("relation_arguments"))
        self.steps = self._mapping("steps")  # step key -> main key
        self.parts = self._mapping("parts")  # part key -> main key
        self.outgoing: dict[str, list[str]] = {}
        self.undercuts: dict[str, list[str]] = {}  # argument key -> "<_ attacker" lines
        opposition = {o.opposition for o in m.objections if o.opposition is not None}
        mode = self.meta.get("mode")
        self.strict = mode == "strict" or (mode is None and Opposition.CONTRARY in opposition)

    def _list(self, name: str) -> list[Any]:
        value = self.meta.get(name)
        return list(value) if isinstance(value, list | tuple) else []

    def _mapping(self, name: str) -> dict[str, str]:
        value = self.meta.get(name)
        if not isinstance(value, Mapping):
            return {}
        return {k: v for k, v in value.items() if k in self.arguments and v in self.arguments}

    def statement_title(self, key: str) -> str:
        title = self.titles.get(key)
        return title if isinstance(title, str) and _safe_title(title, "]") else key

    def argument_title(self, key: str) -> str:
        title = self.titles.get(key)
        if isinstance(title, str) and _safe_title(title, ">"):
            return title
        return argument_title(key)

    def ref(self, key: str) -> str:
        if key in self.arguments:
            return f"<{self.argument_title(self.steps.get(key, self.parts.get(key, key)))}>"
        return f"[{self.statement_title(key)}]"

    def collect(self) -> None:
        m = self.map
        for argument in m.arguments:
            if argument.key in self.relation_arguments and len(argument.premises) == 1:
                self.outgoing.setdefault(argument.premises[0], []).append(
                    f"  +> {self.ref(argument.conclusion)}"
                )
        for objection in m.objections:
            if objection.attacker is None:
                continue
            target, attacker = objection.target, objection.attacker
            if objection.kind is ObjectionKind.UNDERCUT and self._reconstructed(target):
                self.undercuts.setdefault(target, []).append(f"  <_ {self.ref(attacker)}")
                continue
            if objection.kind is ObjectionKind.UNDERCUT:
                arrow = "_>"
            elif objection.opposition is Opposition.CONTRADICTORY:
                arrow = "><"
            else:
                arrow = "->"
            self.outgoing.setdefault(attacker, []).append(f"  {arrow} {self.ref(target)}")

    def _reconstructed(self, key: str) -> bool:
        argument = self.arguments.get(key)
        return (
            argument is not None and not argument.is_sketched and key not in self.relation_arguments
        )

    def front(self) -> str:
        m = self.map
        front: dict[str, Any] = {}
        kept = self.meta.get("front_matter")
        if isinstance(kept, Mapping):
            front.update(_thawed(kept))
        front["title"] = m.title
        if m.description is not None:
            front["description"] = m.description
        if self.strict:
            model = front.get("model")
            front["model"] = {**(model if isinstance(model, dict) else {}), "mode": "strict"}
        lines = [f"{k}: {_json_structure(v)}" for k, v in front.items()]
        return "===\n" + "\n".join(lines) + "\n==="

    def statement(self, element: Claim | Evidence) -> str:
        implicit = getattr(element, "implicit", False)
        data = {"implicit": implicit, "note": element.note}
        extra = self._extra_data(element.key)
        line = f"[{self.statement_title(element.key)}]: {escape(element.text)}" + _data(
            {**extra, **data}
        )
        return "\n".join([line, *self.outgoing.get(element.key, [])])

    def _extra_data(self, key: str) -> dict[str, Any]:
        data = self.meta.get("data")
        found = data.get(key) if isinstance(data, Mapping) else None
        return _thawed(found) if isinstance(found, Mapping) else {}

    def argument(self, argument: Argument) -> list[str]:
        key = argument.key
        title = self.argument_title(key)
        head = f"<{title}>"
        if argument.text is not None:
            head += f": {escape(argument.text)}"
        renamed = key if title != key and self.titles.get(key) != title else None
        label = argument.label if argument.label != title else None
        data = {
            **self._extra_data(key),
            "key": renamed,
            "label": label,
            "weight": argument.weight,
            "note": argument.note,
            "reconstructed": True if argument.reconstructed else None,
        }
        head += _data(data)
        parts = [p for p, main in self.parts.items() if main == key]
        if argument.is_sketched:
            lines = [head]
            for piece in [argument, *(self.arguments[p] for p in parts)]:
                if piece.conclusion not in self.unstated:
                    lines.append(f"  +> {self.ref(piece.conclusion)}")
            lines += self.outgoing.get(key, [])
            return ["\n".join(lines)]
        blocks = [head, self.pcs(argument)]
        if key in self.outgoing:
            blocks.append("\n".join([f"<{title}>", *self.outgoing[key]]))
        return blocks

    def pcs(self, main: Argument) -> str:
        chain = [self.arguments[s] for s, owner in self.steps.items() if owner == main.key]
        chain.append(main)
        numbers: dict[str, int] = {}
        count, last_conclusion = 0, 0
        lines: list[str] = []
        for step in chain:
            for premise in step.premises:
                if premise not in numbers:
                    count += 1
                    numbers[premise] = count
                    lines.append(f"({count}) {self.ref(premise)}")
            uses = [numbers[p] for p in step.premises]
            # Argdown's default step: every statement since the last conclusion.
            default = list(range(max(last_conclusion, 1), count + 1))
            rule = "" if step.scheme is None else f" {escape(step.scheme)}"
            data = "" if uses == default else _data({"uses": uses})
            lines.append(f"--{rule}{data} --" if rule or data else "----")
            lines += self.undercuts.get(step.key, [])
            count += 1
            numbers[step.conclusion] = last_conclusion = count
            lines.append(f"({count}) {self.ref(step.conclusion)}")
        return "\n".join(lines)

    def run(self) -> str:
        self.collect()
        m = self.map
        blocks: dict[str | None, list[str]] = {}
        section_of = self.meta.get("section_of")
        section_of = section_of if isinstance(section_of, Mapping) else {}

        def place(key: str, *texts: str) -> None:
            section = section_of.get(key)
            blocks.setdefault(section if isinstance(section, str) else None, []).extend(texts)

        statements: list[Claim | Evidence] = [*m.claims, *m.evidence]
        for element in statements:
            if element.key not in self.unstated:
                place(element.key, self.statement(element))
        for objection in m.objections:
            if objection.attacker is None:
                question = objection.text or (objection.quote.text if objection.quote else "?")
                line = f"[{objection.key}]: {escape(question)}" + _data({"argmap": _CHALLENGE})
                arrow = "->"
                place(objection.key, "\n".join([line, f"  {arrow} {self.ref(objection.target)}"]))
        for argument in m.arguments:
            key = argument.key
            if key in self.relation_arguments or key in self.steps or key in self.parts:
                continue
            place(key, *self.argument(argument))
        for relation in self._list("unmapped"):
            text = self.unmapped(relation)
            if text is not None:
                blocks.setdefault(None, []).append(text)
        out = [self.front()]
        if not self.meta:  # a map made in argmap: its title heads the document
            out.append(f"# {escape(m.title)}")
        out += blocks.pop(None, [])
        for section in self._list("sections"):
            if not isinstance(section, Mapping):
                continue
            given = section.get("level")
            level = given if isinstance(given, int) else 1
            heading = (
                "#" * max(1, min(int(level), 6))
                + " "
                + escape(str(section.get("title") or "Section"))
            )
            data = section.get("data")
            if isinstance(data, Mapping):
                heading += " " + _json_structure(_thawed(data))
            out.append(heading)
            out += blocks.pop(str(section.get("id")), [])
        for rest in blocks.values():  # sections the meta no longer lists
            out += rest
        return "\n\n".join(out) + "\n"

    def unmapped(self, relation: Any) -> str | None:
        if not isinstance(relation, Mapping):
            return None
        kind = relation.get("relationType")
        source, target = relation.get("from"), relation.get("to")
        if not isinstance(source, str) or not isinstance(target, str):
            return None
        arrows = {"support": "+>", "entails": "+>", "attack": "->", "contrary": "->",
                  "contradictory": "><", "undercut": "_>"}  # fmt: skip
        if kind not in arrows:
            return None

        def end(title: str, kind: object) -> str:
            return f"<{title}>" if kind in ("argument", "inference") else f"[{title}]"

        return f"{end(source, relation.get('fromType'))}\n  {arrows[kind]} {end(target, relation.get('toType'))}"


def _safe_title(title: str, closing: str) -> bool:
    return (
        bool(title.strip())
        and closing not in title
        and not _LINE_BREAKS.search(title)
        and title == title.strip()
    )


def _thawed(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _thawed(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_thawed(v) for v in value]
    return value


def dumps(argument_map: ArgumentMap) -> str:
    """``argument_map`` as Argdown text (deterministic, ending in a newline).

    Parameters
    ----------
    argument_map:
        Any map.

    Returns
    -------
    str
        Argdown that the official parser reads without error, and that :func:`loads`
        reads back to the same claims, arguments and objections.
    """
    return _Writer(argument_map).run()


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
    >>> load(path).claims[0].text
    'A claim.'
    """
    write_output(path, dumps(argument_map))


# --- import --------------------------------------------------------------------------------


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


def _canonical(members: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The member whose text stands for the whole: Argdown's canonical member (the last
    one that is not a reference, unless one says ``isCanonical``)."""
    found: dict[str, Any] | None = None
    for member in reversed(members):
        if member.get("isReference") or "pcsLine" in member:
            continue
        data = member.get("data")
        if isinstance(data, dict) and data.get("isCanonical") is True:
            found = member
            break
        if found is None:
            found = member
    return found


def _text_of_entry(members: list[dict[str, Any]]) -> str | None:
    member = _canonical(members)
    text = member.get("text") if member is not None else None
    if isinstance(text, str) and text.strip():
        return text.strip()
    return None


def _line_of(entry: object) -> float:
    """Where an entry is defined in the file: its first non-reference member with text,
    or an argument's premise-conclusion structure (the JSON export lists entries in
    order of first mention, and a relation may mention one before its definition)."""
    if not isinstance(entry, dict):
        return float("inf")
    members = entry.get("members")
    lines = [
        m["startLine"]
        for m in (members if isinstance(members, list) else [])
        if isinstance(m, dict)
        and isinstance(m.get("startLine"), int)
        and (("pcs" in m) or (isinstance(m.get("text"), str) and m["text"].strip()))
    ]
    pcs_line = entry.get("pcsLine")
    if isinstance(pcs_line, int):
        lines.append(pcs_line)
    return min(lines, default=float("inf"))


def _in_file_order(entries: dict[str, Any]) -> list[tuple[str, Any]]:
    items = list(entries.items())
    return [item for _, item in sorted(enumerate(items), key=lambda p: (_line_of(p[1][1]), p[0]))]


def _entry_data(entry: Mapping[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    """An entry's data: the merged data the export gives it, else its members'."""
    data = entry.get("data")
    return data if isinstance(data, dict) else _data_of(members)


def _hashable(value: object) -> object:
    return value if isinstance(value, str | int | float | bool | None) else repr(value)


def _number(value: object) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return None


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


_OWN_DATA = frozenset({"implicit", "reconstructed", "note", "key", "label", "weight", "argmap"})


class _Importer:
    """Maps Argdown's model (as ``argdown json`` writes it) onto argmap's elements."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.reader = _Reader()
        self.keys = Keys()
        self.statement_key: dict[str, str] = {}
        self.argument_key: dict[str, str] = {}
        self.titles: dict[str, str] = {}
        self.claims: list[Claim] = []
        self.challenges: dict[str, str] = {}  # statement key -> question
        self.arguments: list[Argument] = []
        self.steps: dict[str, list[str]] = {}  # argdown title -> argmap keys by pcs index
        self.step_of: dict[str, str] = {}  # step key -> main key
        self.sketched: dict[str, dict[str, Any]] = {}  # title -> what is known of it
        self.parts: dict[str, str] = {}
        self.unstated: list[str] = []
        self.relation_arguments: list[str] = []
        self.objections: list[Objection] = []
        self.unmapped: list[dict[str, Any]] = []
        self.extra_data: dict[str, Any] = {}
        self.section_of: dict[str, str] = {}
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
        pending: list[tuple[dict[str, Any], str]] = []
        said: set[tuple[Any, ...]] = set()
        for i, relation in enumerate(self.relations):
            if isinstance(relation, dict):
                # A relation given twice is one relation, as Argdown itself reads it.
                ends = ("relationType", "from", "fromType", "to", "toType", "conclusionIndex")
                identity = tuple(_hashable(relation.get(k)) for k in ends)
                if identity in said:
                    continue
                said.add(identity)
            if self._sketched_support(relation):
                continue
            pending.append((relation, f"/relations/{i}"))
        self._finish_sketched()
        self._premises = {p for a in self.arguments for p in a.premises}
        self._conclusions = {a.conclusion for a in self.arguments}
        for relation, where in pending:
            self._relation(relation, where)

    def _keep(self, key: str, entry: Mapping[str, Any], data: Mapping[str, Any]) -> None:
        extra = {k: v for k, v in data.items() if k not in _OWN_DATA}
        if extra:
            self.extra_data[key] = extra
        section = entry.get("section")
        if isinstance(section, str):
            self.section_of[key] = section

    def _statement(self, title: str, entry: object) -> None:
        where = f"/statements/{_escape_pointer(title)}"
        if not isinstance(entry, dict):
            self.reader.problem(where, f"expected a statement object, got {_describe(entry)}")
            return
        if not title.strip():
            self.reader.problem(where, "a statement needs a non-blank title")
            return
        members = self.reader.members(entry, where)
        text = _text_of_entry(members) or title
        data = _entry_data(entry, members)
        key = self.keys.for_name(title, fallback="statement")
        self.statement_key[title] = key
        if key != title:
            self.titles[key] = title
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
        self._keep(key, entry, data)

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
        data = _entry_data(entry, members)
        wanted = data.get("key")
        if isinstance(wanted, str) and KEY_RE.match(wanted) and self.keys.reserve(wanted):
            key = wanted
        else:
            key = self.keys.for_name(title, fallback="argument")
        self.argument_key[title] = key
        if key != title:
            self.titles[key] = title
        self._keep(key, entry, data)
        text = _text_of_entry(members)
        # The title is what Argdown shows on the argument's node: it is the label.
        label = _string(data.get("label")) or (title if wanted != key else None)
        fields = {
            "weight": _number(data.get("weight")),
            "label": label,
            "note": _string(data.get("note")),
            "text": text,
            "reconstructed": data.get("reconstructed") is True,
        }
        if not pcs:
            self.sketched[title] = {"key": key, "fields": fields, "where": where, "conclusions": []}
            return
        self._reconstructed(title, key, pcs, fields, where)

    def _reconstructed(
        self, title: str, key: str, pcs: list[dict[str, Any]], fields: dict[str, Any], where: str
    ) -> None:
        titles: list[str] = []
        for i, statement in enumerate(pcs):
            statement_title = statement.get("title")
            if not isinstance(statement_title, str) or statement_title not in self.statement_key:
                self.reader.problem(
                    f"{where}/pcs/{i}/title",
                    f"names no statement of the export: {_describe(statement_title)}",
                )
                return
            titles.append(self.statement_key[statement_title])
        conclusions = [i for i, s in enumerate(pcs) if isinstance(s.get("inference"), dict)]
        if not conclusions or conclusions[-1] != len(pcs) - 1:
            self.unmapped.append(
                {"argument": title, "reason": "its last statement is not a conclusion"}
            )
            return
        steps: list[Argument] = []
        keys_by_index: dict[int, str] = {}
        previous = -1
        for n, index in enumerate(conclusions):
            inference = pcs[index]["inference"]
            uses = _uses(inference, pcs[index])
            if uses is None:
                start = max(previous, 0)
                premise_indices = list(range(start, index))
            else:
                premise_indices = [u - 1 for u in uses if isinstance(u, int) and 0 < u <= len(pcs)]
            premises = tuple(dict.fromkeys(titles[i] for i in premise_indices))
            rules = inference.get("inferenceRules")
            scheme = (
                ", ".join(r for r in rules if isinstance(r, str) and r)
                if isinstance(rules, list)
                else ""
            )
            is_main = n == len(conclusions) - 1
            step_key = key if is_main else self.keys.fresh(f"{key}.step{n + 1}")
            try:
                steps.append(
                    Argument(
                        step_key,
                        premises,
                        titles[index],
                        scheme=scheme or None,
                        **(fields if is_main else {}),
                    )
                )
            except ArgmapError as error:
                self.reader.problem(f"{where}/pcs/{index}", str(error))
                return
            keys_by_index[index] = step_key
            if not is_main:
                self.step_of[step_key] = key
            previous = index
        self.arguments.extend(steps)
        self.steps[title] = [keys_by_index.get(i, key) for i in range(len(pcs))]

    def _sketched_support(self, relation: object) -> bool:
        """Note a sketched argument's support of a statement: it gives the conclusion."""
        if not isinstance(relation, dict) or relation.get("relationType") not in (
            "support",
            "entails",
        ):
            return False
        source, target = relation.get("from"), relation.get("to")
        if relation.get("fromType") != "argument" or relation.get("toType") != "equivalence-class":
            return False
        sketch = self.sketched.get(source) if isinstance(source, str) else None
        if sketch is None or not isinstance(target, str) or target not in self.statement_key:
            return False
        sketch["conclusions"].append(self.statement_key[target])
        return True

    def _finish_sketched(self) -> None:
        for title, sketch in self.sketched.items():
            key, fields = sketch["key"], dict(sketch["fields"])
            if fields["text"] is None:
                fields["text"] = title
            conclusions = [
                c for c in dict.fromkeys(sketch["conclusions"]) if c not in self.challenges
            ]
            if not conclusions:
                unstated = self.keys.fresh(f"{key}.conclusion")
                self.claims.append(
                    Claim(
                        unstated,
                        f"The conclusion of <{title}>",
                        implicit=True,
                        note="Argdown leaves the conclusion of this sketched argument unstated.",
                    )
                )
                self.unstated.append(unstated)
                conclusions = [unstated]
            for n, conclusion in enumerate(conclusions):
                part = key if n == 0 else self.keys.fresh(f"{key}.{n + 1}")
                try:
                    self.arguments.append(Argument(part, (), conclusion, **fields))
                except ArgmapError as error:
                    self.reader.problem(sketch["where"], str(error))
                    break
                if n:
                    self.parts[part] = key
            self.steps[title] = [key]

    def _end(self, relation: Mapping[str, Any], side: str) -> tuple[str, str] | None:
        """The argmap key and kind ("claim", "challenge", "argument") at one end."""
        title, kind = relation.get(side), relation.get(f"{side}Type")
        if not isinstance(title, str):
            return None
        if kind == "equivalence-class":
            key = self.statement_key.get(title)
            if key is None:
                return None
            return key, ("challenge" if key in self.challenges else "claim")
        if kind == "argument" and title in self.steps:
            return self.argument_key[title], "argument"
        if kind == "inference" and title in self.steps:
            index = relation.get("conclusionIndex")
            steps = self.steps[title]
            key = steps[index] if isinstance(index, int) and 0 <= index < len(steps) else steps[-1]
            return key, "argument"
        return None

    def _relation(self, relation: object, where: str) -> None:
        if not isinstance(relation, dict):
            self.reader.problem(where, f"expected a relation object, got {_describe(relation)}")
            return
        kind = relation.get("relationType")
        source, target = self._end(relation, "from"), self._end(relation, "to")
        if source is None or target is None:
            self.unmapped.append(
                {**relation, "reason": "it names no statement or argument of the map"}
            )
            return
        if kind in ("support", "entails"):
            if not self._support(source, target):
                self.unmapped.append(
                    {**relation, "reason": "argmap has no element for this support"}
                )
            return
        made = self._objection(kind, source, target)
        if made is None:
            self.unmapped.append({**relation, "reason": "argmap has no element for this relation"})
            return
        try:
            self.objections.append(made())
        except ArgmapError as error:
            self.unmapped.append({**relation, "reason": str(error)})

    def _objection(self, kind: object, source: tuple[str, str], target: tuple[str, str]) -> Any:
        (attacker, attacker_kind), (target_key, target_kind) = source, target
        if attacker_kind == "challenge":
            if kind not in ("attack", "undercut", "contrary", "contradictory"):
                return None
            question = self.challenges[attacker]
            return lambda: Objection(attacker, ObjectionKind.CHALLENGE, target_key, text=question)
        if target_kind == "challenge":
            return None
        opposition = {
            "contrary": Opposition.CONTRARY,
            "contradictory": Opposition.CONTRADICTORY,
        }.get(kind if isinstance(kind, str) else "")
        if kind == "undercut" and target_kind == "argument":
            chosen = ObjectionKind.UNDERCUT
            opposition = None
        elif kind in ("attack", "contrary", "contradictory") and target_kind == "claim":
            chosen = (
                ObjectionKind.UNDERMINE if self._only_a_premise(target_key) else ObjectionKind.REBUT
            )
            if attacker_kind == "argument":
                opposition = None
        elif kind == "attack" and target_kind == "argument":
            chosen = ObjectionKind.CHALLENGE
        else:
            return None
        key = self.keys.fresh(f"{chosen.value}.{attacker}.{target_key}")
        return lambda: Objection(key, chosen, target_key, attacker=attacker, opposition=opposition)

    def _support(self, source: tuple[str, str], target: tuple[str, str]) -> bool:
        (premise, premise_kind), (conclusion, conclusion_kind) = source, target
        if premise_kind == "argument" and conclusion_kind == "claim":
            # Argdown repeats an argument's own conclusion as a support relation.
            return self._conclusion_of.get(premise) == conclusion
        if premise_kind != "claim" or conclusion_kind != "claim" or premise == conclusion:
            return False
        key = self.keys.fresh(f"support.{premise}.{conclusion}")
        self.arguments.append(Argument(key, (premise,), conclusion))
        self.relation_arguments.append(key)
        return True

    def _only_a_premise(self, key: str) -> bool:
        return key in self._premises and key not in self._conclusions

    def meta(self, extra: Mapping[str, Any]) -> dict[str, Any]:
        meta: dict[str, Any] = dict(extra)
        meta.update(
            {
                "titles": self.titles,
                "data": self.extra_data,
                "section_of": self.section_of,
                "relation_arguments": self.relation_arguments,
                "steps": self.step_of,
                "parts": self.parts,
                "unstated": self.unstated,
                "unmapped": self.unmapped,
            }
        )
        return {k: v for k, v in meta.items() if v}


def _uses(inference: Mapping[str, Any], conclusion: Mapping[str, Any]) -> list[Any] | None:
    """The statement numbers an inference step uses, if ``{uses: [...]}`` says so
    (on the inference or on its conclusion), as Argdown reads them."""
    data = inference.get("data")
    own = conclusion.get("data")
    for holder, name in ((data, "uses"), (own, "uses"), (data, "from")):
        if isinstance(holder, dict) and isinstance(holder.get(name), list):
            return list(holder[name])
    return None


def map_from_model(data: object, *, title: str | None = None, what: str = _WHAT) -> ArgumentMap:
    """The map of an Argdown data model (the JSON export's shape, or the native reader's);
    shared by :mod:`argmap.formats.argdown_json`."""
    if not isinstance(data, dict):
        raise InvalidDocumentError(
            what, [Problem("", f"expected a JSON object, got {_describe(data)}")]
        )
    importer = _Importer(data)
    if not importer.reader.problems:
        importer.run()
    if importer.reader.problems:
        raise InvalidDocumentError(what, importer.reader.problems)
    front = data.get("frontMatter")
    front = front if isinstance(front, dict) else {}
    extra: dict[str, Any] = {}
    kept_front = {k: v for k, v in front.items() if k not in ("title", "description")}
    if kept_front:
        extra["front_matter"] = kept_front
    model = front.get("model")
    if isinstance(model, dict) and model.get("mode") in ("strict", "loose"):
        extra["mode"] = model["mode"]
    elif "statements" in data and "frontMatter" in data:
        extra["mode"] = "loose"
    sections = data.get("sections")
    if isinstance(sections, list) and sections:
        extra["sections"] = sections
    doc_title = front.get("title")
    doc_title = doc_title.strip() if isinstance(doc_title, str) and doc_title.strip() else None
    description = front.get("description")
    try:
        return ArgumentMap(
            doc_title or (title if title is not None and title.strip() else "Argdown map"),
            description=description
            if isinstance(description, str) and description.strip()
            else None,
            claims=importer.claims,
            arguments=importer.arguments,
            objections=importer.objections,
            meta={META_KEY: importer.meta(extra)} if importer.meta(extra) else {},
        )
    except ArgmapError as error:
        raise InvalidDocumentError(
            what, [Problem("", f"does not make a valid map: {error}")]
        ) from None


def _deprecated(name: str, replacement: str) -> None:
    warnings.warn(
        f"argmap.formats.argdown.{name} is deprecated; use {replacement}",
        DeprecationWarning,
        stacklevel=3,
    )


def from_json_data(data: object, *, title: str | None = None) -> ArgumentMap:
    """Deprecated alias of :func:`argmap.formats.argdown_json.from_data`."""
    _deprecated("from_json_data", "argmap.formats.argdown_json.from_data")
    check_depth(data)
    return map_from_model(data, title=title)


def loads_json(text: str | bytes, *, title: str | None = None) -> ArgumentMap:
    """Deprecated alias of :func:`argmap.formats.argdown_json.loads`."""
    _deprecated("loads_json", "argmap.formats.argdown_json.loads")
    return map_from_model(parse_json(text, what=_WHAT), title=title)


def load_json(path: str | os.PathLike[str]) -> ArgumentMap:
    """Deprecated alias of :func:`argmap.formats.argdown_json.load`."""
    _deprecated("load_json", "argmap.formats.argdown_json.load")
    from argmap.formats import argdown_json

    return argdown_json.load(path)


# --- Argdown text ---------------------------------------------------------------------------


def _expand_includes(text: str, path: Path | None) -> str:
    """``text`` with each ``@include(file)`` replaced by that file, as the official
    command line does -- but only files inside the including file's folder (or below it)
    are read, each once, and the whole stays within the size cap."""
    if "@include(" not in text:
        return text
    if path is None:
        raise FormatError("@include needs the document's file; got text without a path")
    root = path.resolve().parent
    included: set[Path] = set()
    total = [len(text.encode("utf-8", "surrogatepass"))]

    def expand(body: str, folder: Path) -> str:
        out: list[str] = []
        position = 0
        for match in _INCLUDE.finditer(body):
            out.append(body[position : match.start()])
            position = match.end()
            name = match.group(1).strip()
            target = (folder / name).resolve()
            if not target.is_relative_to(root):
                msg = f"@include({name}) reaches outside the document's folder {str(root)!r}"
                raise FormatError(msg)
            if target in included:
                out.append(f"<!-- Include failed: File '{target}' already included. -->")
                continue
            if len(included) >= _MAX_INCLUDES:
                raise LimitExceededError(f"more than {_MAX_INCLUDES} files are included")
            included.add(target)
            data = read_bytes(target, limit=MAX_BYTES)
            total[0] += len(data)
            if total[0] > MAX_BYTES:
                msg = f"the document and its includes are over {MAX_BYTES} bytes; the limit is {MAX_BYTES} bytes"
                raise LimitExceededError(msg)
            out.append(expand(decode_text(data, what=str(target)), target.parent))
        out.append(body[position:])
        return "".join(out)

    return expand(text, root)


def loads(
    text: str | bytes, *, title: str | None = None, path: str | os.PathLike[str] | None = None
) -> ArgumentMap:
    """The map of Argdown ``text``, read as the official parser reads it.

    Parameters
    ----------
    text:
        Argdown, as ``str`` or UTF-8 bytes.
    title:
        The map's title when the front matter names none.
    path:
        The document's file, which ``@include(...)`` paths are relative to.

    Raises
    ------
    FormatError
        If the text is not valid Argdown (``line N column M``), its data is not valid
        YAML, or an ``@include`` reaches outside the document's folder.
    InvalidDocumentError
        If what it says does not make a valid map.
    """
    if isinstance(text, bytes):
        text = decode_text(text, what="Argdown text")
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES:
        msg = f"the Argdown text is {size} bytes; the limit is {MAX_BYTES} bytes"
        raise LimitExceededError(msg)

    text = _expand_includes(text, None if path is None else Path(path))
    model = _argdown_syntax.parse(text)
    return map_from_model(model, title=title, what="Argdown")


def load(path: str | os.PathLike[str]) -> ArgumentMap:
    """The map of the Argdown file at ``path``; errors name the file, line and column."""
    return read_file(path, FORMAT)


def _load(source: Input) -> ArgumentMap:
    return loads(source.data, title=source.title, path=source.path)


FORMAT = Format(
    "argdown",
    "Argdown",
    (".argdown", ".ad"),
    "Argdown text, read natively (as `argdown` 1.7 reads it)",
    load=_load,
    dump=lambda argument_map, _target: dumps(argument_map),
)
"""Argdown text in the format registry."""
