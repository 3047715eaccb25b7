"""The elements of an argument map: immutable, validated value classes.

A map is made of

* :class:`Party` -- who speaks (a person, an office, a government, a document's author);
* :class:`Source` -- a document, optionally with its text so quotes can be verified;
* :class:`Quote` -- verbatim words from a source, with a locator;
* :class:`Claim` -- a statement someone asserts, or an implicit premise the analyst reconstructs;
* :class:`Evidence` -- a verbatim quote or a documentary exhibit offered in support;
* :class:`Argument` -- linked premises supporting one conclusion, optionally by a named scheme;
* :class:`Objection` -- a rebut, undermine, undercut or challenge aimed at a claim or argument;
* :class:`QuestionAnswer` -- the answer to a critical question of an argument's scheme.

Every element has a ``key`` unique within its map. Relations name other elements by key;
the map (:class:`argmap.ArgumentMap`) checks that those keys exist and are of the right kind.

>>> from argmap.model import Claim
>>> Claim("forged", "The letter was a forgery.", by="cook")
Claim(key='forged', text='The letter was a forgery.', by='cook', implicit=False, quote=None, note=None)
>>> Claim("bad key", "x")
Traceback (most recent call last):
...
argmap.errors.InvalidKeyError: key 'bad key' of Claim is not valid: expected a letter or '_' followed by letters, digits, '_', '-' or '.'
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from typing import Any, TypeAlias

import attrs

from argmap import _validate as validate
from argmap._shown import shown
from argmap._validate import key_problem, unencodable
from argmap.errors import InvalidValueError, QuoteNotFoundError

__all__ = [
    "Argument",
    "Claim",
    "Element",
    "Evidence",
    "Objection",
    "ObjectionKind",
    "Opposition",
    "Party",
    "QuestionAnswer",
    "Quote",
    "Source",
    "key_problem",
    "normalize_space",
    "unencodable",
]

_SPACE_RE = re.compile(r"\s+")


def normalize_space(text: str) -> str:
    """Collapse every run of white space to one space and strip the ends.

    Quotes are compared with their source after this normalisation, so a line break in
    a copied passage does not make a verbatim quote fail to match.

    >>> normalize_space("  They were\\n  right. ")
    'They were right.'
    """
    return _SPACE_RE.sub(" ", text).strip()


# --- validators (the rules themselves live in argmap._validate) ----------------------------

_valid_key = validate.key()
_optional_key = validate.key(optional=True)
_text = validate.text()
_optional_text = validate.text(optional=True)
_bool = validate.boolean()
_optional_unit = validate.unit_rule(optional=True)


def _key_tuple(value: Iterable[str] | str) -> tuple[str, ...]:
    # A bare string is almost always a mistake for a one-element list; keep it whole so
    # the validator reports it instead of splitting it into characters.
    if isinstance(value, str):
        return (value,)
    try:
        return tuple(value)
    except TypeError:
        msg = f"premises must be a list of keys, got {shown(value)}"
        raise InvalidValueError(msg, field="premises", owner="Argument") from None


# --- elements ---------------------------------------------------------------------------


@attrs.frozen
class Party:
    """Someone who asserts claims: a person, an office, a government, an author.

    Parameters
    ----------
    key:
        Unique identifier within the map.
    name:
        Display name, e.g. ``"Robin Cook"``.
    role:
        What the party is in this debate, e.g. ``"British Foreign Secretary"``.
    description:
        Anything else a reader should know.
    """

    key: str = attrs.field(validator=_valid_key)
    name: str = attrs.field(validator=_text)
    role: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    description: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)


@attrs.frozen
class Quote:
    """Verbatim words from a source.

    ``source`` is the key of a :class:`Source` in the same map; ``locator`` says where the
    words stand in it (a page, a paragraph, a section).
    """

    source: str = attrs.field(validator=_valid_key)
    text: str = attrs.field(validator=_text)
    locator: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)


@attrs.frozen
class Source:
    """A document that claims and evidence are drawn from.

    When ``text`` is given, quotes from this source can be checked to occur in it
    verbatim (white space runs compare equal).

    >>> page = Source("page", "A page", text="They were right. We are confident.")
    >>> page.quote("They were right.", locator="para 1").text
    'They were right.'
    >>> page.quote("They were wrong.")
    Traceback (most recent call last):
    ...
    argmap.errors.QuoteNotFoundError: quote 'They were wrong.' does not occur in the text of source 'page'
    """

    key: str = attrs.field(validator=_valid_key)
    title: str = attrs.field(validator=_text)
    author: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    date: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    publication: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    url: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    text: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text, repr=False)

    def contains(self, words: str) -> bool:
        """Whether ``words`` occur in this source's text (``False`` when it has none)."""
        if self.text is None:
            return False
        return normalize_space(words) in normalize_space(self.text)

    def quote(self, words: str, *, locator: str | None = None) -> Quote:
        """Make a :class:`Quote` of this source, checking it against the text if there is one.

        Raises
        ------
        QuoteNotFoundError
            If the source has a text and ``words`` do not occur in it.
        """
        result = Quote(self.key, words, locator=locator)
        if self.text is not None and not self.contains(words):
            msg = f"quote {shown(words)} does not occur in the text of source {self.key!r}"
            raise QuoteNotFoundError(msg, field="text", owner="Quote", key=self.key)
        return result

    def citation(self) -> str:
        """A one-line human citation: author, title, publication, date."""
        parts = [p for p in (self.author, self.title, self.publication, self.date) if p]
        return ", ".join(parts)


