"""Dung's abstract argumentation semantics: extensions, labellings, acceptance, counting.

Every function takes an :class:`~argmap.semantics.framework.ArgumentationFramework` and a
semantics, named by its ICCMA code or its name (case-insensitive):

======  ================  ==========================================================
code    name              definition
======  ================  ==========================================================
CF      conflict-free     no member attacks a member (Dung 1995, Def. 5)
ADM     admissible        conflict-free and defends each member (Dung 1995, Def. 6)
CO      complete          admissible and contains every argument it defends
                          (Dung 1995, Def. 23)
GR      grounded          the least complete extension (Dung 1995, Def. 20)
PR      preferred         a subset-maximal admissible set (Dung 1995, Def. 7)
ST      stable            conflict-free and attacks every non-member (Dung 1995, Def. 13)
SST     semi-stable       a complete extension with subset-maximal range
                          (Caminada 2006; Caminada, Carnielli & Dunne 2012)
STG     stage             a conflict-free set with subset-maximal range (Verheij 1996)
ID      ideal             the greatest admissible set inside every preferred extension
                          (Dung, Mancarella & Toni 2007)
EG      eager             the greatest admissible set inside every semi-stable
                          extension (Caminada 2007)
======  ================  ==========================================================

The *range* of a set ``S`` is ``S`` together with every argument ``S`` attacks.

>>> from argmap.semantics.framework import ArgumentationFramework
>>> from argmap.semantics.dung import extensions
>>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
>>> sorted(sorted(e) for e in extensions(af, "preferred"))
[['a', 'c'], ['b']]
>>> sorted(sorted(e) for e in extensions(af, "CO"))
[[], ['a', 'c'], ['b']]

Extensions are frozensets of argument names; labellings are :class:`Labelling` mappings
from names to :class:`~argmap.semantics.framework.Label`. Results are exact and
deterministic: the same framework always gives the same extensions in the same order.

Algorithms: the grounded labelling in linear time; for the semantics built on complete
extensions the grounded part is settled first and the rest split into weakly connected
components, each with long-lived incremental SAT solvers (CaDiCaL through python-sat)
that every query reuses through assumptions: iterated maximisation (of the set for
preferred, of the range for semi-stable and stage), and counter-example-guided loops for
skeptical preferred, semi-stable and stage acceptance, which never enumerate. The ideal
extension uses Dunne's characterisation: the greatest admissible set of credulously
accepted arguments that no credulously accepted argument attacks. See
docs/abstract-argumentation.md ("How it computes") for each algorithm and its source.

References
----------
Dung, P. M. (1995). On the acceptability of arguments and its fundamental role in
nonmonotonic reasoning, logic programming and n-person games. *Artificial Intelligence*
77(2), 321-357. doi:10.1016/0004-3702(94)00041-X

Caminada, M. (2006). On the issue of reinstatement in argumentation. In *JELIA 2006*,
LNCS 4160, 111-123. doi:10.1007/11853886_11

Caminada, M. (2006). Semi-stable semantics. In *COMMA 2006*, FAIA 144, 121-130.

Caminada, M., Carnielli, W. A., & Dunne, P. E. (2012). Semi-stable semantics. *Journal of
Logic and Computation* 22(5), 1207-1254. doi:10.1093/logcom/exr033

Verheij, B. (1996). Two approaches to dialectical argumentation: admissible sets and
argumentation stages. In *NAIC 1996*, 357-368.

Dung, P. M., Mancarella, P., & Toni, F. (2007). Computing ideal sceptical argumentation.
*Artificial Intelligence* 171(10-15), 642-674. doi:10.1016/j.artint.2007.05.003

Caminada, M. (2007). Comparing two unique extension semantics for formal argumentation:
ideal and eager. In *BNAIC 2007*, 81-87.

Dunne, P. E. (2009). The computational complexity of ideal semantics. *Artificial
Intelligence* 173(18), 1559-1591. doi:10.1016/j.artint.2009.09.001

Niskanen, A., & Järvisalo, M. (2020). μ-toksia: An efficient abstract argumentation
reasoner. In *KR 2020*, 800-804. doi:10.24963/kr.2020/82
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Iterable, Iterator, Mapping

from argmap.errors import InvalidValueError, UnknownSemanticsError
from argmap.semantics import _engine, _graph
from argmap.semantics.framework import ArgumentationFramework, Label

__all__ = [
    "Extension",
    "Labelling",
    "Semantics",
    "admissible_sets",
    "complete_extensions",
    "conflict_free_sets",
    "count_extensions",
    "credulous_witness",
    "eager_extension",
    "extensions",
    "grounded_extension",
    "grounded_labelling",
    "ideal_extension",
    "is_admissible",
    "is_complete",
    "is_conflict_free",
    "is_credulously_accepted",
    "is_extension",
    "is_skeptically_accepted",
    "is_stable",
    "labelling_of",
    "labellings",
    "preferred_extensions",
    "semi_stable_extensions",
    "skeptical_counterexample",
    "some_extension",
    "stable_extensions",
    "stage_extensions",
]

Extension = frozenset[str]
"""An extension: a set of argument names."""


class Semantics(enum.StrEnum):
    """The supported semantics; values are ICCMA's abbreviations.

    Examples
    --------
    >>> Semantics.parse("semi-stable")
    <Semantics.SEMI_STABLE: 'SST'>
    >>> Semantics.parse("pr")
    <Semantics.PREFERRED: 'PR'>
    >>> Semantics.parse("best")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownSemanticsError: semantics 'best' is not known: expected one of CF, ADM, CO, GR, PR, ST, SST, STG, ID, EG or their names (conflict-free, admissible, complete, grounded, preferred, stable, semi-stable, stage, ideal, eager)
    """

    CONFLICT_FREE = "CF"
    ADMISSIBLE = "ADM"
    COMPLETE = "CO"
    GROUNDED = "GR"
    PREFERRED = "PR"
    STABLE = "ST"
    SEMI_STABLE = "SST"
    STAGE = "STG"
    IDEAL = "ID"
    EAGER = "EG"

    @property
    def long_name(self) -> str:
        """The semantics' name in words, e.g. ``"semi-stable"``."""
        return self.name.lower().replace("_", "-")

    @property
    def unique(self) -> bool:
        """Whether the semantics always has exactly one extension."""
        return self in (Semantics.GROUNDED, Semantics.IDEAL, Semantics.EAGER)

    @classmethod
    def parse(cls, value: Semantics | str) -> Semantics:
        """The semantics named by an ICCMA code or a name, in any case.

        Raises
        ------
        UnknownSemanticsError
            If ``value`` names no supported semantics (an :class:`InvalidValueError`).
        """
        if isinstance(value, Semantics):
            return value
        if isinstance(value, str):
            key = value.strip().upper().replace("_", "-").replace(" ", "-")
            for member in cls:
                if key in (member.value, member.long_name.upper()):
                    return member
        codes = ", ".join(m.value for m in cls)
        names = ", ".join(m.long_name for m in cls)
        msg = f"semantics {value!r} is not known: expected one of {codes} or their names ({names})"
        raise UnknownSemanticsError(msg, field="semantics")


