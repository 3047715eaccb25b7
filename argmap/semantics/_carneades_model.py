"""Value classes of a Carneades argument graph; see :mod:`argmap.semantics.carneades`.

Kept in a private module so that the labelling algorithm (``_carneades_labelling``) and
the public module can both import them without a cycle. Import them from
:mod:`argmap.semantics.carneades`.
"""

from __future__ import annotations

import abc
import enum
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, ClassVar, cast

import attrs

from argmap._validate import unit
from argmap.errors import DuplicateKeyError, InvalidValueError, UnknownKeyError

__all__ = [
    "ArgumentStatus",
    "Audience",
    "Basis",
    "BeyondReasonableDoubt",
    "CarneadesArgument",
    "CarneadesGraph",
    "ClearAndConvincing",
    "Condition",
    "Constant",
    "Convergent",
    "Cumulative",
    "DialecticalValidity",
    "Factorized",
    "Issue",
    "Linked",
    "Preference",
    "Premise",
    "PremiseKind",
    "Preponderance",
    "ProofStandard",
    "PropertyOrder",
    "Scintilla",
    "Statement",
    "WeighingFunction",
    "standard_from_name",
]


# --- validators -------------------------------------------------------------------------


def _owner(instance: object) -> str:
    return type(instance).__name__


def _ident(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # Carneades ids are ground atomic formulas such as "¬app(a1)" or "looks like snake",
    # so any non-blank string without surrounding white space is accepted.
    if not isinstance(value, str):
        msg = f"{attribute.name} of {_owner(instance)} must be a str, got {value!r}"
        raise InvalidValueError(msg)
    if not value.strip() or value != value.strip():
        msg = (
            f"{attribute.name} of {_owner(instance)} must be a non-blank string without "
            f"surrounding white space, got {value!r}"
        )
        raise InvalidValueError(msg)


def _optional_ident(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _ident(instance, attribute, value)


def _idents(instance: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    for item in value:
        _ident(instance, attribute, item)
    if len(set(value)) != len(value):
        dupes = sorted({v for v in value if value.count(v) > 1})
        msg = f"{attribute.name} of {_owner(instance)} lists {dupes!r} more than once"
        raise DuplicateKeyError(msg)


def _str_tuple(value: Iterable[str] | str) -> tuple[str, ...]:
    # A bare string is almost always a one-element list written without brackets; keep
    # it whole so the validator reports nothing surprising instead of splitting it.
    if isinstance(value, str):
        return (value,)
    try:
        return tuple(value)
    except TypeError:
        msg = f"expected a list of statement ids, got {value!r}"
        raise InvalidValueError(msg) from None


def _unit(
    name: str, value: object, owner: str, *, key: str | None = None, what: str | None = None
) -> float:
    checked = unit(value, field=name, owner=owner, key=key, what=what)
    assert checked is not None
    return checked


def _as_float(value: Any) -> Any:
    # Integers become floats so that equal standards compare and print alike; anything
    # else is left for the validator to reject (float("0.5") would hide a typo).
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _unit_field(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _unit(attribute.name, value, _owner(instance))


# --- proof standards --------------------------------------------------------------------


@attrs.frozen
class ProofStandard(abc.ABC):
    """How strong the case for a position must be, compared with the case against it.

    A standard looks at two numbers: ``pro``, the weight of the strongest applicable
    argument for the position, and ``con``, the weight of the strongest applicable
    argument for any other position of the same issue (0.0 when there is none). Weights
    lie in [0, 1]; an argument of weight 0.0 does not count.

    Subclasses: :class:`Scintilla`, :class:`Preponderance`, :class:`ClearAndConvincing`,
    :class:`BeyondReasonableDoubt` and :class:`DialecticalValidity`.

    References
    ----------
    T. F. Gordon and D. Walton, "Proof burdens and standards", in *Argumentation in
    Artificial Intelligence*, Springer 2009, pp. 239-258, doi:10.1007/978-0-387-98197-0_12.
    """

    abbreviation: ClassVar[str]
    title: ClassVar[str]

    @abc.abstractmethod
    def is_met(self, pro: float, con: float) -> bool:
        """Whether a position with best pro weight ``pro`` and best con weight ``con`` wins.

        Parameters
        ----------
        pro, con:
            Weights in [0, 1].

        Returns
        -------
        bool
        """

    @abc.abstractmethod
    def describe(self) -> str:
        """The standard's condition in words, with its thresholds."""

    @abc.abstractmethod
    def conditions(self, pro: float, con: float) -> tuple[Condition, ...]:
        """Each condition of the standard, for these weights, and whether it holds.

        :meth:`is_met` is true exactly when every condition holds.
        """

    def failures(self, pro: float, con: float) -> tuple[str, ...]:
        """The conditions that fail for these weights, in words (empty when met).

        Examples
        --------
        >>> BeyondReasonableDoubt.carneades4().failures(0.9, 0.3)
        ('con 0.3 is not below gamma 0.3',)
        >>> Preponderance().failures(0.5, 0.5)
        ('pro 0.5 does not exceed con 0.5',)
        """
        return tuple(c.failed for c in self.conditions(pro, con) if not c.met)

    def __str__(self) -> str:
        return self.abbreviation


@attrs.frozen
class Condition:
    """One condition of a proof standard, for given weights: whether it holds, and what
    it says when it does (``held``) and when it does not (``failed``)."""

    met: bool
    held: str
    failed: str


def _w(value: float) -> str:
    return f"{value:.3g}"


def _pro_above_zero(pro: float) -> Condition:
    return Condition(pro > 0.0, f"pro {_w(pro)} is above 0", f"pro {_w(pro)} is not above 0")


def _pro_above_con(pro: float, con: float) -> Condition:
    return Condition(
        pro > con,
        f"pro {_w(pro)} exceeds con {_w(con)}",
        f"pro {_w(pro)} does not exceed con {_w(con)}",
    )


def _pro_above_alpha(pro: float, alpha: float) -> Condition:
    return Condition(
        pro > alpha,
        f"pro {_w(pro)} is above alpha {alpha:g}",
        f"pro {_w(pro)} is not above alpha {alpha:g}",
    )


def _lead_above_beta(pro: float, con: float, beta: float) -> Condition:
    lead = _w(pro - con)
    return Condition(
        pro - con > beta,
        f"the lead {lead} of pro over con is above beta {beta:g}",
        f"the lead {lead} of pro over con is not above beta {beta:g}",
    )


def _con_below_gamma(con: float, gamma: float) -> Condition:
    return Condition(
        con < gamma,
        f"con {_w(con)} is below gamma {gamma:g}",
        f"con {_w(con)} is not below gamma {gamma:g}",
    )


@attrs.frozen
class Scintilla(ProofStandard):
    """Scintilla of evidence (SE): some applicable argument supports the position.

    ``pro > 0``. The weakest standard; the case against does not matter. When several
    positions of one issue meet it, none wins (a tie leaves every position out).

    Examples
    --------
    >>> Scintilla().is_met(0.1, 0.9)
    True
    >>> Scintilla().is_met(0.0, 0.0)
    False
    """

    abbreviation: ClassVar[str] = "SE"
    title: ClassVar[str] = "scintilla of evidence"

    def is_met(self, pro: float, con: float) -> bool:
        return pro > 0.0

    def describe(self) -> str:
        return "some applicable argument supports it (pro > 0)"

    def conditions(self, pro: float, con: float) -> tuple[Condition, ...]:
        return (_pro_above_zero(pro),)


@attrs.frozen
class Preponderance(ProofStandard):
    """Preponderance of the evidence (PE): the case for is stronger than the case against.

    ``pro > con`` (hence ``pro > 0``). Carneades' default standard; equal weights are a
    tie, and a tie leaves every position of the issue out.

    Examples
    --------
    >>> Preponderance().is_met(0.6, 0.5)
    True
    >>> Preponderance().is_met(0.5, 0.5)
    False
    """

    abbreviation: ClassVar[str] = "PE"
    title: ClassVar[str] = "preponderance of the evidence"

    def is_met(self, pro: float, con: float) -> bool:
        return pro > con

    def describe(self) -> str:
        return "its best argument outweighs the best argument against it (pro > con)"

    def conditions(self, pro: float, con: float) -> tuple[Condition, ...]:
        return (_pro_above_con(pro, con),)


@attrs.frozen
class ClearAndConvincing(ProofStandard):
    """Clear and convincing evidence (CCE): strong support that clearly exceeds the case against.

    ``pro > con``, ``pro > alpha`` and ``pro - con > beta``.

    Parameters
    ----------
    alpha:
        Minimum weight of the best pro argument (default 0.5, as in Carneades 3).
    beta:
        Minimum margin of the best pro argument over the best con argument (default 0.3).

    Examples
    --------
    >>> ClearAndConvincing().is_met(0.9, 0.5)
    True
    >>> ClearAndConvincing().is_met(0.7, 0.5)  # margin 0.2 is not above beta = 0.3
    False
    >>> ClearAndConvincing.carneades4()  # the thresholds Carneades 4 hard-codes
    ClearAndConvincing(alpha=0.0, beta=0.5)
    """

    abbreviation: ClassVar[str] = "CCE"
    title: ClassVar[str] = "clear and convincing evidence"
    alpha: float = attrs.field(default=0.5, validator=_unit_field, converter=_as_float)
    beta: float = attrs.field(default=0.3, validator=_unit_field, converter=_as_float)

    @classmethod
    def carneades4(cls) -> ClearAndConvincing:
        """CCE as Carneades 4 evaluates it: ``pro > con`` and ``pro - con > 0.5``."""
        return cls(alpha=0.0, beta=0.5)

    def is_met(self, pro: float, con: float) -> bool:
        return pro > con and pro > self.alpha and pro - con > self.beta

    def describe(self) -> str:
        return (
            f"its best argument outweighs the case against (pro > con), weighs more than "
            f"alpha = {self.alpha:g}, and leads by more than beta = {self.beta:g}"
        )

    def conditions(self, pro: float, con: float) -> tuple[Condition, ...]:
        return (
            _pro_above_con(pro, con),
            _pro_above_alpha(pro, self.alpha),
            _lead_above_beta(pro, con, self.beta),
        )


@attrs.frozen
class BeyondReasonableDoubt(ProofStandard):
    """Beyond reasonable doubt (BRD): clear and convincing, and the case against is weak.

    ``pro > con``, ``pro > alpha``, ``pro - con > beta`` and ``con < gamma``.

    Parameters
    ----------
    alpha, beta:
        As for :class:`ClearAndConvincing` (defaults 0.5 and 0.3).
    gamma:
        The best con argument must weigh less than this (default 0.2, as in Carneades 3).

    Examples
    --------
    >>> BeyondReasonableDoubt().is_met(0.9, 0.1)
    True
    >>> BeyondReasonableDoubt().is_met(0.9, 0.25)  # doubt 0.25 is not below gamma = 0.2
    False
    """

    abbreviation: ClassVar[str] = "BRD"
    title: ClassVar[str] = "beyond reasonable doubt"
    alpha: float = attrs.field(default=0.5, validator=_unit_field, converter=_as_float)
    beta: float = attrs.field(default=0.3, validator=_unit_field, converter=_as_float)
    gamma: float = attrs.field(default=0.2, validator=_unit_field, converter=_as_float)

    @classmethod
    def carneades4(cls) -> BeyondReasonableDoubt:
        """BRD as Carneades 4 evaluates it: CCE there, and ``con < 0.3``."""
        return cls(alpha=0.0, beta=0.5, gamma=0.3)

    def is_met(self, pro: float, con: float) -> bool:
        return pro > con and pro > self.alpha and pro - con > self.beta and con < self.gamma

    def describe(self) -> str:
        return (
            f"its best argument outweighs the case against (pro > con), weighs more than "
            f"alpha = {self.alpha:g}, leads by more than beta = {self.beta:g}, and the best "
            f"argument against weighs less than gamma = {self.gamma:g}"
        )

    def conditions(self, pro: float, con: float) -> tuple[Condition, ...]:
        return (
            _pro_above_con(pro, con),
            _pro_above_alpha(pro, self.alpha),
            _lead_above_beta(pro, con, self.beta),
            _con_below_gamma(con, self.gamma),
        )


@attrs.frozen
class DialecticalValidity(ProofStandard):
    """Dialectical validity (DV): some argument for applies and none against does.

    ``pro > 0`` and ``con == 0``.

    Examples
    --------
    >>> DialecticalValidity().is_met(0.2, 0.0)
    True
    >>> DialecticalValidity().is_met(1.0, 0.1)
    False
    """

    abbreviation: ClassVar[str] = "DV"
    title: ClassVar[str] = "dialectical validity"

    def is_met(self, pro: float, con: float) -> bool:
        return pro > 0.0 and con == 0.0

    def describe(self) -> str:
        return "some applicable argument supports it and no applicable argument opposes it"

    def conditions(self, pro: float, con: float) -> tuple[Condition, ...]:
        return (
            _pro_above_zero(pro),
            Condition(con == 0.0, f"con {_w(con)} is 0", f"con {_w(con)} is not 0"),
        )


_STANDARDS: dict[str, type[ProofStandard]] = {
    cls.abbreviation: cls
    for cls in (
        Scintilla,
        Preponderance,
        ClearAndConvincing,
        BeyondReasonableDoubt,
        DialecticalValidity,
    )
}


def standard_from_name(name: str, *, carneades4: bool = False) -> ProofStandard:
    """The proof standard named by its abbreviation (``SE``, ``PE``, ``CCE``, ``BRD``, ``DV``).

    Parameters
    ----------
    name:
        The abbreviation, in any letter case.
    carneades4:
        Use the thresholds Carneades 4 hard-codes for ``CCE`` and ``BRD`` (see
        :meth:`ClearAndConvincing.carneades4`) instead of the Carneades 3 defaults.

    Returns
    -------
    ProofStandard

    Raises
    ------
    InvalidValueError
        If the name is not one of the five abbreviations.

    Examples
    --------
    >>> standard_from_name("pe")
    Preponderance()
    >>> standard_from_name("BRD", carneades4=True)
    BeyondReasonableDoubt(alpha=0.0, beta=0.5, gamma=0.3)
    >>> standard_from_name("XYZ")
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: unknown proof standard 'XYZ': expected one of SE, PE, CCE, BRD, DV
    """
    cls = _STANDARDS.get(name.upper()) if isinstance(name, str) else None
    if cls is None:
        msg = f"unknown proof standard {name!r}: expected one of {', '.join(_STANDARDS)}"
        raise InvalidValueError(msg)
    if carneades4 and cls is ClearAndConvincing:
        return ClearAndConvincing.carneades4()
    if carneades4 and cls is BeyondReasonableDoubt:
        return BeyondReasonableDoubt.carneades4()
    return cls()


# --- weighing functions -----------------------------------------------------------------


@attrs.frozen
class WeighingFunction(abc.ABC):
    """How an applicable argument's weight follows from the labels of its premises.

    The evaluator calls :meth:`weigh` only for an argument that is not undercut and whose
    premises are all decided (``in`` or ``out``); an undercut or undecided argument
    weighs 0.0. Subclasses: :class:`Linked` (the default), :class:`Convergent`,
    :class:`Cumulative`, :class:`Factorized` and :class:`Constant`.
    """

    name: ClassVar[str]

    @abc.abstractmethod
    def weigh(self, premises_in: int, premises_total: int, *, issue_premises: int) -> float:
        """The weight in [0, 1].

        Parameters
        ----------
        premises_in:
            How many of the argument's premises are ``in`` (the others are ``out``).
        premises_total:
            How many premises the argument has.
        issue_premises:
            How many distinct statements are premises of the arguments for all positions
            of the conclusion's issue (the argument's own premise count when its
            conclusion is not at issue). Only :class:`Factorized` uses it.
        """

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class Linked(WeighingFunction):
    """1.0 when every premise is ``in`` (or there are none), else 0.0. The default.

    >>> Linked().weigh(2, 2, issue_premises=2), Linked().weigh(1, 2, issue_premises=2)
    (1.0, 0.0)
    """

    name: ClassVar[str] = "linked"

    def weigh(self, premises_in: int, premises_total: int, *, issue_premises: int) -> float:
        return 1.0 if premises_in == premises_total else 0.0


@attrs.frozen
class Convergent(WeighingFunction):
    """1.0 when at least one premise is ``in``, else 0.0 (each premise suffices alone).

    >>> Convergent().weigh(1, 3, issue_premises=3), Convergent().weigh(0, 3, issue_premises=3)
    (1.0, 0.0)
    """

    name: ClassVar[str] = "convergent"

    def weigh(self, premises_in: int, premises_total: int, *, issue_premises: int) -> float:
        return 1.0 if premises_in > 0 else 0.0


@attrs.frozen
class Cumulative(WeighingFunction):
    """The fraction of premises that are ``in`` (1.0 for an argument without premises).

    >>> Cumulative().weigh(1, 4, issue_premises=4)
    0.25
    """

    name: ClassVar[str] = "cumulative"

    def weigh(self, premises_in: int, premises_total: int, *, issue_premises: int) -> float:
        return 1.0 if premises_total == 0 else premises_in / premises_total


@attrs.frozen
class Factorized(WeighingFunction):
    """Like linked, but the weight grows with the number of premises (accrual of factors).

    0.0 when a premise is ``out``; otherwise the argument's premise count divided by the
    number of distinct premises of all arguments about the same issue, so an argument
    taking more of the issue's factors into account outweighs one taking fewer
    (Prakken's jogging example).

    >>> Factorized().weigh(2, 2, issue_premises=3)
    0.6666666666666666
    """

    name: ClassVar[str] = "factorized"

    def weigh(self, premises_in: int, premises_total: int, *, issue_premises: int) -> float:
        if premises_in < premises_total:
            return 0.0
        if issue_premises == 0:
            return 1.0
        return min(1.0, premises_total / issue_premises)


@attrs.frozen
class Constant(WeighingFunction):
    """Like linked, but weighs ``value`` instead of 1.0 when every premise is ``in``.

    Parameters
    ----------
    value:
        The weight, in [0, 1].

    >>> Constant(0.4).weigh(1, 1, issue_premises=1), Constant(0.4).weigh(0, 1, issue_premises=1)
    (0.4, 0.0)
    """

    name: ClassVar[str] = "constant"
    value: float = attrs.field(validator=_unit_field)

    def weigh(self, premises_in: int, premises_total: int, *, issue_premises: int) -> float:
        return float(self.value) if premises_in == premises_total else 0.0

    def __str__(self) -> str:
        return f"constant({self.value:g})"


def _order(value: str | Iterable[str]) -> str | tuple[str, ...]:
    return value if isinstance(value, str) else tuple(value)


@attrs.frozen
class PropertyOrder:
    """How one metadata property ranks arguments, for :class:`Preference`.

    Parameters
    ----------
    property:
        The key looked up in each argument's ``meta``.
    order:
        ``"ascending"`` (larger values are stronger, e.g. later dates: lex posterior),
        ``"descending"`` (smaller values are stronger), or the values themselves listed
        from weakest to strongest (e.g. ``("local", "state", "federal")``: lex
        superior). An argument without the property, or with a value not listed, ranks
        below every listed value.

    Raises
    ------
    InvalidValueError
        If ``order`` is none of these.

    Examples
    --------
    >>> PropertyOrder("year").ranks([2001, 1999, None])
    {1999: 0, 2001: 1}
    >>> PropertyOrder("authority", ["local", "federal"]).ranks(["federal", "county"])
    {'county': -1, 'federal': 1}
    """

    property: str = attrs.field(validator=_ident)
    order: str | tuple[str, ...] = attrs.field(default="ascending", converter=_order)

    @order.validator
    def _check_order(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if isinstance(value, str):
            if value not in ("ascending", "descending"):
                msg = f"order of property {self.property!r} must be 'ascending', 'descending' or a list of values, got {value!r}"
                raise InvalidValueError(msg)
        elif not all(isinstance(v, str) for v in value):  # type: ignore[attr-defined]
            msg = f"the values ordering property {self.property!r} must be strings, got {value!r}"
            raise InvalidValueError(msg)

    def ranks(self, values: Iterable[object]) -> dict[object, int]:
        """Rank of each distinct value (higher is stronger; -1 for missing or unlisted)."""
        distinct = sorted({v for v in values if v is not None}, key=_value_key)
        if isinstance(self.order, tuple):
            return {v: self.order.index(str(v)) if str(v) in self.order else -1 for v in distinct}
        if self.order == "ascending":
            return {v: i for i, v in enumerate(distinct)}
        return {v: len(distinct) - 1 - i for i, v in enumerate(distinct)}


def _order_tuple(value: Iterable[PropertyOrder]) -> tuple[PropertyOrder, ...]:
    return tuple(value)


def _value_key(value: object) -> tuple[int, float, str]:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (0, float(value), "")
    return (1, 0.0, str(value))


@attrs.frozen
class Preference(WeighingFunction):
    """Weighs the arguments about one issue by a preference order over their metadata.

    The arguments for all positions of the conclusion's issue are ranked
    lexicographically by ``orders`` (each a :class:`PropertyOrder` over the arguments'
    ``meta``); equally ranked arguments form a group, and an argument in the k-th of n
    groups (weakest first) weighs k/n when all its premises are ``in`` (0 otherwise).
    Models lex superior, lex posterior and similar priority principles. An argument
    whose conclusion is not at issue weighs as if linked.

    Parameters
    ----------
    orders:
        The properties to compare, most important first.

    Raises
    ------
    InvalidValueError
        If ``orders`` is empty or holds something other than :class:`PropertyOrder`.

    Examples
    --------
    >>> newer = Preference([PropertyOrder("year")])
    >>> newer.rank_weights([CarneadesArgument("a", "p", meta={"year": 1990}),
    ...                     CarneadesArgument("b", "q", meta={"year": 2010})])
    {'a': 0.5, 'b': 1.0}
    """

    name: ClassVar[str] = "preference"
    orders: tuple[PropertyOrder, ...] = attrs.field(converter=_order_tuple)

    @orders.validator
    def _check_orders(self, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        if not value or not all(isinstance(o, PropertyOrder) for o in value):
            msg = f"Preference needs one or more PropertyOrder objects, got {value!r}"
            raise InvalidValueError(msg)

    def weigh(self, premises_in: int, premises_total: int, *, issue_premises: int) -> float:
        return 1.0 if premises_in == premises_total else 0.0

    def rank_weights(self, arguments: Iterable[CarneadesArgument]) -> dict[str, float]:
        """The weight of each argument of one issue, from its group in the order."""
        arguments = list(arguments)
        ranks = [o.ranks(a.meta.get(o.property) for a in arguments) for o in self.orders]
        keys = {
            a.id: tuple(
                r.get(a.meta.get(o.property), -1) for o, r in zip(self.orders, ranks, strict=True)
            )
            for a in arguments
        }
        groups = sorted(set(keys.values()))
        return {a: (groups.index(k) + 1) / len(groups) for a, k in keys.items()}


# --- graph elements ---------------------------------------------------------------------


@attrs.frozen
class Statement:
    """A proposition that can be ``in``, ``out`` or ``undecided``.

    Parameters
    ----------
    id:
        Unique among the graph's statements; any non-blank string (Carneades uses
        ground atomic formulas such as ``"¬app(a1)"``).
    text:
        What the statement says, for people (defaults to the id).

    Raises
    ------
    InvalidValueError
        If the id is blank or has surrounding white space, or the text is not a str.

    Examples
    --------
    >>> Statement("¬app(a1)", text="Argument a1 does not apply.").display
    'Argument a1 does not apply.'
    >>> Statement("p").display
    'p'
    """

    id: str = attrs.field(validator=_ident)
    text: str = attrs.field(default="", kw_only=True)

    @text.validator
    def _check_text(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, str):
            msg = f"text of Statement {self.id!r} must be a str, got {value!r}"
            raise InvalidValueError(msg)

    @property
    def display(self) -> str:
        """The text, or the id when there is no text."""
        return self.text.strip() or self.id


@attrs.frozen
class Issue:
    """Alternative positions, at most one of which can be ``in``, decided by a proof standard.

    Parameters
    ----------
    id:
        Unique among the graph's issues.
    positions:
        Statement ids; each statement is a position of at most one issue. A position's
        rivals are the other positions: arguments for them are arguments against it.
        An issue with a single position holds that statement to the standard with no
        rival (con = 0).
    standard:
        The proof standard a position must meet to win (default :class:`Preponderance`).
    presumption:
        A position that holds by presumption (an argmap extension of Carneades): it is
        ``in`` while no argument for a rival position applies and no statement in
        ``unless`` is ``in``. Once contested, it must meet the standard like any other
        position. ``None`` (the default, and Carneades 4's model): no presumption.
    unless:
        Statements whose being ``in`` withdraws the presumption (e.g. a challenger's
        claim, or "the rebutting claim stands"). Only meaningful with ``presumption``.

    Raises
    ------
    InvalidValueError
        If there is no position, the standard is not a :class:`ProofStandard`, the
        presumption is not a position, or ``unless`` is given without a presumption.
    DuplicateKeyError
        If a position is listed twice.

    Examples
    --------
    >>> Issue("i1", ["guilty", "innocent"], standard=BeyondReasonableDoubt())
    Issue(id='i1', positions=('guilty', 'innocent'), standard=BeyondReasonableDoubt(alpha=0.5, beta=0.3, gamma=0.2), presumption=None, unless=())
    >>> Issue("i2", ["p", "p#not"], presumption="q")
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: presumption 'q' of issue 'i2' is not one of its positions ('p', 'p#not')
    """

    id: str = attrs.field(validator=_ident)
    positions: tuple[str, ...] = attrs.field(converter=_str_tuple, validator=_idents)
    standard: ProofStandard = attrs.field(factory=Preponderance, kw_only=True)
    presumption: str | None = attrs.field(default=None, kw_only=True, validator=_optional_ident)
    unless: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_str_tuple, validator=_idents
    )

    @positions.validator
    def _check_positions(self, attribute: attrs.Attribute[Any], value: tuple[str, ...]) -> None:
        if not value:
            msg = f"issue {self.id!r} must have at least one position"
            raise InvalidValueError(msg)

    def __attrs_post_init__(self) -> None:
        if self.presumption is not None and self.presumption not in self.positions:
            msg = (
                f"presumption {self.presumption!r} of issue {self.id!r} is not one of its "
                f"positions {self.positions!r}"
            )
            raise InvalidValueError(msg)
        if self.unless and self.presumption is None:
            msg = f"issue {self.id!r} lists unless={self.unless!r} but has no presumption"
            raise InvalidValueError(msg)

    @standard.validator
    def _check_standard(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, ProofStandard):
            msg = f"standard of issue {self.id!r} must be a ProofStandard, got {value!r}"
            raise InvalidValueError(msg)


class PremiseKind(enum.Enum):
    """How a premise holds (Gordon, Prakken & Walton 2007).

    ``ORDINARY``: holds only if its statement is ``in`` -- the proponent must prove it.
    ``ASSUMPTION``: its statement is presumed ``in`` until the audience challenges it;
    then it must be proved like an ordinary premise.
    (Exceptions, the third kind, are :attr:`CarneadesArgument.exceptions`.)
    """

    ORDINARY = "ordinary"
    ASSUMPTION = "assumption"

    def __str__(self) -> str:
        return self.value


def _frozen_mapping(value: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(value))


def _premise(value: Premise | str) -> Premise:
    return Premise(value) if isinstance(value, str) else value


def _premises(value: Iterable[Premise | str] | str) -> tuple[Premise, ...]:
    return tuple(_premise(item) for item in _str_tuple(value))  # type: ignore[arg-type]


@attrs.frozen
class Premise:
    """A premise of an argument: a statement id, an optional role and a kind.

    Parameters
    ----------
    statement:
        The statement id.
    role:
        The premise's role in its scheme (``"major"``, ``"minor"``, ``"datum"`` ...).
    kind:
        :attr:`PremiseKind.ORDINARY` (default) or :attr:`PremiseKind.ASSUMPTION`.

    >>> Premise("bird", role="minor")
    Premise(statement='bird', role='minor', kind=<PremiseKind.ORDINARY: 'ordinary'>)
    """

    statement: str = attrs.field(validator=_ident)
    role: str | None = attrs.field(default=None, kw_only=True, validator=_optional_ident)
    kind: PremiseKind = attrs.field(default=PremiseKind.ORDINARY, kw_only=True)

    @kind.validator
    def _check_kind(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, PremiseKind):
            msg = f"kind of premise {self.statement!r} must be a PremiseKind, got {value!r}"
            raise InvalidValueError(msg)


@attrs.frozen
class CarneadesArgument:
    """One step from premises to a conclusion, defeasible by exceptions and an undercutter.

    Parameters
    ----------
    id:
        Unique among the graph's arguments.
    conclusion:
        The statement id the argument supports (it opposes the other positions of the
        conclusion's issue).
    premises:
        :class:`Premise` objects or bare statement ids, in order.
    exceptions:
        Statement ids; if any is ``in`` the argument does not apply. The burden of proof
        for an exception lies with the opponent: an unproven exception is ``out`` and does
        not block the argument.
    undercutter:
        A statement id that, when ``in``, makes the argument inapplicable (Carneades 4's
        ``undercutter``; it behaves exactly like one more exception).
    weighing:
        The :class:`WeighingFunction` (default :class:`Linked`).
    scheme:
        Name of the scheme the argument instantiates, for the record.
    meta:
        Metadata (e.g. a rule's ``authority`` or ``effective_date``); only
        :class:`Preference` weighing reads it.

    Examples
    --------
    >>> a = CarneadesArgument("a1", "flies", premises=["bird", Premise("birdsFly", role="major")])
    >>> [p.statement for p in a.premises]
    ['bird', 'birdsFly']
    """

    id: str = attrs.field(validator=_ident)
    conclusion: str = attrs.field(validator=_ident)
    premises: tuple[Premise, ...] = attrs.field(default=(), kw_only=True, converter=_premises)
    exceptions: tuple[str, ...] = attrs.field(
        default=(), kw_only=True, converter=_str_tuple, validator=_idents
    )
    undercutter: str | None = attrs.field(default=None, kw_only=True, validator=_optional_ident)
    weighing: WeighingFunction = attrs.field(factory=Linked, kw_only=True)
    scheme: str | None = attrs.field(default=None, kw_only=True)
    meta: Mapping[str, Any] = attrs.field(
        factory=lambda: MappingProxyType({}), converter=_frozen_mapping, kw_only=True, hash=False
    )

    @premises.validator
    def _check_premises(self, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for premise in value:
            if not isinstance(premise, Premise):
                msg = f"premises of argument {self.id!r} must be Premise objects or statement ids, got {premise!r}"
                raise InvalidValueError(msg)
        ids = [p.statement for p in value]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            msg = f"argument {self.id!r} lists premise(s) {dupes!r} more than once"
            raise DuplicateKeyError(msg)

    @weighing.validator
    def _check_weighing(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, WeighingFunction):
            msg = f"weighing of argument {self.id!r} must be a WeighingFunction, got {value!r}"
            raise InvalidValueError(msg)

    @property
    def defeaters(self) -> tuple[str, ...]:
        """The exceptions followed by the undercutter: statements that block the argument if ``in``."""
        extra = (
            ()
            if self.undercutter is None or self.undercutter in self.exceptions
            else (self.undercutter,)
        )
        return self.exceptions + extra


def _statement_tuple(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _issue_tuple(value: Iterable[Issue]) -> tuple[Issue, ...]:
    return tuple(value)


def _argument_tuple(value: Iterable[CarneadesArgument]) -> tuple[CarneadesArgument, ...]:
    return tuple(value)


@attrs.frozen
class CarneadesGraph:
    """A Carneades argument graph: statements, issues, arguments and assumptions.

    The graph validates itself: ids are unique within statements, issues and arguments;
    every statement id used by an issue, argument or assumption is declared; and a
    statement is a position of at most one issue. Order is kept as given, and every
    output of the evaluator follows it.

    Parameters
    ----------
    statements, issues, arguments:
        The elements.
    assumptions:
        Ids of statements presumed ``in`` until an audience challenges them.
    title:
        A name for the graph, for people.

    Raises
    ------
    DuplicateKeyError
        Two statements, issues or arguments share an id, or a statement is a position of
        two issues.
    UnknownKeyError
        An issue, argument or assumption names an undeclared statement.

    Examples
    --------
    >>> g = CarneadesGraph(
    ...     statements=[Statement("p"), Statement("q")],
    ...     arguments=[CarneadesArgument("a1", "p", premises=["q"])],
    ...     assumptions=["q"],
    ... )
    >>> g.statement("p").display
    'p'
    >>> CarneadesGraph(statements=[Statement("p")], assumptions=["r"])
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownKeyError: assumption 'r' is not a declared statement
    """

    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statement_tuple)
    issues: tuple[Issue, ...] = attrs.field(default=(), converter=_issue_tuple, kw_only=True)
    arguments: tuple[CarneadesArgument, ...] = attrs.field(
        default=(), converter=_argument_tuple, kw_only=True
    )
    assumptions: tuple[str, ...] = attrs.field(
        default=(), converter=_str_tuple, validator=_idents, kw_only=True
    )
    title: str = attrs.field(default="", kw_only=True)
    _statement_index: Mapping[str, Statement] = attrs.field(
        init=False, repr=False, eq=False, hash=False
    )
    _issue_of: Mapping[str, Issue] = attrs.field(init=False, repr=False, eq=False, hash=False)

    def __attrs_post_init__(self) -> None:
        statements = _unique(self.statements, Statement, "statement")
        issues = _unique(self.issues, Issue, "issue")
        _unique(self.arguments, CarneadesArgument, "argument")

        def known(statement_id: str, where: str) -> None:
            if statement_id not in statements:
                msg = f"{where} {statement_id!r} is not a declared statement"
                raise UnknownKeyError(msg)

        issue_of: dict[str, Issue] = {}
        for issue in issues.values():
            for statement_id in issue.unless:
                known(statement_id, f"'unless' of issue {issue.id!r}")
            for position in issue.positions:
                known(position, f"position of issue {issue.id!r}")
                if position in issue_of:
                    msg = (
                        f"statement {position!r} is a position of two issues, "
                        f"{issue_of[position].id!r} and {issue.id!r}"
                    )
                    raise DuplicateKeyError(msg)
                issue_of[position] = issue
        for argument in self.arguments:
            known(argument.conclusion, f"conclusion of argument {argument.id!r}")
            for premise in argument.premises:
                known(premise.statement, f"premise of argument {argument.id!r}")
            for exception in argument.exceptions:
                known(exception, f"exception of argument {argument.id!r}")
            if argument.undercutter is not None:
                known(argument.undercutter, f"undercutter of argument {argument.id!r}")
        for assumption in self.assumptions:
            known(assumption, "assumption")
        object.__setattr__(self, "_statement_index", MappingProxyType(statements))
        object.__setattr__(self, "_issue_of", MappingProxyType(issue_of))

    def statement(self, statement_id: str) -> Statement:
        """The statement with this id.

        Raises
        ------
        UnknownKeyError
            If there is none.
        """
        try:
            return self._statement_index[statement_id]
        except KeyError:
            msg = f"no statement {statement_id!r} in the graph"
            raise UnknownKeyError(msg) from None

    def issue_of(self, statement_id: str) -> Issue | None:
        """The issue the statement is a position of, or None."""
        return self._issue_of.get(statement_id)

    @property
    def statement_ids(self) -> tuple[str, ...]:
        """Statement ids in graph order."""
        return tuple(s.id for s in self.statements)


def _unique(items: Iterable[Any], cls: type, what: str) -> dict[str, Any]:
    index: dict[str, Any] = {}
    for item in items:
        if not isinstance(item, cls):
            msg = f"expected {cls.__name__} objects in the graph's {what}s, got {item!r}"
            raise InvalidValueError(msg)
        key: str = cast(Any, item).id
        if key in index:
            msg = f"two {what}s have the id {key!r}"
            raise DuplicateKeyError(msg)
        index[key] = item
    return index


def _weights(value: Mapping[str, float] | Iterable[tuple[str, float]]) -> Mapping[str, float]:
    pairs = value.items() if isinstance(value, Mapping) else value
    checked: dict[str, float] = {}
    for key, weight in sorted(pairs):
        if not isinstance(key, str):
            msg = f"audience weights must be keyed by argument id, got {key!r}"
            raise InvalidValueError(msg)
        where = f"weight of argument {key!r} of Audience"
        checked[key] = _unit("weights", weight, "Audience", key=key, what=where)
    return MappingProxyType(checked)


def _str_frozenset(value: Iterable[str] | str) -> frozenset[str]:
    items: tuple[Any, ...] = _str_tuple(value)
    for item in items:
        if not isinstance(item, str):
            msg = f"expected statement ids, got {item!r}"
            raise InvalidValueError(msg)
    return frozenset(items)


@attrs.frozen
class Audience:
    """Whom the case must persuade: what they take for granted, doubt, and how they weigh.

    Parameters
    ----------
    assumptions:
        Statement ids this audience accepts without proof, added to the graph's.
    challenged:
        Statement ids this audience questions. A challenged statement is no longer
        assumed -- neither by the graph nor by an assumption premise -- so the burden
        of proof shifts to its proponent: it is ``in`` only if arguments make it so.
    weights:
        Argument id -> weight in [0, 1]. The audience's weight replaces the argument's
        weighing function by ``Constant(weight)``.
    name:
        Who the audience is, for people.

    Examples
    --------
    >>> jury = Audience(challenged={"witness_honest"}, weights={"a1": 0.4}, name="jury")
    >>> sorted(jury.challenged), dict(jury.weights)
    (['witness_honest'], {'a1': 0.4})
    """

    assumptions: frozenset[str] = attrs.field(
        factory=frozenset, converter=_str_frozenset, kw_only=True
    )
    challenged: frozenset[str] = attrs.field(
        factory=frozenset, converter=_str_frozenset, kw_only=True
    )
    weights: Mapping[str, float] = attrs.field(
        factory=lambda: MappingProxyType({}), converter=_weights, kw_only=True
    )
    name: str = attrs.field(default="", kw_only=True)

    def check_against(self, graph: CarneadesGraph) -> None:
        """Raise if the audience names statements or arguments the graph lacks.

        Raises
        ------
        UnknownKeyError
            Naming the first unknown id.
        """
        statements = set(graph.statement_ids)
        for what, ids in (("assumption", self.assumptions), ("challenged", self.challenged)):
            for statement_id in sorted(ids):
                if statement_id not in statements:
                    msg = f"audience {what} {statement_id!r} is not a statement of the graph"
                    raise UnknownKeyError(msg)
        arguments = {a.id for a in graph.arguments}
        for argument_id in self.weights:
            if argument_id not in arguments:
                msg = f"audience weight for {argument_id!r}: no such argument in the graph"
                raise UnknownKeyError(msg)


class ArgumentStatus(enum.Enum):
    """What became of an argument in an evaluation.

    ``APPLICABLE``: not blocked, premises decided, weight above 0 -- it counts.
    ``INAPPLICABLE``: not blocked and decided, but its weighing function gives 0.0
    (for a linked argument: some premise is ``out``).
    ``UNDERCUT``: an exception or its undercutter is ``in``; it weighs 0.0.
    ``UNDECIDED``: a premise, exception or undercutter is ``undecided``.
    """

    APPLICABLE = "applicable"
    INAPPLICABLE = "inapplicable"
    UNDERCUT = "undercut"
    UNDECIDED = "undecided"

    def __str__(self) -> str:
        return self.value


class Basis(enum.Enum):
    """Why a statement got its label.

    ``ASSUMED``: in as an unchallenged assumption. ``EXCLUDED``: out because a rival
    position of its issue is assumed. ``SUPPORTED``: in, not at issue, and some
    applicable argument supports it. ``UNSUPPORTED``: out because every argument for it
    is decided and none applies (or there is none). ``STANDARD_MET`` / ``STANDARD_NOT_MET``:
    its issue was resolved by the proof standard, and it won / did not win.
    ``UNRESOLVED``: undecided, waiting on undecided statements (a cycle).
    ``PRESUMED``: in as its issue's presumption, which nothing that stands contests.
    """

    ASSUMED = "assumed"
    PRESUMED = "presumed"
    EXCLUDED = "excluded"
    SUPPORTED = "supported"
    UNSUPPORTED = "unsupported"
    STANDARD_MET = "standard-met"
    STANDARD_NOT_MET = "standard-not-met"
    UNRESOLVED = "unresolved"

    def __str__(self) -> str:
        return self.value
