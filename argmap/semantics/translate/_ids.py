"""The id grammar of auxiliary nodes and statements, shared by every translation.

A map element's key never contains ``#`` or ``/`` (see :mod:`argmap.model`), so every
id the translations make up is told apart from a key at a glance, and names the element
it concerns first:

====================  =================================================================
id                    what it stands for
====================  =================================================================
``C#unsupported``     framework: claim ``C`` lacks the support it needs
``A#meets``           framework: argument ``A`` meets its conclusion's proof standard
                      against the rebuttals that still stand
``A#CQn``             framework: an unfavourable answer to critical question ``CQn`` of
                      argument ``A``, given without a claim; Carneades: the statement
                      that question asks about
``A#CQn#no``          Carneades: the answer "no" to assumption question ``CQn``
``A#CQn#yes``         Carneades: the argument from the claim answering ``CQn`` "yes"
``C#not``             Carneades: the rival position "not ``C``"
``C#issue``           Carneades: the issue of claim ``C``
``A#undercut``        Carneades: the undercutter of argument ``A``
``O#met``             Carneades: challenge ``O`` of an argument is met
``O#attacker``        Carneades: the attacking argument of objection ``O`` applies
``O/A``               Carneades: argument ``A`` copied as a ground of objection ``O``
====================  =================================================================

>>> from argmap.semantics.translate import element_key, unsupported_id
>>> unsupported_id("rain")
'rain#unsupported'
>>> element_key("obj.rebut#attacker/arg.x")
'obj.rebut'
"""

from __future__ import annotations

__all__ = [
    "answer_id",
    "attacker_stands_id",
    "element_key",
    "ground_id",
    "is_auxiliary",
    "issue_id",
    "meets_id",
    "met_id",
    "negation_id",
    "question_id",
    "undercut_id",
    "unsupported_id",
]

SEPARATOR = "#"
GROUND = "/"


def _aux(key: str, *parts: str) -> str:
    return SEPARATOR.join((key, *parts))


def unsupported_id(claim: str) -> str:
    """Framework node: ``claim`` lacks the support it needs."""
    return _aux(claim, "unsupported")


def meets_id(argument: str) -> str:
    """Framework node: ``argument`` meets its conclusion's proof standard."""
    return _aux(argument, "meets")


def answer_id(argument: str, question: str) -> str:
    """Framework node for an unfavourable answer to ``question`` given without a claim."""
    return _aux(argument, question)


def question_id(argument: str, question: str) -> str:
    """Carneades statement asked about by critical ``question`` of ``argument``."""
    return _aux(argument, question)


def negation_id(claim: str) -> str:
    """Carneades statement: the rival position "not ``claim``"."""
    return _aux(claim, "not")


def issue_id(claim: str) -> str:
    """Carneades issue of ``claim``."""
    return _aux(claim, "issue")


def undercut_id(argument: str) -> str:
    """Carneades statement: the undercutter of ``argument``."""
    return _aux(argument, "undercut")


def met_id(challenge: str) -> str:
    """Carneades statement: ``challenge`` (of an argument) is met."""
    return _aux(challenge, "met")


def attacker_stands_id(objection: str) -> str:
    """Carneades statement: the attacking argument of ``objection`` applies."""
    return _aux(objection, "attacker")


def ground_id(objection: str, ground: str) -> str:
    """Carneades argument: ``ground`` copied as a ground of ``objection``."""
    return f"{objection}{GROUND}{ground}"


def is_auxiliary(node_id: str) -> bool:
    """Whether ``node_id`` was made up by a translation (it is no element's key).

    >>> is_auxiliary("rain"), is_auxiliary("rain#not")
    (False, True)
    """
    return SEPARATOR in node_id or GROUND in node_id


def element_key(node_id: str) -> str:
    """The key of the map element an id concerns (the id itself for an element).

    >>> element_key("a1#CQ2#no"), element_key("alt/sign"), element_key("rain")
    ('a1', 'alt', 'rain')
    """
    return node_id.split(SEPARATOR, 1)[0].split(GROUND, 1)[0]