class Labelling(Mapping[str, Label]):
    """A total map from arguments to :class:`Label`, in framework order.

    Built from an extension ``E``: ``in`` for members, ``out`` for arguments ``E``
    attacks, ``undec`` for the rest (Caminada 2006: for complete extensions this is the
    corresponding complete labelling).

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> lab = grounded_labelling(af)
    >>> dict(lab)
    {'a': <Label.IN: 'in'>, 'b': <Label.OUT: 'out'>, 'c': <Label.IN: 'in'>}
    >>> sorted(lab.in_set), sorted(lab.out_set), sorted(lab.undec_set)
    (['a', 'c'], ['b'], [])
    """

    __slots__ = ("_codes", "_framework")

    _LABELS = (Label.UNDEC, Label.IN, Label.OUT)

    def __init__(self, framework: ArgumentationFramework, codes: bytes | bytearray) -> None:
        self._framework = framework
        self._codes = bytes(codes)

    @property
    def framework(self) -> ArgumentationFramework:
        """The framework this labelling labels."""
        return self._framework

    def __getitem__(self, name: str) -> Label:
        return self._LABELS[self._codes[self._framework.index(name)]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._framework.arguments)

    def __len__(self) -> int:
        return len(self._codes)

    def _with(self, code: int) -> frozenset[str]:
        names = self._framework.arguments
        codes = self._codes
        return frozenset(names[i] for i in range(len(codes)) if codes[i] == code)

    @property
    def in_set(self) -> Extension:
        """The arguments labelled ``in`` (the extension)."""
        return self._with(_graph.IN)

    @property
    def out_set(self) -> frozenset[str]:
        """The arguments labelled ``out``."""
        return self._with(_graph.OUT)

    @property
    def undec_set(self) -> frozenset[str]:
        """The arguments labelled ``undec``."""
        return self._with(_graph.UNDEC)

    def count(self, label: Label | str) -> int:
        """How many arguments carry ``label``."""
        return self._codes.count(self._LABELS.index(Label(label)))

    def __repr__(self) -> str:
        inner = ", ".join(f"{k!r}: {v.value!r}" for k, v in list(self.items())[:8])
        more = ", ..." if len(self) > 8 else ""
        return f"Labelling({{{inner}{more}}})"