@attrs.frozen
class Claim:
    """A statement that someone asserts, or that the analyst reconstructs.

    Parameters
    ----------
    key:
        Unique identifier within the map.
    text:
        The statement, as the analyst words it for the map.
    by:
        Key of the :class:`Party` who asserts it, if anyone does.
    implicit:
        ``True`` for an implicit premise the analyst reconstructed; it then has no quote.
    quote:
        The speaker's own words, if they are on record.
    note:
        The analyst's remark (why it was reconstructed this way, what it leaves out).
    """

    key: str = attrs.field(validator=_valid_key)
    text: str = attrs.field(validator=_text)
    by: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    implicit: bool = attrs.field(default=False, kw_only=True, validator=_bool)
    quote: Quote | None = attrs.field(
        default=None, kw_only=True, validator=validate.instance_of(Quote, optional=True)
    )
    note: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.implicit and self.quote is not None:
            msg = (
                f"claim {self.key!r} is implicit (reconstructed by the analyst) and so cannot "
                f"carry a quote, got {self.quote!r}"
            )
            raise InvalidValueError(msg)


@attrs.frozen
class Evidence:
    """A piece of evidence: a verbatim quote, or a documentary exhibit.

    Exactly one of ``quote`` (the words relied on) or ``source`` (the exhibit: a document
    offered as a whole, e.g. the letter itself) must be given.

    >>> Evidence("ev", "The letter as printed", source="letter").is_exhibit
    True
    """

    key: str = attrs.field(validator=_valid_key)
    text: str = attrs.field(validator=_text)
    quote: Quote | None = attrs.field(
        default=None, kw_only=True, validator=validate.instance_of(Quote, optional=True)
    )
    source: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    by: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    note: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if (self.quote is None) == (self.source is None):
            msg = (
                f"evidence {self.key!r} needs exactly one of quote= (verbatim words) or "
                f"source= (a documentary exhibit), got quote={self.quote!r}, "
                f"source={self.source!r}"
            )
            raise InvalidValueError(msg)

    @property
    def is_exhibit(self) -> bool:
        """Whether this is a document offered as a whole rather than a quote from one."""
        return self.quote is None

    @property
    def source_key(self) -> str:
        """Key of the source this evidence comes from."""
        if self.quote is not None:
            return self.quote.source
        assert self.source is not None
        return self.source


def _answer(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("yes", "no"):
        return value.strip().lower() == "yes"
    msg = f"answer to a critical question must be True/False or 'yes'/'no', got {shown(value)}"
    raise InvalidValueError(msg, field="answer", owner="QuestionAnswer")


@attrs.frozen
class QuestionAnswer:
    """The answer to one critical question of an argument's scheme.

    Parameters
    ----------
    question:
        The question's key in the scheme, e.g. ``"CQ4"`` (see :mod:`argmap.schemes`).
    answer:
        ``True`` for yes, ``False`` for no (``"yes"``/``"no"`` are accepted).
    by:
        Key of the claim or evidence that gives the answer; the answer then stands or
        falls with it. Without it, the answer is taken as given.
    note:
        The analyst's remark.

    Examples
    --------
    >>> QuestionAnswer("CQ2", "yes", by="cook_expert").answer
    True
    >>> QuestionAnswer("CQ2", "maybe")
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: answer to a critical question must be True/False or 'yes'/'no', got 'maybe'
    """

    question: str = attrs.field(validator=_valid_key)
    answer: bool = attrs.field(converter=_answer)
    by: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    note: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)


