"""Safe YAML for untrusted documents (Carneades graphs, Argdown front matter and data).

* Safe loading only (no Python objects), and no aliases: ``*anchor`` expansion is how a
  few hundred bytes of YAML become gigabytes.
* YAML 1.2 scalars, as Argdown's js-yaml and most editors read them: ``yes``/``no``/
  ``on``/``off`` stay strings (a statement called ``no`` keeps its id), dates stay text.
* A key given twice in one mapping is an error naming the key and its line, not a
  silent "last one wins": in a hand-written document it is almost always a mistake that
  would otherwise drop data unnoticed.
* An integer with more digits than Python converts (over 4,300) is one clean error.
* libyaml's parser is used when PyYAML has it: the pure-Python one takes seconds for a
  few hundred kilobytes. Aliases are then refused by a first pass over the events.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from argmap.errors import FormatError

__all__ = ["SafeLoader", "load_yaml", "parse_yaml"]


def _alias_error(event: Any) -> FormatError:
    line = event.start_mark.line + 1
    return FormatError(f"YAML aliases (*{event.anchor}) are not accepted (line {line})")


class _UniqueKeys(yaml.constructor.SafeConstructor):
    """Refuses a mapping that gives a key twice."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key: the base class reports it
                break
            if duplicate:
                line = key_node.start_mark.line + 1
                msg = f"the key {key!r} is given twice in one mapping (line {line}); keys must be unique"
                raise FormatError(msg)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


class SafeLoader(_UniqueKeys, yaml.SafeLoader):
    """:class:`yaml.SafeLoader` without aliases, with YAML 1.2 booleans and unique keys."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise _alias_error(self.peek_event())  # type: ignore[no-untyped-call]
        return super().compose_node(parent, index)


_CBase: Any = getattr(yaml, "CSafeLoader", None)
_FastLoader: Any = None
if _CBase is not None:

    class _FastLoader(_UniqueKeys, _CBase):  # type: ignore[no-redef,misc]
        """libyaml's parser with :class:`SafeLoader`'s rules (aliases checked first)."""


_RESOLVERS = {
    key: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
    ]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _loader in (SafeLoader, _FastLoader):
    if _loader is not None:
        _loader.yaml_implicit_resolvers = {k: list(v) for k, v in _RESOLVERS.items()}
        _loader.add_implicit_resolver(
            "tag:yaml.org,2002:bool",
            re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
            list("tTfF"),
        )


def parse_yaml(text: str) -> Any:
    """``text`` as YAML by the rules above; raises what PyYAML and the rules raise."""
    if _FastLoader is None:
        return yaml.load(text, Loader=SafeLoader)
    for event in yaml.parse(text, Loader=_CBase):
        if isinstance(event, yaml.AliasEvent):
            raise _alias_error(event)
    return yaml.load(text, Loader=_FastLoader)


def load_yaml(text: str, *, what: str, where: str | None = None) -> Any:
    """Parse ``text`` with :class:`SafeLoader`; any failure is one :class:`FormatError`.

    ``where`` (e.g. ``"line 3 column 5"`` of the data in its file) is put in front of
    the location YAML reports within ``text``.

    >>> load_yaml("{uses: [1, 2], note: no}", what="data")
    {'uses': [1, 2], 'note': 'no'}
    >>> load_yaml("a: 1\\na: 2", what="data")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: the key 'a' is given twice in one mapping (line 2); keys must be unique
    """
    try:
        return yaml.load(text, Loader=SafeLoader)
    except FormatError as error:
        raise FormatError(str(error.args[0]), location=where) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        inner = f" (line {mark.line + 1} of it)" if mark is not None else ""
        msg = f"{what} is not valid YAML{inner}: {problem}"
        raise FormatError(msg, location=where) from None
    except RecursionError:
        raise FormatError(f"{what} is nested too deeply", location=where) from None
    except ValueError as error:  # e.g. an integer of more than 4,300 digits
        msg = f"{what} holds a value that cannot be read: {error}"
        raise FormatError(msg, location=where) from None