def _single(af: ArgumentationFramework, code: str) -> list[int]:
    """The unique extension of GR, ID or EG. The eager one is computed from skeptical
    semi-stable acceptance (:mod:`argmap.semantics.acceptance`), without listing the
    semi-stable extensions."""
    if code == "EG":
        from argmap.semantics.acceptance import eager_members

        return eager_members(af)
    return _engine.single(af, code)


def _members(af: ArgumentationFramework, code: str) -> Iterator[list[int]]:
    """Every extension as indices; the unique ones without the engine's enumeration."""
    if code in ("GR", "ID", "EG"):
        yield _single(af, code)
        return
    yield from _engine.extensions(af, code)


def _names(af: ArgumentationFramework, members: Iterable[int]) -> Extension:
    names = af.arguments
    return frozenset(names[i] for i in members)


def _indices(af: ArgumentationFramework, members: Iterable[str]) -> list[int]:
    if isinstance(members, str):
        msg = f"expected a collection of argument names, got the string {members!r}"
        raise InvalidValueError(msg)
    return sorted({af.index(m) for m in members})


# -- the uniform entry points ------------------------------------------------------------


def extensions(af: ArgumentationFramework, semantics: Semantics | str) -> Iterator[Extension]:
    """Every extension of ``af`` under ``semantics``, each exactly once.

    Parameters
    ----------
    af:
        The framework.
    semantics:
        A :class:`Semantics` or its code/name, e.g. ``"PR"`` or ``"preferred"``.

    Returns
    -------
    Iterator[frozenset[str]]
        The extensions, lazily, in a deterministic order.

    Raises
    ------
    InvalidValueError
        If ``semantics`` is not known.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> sorted(sorted(e) for e in extensions(af, "ST"))
    [['a'], ['b']]
    >>> odd = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    >>> list(extensions(odd, "stable"))
    []

    References
    ----------
    See the module docstring for each semantics' definition.
    """
    code = Semantics.parse(semantics).value
    for members in _members(af, code):
        yield _names(af, members)


def labellings(af: ArgumentationFramework, semantics: Semantics | str) -> Iterator[Labelling]:
    """The labelling of every extension (in/out/undec), in the order of :func:`extensions`.

    Parameters
    ----------
    af:
        The framework.
    semantics:
        A :class:`Semantics` or its code/name.

    Returns
    -------
    Iterator[Labelling]
        One labelling per extension.

    Raises
    ------
    InvalidValueError
        If ``semantics`` is not known.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "a"), ("a", "b")])
    >>> [dict(lab) for lab in labellings(af, "GR")]
    [{'a': <Label.UNDEC: 'undec'>, 'b': <Label.UNDEC: 'undec'>}]

    References
    ----------
    Caminada, M. (2006). On the issue of reinstatement in argumentation. doi:10.1007/11853886_11
    """
    code = Semantics.parse(semantics).value
    for members in _members(af, code):
        yield Labelling(af, _engine.labels_of(af, members))