def _answers(value: object) -> tuple[QuestionAnswer, ...]:
    if isinstance(value, str | bytes | QuestionAnswer):
        msg = f"answers must be a sequence of QuestionAnswer, got {shown(value)}"
        raise InvalidValueError(msg, field="answers", owner="Argument")
    if not isinstance(value, Iterable):
        msg = f"answers must be a sequence of QuestionAnswer, got {shown(value)}"
        raise InvalidValueError(msg, field="answers", owner="Argument")
    items = tuple(value)
    for item in items:
        if not isinstance(item, QuestionAnswer):
            msg = f"answers must hold QuestionAnswer items, got {shown(item)}"
            raise InvalidValueError(msg, field="answers", owner="Argument")
    return items


@attrs.frozen
class Argument:
    """Linked premises that together support one conclusion.

    Premises are keys of claims or evidence; the conclusion is a claim's key. Several
    arguments for one conclusion are convergent support.

    An argument may also be *sketched*: no premises, only its gist in words (``text``),
    as Argdown's ``<Argument>: text`` is before its premises are reconstructed. A sketched
    argument is unconditional: nothing it rests on can be attacked, only the argument
    itself (by an undercut) or its conclusion.

    >>> Argument("a", [], "c", text="Tea is rich in antioxidants.").premises
    ()
    >>> Argument("a", [], "c")
    Traceback (most recent call last):
    ...
    argmap.errors.InvalidValueError: argument 'a' needs at least one premise, or text= that sketches it, got neither

    Parameters
    ----------
    weight:
        Optional strength of the inference in [0, 1], used by weighted semantics.
    scheme:
        Optional name of the argumentation scheme it instantiates.
    label:
        Optional short title shown on the diagram.
    answers:
        Answers to critical questions of ``scheme`` (see :mod:`argmap.schemes`); the map
        checks them against the scheme's questions.
    text:
        The argument's gist in the analyst's words (Argdown's argument description);
        required when there are no premises.
    reconstructed:
        ``True`` when the inference is the analyst's reconstruction -- the source gives
        the premises and the conclusion but no word marking the one as reason for the
        other -- as ``Claim.implicit`` marks a reconstructed premise. Drawn dashed.
    """

    key: str = attrs.field(validator=_valid_key)
    premises: tuple[str, ...] = attrs.field(converter=_key_tuple)
    conclusion: str = attrs.field(validator=_valid_key)
    by: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    scheme: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    weight: float | None = attrs.field(default=None, kw_only=True, validator=_optional_unit)
    label: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    note: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    answers: tuple[QuestionAnswer, ...] = attrs.field(default=(), kw_only=True, converter=_answers)
    text: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    reconstructed: bool = attrs.field(default=False, kw_only=True, validator=_bool)

    @premises.validator
    def _check_premises(self, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for premise in value:
            _valid_key(self, attribute, premise)
        if len(set(value)) != len(value):
            msg = f"argument {self.key!r} lists a premise twice: {value!r}"
            raise InvalidValueError(msg, field="premises", owner="Argument", key=self.key)

    @property
    def is_sketched(self) -> bool:
        """Whether the argument has no premises, only its gist in ``text``."""
        return not self.premises

    def __attrs_post_init__(self) -> None:
        if not self.premises and self.text is None:
            msg = (
                f"argument {self.key!r} needs at least one premise, or text= that sketches it, "
                "got neither"
            )
            raise InvalidValueError(msg)
        if self.conclusion in self.premises:
            msg = (
                f"argument {self.key!r} has its conclusion {self.conclusion!r} among its "
                "own premises"
            )
            raise InvalidValueError(msg)
        if self.answers and self.scheme is None:
            msg = (
                f"argument {self.key!r} answers critical questions "
                f"{[a.question for a in self.answers]!r} but names no scheme"
            )
            raise InvalidValueError(msg)
        asked = [a.question for a in self.answers]
        if len(set(asked)) != len(asked):
            msg = f"argument {self.key!r} answers a critical question twice: {asked!r}"
            raise InvalidValueError(msg, field="answers", owner="Argument", key=self.key)


class ObjectionKind(enum.StrEnum):
    """The four ways of objecting.

    ``REBUT`` attacks a claim by asserting the contrary; ``UNDERMINE`` attacks a premise of
    an argument; ``UNDERCUT`` attacks the inference of an argument, leaving its premises and
    conclusion alone; ``CHALLENGE`` questions a claim or the support for it without
    asserting the contrary, shifting the burden of proof to its proponent.
    """

    REBUT = "rebut"
    UNDERMINE = "undermine"
    UNDERCUT = "undercut"
    CHALLENGE = "challenge"


class Opposition(enum.StrEnum):
    """How a rebutting (or undermining) claim stands to the claim it attacks, when said.

    ``CONTRARY`` claims cannot both be true but may both be false; ``CONTRADICTORY`` claims
    cannot both be true and cannot both be false (Argdown's ``><``). An objection with
    no opposition is a plain attack. Either way the objection is evaluated as the rebut
    or undermine it is; the opposition records what the source says about the two claims.
    """

    CONTRARY = "contrary"
    CONTRADICTORY = "contradictory"


def _opposition(value: Opposition | str | None) -> Opposition | None:
    if value is None:
        return None
    try:
        return Opposition(value)
    except ValueError:
        choices = ", ".join(repr(k.value) for k in Opposition)
        msg = f"opposition {shown(value)} is not known: expected one of {choices} or None"
        raise InvalidValueError(msg, field="opposition", owner="Objection") from None


def _objection_kind(value: ObjectionKind | str) -> ObjectionKind:
    try:
        return ObjectionKind(value)
    except ValueError:
        choices = ", ".join(repr(k.value) for k in ObjectionKind)
        msg = f"objection kind {shown(value)} is not known: expected one of {choices}"
        raise InvalidValueError(msg, field="kind", owner="Objection") from None


@attrs.frozen
class Objection:
    """An objection aimed at a claim or an argument.

    Parameters
    ----------
    kind:
        One of :class:`ObjectionKind`.
    target:
        The key attacked: a claim for rebut and undermine, an argument for undercut, a
        claim or an argument for challenge.
    attacker:
        The key of the claim, evidence or argument that objects. Required except for a
        challenge, which may be a bare question (then ``text`` holds the question).
    argument:
        For an undermine, the argument whose premise ``target`` is (optional when the
        premise is used by exactly one argument).
    text, quote:
        The objection in the analyst's words and in the objector's own words.
    question:
        For a challenge of an argument: the key of the critical question of the
        argument's scheme that the challenge raises (see :mod:`argmap.schemes`).
    opposition:
        For a rebut or an undermine by a claim or evidence: whether the attacker is the
        ``"contrary"`` or the ``"contradictory"`` of the target (see :class:`Opposition`).
    """

    key: str = attrs.field(validator=_valid_key)
    kind: ObjectionKind = attrs.field(converter=_objection_kind)
    target: str = attrs.field(validator=_valid_key)
    attacker: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    by: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    argument: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    text: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    quote: Quote | None = attrs.field(
        default=None, kw_only=True, validator=validate.instance_of(Quote, optional=True)
    )
    note: str | None = attrs.field(default=None, kw_only=True, validator=_optional_text)
    question: str | None = attrs.field(default=None, kw_only=True, validator=_optional_key)
    opposition: Opposition | None = attrs.field(default=None, kw_only=True, converter=_opposition)

    def __attrs_post_init__(self) -> None:
        if self.opposition is not None and self.kind not in (
            ObjectionKind.REBUT,
            ObjectionKind.UNDERMINE,
        ):
            msg = (
                f"opposition= is only meaningful for a rebut or an undermine; "
                f"{self.kind.value} {self.key!r} got opposition={self.opposition.value!r}"
            )
            raise InvalidValueError(msg)
        if self.question is not None and self.kind is not ObjectionKind.CHALLENGE:
            msg = (
                f"question= is only meaningful for a challenge; {self.kind.value} {self.key!r} "
                f"got question={self.question!r}"
            )
            raise InvalidValueError(msg)
        if self.kind is not ObjectionKind.CHALLENGE and self.attacker is None:
            msg = (
                f"{self.kind.value} {self.key!r} needs an attacker (a claim, evidence or argument)"
            )
            raise InvalidValueError(msg)
        if (
            self.kind is ObjectionKind.CHALLENGE
            and self.attacker is None
            and self.text is None
            and self.quote is None
        ):
            msg = (
                f"challenge {self.key!r} needs its question (text= or quote=) or an attacker "
                "that states the doubt"
            )
            raise InvalidValueError(msg)
        if self.argument is not None and self.kind is not ObjectionKind.UNDERMINE:
            msg = (
                f"argument= is only meaningful for an undermine; {self.kind.value} {self.key!r} "
                f"got argument={self.argument!r}"
            )
            raise InvalidValueError(msg)
        if self.attacker is not None and self.attacker == self.target:
            msg = f"objection {self.key!r} has {self.target!r} attacking itself"
            raise InvalidValueError(msg)


Element: TypeAlias = Party | Source | Claim | Evidence | Argument | Objection
"""Anything a map holds under a key."""
