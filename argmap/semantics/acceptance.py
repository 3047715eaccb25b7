"""Per-argument acceptance without listing extensions: credulous, skeptical, rejected.

:func:`acceptance` decides, for every argument of a framework and one semantics, whether
some extension contains it (credulous acceptance), every extension does (skeptical
acceptance), and every extension attacks it (rejection) -- the three facts a status
(:class:`~argmap.semantics.status.Status`) is made of -- without enumerating the
extensions, of which there can be exponentially many.

How. The grounded labelling settles, in linear time, every argument it labels, for the
semantics whose extensions are complete (complete, preferred, stable, semi-stable): an
argument ``in`` the grounded extension is in all of them, one ``out`` of it is attacked
by all. The rest goes to the engine's batch acceptance (:mod:`argmap.semantics._engine`),
which splits what is left into components and, inside each, asks incremental SAT
queries under assumptions -- an extension containing an argument not yet seen in one,
an extension missing an argument still thought skeptical (a counter-example-guided
loop for the Sigma-2 questions) -- every answer settling a whole extension's worth of
arguments, so the number of SAT calls (``Acceptance.queries``) stays near the number of
undecided arguments, usually far below it.

Rejection ("out in every extension") is not an engine query of its own; it is reduced to
skeptical acceptance on an extended framework. For complete-based semantics, a fresh
argument ``y`` attacked only by ``x`` (and attacking nothing) is ``in`` exactly where
``x`` is ``out``; adding one per argument changes no extension otherwise (the extensions
correspond one to one, ranges included, so this holds for preferred, stable and
semi-stable alike). So ``x`` is out in every extension iff ``y`` is skeptically accepted.
For stage semantics (conflict-free based), the fresh argument is a copy ``x'`` of ``x``
with the same attackers: a stage extension contains ``x'`` exactly when it does not
attack ``x``, so ``x`` is out in every stage extension iff ``x'`` is credulously rejected.

When a stable extension exists, the stage and semi-stable extensions are exactly the
stable ones, so their acceptance is stable acceptance (one more query to find out).

Single-extension semantics (grounded, ideal, eager) are labelled from their extension.
The eager extension -- the greatest admissible subset of the skeptically accepted
arguments under semi-stable semantics (Caminada 2007) -- is computed here from those
skeptical answers, so it too needs no enumeration of semi-stable extensions.

>>> from argmap.semantics.framework import ArgumentationFramework
>>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
>>> result = acceptance(af, "preferred")
>>> {name: result.status(name).value for name in af}
{'a': 'credulous', 'b': 'credulous', 'c': 'credulous'}
>>> acceptance(af, "grounded").status("c").value
'undecided'

References
----------
Dvořák, W., Järvisalo, M., Wallner, J. P., & Woltran, S. (2014). Complexity-sensitive
decision procedures for abstract argumentation. *Artificial Intelligence* 206, 53-78.
doi:10.1016/j.artint.2013.10.001

Caminada, M. (2007). Comparing two unique extension semantics for formal argumentation:
ideal and eager. In *BNAIC 2007*, 81-87.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import attrs
import numpy as np
import numpy.typing as npt

from argmap.errors import InvalidValueError
from argmap.semantics import _engine, _graph
from argmap.semantics.dung import Semantics
from argmap.semantics.framework import ArgumentationFramework
from argmap.semantics.status import Status

__all__ = ["Acceptance", "acceptance", "eager_members"]

_COMPLETE_BASED = ("PR", "ST", "SST")


@attrs.frozen(eq=False)
class Acceptance(Mapping[str, Status]):
    """Every argument's acceptance under one semantics; a mapping from names to statuses.

    Attributes
    ----------
    framework:
        The framework decided.
    semantics:
        The :class:`~argmap.semantics.dung.Semantics`.
    exists:
        Whether the semantics has an extension at all (only stable may have none).
    credulous, skeptical, rejected:
        Per argument index: in some extension, in every extension, attacked by every
        extension. With no extension, nothing is credulously accepted and everything
        is, vacuously, skeptically accepted and rejected.
    queries:
        How many witness and counterexample queries were asked of the engine.

    A status is ``in`` when skeptically accepted, ``out`` when rejected, ``credulous``
    when credulously but not skeptically accepted, ``undecided`` otherwise -- and
    ``undecided`` for every argument when there is no extension.
    """

    framework: ArgumentationFramework
    semantics: Semantics
    exists: bool
    credulous: npt.NDArray[np.bool_] = attrs.field(repr=False)
    skeptical: npt.NDArray[np.bool_] = attrs.field(repr=False)
    rejected: npt.NDArray[np.bool_] = attrs.field(repr=False)
    queries: int = 0

    def __attrs_post_init__(self) -> None:
        # Results are memoised on the framework and shared: nobody may change them.
        for array in (self.credulous, self.skeptical, self.rejected):
            array.setflags(write=False)

    def status_at(self, index: int) -> Status:
        """The status of the argument at ``index``."""
        if not self.exists:
            return Status.UNDECIDED
        if self.skeptical[index]:
            return Status.IN
        if self.rejected[index]:
            return Status.OUT
        if self.credulous[index]:
            return Status.CREDULOUS
        return Status.UNDECIDED

    def status(self, name: str) -> Status:
        """The status of argument ``name``.

        Raises
        ------
        UnknownKeyError
            If the framework has no such argument.
        """
        return self.status_at(self.framework.index(name))

    def __getitem__(self, name: str) -> Status:
        return self.status(name)

    def __iter__(self) -> Iterator[str]:
        return iter(self.framework.arguments)

    def __len__(self) -> int:
        return len(self.framework)

    def statuses(self) -> dict[str, Status]:
        """Every argument's status, in framework order."""
        return {name: self.status_at(i) for i, name in enumerate(self.framework.arguments)}


