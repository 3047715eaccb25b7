"""Focused views: which elements are within some relations of a chosen few."""

from __future__ import annotations

from collections.abc import Iterable

from argmap.errors import UnknownKeyError, WrongKindError
from argmap.map import ArgumentMap, kind_name
from argmap.model import Argument, Evidence, Objection, Party, Source
from argmap.render._options import RenderOptions

__all__ = ["View", "make_view", "neighbourhood"]


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
            raise UnknownKeyError(msg, field="focus", owner="RenderOptions", key=key)
        element = argument_map[key]
        if isinstance(element, Party | Source):
            msg = (
                f"focus key {key!r} is a {kind_name(element)}, which is not drawn; expected "
                "a claim, evidence, argument or objection"
            )
            raise WrongKindError(msg, field="focus", owner="RenderOptions", key=key)
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


class View:
    """What one rendering shows: the elements drawn, and what was folded or left out.

    ``visible`` is every drawn key (None: the whole map). In an overview, evidence whose
    only part in the map is to be a premise is folded: not drawn, but counted on each
    argument it is a premise of.
    """

    def __init__(
        self,
        argument_map: ArgumentMap,
        visible: frozenset[str] | None,
        *,
        overview: bool,
        focused: bool,
    ) -> None:
        self.map = argument_map
        self.focused = focused
        folded: set[str] = set()
        if overview:
            related = set()
            for objection in argument_map.objections:
                related.add(objection.target)
                if objection.attacker is not None:
                    related.add(objection.attacker)
            for argument in argument_map.arguments:
                related.update(a.by for a in argument.answers if a.by is not None)
            folded = {e.key for e in argument_map.evidence if e.key not in related}
        keys = set(argument_map.keys) if visible is None else set(visible)
        self.visible = frozenset(keys - folded)
        self.folded = frozenset(folded & keys)

    def shown(self, key: str) -> bool:
        return key in self.visible

    def folded_into(self, argument: str) -> str:
        """The evidence folded into ``argument``, counted, e.g. ``"evidence: 2 quotes"``."""
        element = self.map[argument]
        if not self.folded or not isinstance(element, Argument):
            return ""
        quotes = exhibits = 0
        for premise in element.premises:
            if premise in self.folded:
                evidence = self.map.get(premise, Evidence)
                if evidence.is_exhibit:
                    exhibits += 1
                else:
                    quotes += 1
        parts = []
        if quotes:
            parts.append(f"{quotes} quote{'' if quotes == 1 else 's'}")
        if exhibits:
            parts.append(f"{exhibits} exhibit{'' if exhibits == 1 else 's'}")
        return f"evidence: {', '.join(parts)}" if parts else ""

    def cut_off(self, key: str) -> tuple[int, int]:
        """In a focused view: how many objections to ``key`` and arguments for it are not
        drawn (0, 0 otherwise)."""
        if not self.focused or not self.shown(key):
            return 0, 0
        objections = 0
        for objection in self.map.objections_to(key):
            tail = objection.key if objection.attacker is None else objection.attacker
            if not (self.shown(objection.key) and self.shown(tail)):
                objections += 1
        arguments = sum(1 for a in self.map.arguments_for(key) if not self.shown(a.key))
        return objections, arguments


def make_view(argument_map: ArgumentMap, options: RenderOptions) -> View:
    """The :class:`View` that ``options`` ask for (focus, depth, overview)."""
    visible = neighbourhood(argument_map, options.focus, options.depth) if options.focus else None
    return View(argument_map, visible, overview=options.overview, focused=bool(options.focus))