def some_extension(af: ArgumentationFramework, semantics: Semantics | str) -> Extension | None:
    """One extension (without enumerating the others), or ``None`` if there is none.

    Parameters
    ----------
    af:
        The framework.
    semantics:
        A :class:`Semantics` or its code/name.

    Returns
    -------
    frozenset[str] or None

    Raises
    ------
    InvalidValueError
        If ``semantics`` is not known.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> sorted(some_extension(af, "preferred"))
    ['a', 'c']
    >>> some_extension(ArgumentationFramework.from_attacks([("a", "a")]), "ST") is None
    True
    """
    code = Semantics.parse(semantics).value
    found = _single(af, code) if code in ("GR", "ID", "EG") else _engine.first(af, code)
    return None if found is None else _names(af, found)


def count_extensions(af: ArgumentationFramework, semantics: Semantics | str) -> int:
    """The number of extensions; independent components multiply.

    Parameters
    ----------
    af:
        The framework.
    semantics:
        A :class:`Semantics` or its code/name.

    Returns
    -------
    int

    Raises
    ------
    InvalidValueError
        If ``semantics`` is not known.

    Examples
    --------
    >>> two = [("a", "b"), ("b", "a")]
    >>> af = ArgumentationFramework.from_attacks(two + [("c", "d"), ("d", "c")])
    >>> count_extensions(af, "preferred"), count_extensions(af, "complete")
    (4, 9)
    """
    return _engine.count(af, Semantics.parse(semantics).value)


def credulous_witness(
    af: ArgumentationFramework, argument: str, semantics: Semantics | str
) -> Extension | None:
    """An extension containing ``argument``, or ``None`` if no extension does.

    Parameters
    ----------
    af:
        The framework.
    argument:
        The name of the query argument.
    semantics:
        A :class:`Semantics` or its code/name.

    Returns
    -------
    frozenset[str] or None

    Raises
    ------
    UnknownKeyError
        If ``argument`` is not in the framework.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(credulous_witness(af, "c", "PR"))
    ['a', 'c']
    """
    index = af.index(argument)
    code = Semantics.parse(semantics).value
    if code == "EG":
        ext = _single(af, code)
        return _names(af, ext) if index in set(ext) else None
    found = _engine.witness(af, index, code)
    return None if found is None else _names(af, found)


def skeptical_counterexample(
    af: ArgumentationFramework, argument: str, semantics: Semantics | str
) -> Extension | None:
    """An extension without ``argument``, or ``None`` if every extension contains it.

    With no extension at all (only possible for stable) the answer is ``None``:
    skeptical acceptance then holds vacuously, as in ICCMA.

    Parameters
    ----------
    af:
        The framework.
    argument:
        The name of the query argument.
    semantics:
        A :class:`Semantics` or its code/name.

    Returns
    -------
    frozenset[str] or None

    Raises
    ------
    UnknownKeyError
        If ``argument`` is not in the framework.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(skeptical_counterexample(af, "c", "PR"))
    ['b']
    """
    index = af.index(argument)
    code = Semantics.parse(semantics).value
    if code == "EG":
        ext = _single(af, code)
        return None if index in set(ext) else _names(af, ext)
    found = _engine.counterexample(af, index, code)
    return None if found is None else _names(af, found)


def is_credulously_accepted(
    af: ArgumentationFramework, argument: str, semantics: Semantics | str
) -> bool:
    """Whether some extension contains ``argument``.

    Parameters
    ----------
    af:
        The framework.
    argument:
        The name of the query argument.
    semantics:
        A :class:`Semantics` or its code/name.

    Returns
    -------
    bool

    Raises
    ------
    UnknownKeyError
        If ``argument`` is not in the framework.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> is_credulously_accepted(af, "a", "PR"), is_credulously_accepted(af, "a", "GR")
    (True, False)
    """
    return credulous_witness(af, argument, semantics) is not None


def is_skeptically_accepted(
    af: ArgumentationFramework, argument: str, semantics: Semantics | str
) -> bool:
    """Whether every extension contains ``argument`` (vacuously true if there is none).

    Parameters
    ----------
    af:
        The framework.
    argument:
        The name of the query argument.
    semantics:
        A :class:`Semantics` or its code/name.

    Returns
    -------
    bool

    Raises
    ------
    UnknownKeyError
        If ``argument`` is not in the framework.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> is_skeptically_accepted(af, "c", "PR"), is_skeptically_accepted(af, "b", "PR")
    (True, False)
    """
    return skeptical_counterexample(af, argument, semantics) is None