def acceptance(af: ArgumentationFramework, semantics: Semantics | str) -> Acceptance:
    """Decide every argument's acceptance under ``semantics`` without listing extensions.

    Parameters
    ----------
    af:
        The framework.
    semantics:
        A :class:`~argmap.semantics.dung.Semantics` or its code or name, e.g. ``"PR"``
        or ``"semi-stable"``. Conflict-free and admissible sets are not offered: the
        empty set is always one, so nothing is skeptically accepted.

    Returns
    -------
    Acceptance

    Raises
    ------
    InvalidValueError
        If ``semantics`` is not known, or is ``CF`` or ``ADM``.

    Examples
    --------
    Twelve independent mutual attacks have 4,096 preferred extensions; deciding every
    argument takes a handful of queries:

    >>> pairs = [(f"a{i}", f"b{i}") for i in range(12)]
    >>> af = ArgumentationFramework.from_attacks(pairs + [(b, a) for a, b in pairs])
    >>> result = acceptance(af, "PR")
    >>> {s.value for s in result.statuses().values()}, result.queries <= 24
    ({'credulous'}, True)
    """
    code = Semantics.parse(semantics)
    if code in (Semantics.CONFLICT_FREE, Semantics.ADMISSIBLE):
        msg = (
            "acceptance is decided for complete-based and range-based semantics, not "
            f"{code.long_name} sets (the empty set is always one)"
        )
        raise InvalidValueError(msg)
    key = f"acceptance-{code.value}"
    cached = af.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    result: Acceptance
    if code.unique:
        members = eager_members(af) if code is Semantics.EAGER else _engine.single(af, code.value)
        result = _from_extension(af, code, members)
    elif code is Semantics.COMPLETE:
        result = _complete(af)
    elif (
        code in (Semantics.STAGE, Semantics.SEMI_STABLE)
        and (stable := acceptance(af, Semantics.STABLE)).exists
    ):
        # With a stable extension, the stage and the semi-stable extensions are the
        # stable ones (their range, everything, is the greatest there is).
        result = attrs.evolve(stable, semantics=code)
    else:
        result = _batch(af, code)
    af.cache[key] = result
    return result


def _batch(af: ArgumentationFramework, code: Semantics) -> Acceptance:
    """Preferred, stable, semi-stable or stage acceptance from the engine's batch
    acceptance on the framework extended with watchers (complete-based) or copies
    (stage): credulous and skeptical acceptance come straight out, rejection is the
    skeptical acceptance of a watcher (the credulous rejection of a copy)."""
    n = len(af)
    if code is Semantics.STAGE:
        grounded = None
        extended = _copies(af)
    else:
        grounded = np.frombuffer(bytes(_engine.grounded(af)), dtype=np.int8)
        watched = np.flatnonzero(grounded == _graph.UNDEC)
        extended = _watchers(af, watched)
    before = _engine.sat_calls(extended)
    if code is Semantics.STABLE and _engine.first(extended, code.value) is None:
        none = np.zeros(n, dtype=bool)
        queries = _engine.sat_calls(extended) - before
        return Acceptance(af, code, False, none, ~none, ~none, queries)
    credulous_all, skeptical_all = _engine.acceptance(extended, code.value)
    credulous = np.asarray(credulous_all[:n], dtype=bool)
    skeptical = np.asarray(skeptical_all[:n], dtype=bool)
    if grounded is None:
        # a stage extension holds the copy exactly where it does not attack the argument
        rejected = ~np.asarray(credulous_all[n : 2 * n], dtype=bool)
    else:
        # a watcher is in exactly where the argument it watches is out
        rejected = grounded == _graph.OUT
        rejected[watched] = np.asarray(skeptical_all[n : n + len(watched)], dtype=bool)
        credulous |= grounded == _graph.IN
        skeptical |= grounded == _graph.IN
    queries = _engine.sat_calls(extended) - before
    return Acceptance(af, code, True, credulous, skeptical, rejected, queries)


