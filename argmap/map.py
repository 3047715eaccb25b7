"""The argument map: an immutable container with referential integrity, and its builder.

Write a map with :class:`MapBuilder` -- an ordinary object you create and hand around,
never a hidden "current map" -- and freeze it with :meth:`MapBuilder.build`:

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> ann = b.party("ann", "Ann")
>>> tea = b.claim("tea", "Tea is good for you.", by=ann)
>>> rich = b.claim("rich", "Tea is rich in antioxidants.", by=ann)
>>> arg = b.argument("a1", [rich], tea, by=ann)
>>> bob = b.party("bob", "Bob")
>>> doubt = b.challenge(rich, by=bob, text="Says who?")
>>> m = b.build()
>>> [c.key for c in m.claims]
['tea', 'rich']
>>> m["a1"].conclusion
'tea'

Every key is unique across the whole map and every relation must name an element of the
right kind; otherwise building fails with an error naming both keys:

>>> b.argument("a2", ["nope"], tea)
Traceback (most recent call last):
...
argmap.errors.UnknownKeyError: argument 'a2' names premise 'nope', which is not in the map
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, TypeVar

import attrs

from argmap._meta import FrozenDict, freeze
from argmap._shown import shown
from argmap._validate import fresh_key
from argmap.errors import (
    DuplicateKeyError,
    InvalidKeyError,
    InvalidValueError,
    UnknownKeyError,
    WrongKindError,
)
from argmap.model import (
    Argument,
    Claim,
    Element,
    Evidence,
    Objection,
    ObjectionKind,
    Opposition,
    Party,
    QuestionAnswer,
    Quote,
    Source,
    key_problem,
    unencodable,
)
from argmap.schemes import SCHEMES, QuestionState, get_scheme, question_states

__all__ = ["Answered", "ArgumentMap", "MapBuilder", "Raised", "answered", "raised"]

_E = TypeVar("_E", Party, Source, Claim, Evidence, Argument, Objection)

_KIND_NAMES: dict[type, str] = {
    Party: "party",
    Source: "source",
    Claim: "claim",
    Evidence: "evidence",
    Argument: "argument",
    Objection: "objection",
}


def kind_name(element: Element) -> str:
    """The lower-case name of an element's kind, as used in messages and renderings."""
    return _KIND_NAMES[type(element)]


def _tuple_of(cls: type, value: Iterable[Any]) -> tuple[Any, ...]:
    if isinstance(value, str | bytes):
        msg = f"expected a sequence of {cls.__name__}, got {shown(value)}"
        raise InvalidValueError(msg)
    try:
        items = tuple(value)
    except TypeError:
        msg = f"expected a sequence of {cls.__name__}, got {shown(value)}"
        raise InvalidValueError(msg) from None
    for item in items:
        if not isinstance(item, cls):
            msg = f"expected {cls.__name__} items, got {shown(item)}"
            raise InvalidValueError(msg)
    return items


def _parties(value: Iterable[Party]) -> tuple[Party, ...]:
    return _tuple_of(Party, value)


def _sources(value: Iterable[Source]) -> tuple[Source, ...]:
    return _tuple_of(Source, value)


def _claims(value: Iterable[Claim]) -> tuple[Claim, ...]:
    return _tuple_of(Claim, value)


