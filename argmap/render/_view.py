"""Focused views: which elements are within some relations of a chosen few."""

from __future__ import annotations

from collections.abc import Iterable

from argmap._suggest import hint
from argmap.errors import UnknownKeyError, WrongKindError
from argmap.map import ArgumentMap, kind_name
from argmap.model import Argument, Claim, Evidence, Objection, Party, Source
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
            msg = f"focus key {key!r} is not in map {argument_map.title!r}{hint(key, argument_map.keys)}"
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
    only part in the map is to be a premise (and which is not a focus key) is folded: not
    drawn, but counted on each argument it is a premise of. With ``fold_premises`` every premise is folded likewise
    unless it is more than a premise: a focus key, the conclusion of an argument drawn,
    an end of an objection drawn, or the answer to a critical question of an argument
    drawn.
    """

    def __init__(
        self,
        argument_map: ArgumentMap,
        visible: frozenset[str] | None,
        *,
        overview: bool,
        focused: bool,
        fold_premises: bool = False,
        focus: Iterable[str] = (),
    ) -> None:
        self.map = argument_map
        self.focused = focused
        keys = set(argument_map.keys) if visible is None else set(visible)
        folded: set[str] = set()
        if overview:
            related = set()
            for objection in argument_map.objections:
                related.add(objection.target)
                if objection.attacker is not None:
                    related.add(objection.attacker)
            for argument in argument_map.arguments:
                related.update(a.by for a in argument.answers if a.by is not None)
            # A focus key is drawn: the user asked for it by name.
            related.update(focus)
            folded = {e.key for e in argument_map.evidence if e.key not in related}
        if fold_premises:
            folded |= _bare_premises(argument_map, keys, set(focus))
        self.visible = frozenset(keys - folded)
        self.folded = frozenset(folded & keys)

    def shown(self, key: str) -> bool:
        return key in self.visible

    def folded_into(self, argument: str) -> str:
        """What is folded into ``argument``, counted, e.g. ``"evidence: 2 quotes"`` or
        ``"premises: 1 claim, 2 reconstructed; evidence: 1 exhibit"``."""
        element = self.map[argument]
        if not self.folded or not isinstance(element, Argument):
            return ""
        counts = dict.fromkeys(("claim", "reconstructed", "quote", "exhibit"), 0)
        for premise in element.premises:
            if premise not in self.folded:
                continue
            item = self.map[premise]
            if isinstance(item, Evidence):
                counts["exhibit" if item.is_exhibit else "quote"] += 1
            elif isinstance(item, Claim):
                counts["reconstructed" if item.implicit else "claim"] += 1
        claims = [f"{counts['claim']} claim{'' if counts['claim'] == 1 else 's'}"]
        claims = claims if counts["claim"] else []
        if counts["reconstructed"]:
            claims.append(f"{counts['reconstructed']} reconstructed")
        evidence = [
            f"{n} {kind}{'' if n == 1 else 's'}"
            for kind, n in (("quote", counts["quote"]), ("exhibit", counts["exhibit"]))
            if n
        ]
        parts = []
        if claims:
            parts.append(f"premises: {', '.join(claims)}")
        if evidence:
            parts.append(f"evidence: {', '.join(evidence)}")
        return "; ".join(parts)

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


def _bare_premises(argument_map: ArgumentMap, keys: set[str], focus: set[str]) -> set[str]:
    """The premises among ``keys`` that are nothing more in the view: not in ``focus``, not
    the conclusion of an argument drawn, not an end of an objection drawn, not the answer
    to a question of an argument drawn."""
    kept = set(focus)
    premises: set[str] = set()
    for argument in argument_map.arguments:
        if argument.key in keys:
            premises.update(argument.premises)
            kept.add(argument.conclusion)
            kept.update(a.by for a in argument.answers if a.by is not None)
    for objection in argument_map.objections:
        if objection.key in keys:
            kept.add(objection.target)
            if objection.attacker is not None:
                kept.add(objection.attacker)
    return (premises & keys) - kept


def make_view(argument_map: ArgumentMap, options: RenderOptions) -> View:
    """The :class:`View` that ``options`` ask for (focus, depth, overview, folding)."""
    visible = neighbourhood(argument_map, options.focus, options.depth) if options.focus else None
    return View(
        argument_map,
        visible,
        overview=options.overview,
        focused=bool(options.focus),
        fold_premises=options.fold_premises,
        focus=options.focus,
    )