def eager_members(af: ArgumentationFramework) -> list[int]:
    """The eager extension's indices, sorted: the greatest admissible subset of the
    arguments skeptically accepted under semi-stable semantics (Caminada 2007).

    >>> af = ArgumentationFramework.from_attacks(
    ...     [("a", "b"), ("b", "a"), ("b", "c"), ("c", "c"), ("c", "d")]
    ... )
    >>> [af.arguments[i] for i in eager_members(af)]
    ['b', 'd']
    """
    cached = af.cache.get("acceptance-eager")
    if cached is None:
        decided: Acceptance | None = af.cache.get("acceptance-SST")
        if decided is not None:  # semi-stable acceptance was decided already
            accepted = np.flatnonzero(decided.skeptical).tolist() if decided.exists else []
        else:
            _, skeptical = _engine.acceptance(af, Semantics.SEMI_STABLE.value)
            accepted = [i for i, flag in enumerate(skeptical) if flag]
        cached = _graph.largest_admissible_subset(accepted, af.attackers, af.targets)
        af.cache["acceptance-eager"] = cached
    return list(cached)


def _from_extension(af: ArgumentationFramework, code: Semantics, members: list[int]) -> Acceptance:
    labels = np.frombuffer(bytes(_engine.labels_of(af, members)), dtype=np.int8)
    inside = labels == _graph.IN
    return Acceptance(af, code, True, inside, inside.copy(), labels == _graph.OUT, 0)


def _complete(af: ArgumentationFramework) -> Acceptance:
    """Complete semantics: the grounded extension is the least complete one, so it
    gives skeptical acceptance and rejection; credulous acceptance is the preferred one
    (every admissible set lies in a preferred extension, which is complete), asked per
    argument the grounded labelling leaves open -- or taken from preferred acceptance
    when that was decided already. A preferred witness is maximal, so each one found
    settles as many arguments as a witness can."""
    grounded = np.frombuffer(bytes(_engine.grounded(af)), dtype=np.int8)
    preferred: Acceptance | None = af.cache.get("acceptance-PR")
    queries = 0
    if preferred is not None:
        credulous = preferred.credulous.copy()  # a writable copy of the shared answer
    else:
        before = _engine.sat_calls(af)
        credulous = np.asarray(_engine.acceptance(af, "CO")[0], dtype=bool)
        queries = _engine.sat_calls(af) - before
    return Acceptance(
        af,
        Semantics.COMPLETE,
        True,
        credulous,
        grounded == _graph.IN,
        grounded == _graph.OUT,
        queries,
    )


def _watchers(af: ArgumentationFramework, watched: npt.NDArray[np.int64]) -> ArgumentationFramework:
    """``af`` plus, for each watched argument ``x``, a fresh argument attacked only by
    ``x``: in a complete extension it is in exactly where ``x`` is out."""
    key = "acceptance-watchers"
    cached = af.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    n = len(af)
    src, dst = af.attack_arrays
    fresh = np.arange(n, n + len(watched), dtype=np.int64)
    names = (*af.arguments, *(f"#watch{i}" for i in range(len(watched))))
    extended = ArgumentationFramework.from_indices(
        names,
        np.concatenate([src, watched.astype(np.int64)]),
        np.concatenate([dst, fresh]),
        check_names=False,
    )
    af.cache[key] = extended
    return extended


def _copies(af: ArgumentationFramework) -> ArgumentationFramework:
    """``af`` plus a copy ``x'`` of every argument, attacked by ``x``'s attackers and
    attacking nothing: a stage extension contains ``x'`` exactly when it does not
    attack ``x``."""
    key = "acceptance-copies"
    cached = af.cache.get(key)
    if cached is not None:
        return cached  # type: ignore[no-any-return]
    n = len(af)
    src, dst = af.attack_arrays
    names = (*af.arguments, *(f"#copy{i}" for i in range(n)))
    extended = ArgumentationFramework.from_indices(
        names,
        np.concatenate([src, src]),
        np.concatenate([dst, dst + n]),
        check_names=False,
    )
    af.cache[key] = extended
    return extended