def _evidence(value: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return _tuple_of(Evidence, value)


def _arguments(value: Iterable[Argument]) -> tuple[Argument, ...]:
    return _tuple_of(Argument, value)


def _objections(value: Iterable[Objection]) -> tuple[Objection, ...]:
    return _tuple_of(Objection, value)


def _meta(value: object) -> FrozenDict:
    if not isinstance(value, Mapping):
        msg = f"map meta must be a mapping of JSON data, got {shown(value)}"
        raise InvalidValueError(msg)
    frozen: FrozenDict = freeze(value)
    _check_writable(frozen)
    return frozen


def _check_writable(value: object) -> None:
    """Refuse meta data that no file could hold: lone surrogates, ints too long to print."""
    stack = [(value, "meta")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            problem = unencodable(item, what=where)
            if problem is not None:
                raise InvalidValueError(problem)
        elif isinstance(item, int) and item.bit_length() > 10_000:
            try:
                str(item)  # Python refuses to print ints beyond sys.get_int_max_str_digits()
            except ValueError:
                msg = f"{where} holds {shown(item)}, more than JSON output can spell"
                raise InvalidValueError(msg) from None
        elif isinstance(item, Mapping):
            for key, child in item.items():
                problem = unencodable(key, what=f"a key in {where}")
                if problem is not None:
                    raise InvalidValueError(problem)
                stack.append((child, f"{where}[{key!r}]"))
        elif isinstance(item, tuple):
            stack.extend((child, f"{where}[{i}]") for i, child in enumerate(item))


def _title(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not value.strip():
        msg = f"map {attribute.name} must be a non-empty str, got {shown(value)}"
        raise InvalidValueError(msg, field=attribute.name, owner="ArgumentMap")
    problem = unencodable(value, what=f"map {attribute.name}")
    if problem is not None:
        raise InvalidValueError(problem, field=attribute.name, owner="ArgumentMap")


def _description(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        msg = f"map {attribute.name} must be a str or None, got {shown(value)}"
        raise InvalidValueError(msg, field=attribute.name, owner="ArgumentMap")
    problem = unencodable(value, what=f"map {attribute.name}")
    if problem is not None:
        raise InvalidValueError(problem, field=attribute.name, owner="ArgumentMap")


@attrs.frozen
class ArgumentMap:
    """An immutable argument map.

    Elements keep the order they were given in; every listing, rendering and export
    follows it, so the same map always produces the same output.

    Parameters
    ----------
    title:
        What the map is about.
    parties, sources, claims, evidence, arguments, objections:
        The elements, each a sequence of the matching class.
    description:
        Optional longer text about the map.
    meta:
        JSON data the model has no element for, kept so nothing is lost: importers
        store what they could not map (e.g. AIF locutions) under their format's name.
        Frozen on construction (objects become read-only mappings, lists tuples).

    Raises
    ------
    DuplicateKeyError
        If two elements share a key (keys are unique across all kinds).
    UnknownKeyError
        If a relation names a key the map does not hold.
    WrongKindError
        If a relation names an element of the wrong kind.
    """

    title: str = attrs.field(validator=_title)
    parties: tuple[Party, ...] = attrs.field(default=(), converter=_parties, kw_only=True)
    sources: tuple[Source, ...] = attrs.field(default=(), converter=_sources, kw_only=True)
    claims: tuple[Claim, ...] = attrs.field(default=(), converter=_claims, kw_only=True)
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence, kw_only=True)
    arguments: tuple[Argument, ...] = attrs.field(default=(), converter=_arguments, kw_only=True)
    objections: tuple[Objection, ...] = attrs.field(default=(), converter=_objections, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True, validator=_description)
    meta: FrozenDict = attrs.field(factory=FrozenDict, converter=_meta, kw_only=True)
    _index: dict[str, Element] = attrs.field(
        init=False, repr=False, eq=False, hash=False, alias="_index"
    )
    _relations: _Relations | None = attrs.field(
        init=False, default=None, repr=False, eq=False, hash=False, alias="_relations"
    )

    def __attrs_post_init__(self) -> None:
        index: dict[str, Element] = {}
        for element in self._all():
            if element.key in index:
                other = index[element.key]
                msg = (
                    f"key {element.key!r} is used twice: by a {kind_name(other)} and by a "
                    f"{kind_name(element)}"
                )
                raise DuplicateKeyError(msg, field="key", key=element.key)
            index[element.key] = element
        object.__setattr__(self, "_index", index)
        premises = {p for argument in self.arguments for p in argument.premises}
        for element in self._all():
            check_references(element, index, premises)

    def _all(self) -> Iterator[Element]:
        yield from self.parties
        yield from self.sources
        yield from self.claims
        yield from self.evidence
        yield from self.arguments
        yield from self.objections

    # --- lookup ---------------------------------------------------------------------

    def __getitem__(self, key: str) -> Element:
        _check_lookup(key)
        try:
            return self._index[key]
        except KeyError:
            msg = f"map {self.title!r} holds no element with key {key!r}"
            raise UnknownKeyError(msg, key=key) from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._index

    def __iter__(self) -> Iterator[Element]:
        """Every element, in kind order (parties, sources, claims, evidence, arguments,
        objections) and, within a kind, in the order given."""
        return self._all()

    def __len__(self) -> int:
        return len(self._index)

    def get(self, key: str, kind: type[_E]) -> _E:
        """The element under ``key``, which must be of class ``kind``."""
        if kind not in _KIND_NAMES:
            names = ", ".join(k.__name__ for k in _KIND_NAMES)
            msg = f"kind must be one of the element classes ({names}), got {shown(kind)}"
            raise InvalidValueError(msg, field="kind", owner="ArgumentMap.get")
        return _of_kind(key, self[key], kind)

    @property
    def keys(self) -> tuple[str, ...]:
        """Every key, in iteration order."""
        return tuple(self._index)

    @property
    def _related(self) -> _Relations:
        # Built on the first reverse look-up, once: the map is frozen, so it never goes
        # stale, and maps that are only built and written never pay for it.
        relations = self._relations
        if relations is None:
            relations = _Relations(self.arguments, self.objections)
            object.__setattr__(self, "_relations", relations)
        return relations

    def arguments_for(self, claim: str) -> tuple[Argument, ...]:
        """Arguments whose conclusion is ``claim``, in map order.

        This and the other reverse look-ups (:meth:`arguments_using`,
        :meth:`objections_to`, :meth:`objections_from`, :meth:`questions_of`) read an
        index built once per map, so each costs time in the size of its answer, not of
        the map.

        >>> from argmap import MapBuilder
        >>> b = MapBuilder("Tea")
        >>> tea, rich = b.claim("tea", "Tea is good."), b.claim("rich", "Tea is rich.")
        >>> _ = b.argument("a1", [rich], tea)
        >>> [a.key for a in b.build().arguments_for("tea")]
        ['a1']
        """
        return self._related.arguments_for.get(claim, ())

    def arguments_using(self, premise: str) -> tuple[Argument, ...]:
        """Arguments that have ``premise`` among their premises, in map order."""
        return self._related.arguments_using.get(premise, ())

    def objections_to(self, target: str) -> tuple[Objection, ...]:
        """Objections aimed at ``target``, in map order."""
        return self._related.objections_to.get(target, ())

    def objections_from(self, attacker: str) -> tuple[Objection, ...]:
        """Objections whose attacker is ``attacker``, in map order."""
        return self._related.objections_from.get(attacker, ())

    def questions_of(self, argument: str) -> tuple[QuestionState, ...]:
        """The critical questions of ``argument``'s scheme and where each stands.

        Empty when the argument names no scheme, or one outside the catalogue
        (:data:`argmap.schemes.SCHEMES`).

        Examples
        --------
        >>> from argmap import MapBuilder, answered, raised
        >>> b = MapBuilder("Expert")
        >>> says = b.claim("says", "Dr X says the letter is forged.")
        >>> forged = b.claim("forged", "The letter is forged.")
        >>> cv = b.claim("cv", "Dr X is a historian of the period.")
        >>> arg = b.argument("a", [says], forged, scheme="expert_opinion",
        ...                  questions={"CQ2": answered("yes", by=cv), "CQ6": raised})
        >>> [(s.question.key, s.status.value) for s in b.build().questions_of("a")]
        [('CQ1', 'open'), ('CQ2', 'answered'), ('CQ3', 'open'), ('CQ4', 'open'), ('CQ5', 'open'), ('CQ6', 'raised')]
        """
        arg = self.get(argument, Argument)
        if arg.scheme is None or arg.scheme not in SCHEMES:
            return ()
        return question_states(
            arg.key, SCHEMES[arg.scheme], arg.answers, self.objections_to(arg.key)
        )

    def party_of(self, key: str) -> Party | None:
        """The party who asserts element ``key``, if one is named."""
        by = getattr(self[key], "by", None)
        return None if by is None else self.get(by, Party)

    def source_of(self, quote: Quote) -> Source:
        """The source a quote is taken from."""
        return self.get(quote.source, Source)

    # --- derived maps ---------------------------------------------------------------

    def add(self, *elements: Element) -> ArgumentMap:
        """A new map with ``elements`` appended (validated like any map)."""
        buckets: dict[str, list[Element]] = {
            "parties": list(self.parties),
            "sources": list(self.sources),
            "claims": list(self.claims),
            "evidence": list(self.evidence),
            "arguments": list(self.arguments),
            "objections": list(self.objections),
        }
        for element in elements:
            buckets[_FIELD_OF[type(element)]].append(element)
        return attrs.evolve(self, **buckets)  # type: ignore[arg-type]

    def without(self, *keys: str) -> ArgumentMap:
        """A new map without the named elements; fails if others still refer to them."""
        for key in keys:
            self[key]  # raises for an unknown key
        drop = set(keys)
        return attrs.evolve(
            self,
            parties=[e for e in self.parties if e.key not in drop],
            sources=[e for e in self.sources if e.key not in drop],
            claims=[e for e in self.claims if e.key not in drop],
            evidence=[e for e in self.evidence if e.key not in drop],
            arguments=[e for e in self.arguments if e.key not in drop],
            objections=[e for e in self.objections if e.key not in drop],
        )

    # --- display in Jupyter -----------------------------------------------------------
    # The display code lives in argmap._display, above the renderer; it is imported only
    # when a notebook asks, so this layer never depends on rendering.

    def _repr_mimebundle_(
        self, include: Iterable[str] | None = None, exclude: Iterable[str] | None = None
    ) -> dict[str, str]:
        """The diagram (SVG and HTML) and a text summary, for Jupyter."""
        from argmap._display import map_mimebundle

        return map_mimebundle(self, include=include, exclude=exclude)

    def _repr_svg_(self) -> str | None:
        """The diagram as SVG, for front ends that ask for SVG only."""
        from argmap._display import map_svg

        return map_svg(self)

    def _repr_html_(self) -> str:
        """The diagram as an HTML figure, for front ends that ask for HTML only."""
        from argmap._display import map_html

        return map_html(self)


class _Relations:
    """Reverse look-ups of one frozen map: who concludes, uses, or objects to a key."""

    __slots__ = ("arguments_for", "arguments_using", "objections_from", "objections_to")

    def __init__(self, arguments: Sequence[Argument], objections: Sequence[Objection]) -> None:
        for_: dict[str, list[Argument]] = {}
        using: dict[str, list[Argument]] = {}
        to: dict[str, list[Objection]] = {}
        from_: dict[str, list[Objection]] = {}
        for argument in arguments:
            for_.setdefault(argument.conclusion, []).append(argument)
            for premise in argument.premises:  # premises are distinct: each argument once
                using.setdefault(premise, []).append(argument)
        for objection in objections:
            to.setdefault(objection.target, []).append(objection)
            if objection.attacker is not None:
                from_.setdefault(objection.attacker, []).append(objection)
        self.arguments_for = {k: tuple(v) for k, v in for_.items()}
        self.arguments_using = {k: tuple(v) for k, v in using.items()}
        self.objections_to = {k: tuple(v) for k, v in to.items()}
        self.objections_from = {k: tuple(v) for k, v in from_.items()}


_FIELD_OF: dict[type, str] = {
    Party: "parties",
    Source: "sources",
    Claim: "claims",
    Evidence: "evidence",
    Argument: "arguments",
    Objection: "objections",
}


def _check_lookup(key: object) -> None:
    if not isinstance(key, str):
        msg = f"key must be a str, got {shown(key)}"
        raise InvalidValueError(msg, field="key")


def _of_kind(key: str, element: Element, kind: type[_E]) -> _E:
    if not isinstance(element, kind):
        msg = f"{key!r} is {_article(kind_name(element))}, not {_article(_KIND_NAMES[kind])}"
        raise WrongKindError(msg, key=key)
    return element


def _article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _require(
    index: Mapping[str, Element],
    owner: Element,
    role: str,
    key: str,
    kinds: tuple[type, ...],
) -> Element:
    found = index.get(key)
    if found is None:
        msg = f"{kind_name(owner)} {owner.key!r} names {role} {key!r}, which is not in the map"
        raise UnknownKeyError(msg, field=role, owner=type(owner).__name__, key=key)
    if not isinstance(found, kinds):
        wanted = " or ".join(_article(_KIND_NAMES[k]) for k in kinds)
        msg = (
            f"{kind_name(owner)} {owner.key!r} names {role} {key!r}, which is "
            f"{_article(kind_name(found))}; expected {wanted}"
        )
        raise WrongKindError(msg, field=role, owner=type(owner).__name__, key=key)
    return found


def _check_quote(index: Mapping[str, Element], owner: Element, quote: Quote | None) -> None:
    if quote is not None:
        _require(index, owner, "quote source", quote.source, (Source,))


def check_references(
    element: Element, index: Mapping[str, Element], premises: AbstractSet[str]
) -> None:
    """Check that ``element``'s references exist in ``index`` and are of the right kind;
    ``premises`` holds every key used as a premise (for undermines)."""
    if isinstance(element, Party | Source):
        return
    if element.by is not None:
        _require(index, element, "speaker", element.by, (Party,))
    if isinstance(element, Claim):
        _check_quote(index, element, element.quote)
    elif isinstance(element, Evidence):
        _check_quote(index, element, element.quote)
        if element.source is not None:
            _require(index, element, "source", element.source, (Source,))
    elif isinstance(element, Argument):
        for premise in element.premises:
            _require(index, element, "premise", premise, (Claim, Evidence))
        _require(index, element, "conclusion", element.conclusion, (Claim,))
        _check_answers(element, index)
    else:
        _check_objection(element, index, premises)


def _check_answers(argument: Argument, index: Mapping[str, Element]) -> None:
    if not argument.answers:
        return
    assert argument.scheme is not None  # the model requires a scheme with answers
    scheme = get_scheme(argument.scheme)
    for answer in argument.answers:
        scheme.question(answer.question)
        if answer.by is not None:
            _require(index, argument, f"answer to {answer.question}", answer.by, (Claim, Evidence))
            if answer.by == argument.conclusion:
                msg = (
                    f"argument {argument.key!r} answers {answer.question} with its own "
                    f"conclusion {answer.by!r}"
                )
                raise InvalidValueError(msg, field="answers", owner="Argument", key=answer.by)


def _check_question(objection: Objection, index: Mapping[str, Element]) -> None:
    if objection.question is None:
        return
    target = _require(index, objection, "target", objection.target, (Argument,))
    assert isinstance(target, Argument)
    if target.scheme is None:
        msg = (
            f"challenge {objection.key!r} raises critical question {objection.question!r} of "
            f"argument {target.key!r}, which names no scheme"
        )
        raise WrongKindError(msg, field="question", owner="Objection", key=target.key)
    get_scheme(target.scheme).question(objection.question)


def _check_objection(
    objection: Objection, index: Mapping[str, Element], premises: AbstractSet[str]
) -> None:
    _check_quote(index, objection, objection.quote)
    _check_question(objection, index)
    if objection.attacker is not None:
        _require(index, objection, "attacker", objection.attacker, (Claim, Evidence, Argument))
    if objection.opposition is not None and objection.attacker is not None:
        # Contrary and contradictory are relations between two statements.
        _require(index, objection, "attacker", objection.attacker, (Claim, Evidence))
    kind = objection.kind
    if kind is ObjectionKind.REBUT:
        _require(index, objection, "target", objection.target, (Claim,))
    elif kind is ObjectionKind.UNDERCUT:
        _require(index, objection, "target", objection.target, (Argument,))
    elif kind is ObjectionKind.CHALLENGE:
        _require(index, objection, "target", objection.target, (Claim, Evidence, Argument))
    else:
        _require(index, objection, "target", objection.target, (Claim, Evidence))
        if objection.argument is not None:
            argument = _require(index, objection, "argument", objection.argument, (Argument,))
            assert isinstance(argument, Argument)
            if objection.target not in argument.premises:
                msg = (
                    f"undermine {objection.key!r} targets {objection.target!r}, which is not a "
                    f"premise of argument {objection.argument!r} (its premises: "
                    f"{list(argument.premises)!r})"
                )
                raise WrongKindError(msg, field="target", owner="Objection", key=objection.target)
        elif objection.target not in premises:
            msg = (
                f"undermine {objection.key!r} targets {objection.target!r}, which is no "
                "argument's premise; use a rebut to attack a claim that is not a premise"
            )
            raise WrongKindError(msg, field="target", owner="Objection", key=objection.target)


# --- builder ------------------------------------------------------------------------------

KeyLike = str | Party | Source | Claim | Evidence | Argument | Objection


def _key_of(value: object, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        # Checked here, not only by the element, so the message names the parameter.
        problem = key_problem(value, what=what)
        if problem is not None:
            raise InvalidKeyError(problem, field=what, key=value)
        return value
    if isinstance(value, Party | Source | Claim | Evidence | Argument | Objection):
        return value.key
    msg = f"{what} must be a key or a map element, got {shown(value)}"
    raise InvalidValueError(msg)


def _optional(value: object, what: str, cls: type | tuple[type, ...]) -> None:
    """Refuse ``value`` unless it is ``None`` or an instance of ``cls``."""
    if value is not None and not isinstance(value, cls):
        names = cls.__name__ if isinstance(cls, type) else " or ".join(c.__name__ for c in cls)
        msg = f"{what} must be a {names} or None, got {shown(value)}"
        raise InvalidValueError(msg)


def _required_key(value: object, what: str) -> str:
    key = _key_of(value, what)
    if key is None:
        msg = f"{what} is required, got None"
        raise InvalidValueError(msg)
    return key


def _premise_keys(premises: object) -> tuple[str, ...]:
    """The keys of ``premises``: one premise (a key or an element) or an ordered sequence."""
    if isinstance(premises, str | Party | Source | Claim | Evidence | Argument | Objection):
        premises = [premises]
    if isinstance(premises, AbstractSet | Mapping) or not isinstance(premises, Iterable):
        # A set has no order, and the map must come out the same on every run.
        msg = (
            "premises must be a key, a map element or an ordered sequence (list or tuple) "
            f"of them, got {shown(premises)}"
        )
        raise InvalidValueError(msg)
    return tuple(_required_key(p, "premise") for p in premises)


class MapBuilder:
    """Collects elements for a map, checking each as it is added.

    Each method creates one element, adds it and returns it, so it can be passed to later
    calls in place of its key. Keys are checked for uniqueness and references for
    existence at once, so a mistake raises at the line of the map module that made it.
    :meth:`build` returns the frozen :class:`ArgumentMap`.

    The builder is an ordinary object: a map module makes one, uses it and publishes
    ``MAP = builder.build()``. Nothing is global and nothing happens on import.
    ``meta`` is passed to the map as :attr:`ArgumentMap.meta` (what importers keep).
    """

    def __init__(
        self,
        title: str,
        *,
        description: str | None = None,
        meta: Mapping[str, Any] | None = None,
    ) -> None:
        self._title = title
        self._description = description
        self._meta: Mapping[str, Any] = {} if meta is None else meta
        self._elements: dict[str, Element] = {}
        self._premises: set[str] = set()
        # Validate the title (and meta) now rather than at build() time.
        ArgumentMap(title, description=description, meta=self._meta)

    def _add(self, element: _E) -> _E:
        self._insert(element)
        return element

    def _insert(self, element: Element) -> None:
        if element.key in self._elements:
            other = self._elements[element.key]
            msg = (
                f"key {element.key!r} is used twice: by a {kind_name(other)} and by a "
                f"{kind_name(element)}"
            )
            raise DuplicateKeyError(msg, field="key", key=element.key)
        check_references(element, self._elements, self._premises)
        self._elements[element.key] = element
        if isinstance(element, Argument):
            self._premises.update(element.premises)

    def add(self, *elements: Element) -> None:
        """Add ready-made elements (e.g. from another map), checking each in turn."""
        for element in elements:
            if type(element) not in _FIELD_OF:
                msg = f"expected a map element (Party, Source, Claim, ...), got {shown(element)}"
                raise InvalidValueError(msg)
            self._insert(element)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._elements

    def __getitem__(self, key: str) -> Element:
        _check_lookup(key)
        try:
            return self._elements[key]
        except KeyError:
            msg = f"the builder holds no element with key {key!r}"
            raise UnknownKeyError(msg, key=key) from None

    def _existing(self, value: object, what: str, kind: type[_E]) -> _E:
        """The element ``value`` names (a key or an element), of class ``kind``."""
        key = _required_key(value, what)
        element = self._elements.get(key)
        if element is None:
            msg = f"{what} {key!r} is not in the map (yet): the builder holds no element with that key"
            raise UnknownKeyError(msg, field=what, key=key)
        return _of_kind(key, element, kind)

    def party(
        self,
        key: str,
        name: str,
        *,
        role: str | None = None,
        description: str | None = None,
    ) -> Party:
        """Add a :class:`~argmap.model.Party`."""
        return self._add(Party(key, name, role=role, description=description))

    def source(
        self,
        key: str,
        title: str,
        *,
        author: str | None = None,
        date: str | None = None,
        publication: str | None = None,
        url: str | None = None,
        text: str | None = None,
    ) -> Source:
        """Add a :class:`~argmap.model.Source`; give ``text`` to have quotes verified."""
        return self._add(
            Source(
                key,
                title,
                author=author,
                date=date,
                publication=publication,
                url=url,
                text=text,
            )
        )

    def claim(
        self,
        key: str,
        text: str,
        *,
        by: KeyLike | None = None,
        quote: Quote | None = None,
        implicit: bool = False,
        note: str | None = None,
    ) -> Claim:
        """Add a :class:`~argmap.model.Claim`."""
        return self._add(
            Claim(
                key,
                text,
                by=_key_of(by, "by"),
                quote=quote,
                implicit=implicit,
                note=note,
            )
        )

    def implicit(
        self, key: str, text: str, *, by: KeyLike | None = None, note: str | None = None
    ) -> Claim:
        """Add an implicit premise: a claim the analyst reconstructs, drawn dashed."""
        return self.claim(key, text, by=by, implicit=True, note=note)

    def evidence(
        self,
        key: str,
        text: str | None = None,
        *,
        quote: Quote | None = None,
        source: KeyLike | None = None,
        by: KeyLike | None = None,
        note: str | None = None,
    ) -> Evidence:
        """Add :class:`~argmap.model.Evidence`: a ``quote``, or a ``source`` as exhibit.

        ``text`` defaults to the quote's words.
        """
        _optional(quote, "quote", Quote)
        if text is None:
            if quote is None:
                msg = f"evidence {shown(key)} needs text= when it is an exhibit (no quote)"
                raise InvalidValueError(msg)
            text = quote.text
        return self._add(
            Evidence(
                key,
                text,
                quote=quote,
                source=_key_of(source, "source"),
                by=_key_of(by, "by"),
                note=note,
            )
        )

    def argument(
        self,
        key: str,
        premises: Sequence[KeyLike] | KeyLike,
        conclusion: KeyLike,
        *,
        by: KeyLike | None = None,
        scheme: str | None = None,
        weight: float | None = None,
        label: str | None = None,
        note: str | None = None,
        questions: Mapping[str, QuestionSpec] | None = None,
        text: str | None = None,
        reconstructed: bool = False,
    ) -> Argument:
        """Add an :class:`~argmap.model.Argument` from linked ``premises`` to ``conclusion``.

        With no premises (``[]``), ``text`` sketches the argument in words (a sketched
        argument, as in Argdown); ``text`` may also describe an argument with premises.
        ``reconstructed=True`` marks the inference as the analyst's reconstruction (the
        source does not mark the premises as reasons for the conclusion); it is drawn
        dashed.

        ``questions`` records where critical questions of ``scheme`` stand, by question
        key: :func:`answered` (yes/no, optionally by a claim), :func:`raised` (adds a
        challenge of this argument that asks it; bare ``raised`` works too) or ``"open"``
        (records nothing: questions are open unless answered or raised).
        """
        premise_keys = _premise_keys(premises)
        specs = _question_specs(key, questions)
        if questions:
            # Even a question recorded as "open" must be one the scheme asks: a typo in
            # its key would otherwise pass unnoticed.
            if scheme is None:
                msg = f"argument {shown(key)} records critical questions but names no scheme"
                raise WrongKindError(msg)
            if isinstance(scheme, str):
                for question in questions:
                    get_scheme(scheme).question(question)
        answers = tuple(
            QuestionAnswer(q, spec.answer, by=_key_of(spec.by, "by"), note=spec.note)
            for q, spec in specs
            if isinstance(spec, Answered)
        )
        argument = self._add(
            Argument(
                key,
                premise_keys,
                _required_key(conclusion, "conclusion"),
                by=_key_of(by, "by"),
                scheme=scheme,
                weight=weight,
                label=label,
                note=note,
                answers=answers,
                text=text,
                reconstructed=reconstructed,
            )
        )
        for q, spec in specs:
            if isinstance(spec, Raised):
                self.raise_question(
                    argument,
                    q,
                    key=spec.key,
                    by=spec.by,
                    text=spec.text,
                    quote=spec.quote,
                    note=spec.note,
                )
        return argument

    def answer(
        self,
        argument: KeyLike,
        question: str,
        answer: bool | str,
        *,
        by: KeyLike | None = None,
        note: str | None = None,
    ) -> Argument:
        """Record the answer to critical ``question`` of ``argument`` (added earlier).

        Use it when the answering claim is written after the argument. Returns the
        argument as updated.
        """
        current = self._existing(argument, "argument", Argument)
        key = current.key
        updated = attrs.evolve(
            current,
            answers=(
                *current.answers,
                QuestionAnswer(question, answer, by=_key_of(by, "by"), note=note),
            ),
        )
        check_references(updated, self._elements, self._premises)
        self._elements[key] = updated
        return updated

    def raise_question(
        self,
        argument: KeyLike,
        question: str,
        *,
        key: str | None = None,
        by: KeyLike | None = None,
        text: str | None = None,
        quote: Quote | None = None,
        note: str | None = None,
    ) -> Objection:
        """Raise critical ``question`` of ``argument``: add a challenge that asks it.

        ``text`` defaults to the question as the scheme words it.
        """
        element = self._existing(argument, "argument", Argument)
        target = element.key
        given: object = question  # callers are not type-checked
        if not isinstance(given, str):
            msg = f"question must be the key of a critical question (a str), got {shown(given)}"
            raise InvalidValueError(msg)
        _optional(key, "key", str)
        if element.scheme is None:
            msg = (
                f"argument {target!r} names no scheme, so it has no critical question {question!r}"
            )
            raise WrongKindError(msg)
        if text is None and quote is None:
            text = get_scheme(element.scheme).question(question).text
        if key is None:
            key = self._fresh_key(f"{target}.{question}")
        return self.challenge(
            target, key=key, by=by, text=text, quote=quote, note=note, question=question
        )

    def _objection(
        self,
        kind: ObjectionKind,
        target: KeyLike,
        attacker: KeyLike | None,
        key: str | None,
        *,
        target_name: str = "target",
        **fields: Any,
    ) -> Objection:
        target_key = _required_key(target, target_name)
        attacker_key = _key_of(attacker, "attacker")
        _optional(key, "key", str)
        if key is None:
            key = self._fresh_key(f"{kind.value}.{attacker_key or 'q'}.{target_key}")
        return self._add(Objection(key, kind, target_key, attacker=attacker_key, **fields))

    def _fresh_key(self, stem: str) -> str:
        return fresh_key(stem, self._elements)

    def rebut(
        self,
        attacker: KeyLike,
        target: KeyLike,
        *,
        key: str | None = None,
        by: KeyLike | None = None,
        text: str | None = None,
        quote: Quote | None = None,
        note: str | None = None,
        opposition: Opposition | str | None = None,
    ) -> Objection:
        """``attacker`` asserts the contrary of claim ``target``.

        ``opposition`` says, when the source does, that the two claims are
        ``"contrary"`` or ``"contradictory"`` (see :class:`~argmap.model.Opposition`).
        """
        return self._objection(
            ObjectionKind.REBUT,
            target,
            _required_key(attacker, "attacker"),
            key,
            by=_key_of(by, "by"),
            text=text,
            quote=quote,
            note=note,
            opposition=opposition,
        )

    def undermine(
        self,
        attacker: KeyLike,
        premise: KeyLike,
        *,
        argument: KeyLike | None = None,
        key: str | None = None,
        by: KeyLike | None = None,
        text: str | None = None,
        quote: Quote | None = None,
        note: str | None = None,
        opposition: Opposition | str | None = None,
    ) -> Objection:
        """``attacker`` attacks ``premise`` of an argument (name it when several use it);
        ``opposition`` as for :meth:`rebut`."""
        return self._objection(
            ObjectionKind.UNDERMINE,
            premise,
            _required_key(attacker, "attacker"),
            key,
            target_name="premise",
            argument=_key_of(argument, "argument"),
            by=_key_of(by, "by"),
            text=text,
            quote=quote,
            note=note,
            opposition=opposition,
        )

    def undercut(
        self,
        attacker: KeyLike,
        argument: KeyLike,
        *,
        key: str | None = None,
        by: KeyLike | None = None,
        text: str | None = None,
        quote: Quote | None = None,
        note: str | None = None,
    ) -> Objection:
        """``attacker`` attacks the inference of ``argument``, not its conclusion."""
        return self._objection(
            ObjectionKind.UNDERCUT,
            argument,
            _required_key(attacker, "attacker"),
            key,
            target_name="argument",
            by=_key_of(by, "by"),
            text=text,
            quote=quote,
            note=note,
        )

    def challenge(
        self,
        target: KeyLike,
        *,
        attacker: KeyLike | None = None,
        key: str | None = None,
        by: KeyLike | None = None,
        text: str | None = None,
        quote: Quote | None = None,
        note: str | None = None,
        question: str | None = None,
    ) -> Objection:
        """Question ``target`` (a claim, evidence or argument) without asserting the contrary.

        Give the question as ``text`` and/or the challenger's words as ``quote``, or an
        ``attacker`` claim that states the doubt. ``question`` names the critical question
        of an argument's scheme that the challenge raises.
        """
        return self._objection(
            ObjectionKind.CHALLENGE,
            target,
            attacker,
            key,
            by=_key_of(by, "by"),
            text=text,
            quote=quote,
            note=note,
            question=question,
        )

    def build(self) -> ArgumentMap:
        """Freeze the collected elements into an :class:`ArgumentMap`."""
        groups: dict[str, list[Element]] = {name: [] for name in _FIELD_OF.values()}
        for element in self._elements.values():
            groups[_FIELD_OF[type(element)]].append(element)
        return ArgumentMap(
            self._title,
            description=self._description,
            meta=self._meta,
            **groups,  # type: ignore[arg-type,unused-ignore]
        )


# --- critical question specifications for the builder ---------------------------------------


@attrs.frozen
class Answered:
    """A critical question answered yes or no, optionally by a claim; see :func:`answered`."""

    answer: bool
    by: KeyLike | None = None
    note: str | None = None


@attrs.frozen
class Raised:
    """A critical question someone asks; see :func:`raised`."""

    key: str | None = None
    by: KeyLike | None = None
    text: str | None = None
    quote: Quote | None = None
    note: str | None = None


def answered(
    answer: bool | str = True, *, by: KeyLike | None = None, note: str | None = None
) -> Answered:
    """Say, in :meth:`MapBuilder.argument`'s ``questions=``, that a question is answered.

    Parameters
    ----------
    answer:
        ``True``/``"yes"`` or ``False``/``"no"`` to the question as the scheme words it.
    by:
        The claim or evidence giving the answer (it then stands or falls with it).
    note:
        The analyst's remark.

    Returns
    -------
    Answered

    Raises
    ------
    InvalidValueError
        If ``answer`` is not a yes or a no.

    Examples
    --------
    >>> answered("no").answer
    False
    """
    _key_of(by, "by")
    _optional(note, "note", str)
    return Answered(QuestionAnswer("q", answer).answer, by, note)


def raised(
    *,
    key: str | None = None,
    by: KeyLike | None = None,
    text: str | None = None,
    quote: Quote | None = None,
    note: str | None = None,
) -> Raised:
    """Say, in :meth:`MapBuilder.argument`'s ``questions=``, that a question is raised.

    The builder adds a challenge of the argument (key ``key`` or ``"ARG.CQn"``) asking it;
    ``text`` defaults to the scheme's wording. A bare ``raised`` (not called) means
    ``raised()``.

    Returns
    -------
    Raised

    Examples
    --------
    >>> raised(text="Which archives?").text
    'Which archives?'
    """
    _optional(key, "key", str)
    _key_of(by, "by")
    _optional(text, "text", str)
    _optional(quote, "quote", Quote)
    _optional(note, "note", str)
    return Raised(key, by, text, quote, note)


QuestionSpec = Answered | Raised | str | object


def _question_specs(argument: str, questions: object) -> list[tuple[str, Answered | Raised]]:
    if questions is None:
        return []
    if not isinstance(questions, Mapping):
        msg = (
            f"questions of argument {shown(argument)} must be a mapping of question keys, "
            f"got {shown(questions)}"
        )
        raise InvalidValueError(msg)
    specs: list[tuple[str, Answered | Raised]] = []
    for question, spec in questions.items():
        if not isinstance(question, str):
            msg = (
                f"questions of argument {shown(argument)} must be keyed by critical question "
                f"keys (str), got {shown(question)}"
            )
            raise InvalidValueError(msg)
        if spec is raised:
            specs.append((question, Raised()))
        elif isinstance(spec, Answered | Raised):
            specs.append((question, spec))
        elif spec != "open":
            msg = (
                f"critical question {question!r} of argument {shown(argument)} must be answered(...), "
                f"raised(...) or 'open', got {shown(spec)}"
            )
            raise InvalidValueError(msg)
    return specs