# -- named shortcuts ---------------------------------------------------------------------


def grounded_extension(af: ArgumentationFramework) -> Extension:
    """The grounded extension: the least fixed point of the characteristic function.

    Computed in O(n + m) by propagating labels from the unattacked arguments, without
    recursion (a 10^6-argument chain is fine).

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c"), ("d", "d")])
    >>> sorted(grounded_extension(af))
    ['a', 'c']

    References
    ----------
    Dung (1995), Definition 20 and Theorem 25. doi:10.1016/0004-3702(94)00041-X
    """
    return _names(af, _engine.single(af, "GR"))


def grounded_labelling(af: ArgumentationFramework) -> Labelling:
    """The grounded labelling: the complete labelling with the fewest ``in`` (and ``out``).

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("c", "c")])
    >>> grounded_labelling(af)
    Labelling({'a': 'in', 'b': 'out', 'c': 'undec'})

    References
    ----------
    Caminada (2006), doi:10.1007/11853886_11; Dung (1995), doi:10.1016/0004-3702(94)00041-X
    """
    return Labelling(af, _engine.grounded(af))


def ideal_extension(af: ArgumentationFramework) -> Extension:
    """The ideal extension: the greatest admissible set in every preferred extension.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "b")])
    >>> sorted(ideal_extension(af)), sorted(grounded_extension(af))
    (['a'], [])

    References
    ----------
    Dung, Mancarella & Toni (2007), doi:10.1016/j.artint.2007.05.003;
    Dunne (2009), doi:10.1016/j.artint.2009.09.001
    """
    return _names(af, _engine.single(af, "ID"))


def eager_extension(af: ArgumentationFramework) -> Extension:
    """The eager extension: the greatest admissible set in every semi-stable extension.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks(
    ...     [("a", "b"), ("b", "a"), ("b", "c"), ("c", "c"), ("c", "d")]
    ... )
    >>> sorted(eager_extension(af)), sorted(ideal_extension(af))
    (['b', 'd'], [])

    References
    ----------
    Caminada, M. (2007). Comparing two unique extension semantics for formal
    argumentation: ideal and eager. *BNAIC 2007*, 81-87.
    """
    return _names(af, _single(af, "EG"))


def conflict_free_sets(af: ArgumentationFramework) -> Iterator[Extension]:
    """Every conflict-free set (Dung 1995, Definition 5).

    >>> len(list(conflict_free_sets(ArgumentationFramework.from_attacks([("a", "b")]))))
    3
    """
    return extensions(af, Semantics.CONFLICT_FREE)


def admissible_sets(af: ArgumentationFramework) -> Iterator[Extension]:
    """Every admissible set (Dung 1995, Definition 6).

    >>> sorted(sorted(s) for s in admissible_sets(ArgumentationFramework.from_attacks([("a", "b")])))
    [[], ['a']]
    """
    return extensions(af, Semantics.ADMISSIBLE)


def complete_extensions(af: ArgumentationFramework) -> Iterator[Extension]:
    """Every complete extension (Dung 1995, Definition 23).

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> sorted(sorted(s) for s in complete_extensions(af))
    [[], ['a'], ['b']]
    """
    return extensions(af, Semantics.COMPLETE)


def preferred_extensions(af: ArgumentationFramework) -> Iterator[Extension]:
    """Every preferred extension (Dung 1995, Definition 7).

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> sorted(sorted(s) for s in preferred_extensions(af))
    [['a'], ['b']]
    """
    return extensions(af, Semantics.PREFERRED)


def stable_extensions(af: ArgumentationFramework) -> Iterator[Extension]:
    """Every stable extension (Dung 1995, Definition 13).

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> [sorted(s) for s in stable_extensions(af)]
    [['a', 'c']]
    """
    return extensions(af, Semantics.STABLE)


def semi_stable_extensions(af: ArgumentationFramework) -> Iterator[Extension]:
    """Every semi-stable extension: complete with subset-maximal range.

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "b")])
    >>> [sorted(s) for s in semi_stable_extensions(af)]
    [['a']]

    References
    ----------
    Caminada, Carnielli & Dunne (2012), doi:10.1093/logcom/exr033
    """
    return extensions(af, Semantics.SEMI_STABLE)


