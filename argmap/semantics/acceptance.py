"""Per-argument acceptance without listing extensions: credulous, skeptical, rejected.

:func:`acceptance` decides, for every argument of a framework and one semantics, whether
some extension contains it (credulous acceptance), every extension does (skeptical
acceptance), and every extension attacks it (rejection) -- the three facts a status
(:class:`~argmap.semantics.status.Status`) is made of -- without enumerating the
extensions, of which there can be exponentially many.

How. The grounded labelling settles, in linear time, every argument it labels, for the
semantics whose extensions are complete (complete, preferred, stable, semi-stable): an
argument ``in`` the grounded extension is in all of them, one ``out`` of it is attacked
by all. Each remaining argument is decided by the engine's witness and counterexample
queries (one NP or Sigma-2 oracle call each; :mod:`argmap.semantics._engine`): an
extension containing it, an extension without it. Every extension found settles many
arguments at once -- each member is credulously accepted, each non-member not
skeptically accepted, each argument it does not attack not rejected -- so an argument
is queried only while its answer is still open, and the number of queries is at most
three per undecided argument, usually far fewer (``Acceptance.queries`` counts them).

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
    n = len(af)
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
    elif code is Semantics.STAGE:
        result = _Decider(af, code, _copies(af), n).run(range(n))
    else:
        grounded = np.frombuffer(bytes(_engine.grounded(af)), dtype=np.int8)
        open_ = np.flatnonzero(grounded == _graph.UNDEC)
        decider = _Decider(af, code, _watchers(af, open_), n, grounded=grounded, watched=open_)
        result = decider.run(open_.tolist())
    af.cache[key] = result
    return result


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
    if cached is None and "acceptance-SST" in af.cache:
        # Semi-stable acceptance was decided already: its skeptical answers will do.
        decided: Acceptance = af.cache["acceptance-SST"]
        accepted = np.flatnonzero(decided.skeptical).tolist() if decided.exists else []
        cached = _graph.largest_admissible_subset(accepted, af.attackers, af.targets)
        af.cache["acceptance-eager"] = cached
    if cached is None:
        grounded = np.frombuffer(bytes(_engine.grounded(af)), dtype=np.int8)
        open_ = np.flatnonzero(grounded == _graph.UNDEC)
        decider = _Decider(
            af,
            Semantics.SEMI_STABLE,
            _watchers(af, open_),
            len(af),
            grounded=grounded,
            watched=open_,
            skeptical_only=True,
        )
        result = decider.run(open_.tolist())
        accepted = np.flatnonzero(result.skeptical).tolist()
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
        credulous = grounded == _graph.IN
        first = _engine.first(af, "PR")
        if first is not None:
            credulous[np.asarray(first, dtype=np.int64)] = True
        for a in np.flatnonzero(grounded == _graph.UNDEC).tolist():
            if credulous[a]:
                continue
            queries += 1
            found = _engine.witness(af, a, "PR")
            if found is not None:
                credulous[np.asarray(found, dtype=np.int64)] = True
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


class _Decider:
    """Witness and counterexample queries on an extended framework, each answer found
    settling every argument it can."""

    def __init__(
        self,
        af: ArgumentationFramework,
        code: Semantics,
        extended: ArgumentationFramework,
        n: int,
        *,
        grounded: npt.NDArray[np.int8] | None = None,
        watched: npt.NDArray[np.int64] | None = None,
        skeptical_only: bool = False,
    ) -> None:
        self.af = af
        self.code = code
        self.extended = extended
        self.n = n
        self.grounded = grounded
        self.skeptical_only = skeptical_only
        self.queries = 0
        # For complete-based semantics only the watched (grounded-undecided) arguments
        # have a watcher; for stage every argument has its copy.
        if watched is None:
            self.watcher = np.arange(n, 2 * n, dtype=np.int64)
        else:
            self.watcher = np.full(n, -1, dtype=np.int64)
            self.watcher[watched] = np.arange(n, n + len(watched), dtype=np.int64)
        self.credulous = np.zeros(n, dtype=bool)
        self.not_skeptical = np.zeros(n, dtype=bool)
        self.not_rejected = np.zeros(n, dtype=bool)
        self.skeptical = np.zeros(n, dtype=bool)
        self.rejected = np.zeros(n, dtype=bool)

    def absorb(self, members: list[int]) -> None:
        n = self.n
        inside = np.zeros(len(self.extended), dtype=bool)
        inside[np.asarray(members, dtype=np.int64)] = True
        self.credulous |= inside[:n]
        self.not_skeptical |= ~inside[:n]
        has = self.watcher >= 0
        if self.code is Semantics.STAGE:
            # the copy is in exactly where the argument is not attacked
            self.not_rejected[has] |= inside[self.watcher[has]]
        else:
            # the watcher is in exactly where the argument is out
            self.not_rejected[has] |= ~inside[self.watcher[has]]
        self.not_rejected |= inside[:n]

    def ask(self, what: str, a: int) -> list[int] | None:
        self.queries += 1
        query = _engine.witness if what == "witness" else _engine.counterexample
        found = query(self.extended, a, self.code.value)
        if found is not None:
            self.absorb(found)
        return found

    def run(self, open_: list[int] | range) -> Acceptance:
        af, code, n = self.af, self.code, self.n
        first = _engine.first(self.extended, code.value)
        if first is None:
            none = np.zeros(n, dtype=bool)
            return Acceptance(af, code, False, none, ~none, ~none, 0)
        self.absorb(first)
        for a in open_:
            if self.skeptical_only:
                if not self.not_skeptical[a] and self.ask("counterexample", a) is None:
                    self.skeptical[a] = True
                continue
            if not self.credulous[a] and self.ask("witness", a) is None:
                # never in: decide whether every extension attacks it
                if not self.not_rejected[a]:
                    if code is Semantics.STAGE:
                        missing = self.ask("witness", int(self.watcher[a])) is None
                    else:
                        missing = self.ask("counterexample", int(self.watcher[a])) is None
                    self.rejected[a] = missing
                continue
            if not self.not_skeptical[a] and self.ask("counterexample", a) is None:
                self.skeptical[a] = True
        if self.grounded is not None:
            self.skeptical |= self.grounded == _graph.IN
            self.credulous |= self.grounded == _graph.IN
            self.rejected |= self.grounded == _graph.OUT
        return Acceptance(
            af, code, True, self.credulous, self.skeptical, self.rejected, self.queries
        )
