"""From an argument map to an abstract argumentation framework: the first translation.

This is deliberately the simplest faithful reading of a map as a Dung framework; the
claim-evaluation work refines it (supports, burdens of proof, standards).

The rules:

* every **claim**, **evidence** item and **argument** of the map becomes an argument
  of the framework, named by its key, in map order (claims, then evidence, then
  arguments);
* a **rebut** or an **undermine** is an attack from its attacker (a claim, evidence or
  argument) on the claim it targets;
* an **undercut** is an attack from its attacker on the argument node it targets;
* a **challenge** with an attacker attacks its target like a rebut; a bare challenge
  (a question with no attacker) is left out: a Dung framework cannot express a
  shift of the burden of proof;
* **support is ignored**: an argument's premises and conclusion add no attacks, and
  attacking a premise does not by itself attack the arguments that use it.

Parties, sources and quotes play no part.

>>> from argmap import MapBuilder
>>> from argmap.semantics.translate import framework_from_map
>>> b = MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> rich = b.claim("rich", "Tea is rich in antioxidants.")
>>> arg = b.argument("a1", [rich], tea)
>>> doubt = b.claim("doubt", "Antioxidant levels are too low to matter.")
>>> _ = b.undercut(doubt, arg)
>>> af = framework_from_map(b.build())
>>> af.arguments
('tea', 'rich', 'doubt', 'a1')
>>> af.attacks
(('doubt', 'a1'),)
"""

from __future__ import annotations

from argmap.map import ArgumentMap
from argmap.semantics.framework import ArgumentationFramework

__all__ = ["framework_from_map"]


def framework_from_map(argument_map: ArgumentMap) -> ArgumentationFramework:
    """The Dung framework of a map under the first translation (see the module docs).

    Parameters
    ----------
    argument_map:
        The map to translate.

    Returns
    -------
    ArgumentationFramework
        Arguments named by the keys of the map's claims, evidence and arguments;
        attacks from its rebuts, undermines, undercuts and challenges with attackers.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> b = MapBuilder("Rain")
    >>> wet = b.claim("wet", "The street is wet.")
    >>> photo = b.source("photo", "A photo of the street")
    >>> dry = b.evidence("dry", "The photo shows a dry street.", source=photo)
    >>> _ = b.rebut(dry, wet)
    >>> framework_from_map(b.build()).attacks
    (('dry', 'wet'),)

    References
    ----------
    Dung, P. M. (1995). *Artificial Intelligence* 77(2), 321-357.
    doi:10.1016/0004-3702(94)00041-X
    """
    names = [
        *(c.key for c in argument_map.claims),
        *(e.key for e in argument_map.evidence),
        *(a.key for a in argument_map.arguments),
    ]
    attacks: list[tuple[str, str]] = []
    for objection in argument_map.objections:
        if objection.attacker is None:
            continue  # a bare challenge: a question, not an attack
        attacks.append((objection.attacker, objection.target))
    return ArgumentationFramework(names, attacks)
