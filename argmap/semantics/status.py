"""The one status vocabulary: what an evaluation says about an element.

Every reading that gives statuses -- the Dung semantics, Carneades, and the diagram that
draws them -- speaks :class:`Status`. Statuses are ordered from worst to best for the
element: ``out`` < ``undecided`` < ``credulous`` < ``in`` (see :attr:`Status.rank`);
the evaluation principles of :doc:`/evaluating` ("support never hurts", "attack never
helps") are stated in that order.

>>> from argmap.semantics.status import Status
>>> Status("credulous").rank > Status.UNDECIDED.rank
True
>>> Status.IN == "in"
True
>>> Status("maybe")
Traceback (most recent call last):
...
ValueError: 'maybe' is not a valid Status
"""

from __future__ import annotations

import enum

__all__ = ["Status"]


class Status(enum.StrEnum):
    """The acceptance status of an element under one semantics.

    ``IN``
        Accepted: in every extension (Dung), or meeting its proof standard or presumed
        and uncontested (Carneades).
    ``OUT``
        Rejected: attacked by every extension (Dung), or failing its burden of proof
        (Carneades).
    ``UNDECIDED``
        Neither: no extension accepts it and not every one rejects it, or it waits on a
        cycle the evaluation cannot settle.
    ``CREDULOUS``
        Dung semantics with several extensions only: in some extension but not in all.

    A :class:`Status` is a ``str`` (``Status.IN == "in"``), so it prints and compares as
    its word; order statuses by :attr:`rank`, not by ``<`` on the words.
    """

    IN = "in"
    OUT = "out"
    UNDECIDED = "undecided"
    CREDULOUS = "credulous"

    @property
    def rank(self) -> int:
        """0 for ``out``, 1 ``undecided``, 2 ``credulous``, 3 ``in``: larger is better.

        >>> sorted(Status, key=lambda s: s.rank)
        [<Status.OUT: 'out'>, <Status.UNDECIDED: 'undecided'>, <Status.CREDULOUS: 'credulous'>, <Status.IN: 'in'>]
        """
        return _RANK[self]

    @property
    def accepted(self) -> bool:
        """Whether the element is accepted outright (``in``)."""
        return self is Status.IN


_RANK = {Status.OUT: 0, Status.UNDECIDED: 1, Status.CREDULOUS: 2, Status.IN: 3}
