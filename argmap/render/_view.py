"""Focused views: which elements are within some relations of a chosen few."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.errors import UnknownKeyError, WrongKindError
from argmap.map import ArgumentMap, kind_name
from argmap.model import Objection, Party, Source

__all__ = ["neighbourhood"]


def _relations(argument_map: ArgumentMap) -> list[tuple[str, ...]]:
    """Each relation as the keys it joins: an argument joins its premises and
    conclusion; an objection joins its attacker (if any) and its target."""
    relations: list[tuple[str, ...]] = []
    for argument in argument_map.arguments:
        relations.append((argument.key, *argument.premises, argument.conclusion))
    for objection in argument_map.objections:
        attacker = () if objection.attacker is None else (objection.attacker,)
        relations.append((objection.key, *attacker, objection.target))
    return relations


def neighbourhood(argument_map: ArgumentMap, focus: Iterable[str], depth: int) -> frozenset[str]:
    """Keys of the elements at most ``depth`` relations away from ``focus``.

    A relation is an argument (joining its premises, its inference and its conclusion)
    or an objection (joining its attacker or question and its target), so depth 1 from
    a claim shows the arguments for and from it with their premises, and the
    objections to it with their attackers. Every argument shown is shown whole: its
    premises and conclusion are always included, so no inference node dangles.

    Raises
    ------
    UnknownKeyError
        If a focus key is not in the map.
    WrongKindError
        If a focus key names a party or a source, which are not drawn as nodes.
    """
    relations = _relations(argument_map)
    reached: set[str] = set()
    for key in focus:
        if key not in argument_map:
            msg = f"focus key {key!r} is not in map {argument_map.title!r}"
            raise UnknownKeyError(msg)
        element = argument_map[key]
        if isinstance(element, Party | Source):
            msg = (
                f"focus key {key!r} is a {kind_name(element)}, which is not drawn; expected "
                "a claim, evidence, argument or objection"
            )
            raise WrongKindError(msg)
        reached.add(key)
        if isinstance(element, Objection):
            # An objection is itself a relation: focusing on it shows both its ends.
            for relation in relations:
                if relation[0] == key:
                    reached.update(relation)
    frontier = set(reached)
    for _ in range(depth):
        grown: set[str] = set()
        for relation in relations:
            if frontier.intersection(relation):
                grown.update(relation)
        frontier = grown - reached
        reached |= grown
        if not frontier:
            break
    for argument in argument_map.arguments:
        if argument.key in reached:
            reached.update(argument.premises)
            reached.add(argument.conclusion)
    return frozenset(reached)