def stage_extensions(af: ArgumentationFramework) -> Iterator[Extension]:
    """Every stage extension: conflict-free with subset-maximal range (Verheij 1996).

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    >>> sorted(sorted(s) for s in stage_extensions(af))
    [['a'], ['b'], ['c']]

    References
    ----------
    Verheij, B. (1996). Two approaches to dialectical argumentation: admissible sets and
    argumentation stages. *NAIC 1996*, 357-368.
    """
    return extensions(af, Semantics.STAGE)


# -- checking a given set ----------------------------------------------------------------


def labelling_of(af: ArgumentationFramework, extension: Collection[str]) -> Labelling:
    """The labelling a set induces: in its members, out what it attacks, undec the rest.

    Raises
    ------
    UnknownKeyError
        If a member is not in the framework.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> labelling_of(af, {"a"})["b"]
    <Label.OUT: 'out'>
    """
    return Labelling(af, _engine.labels_of(af, _indices(af, extension)))


def is_conflict_free(af: ArgumentationFramework, members: Collection[str]) -> bool:
    """Whether no member attacks a member.

    >>> is_conflict_free(ArgumentationFramework.from_attacks([("a", "b")]), {"a", "b"})
    False
    """
    chosen = set(_indices(af, members))
    return not any(b in chosen for a in chosen for b in af.targets[a])


def is_admissible(af: ArgumentationFramework, members: Collection[str]) -> bool:
    """Whether the set is conflict-free and attacks every attacker of a member.

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> is_admissible(af, {"c"}), is_admissible(af, {"a", "c"})
    (False, True)
    """
    if not is_conflict_free(af, members):
        return False
    chosen = _indices(af, members)
    attacked = {b for a in chosen for b in af.targets[a]}
    return all(b in attacked for a in chosen for b in af.attackers[a])


def is_complete(af: ArgumentationFramework, members: Collection[str]) -> bool:
    """Whether the set is admissible and contains every argument it defends.

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> is_complete(af, {"a"}), is_complete(af, {"a", "c"})
    (False, True)
    """
    if not is_admissible(af, members):
        return False
    chosen = set(_indices(af, members))
    attacked = {b for a in chosen for b in af.targets[a]}
    return all(i in chosen for i in range(len(af)) if all(b in attacked for b in af.attackers[i]))


def is_stable(af: ArgumentationFramework, members: Collection[str]) -> bool:
    """Whether the set is conflict-free and attacks every argument outside it.

    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> is_stable(af, {"a", "c"}), is_stable(af, {"a"})
    (True, False)
    """
    if not is_conflict_free(af, members):
        return False
    chosen = set(_indices(af, members))
    attacked = {b for a in chosen for b in af.targets[a]}
    return all(i in chosen or i in attacked for i in range(len(af)))


def is_extension(
    af: ArgumentationFramework, members: Collection[str], semantics: Semantics | str
) -> bool:
    """Whether ``members`` is an extension of ``af`` under ``semantics``.

    Cheap checks for CF, ADM, CO and ST; GR, ID and EG compare with the computed
    extension. PR, SST and STG (hard decisions) check completeness (conflict-freeness
    for STG) and then maximality with one SAT call per component: no admissible
    superset (PR), no complete set (SST) or conflict-free set (STG) of larger range.

    Examples
    --------
    >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> is_extension(af, {"a"}, "PR"), is_extension(af, set(), "PR")
    (True, False)
    """
    code = Semantics.parse(semantics)
    target = frozenset(af.arguments[i] for i in _indices(af, members))
    if code is Semantics.CONFLICT_FREE:
        return is_conflict_free(af, target)
    if code is Semantics.ADMISSIBLE:
        return is_admissible(af, target)
    if code is Semantics.COMPLETE:
        return is_complete(af, target)
    if code is Semantics.STABLE:
        return is_stable(af, target)
    if code.unique:
        return target == _names(af, _single(af, code.value))
    # Cheap necessary conditions first: PR and SST extensions are complete, STG ones
    # conflict-free.
    necessary = is_conflict_free if code is Semantics.STAGE else is_complete
    if not necessary(af, target):
        return False
    return _engine.is_maximal(af, sorted(_indices(af, target)), code.value)
