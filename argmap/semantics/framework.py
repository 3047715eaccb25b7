"""Abstract argumentation frameworks (Dung 1995): arguments and an attack relation.

An :class:`ArgumentationFramework` is immutable. Arguments are named by strings and keep
the order they were given in; attacks are pairs of names. Internally every argument has
an integer index (its position in :attr:`~ArgumentationFramework.arguments`) and the
attack relation is kept as integer adjacency lists, which is what the algorithms in
:mod:`argmap.semantics.dung` work on.

>>> from argmap.semantics.framework import ArgumentationFramework
>>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
>>> af.arguments
('a', 'b', 'c')
>>> af.attacks
(('a', 'b'), ('b', 'c'))
>>> af.attackers_of("c")
('b',)

References
----------
Dung, P. M. (1995). On the acceptability of arguments and its fundamental role in
nonmonotonic reasoning, logic programming and n-person games. *Artificial Intelligence*
77(2), 321-357. doi:10.1016/0004-3702(94)00041-X
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from argmap.errors import InvalidValueError, UnknownKeyError
from argmap.semantics import _graph

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Indices = Sequence[int] | npt.NDArray[np.integer[Any]]

__all__ = ["ArgumentationFramework", "Label"]


class Label(enum.StrEnum):
    """The three labels of an argument labelling (Caminada 2006).

    ``IN``: accepted; ``OUT``: rejected because an accepted argument attacks it;
    ``UNDEC``: neither.
    """

    IN = "in"
    OUT = "out"
    UNDEC = "undec"


def _check_name(value: object) -> str:
    if not isinstance(value, str) or not value:
        msg = f"an argument must be named by a non-empty string, got {value!r}"
        raise InvalidValueError(msg)
    return value


class ArgumentationFramework:
    """An immutable abstract argumentation framework ``(A, R)`` with ``R ⊆ A × A``.

    Parameters
    ----------
    arguments:
        The argument names, each a non-empty string, no name twice. Order is kept.
    attacks:
        Pairs ``(attacker, attacked)`` of names from ``arguments``. A pair given twice
        counts once; self-attacks are allowed.

    Raises
    ------
    InvalidValueError
        If a name is not a non-empty string, a name is given twice, or an attack is not
        a pair.
    UnknownKeyError
        If an attack names an argument that is not in ``arguments``.

    Examples
    --------
    >>> af = ArgumentationFramework(["a", "b"], [("a", "b"), ("b", "a")])
    >>> len(af), af.num_attacks
    (2, 2)
    >>> "a" in af
    True
    >>> ArgumentationFramework(["a"], [("a", "z")])
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownKeyError: attack ('a', 'z') names argument 'z', which is not in the framework

    References
    ----------
    Dung, P. M. (1995). *Artificial Intelligence* 77(2), 321-357.
    doi:10.1016/0004-3702(94)00041-X (Definition 2).
    """

    __slots__ = ("_cache", "_count", "_dst", "_index", "_src", "_stored_names")

    _stored_names: tuple[str, ...] | None
    _count: int
    _index: dict[str, int] | None
    # Attack ends: Python lists for frameworks built from Python data, numpy arrays for
    # those built from arrays (the fast file readers); numpy is imported only for the
    # latter, so small frameworks and `argmap solve` on small files never load it.
    _src: Any
    _dst: Any
    _cache: dict[str, Any]

    def __init__(self, arguments: Iterable[str], attacks: Iterable[Any] = ()) -> None:
        if isinstance(arguments, str):
            msg = f"arguments must be a sequence of names, got the string {arguments!r}"
            raise InvalidValueError(msg)
        names = tuple(_check_name(a) for a in arguments)
        index = _index_of(names)
        src: list[int] = []
        dst: list[int] = []
        for pair in attacks:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                msg = f"an attack must be a pair (attacker, attacked), got {pair!r}"
                raise InvalidValueError(msg)
            for name in pair:
                if not isinstance(name, str) or name not in index:
                    msg = f"attack {tuple(pair)!r} names argument {name!r}, which is not in the framework"
                    raise UnknownKeyError(msg)
            src.append(index[pair[0]])
            dst.append(index[pair[1]])
        self._init(names, index, src, dst)

    def _init(
        self,
        names: tuple[str, ...] | None,
        index: dict[str, int] | None,
        src: Any,
        dst: Any,
        *,
        count: int | None = None,
    ) -> None:
        object.__setattr__(self, "_stored_names", names)
        object.__setattr__(self, "_count", len(names) if names is not None else count)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_src", src)
        object.__setattr__(self, "_dst", dst)
        object.__setattr__(self, "_cache", {})

    @classmethod
    def from_attacks(
        cls, attacks: Iterable[Any], *, arguments: Iterable[str] = ()
    ) -> ArgumentationFramework:
        """A framework whose arguments are those named by ``attacks`` (plus ``arguments``).

        Arguments appear in the order of ``arguments`` first, then in order of first
        mention in ``attacks``.

        Parameters
        ----------
        attacks:
            Pairs ``(attacker, attacked)`` of names.
        arguments:
            Extra arguments (e.g. unattacked and non-attacking ones), listed first.

        Returns
        -------
        ArgumentationFramework

        Raises
        ------
        InvalidValueError
            If a name is not a non-empty string or an attack is not a pair.

        Examples
        --------
        >>> af = ArgumentationFramework.from_attacks([("b", "a")], arguments=["z"])
        >>> af.arguments
        ('z', 'b', 'a')
        """
        pairs = list(attacks)
        names: dict[str, None] = dict.fromkeys(_check_name(a) for a in arguments)
        for pair in pairs:
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                msg = f"an attack must be a pair (attacker, attacked), got {pair!r}"
                raise InvalidValueError(msg)
            for name in pair:
                if name not in names:
                    names[_check_name(name)] = None
        return cls(names, pairs)

    @classmethod
    def from_indices(
        cls,
        arguments: Sequence[str],
        attackers: Indices,
        attacked: Indices,
        *,
        check_names: bool = True,
    ) -> ArgumentationFramework:
        """A framework from names and attacks given as parallel sequences of indices.

        The fast path used by the file readers: attack ``k`` is
        ``(arguments[attackers[k]], arguments[attacked[k]])``.

        Parameters
        ----------
        arguments:
            The argument names (non-empty strings, none twice).
        attackers, attacked:
            Equal-length sequences (or numpy arrays) of 0-based indices.
        check_names:
            ``False`` skips checking that the names are distinct non-empty strings, for
            callers that made them so (e.g. ``"1"`` to ``"N"``).

        Returns
        -------
        ArgumentationFramework

        Raises
        ------
        InvalidValueError
            If the sequences differ in length, an index is out of range, or a name is bad.

        Examples
        --------
        >>> ArgumentationFramework.from_indices(["a", "b"], [0], [1]).attacks
        (('a', 'b'),)
        """
        names = tuple(arguments)
        if check_names:
            for name in names:
                if not isinstance(name, str) or not name:
                    _check_name(name)
        n = len(names)
        src, dst = _index_arrays(n, attackers, attacked)
        af = cls.__new__(cls)
        af._init(names, None, src, dst)
        if check_names and len(set(names)) != n:
            _index_of(names)  # raises, naming the duplicate
        return af

    @classmethod
    def numbered(
        cls,
        n: int,
        attackers: Indices,
        attacked: Indices,
    ) -> ArgumentationFramework:
        """A framework with arguments ``"1"`` to ``"n"`` (ICCMA's convention).

        ``attackers``/``attacked`` hold 0-based indices. The names are only made when
        first needed, which saves time on frameworks with millions of arguments.

        Raises
        ------
        InvalidValueError
            If ``n`` is negative, the sequences differ in length or an index is out of
            range.

        Examples
        --------
        >>> af = ArgumentationFramework.numbered(3, [0], [2])
        >>> af.arguments, af.attacks
        (('1', '2', '3'), (('1', '3'),))
        """
        if not isinstance(n, int) or n < 0:
            msg = f"the number of arguments must be a non-negative integer, got {n!r}"
            raise InvalidValueError(msg)
        src, dst = _index_arrays(n, attackers, attacked)
        af = cls.__new__(cls)
        af._init(None, None, src, dst, count=n)
        return af

    @property
    def _names(self) -> tuple[str, ...]:
        if self._stored_names is None:
            names = tuple(map(str, range(1, self._count + 1)))
            object.__setattr__(self, "_stored_names", names)
            return names
        return self._stored_names

    def _names_of(self, indices: Iterable[int]) -> list[str]:
        """The names of ``indices``; for numbered frameworks without building every name
        (printing one extension of a 10^6-argument framework needs only its own)."""
        if self._stored_names is None:
            return [str(i + 1) for i in indices]
        names = self._stored_names
        return [names[i] for i in indices]

    def __setattr__(self, name: str, value: object) -> None:
        msg = f"ArgumentationFramework is immutable; cannot set {name!r}"
        raise AttributeError(msg)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ArgumentationFramework.from_indices, (self._names, self._src, self._dst))

    # -- the framework as names -------------------------------------------------------

    @property
    def arguments(self) -> tuple[str, ...]:
        """The argument names, in the order given."""
        return self._names

    @property
    def attacks(self) -> tuple[tuple[str, str], ...]:
        """The attacks as ``(attacker, attacked)`` name pairs, in order of first mention."""
        names = self._names
        return tuple((names[i], names[j]) for i, j in self.attack_indices)

    @property
    def attack_indices(self) -> tuple[tuple[int, int], ...]:
        """The attacks as index pairs, duplicates removed, in order of first mention."""
        pairs = self._cache.get("pairs")
        if pairs is None:
            src, dst = self.attack_lists
            pairs = tuple(dict.fromkeys(zip(src, dst, strict=True)))
            self._cache["pairs"] = pairs
        return pairs

    @property
    def num_attacks(self) -> int:
        """The number of distinct attacks."""
        return len(self.attack_indices)

    def __len__(self) -> int:
        return self._count

    def __contains__(self, name: object) -> bool:
        if self._stored_names is None:
            return self._numbered_index(name) is not None
        return name in self._name_index

    def _numbered_index(self, name: object) -> int | None:
        """The index of ``name`` in a numbered framework ("1".."N"), without its names."""
        if (
            isinstance(name, str)
            and name.isascii()
            and name.isdigit()
            and not name.startswith("0")
            and len(name) <= len(str(self._count))
            and int(name) <= self._count
        ):
            return int(name) - 1
        return None

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArgumentationFramework):
            return NotImplemented
        return self._names == other._names and set(self.attack_indices) == set(other.attack_indices)

    def __hash__(self) -> int:
        return hash((self._names, frozenset(self.attack_indices)))

    def __repr__(self) -> str:
        if self._count <= 8 and len(self._src) <= 8:
            return f"ArgumentationFramework({list(self._names)!r}, {list(self.attacks)!r})"
        return (
            f"<ArgumentationFramework with {self._count} arguments and {self.num_attacks} attacks>"
        )

    @property
    def _name_index(self) -> dict[str, int]:
        if self._index is None:
            object.__setattr__(self, "_index", {name: i for i, name in enumerate(self._names)})
        assert self._index is not None
        return self._index

    def index(self, name: str) -> int:
        """The index of argument ``name`` (its position in :attr:`arguments`).

        Raises
        ------
        UnknownKeyError
            If the framework has no such argument.

        Examples
        --------
        >>> ArgumentationFramework(["a", "b"]).index("b")
        1
        """
        if self._stored_names is None:
            found = self._numbered_index(name)
            if found is not None:
                return found
        try:
            return self._name_index[name]
        except (KeyError, TypeError):
            msg = f"argument {name!r} is not in the framework"
            raise UnknownKeyError(msg) from None

    def attackers_of(self, name: str) -> tuple[str, ...]:
        """The arguments attacking ``name``, in framework order.

        Raises
        ------
        UnknownKeyError
            If the framework has no such argument.
        """
        names = self._names
        return tuple(names[i] for i in sorted(set(self.attackers[self.index(name)])))

    def attacked_by(self, name: str) -> tuple[str, ...]:
        """The arguments that ``name`` attacks, in framework order.

        Raises
        ------
        UnknownKeyError
            If the framework has no such argument.
        """
        names = self._names
        return tuple(names[i] for i in sorted(set(self.targets[self.index(name)])))

    def restrict(self, names: Iterable[str]) -> ArgumentationFramework:
        """The sub-framework induced by ``names`` (kept in framework order).

        Raises
        ------
        UnknownKeyError
            If a name is not an argument of the framework.

        Examples
        --------
        >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
        >>> af.restrict(["c", "b"]).attacks
        (('b', 'c'),)
        """
        keep = sorted({self.index(n) for n in names})
        local = dict(zip(keep, range(len(keep)), strict=True))
        pairs = [(local[i], local[j]) for i, j in self.attack_indices if i in local and j in local]
        return ArgumentationFramework.from_indices(
            [self._names[g] for g in keep], [i for i, _ in pairs], [j for _, j in pairs]
        )

    def strongly_connected_components(self) -> list[tuple[str, ...]]:
        """The strongly connected components, sinks first (Tarjan's algorithm, iterative).

        Each component lists its arguments in framework order; a component comes before
        every component that attacks into it.

        Examples
        --------
        >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
        >>> af.strongly_connected_components()
        [('c',), ('a', 'b')]

        References
        ----------
        Tarjan, R. (1972). Depth-first search and linear graph algorithms. *SIAM Journal
        on Computing* 1(2), 146-160. doi:10.1137/0201010
        """
        names = self._names
        return [
            tuple(names[i] for i in c)
            for c in _graph.strongly_connected_components(len(names), self.targets)
        ]

    def weakly_connected_components(self) -> list[tuple[str, ...]]:
        """The weakly connected components, in order of their first argument.

        Extensions of independent components combine freely, which the engine uses.

        Examples
        --------
        >>> af = ArgumentationFramework.from_attacks([("a", "b"), ("c", "d")], arguments=["e"])
        >>> af.weakly_connected_components()
        [('e',), ('a', 'b'), ('c', 'd')]
        """
        names = self._names
        pieces = _graph.weak_components(range(len(names)), self.attackers, self.targets)
        return [tuple(names[i] for i in c) for c in pieces]

    # -- integer adjacency (for the algorithms) ---------------------------------------

    @property
    def attack_arrays(self) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """The attacks as two numpy index arrays ``(attackers, attacked)``, duplicates
        possible."""
        if not isinstance(self._src, list):
            return self._src, self._dst
        cached = self._cache.get("attack-arrays")
        if cached is None:
            import numpy as np

            cached = (np.array(self._src, dtype=np.int64), np.array(self._dst, dtype=np.int64))
            self._cache["attack-arrays"] = cached
        return cached

    @property
    def attack_lists(self) -> tuple[list[int], list[int]]:
        """The attacks as two Python lists ``(attackers, attacked)``, duplicates possible."""
        if isinstance(self._src, list):
            return self._src, self._dst
        cached = self._cache.get("attack-lists")
        if cached is None:
            cached = (self._src.tolist(), self._dst.tolist())
            self._cache["attack-lists"] = cached
        return cached

    @property
    def uses_arrays(self) -> bool:
        """Whether the attacks are held as numpy arrays (large inputs from the readers):
        the engine's vectorised paths are used for those."""
        return not isinstance(self._src, list)

    def csr(self, *, reverse: bool = False) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Compressed adjacency ``(offsets, neighbours)`` of the attack relation.

        The targets of ``i`` are ``neighbours[offsets[i]:offsets[i + 1]]``; with
        ``reverse=True`` the attackers. Duplicate attacks are kept.
        """
        key = "csr-rev" if reverse else "csr"
        cached = self._cache.get(key)
        if cached is None:
            import numpy as np

            src, dst = self.attack_arrays
            tail, head = (dst, src) if reverse else (src, dst)
            n = self._count
            order = _graph.stable_order(tail, n)
            offsets = np.zeros(n + 1, dtype=np.int64)
            np.cumsum(np.bincount(tail, minlength=n), out=offsets[1:])
            cached = (offsets, head[order])
            self._cache[key] = cached
        return cached

    @property
    def attackers(self) -> list[list[int]]:
        """For each argument index, the indices of its attackers (do not mutate)."""
        return self._lists(reverse=True)

    @property
    def targets(self) -> list[list[int]]:
        """For each argument index, the indices it attacks (do not mutate)."""
        return self._lists(reverse=False)

    def _lists(self, *, reverse: bool) -> list[list[int]]:
        key = "lists-rev" if reverse else "lists"
        cached = self._cache.get(key)
        if cached is None:
            if self.uses_arrays:
                offsets, flat = self.csr(reverse=reverse)
                bounds = offsets.tolist()
                values = flat.tolist()
                cached = [
                    sorted(set(values[bounds[i] : bounds[i + 1]])) for i in range(self._count)
                ]
            else:
                cached = [[] for _ in range(self._count)]
                for i, j in self.attack_indices:
                    if reverse:
                        cached[j].append(i)
                    else:
                        cached[i].append(j)
                for entry in cached:
                    entry.sort()
            self._cache[key] = cached
        return cached

    @property
    def cache(self) -> dict[str, Any]:
        """A private memo for derived results (the framework itself never changes)."""
        return self._cache


def _index_arrays(n: int, attackers: Indices, attacked: Indices) -> tuple[Any, Any]:
    """The attack ends checked against ``0..n-1``: lists stay lists, anything else becomes
    numpy arrays (checked with numpy)."""
    if isinstance(attackers, list | tuple | range) and isinstance(attacked, list | tuple | range):
        src = [int(x) for x in attackers]
        dst = [int(x) for x in attacked]
        if len(src) != len(dst):
            msg = f"attackers and attacked differ in length: {len(src)} and {len(dst)}"
            raise InvalidValueError(msg)
        if src:
            low, high = min(min(src), min(dst)), max(max(src), max(dst))
            _check_range(low, high, n)
        return src, dst
    import numpy as np

    src_array = np.asarray(attackers, dtype=np.int64).reshape(-1)
    dst_array = np.asarray(attacked, dtype=np.int64).reshape(-1)
    if src_array.shape != dst_array.shape:
        msg = f"attackers and attacked differ in length: {src_array.size} and {dst_array.size}"
        raise InvalidValueError(msg)
    if src_array.size:
        low = min(int(src_array.min()), int(dst_array.min()))
        high = max(int(src_array.max()), int(dst_array.max()))
        _check_range(low, high, n)
    return src_array, dst_array


def _check_range(low: int, high: int, n: int) -> None:
    if low < 0 or high >= n:
        bad = low if low < 0 else high
        msg = f"attack index {bad!r} is out of range for {n} arguments"
        raise InvalidValueError(msg)


def _index_of(names: tuple[str, ...]) -> dict[str, int]:
    index = {name: i for i, name in enumerate(names)}
    if len(index) != len(names):
        seen: set[str] = set()
        for name in names:
            if name in seen:
                msg = f"argument {name!r} is given twice"
                raise InvalidValueError(msg)
            seen.add(name)
    return index
