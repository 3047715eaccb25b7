"""What one semantics says about a map: one typed result class per family.

* :class:`ExtensionResult` -- a Dung semantics: a :class:`~argmap.semantics.status.Status`
  per framework node, credulous and skeptical acceptance, and the extensions themselves
  only when they were asked for (``evaluate(..., max_extensions=N)``);
* :class:`CarneadesResult` -- Carneades: a status per element and per statement of the
  Carneades reading, with the graph and its labelling (reasons, argument outcomes);
* :class:`GradualResult` -- a gradual semantics: a strength per node.

All three are :class:`SemanticsResult`; :meth:`SemanticsResult.status` raises for a
gradual result, which has strengths instead.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import ClassVar

import attrs

from argmap.errors import EvaluationError
from argmap.semantics.carneades import Audience, CarneadesGraph
from argmap.semantics.carneades import CarneadesResult as CarneadesLabelling
from argmap.semantics.gradual import Strengths
from argmap.semantics.status import Status

__all__ = ["CarneadesResult", "ExtensionResult", "GradualResult", "SemanticsResult"]


def _frozen(value: Mapping[str, object]) -> Mapping[str, object]:
    return types.MappingProxyType(dict(value))


@attrs.frozen
class SemanticsResult:
    """The common ground of the three result classes: a name and notes.

    Attributes
    ----------
    name:
        The semantics (one of :data:`~argmap.semantics.evaluate.ALL_SEMANTICS`).
    notes:
        What a reader must know (no stable extension, listing capped, non-convergence).
    """

    family: ClassVar[str] = ""
    name: str
    notes: tuple[str, ...] = attrs.field(default=(), kw_only=True)

    def status(self, key: str) -> Status:
        """The status of node ``key`` (``undecided`` for a node the result does not hold).

        Raises
        ------
        EvaluationError
            For a gradual result, which gives strengths.
        """
        msg = f"{self.name} gives strengths, not statuses: use strength()"
        raise EvaluationError(msg)


@attrs.frozen
class ExtensionResult(SemanticsResult):
    """A Dung semantics' verdict on every node of the framework reading.

    Attributes
    ----------
    statuses:
        Node id -> :class:`~argmap.semantics.status.Status`: ``in`` (in every extension),
        ``out`` (attacked by every extension), ``credulous`` (in some, not all),
        ``undecided`` (otherwise, and for every node when there is no extension).
    credulous, skeptical:
        Node id -> whether some / every extension contains it.
    exists:
        Whether there is an extension at all (only stable semantics may have none).
    queries:
        Witness and counterexample queries the decision took (0 for grounded).
    extensions:
        The extensions listed on request (``max_extensions``), as frozensets of node ids
        in a deterministic order; ``None`` when listing was not asked for.
    listed_all:
        Whether ``extensions`` holds every extension (``False`` when the cap was hit).
    """

    family: ClassVar[str] = "dung"
    statuses: Mapping[str, Status] = attrs.field(factory=dict, converter=_frozen, kw_only=True)
    credulous: Mapping[str, bool] = attrs.field(factory=dict, converter=_frozen, kw_only=True)
    skeptical: Mapping[str, bool] = attrs.field(factory=dict, converter=_frozen, kw_only=True)
    exists: bool = attrs.field(default=True, kw_only=True)
    queries: int = attrs.field(default=0, kw_only=True)
    extensions: tuple[frozenset[str], ...] | None = attrs.field(default=None, kw_only=True)
    listed_all: bool = attrs.field(default=False, kw_only=True)

    def status(self, key: str) -> Status:
        return self.statuses.get(key, Status.UNDECIDED)

    @property
    def extension_count(self) -> int | None:
        """How many extensions there are, when they were all listed; else ``None``."""
        if self.extensions is None or not self.listed_all:
            return None
        return len(self.extensions)


@attrs.frozen
class CarneadesResult(SemanticsResult):
    """The Carneades reading's verdict on every element of the map.

    Attributes
    ----------
    statuses:
        Key -> :class:`~argmap.semantics.status.Status` for every claim, evidence,
        argument and objection, and for every statement and argument of the Carneades
        graph (ids such as ``CLAIM#not``).
    graph, audience:
        The Carneades reading (:func:`~argmap.semantics.translate.to_carneades_graph`).
    labelling:
        The graph's evaluation: labels, argument outcomes and a reason per statement.
    """

    family: ClassVar[str] = "carneades"
    statuses: Mapping[str, Status] = attrs.field(factory=dict, converter=_frozen, kw_only=True)
    graph: CarneadesGraph = attrs.field(kw_only=True)
    audience: Audience = attrs.field(kw_only=True)
    labelling: CarneadesLabelling = attrs.field(kw_only=True)

    def status(self, key: str) -> Status:
        return self.statuses.get(key, Status.UNDECIDED)


@attrs.frozen
class GradualResult(SemanticsResult):
    """A gradual semantics' strengths.

    Attributes
    ----------
    strengths:
        The :class:`~argmap.semantics.gradual.Strengths`: a value in [0, 1] per node,
        whether the computation converged, how many iterations it took.
    """

    family: ClassVar[str] = "gradual"
    strengths: Strengths = attrs.field(kw_only=True)
