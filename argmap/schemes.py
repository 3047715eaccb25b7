"""Argumentation schemes and their critical questions.

A scheme is a stereotyped pattern of defeasible inference -- "an expert says so, so it is
so" -- together with the critical questions that probe its weak points. An
:class:`~argmap.model.Argument` names the scheme it instantiates in ``scheme=``; it then
carries that scheme's critical questions, each of which is at any time

* **answered** -- yes or no, optionally by a claim or evidence of the map that gives the
  answer (an :class:`~argmap.model.QuestionAnswer` on the argument);
* **raised** -- someone asks it (a challenge :class:`~argmap.model.Objection` on the
  argument with ``question=`` set);
* **open** -- neither: nobody has asked or answered it yet.

Following Carneades (Gordon, Prakken & Walton 2007), every question is one of two kinds,
which says who bears the burden of proof once it is asked:

* an **assumption** holds until it is questioned; once raised, the argument's proponent
  must answer it (an assumption question is phrased so that "yes" favours the argument);
* an **exception** does not hold until the opponent proves it; merely raising it changes
  nothing (an exception question is phrased so that "yes" defeats the argument).

The catalogue :data:`SCHEMES` follows Walton, Reed & Macagno (2008), with the questions
reworded so that each asks one thing and has a kind.

>>> from argmap.schemes import get_scheme
>>> expert = get_scheme("expert_opinion")
>>> expert.title
'Argument from expert opinion'
>>> [(q.key, q.kind.value) for q in expert.questions][:3]
[('CQ1', 'assumption'), ('CQ2', 'assumption'), ('CQ3', 'assumption')]
>>> expert.question("CQ4").text
'Is E personally unreliable as a source (biased, dishonest or otherwise untrustworthy)?'
>>> get_scheme("expert")
Traceback (most recent call last):
...
argmap.errors.UnknownSchemeError: scheme 'expert' is not in the catalogue: expected one of 'ad_hominem', ...

References
----------
Walton, D., Reed, C. & Macagno, F. (2008). *Argumentation Schemes*. Cambridge University
Press. doi:10.1017/CBO9780511802034

Gordon, T. F., Prakken, H. & Walton, D. (2007). The Carneades model of argument and burden
of proof. *Artificial Intelligence* 171(10-15), 875-896. doi:10.1016/j.artint.2007.04.010
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from argmap import _validate as validate
from argmap.errors import InvalidValueError, UnknownQuestionError, UnknownSchemeError
from argmap.model import Objection, QuestionAnswer

__all__ = [
    "SCHEMES",
    "CriticalQuestion",
    "QuestionKind",
    "QuestionState",
    "QuestionStatus",
    "Scheme",
    "SchemePremise",
    "get_scheme",
    "scheme_name",
    "similar_schemes",
]

_NAME_RE = re.compile(r"[a-z][a-z0-9_]*\Z")
_QUESTION_KEY_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class QuestionKind(enum.StrEnum):
    """Who must prove a critical question once it is asked.

    ``ASSUMPTION`` holds until questioned, then the proponent must support it;
    ``EXCEPTION`` does not hold until the opponent proves it.
    """

    ASSUMPTION = "assumption"
    EXCEPTION = "exception"


class QuestionStatus(enum.StrEnum):
    """Where a critical question of one argument stands in a map."""

    OPEN = "open"
    RAISED = "raised"
    ANSWERED = "answered"


_text = validate.text()


def _question_key(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _QUESTION_KEY_RE.match(value):
        msg = f"critical question key must be an identifier such as 'CQ1', got {value!r}"
        raise InvalidValueError(msg, field=attribute.name, owner=type(instance).__name__)


def _question_kind(value: QuestionKind | str) -> QuestionKind:
    try:
        return QuestionKind(value)
    except ValueError:
        msg = f"question kind {value!r} is not known: expected 'assumption' or 'exception'"
        raise InvalidValueError(msg) from None


@attrs.frozen
class CriticalQuestion:
    """One critical question of a scheme.

    Parameters
    ----------
    key:
        Identifier within its scheme, e.g. ``"CQ1"``.
    label:
        One or two words naming what it probes (``"expertise"``, ``"bias"``); shown on
        diagrams.
    text:
        The question. Assumption questions are phrased so that "yes" favours the
        argument, exception questions so that "yes" defeats it.
    kind:
        :class:`QuestionKind` -- who bears the burden once it is asked.

    Examples
    --------
    >>> q = CriticalQuestion("CQ1", "field", "Is E an expert in the field A is in?", "assumption")
    >>> q.kind is QuestionKind.ASSUMPTION, q.favourable_answer
    (True, True)
    """

    key: str = attrs.field(validator=_question_key)
    label: str = attrs.field(validator=_text)
    text: str = attrs.field(validator=_text)
    kind: QuestionKind = attrs.field(converter=_question_kind)

    @property
    def favourable_answer(self) -> bool:
        """The answer that lets the argument stand: yes for an assumption, no for an exception."""
        return self.kind is QuestionKind.ASSUMPTION


@attrs.frozen
class SchemePremise:
    """A premise slot of a scheme: its role (``"major"``, ``"minor"``...) and its form."""

    role: str = attrs.field(validator=_text)
    text: str = attrs.field(validator=_text)


def _premises(value: Iterable[object]) -> tuple[SchemePremise, ...]:
    items: list[SchemePremise] = []
    for item in value:
        if not isinstance(item, SchemePremise):
            msg = f"scheme premises must be SchemePremise items, got {item!r}"
            raise InvalidValueError(msg)
        items.append(item)
    return tuple(items)


def _questions(value: Iterable[object]) -> tuple[CriticalQuestion, ...]:
    items: list[CriticalQuestion] = []
    for item in value:
        if not isinstance(item, CriticalQuestion):
            msg = f"scheme questions must be CriticalQuestion items, got {item!r}"
            raise InvalidValueError(msg)
        items.append(item)
    return tuple(items)


def _scheme_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or not _NAME_RE.match(value):
        msg = f"scheme name must be snake_case (e.g. 'expert_opinion'), got {value!r}"
        raise InvalidValueError(msg, field=attribute.name, owner=type(instance).__name__)


@attrs.frozen
class Scheme:
    """An argumentation scheme: premise forms, conclusion form, critical questions.

    Parameters
    ----------
    name:
        The snake_case name used in :attr:`argmap.model.Argument.scheme`.
    title:
        Human title, e.g. ``"Argument from expert opinion"``.
    premises:
        The premise forms with their roles.
    conclusion:
        The conclusion form.
    questions:
        The critical questions, keys unique.
    reference:
        Where the scheme is described.

    Raises
    ------
    InvalidValueError
        If the name is not snake_case, a field is empty, or two questions share a key.
    """

    name: str = attrs.field(validator=_scheme_name)
    title: str = attrs.field(validator=_text)
    premises: tuple[SchemePremise, ...] = attrs.field(converter=_premises)
    conclusion: str = attrs.field(validator=_text)
    questions: tuple[CriticalQuestion, ...] = attrs.field(converter=_questions)
    reference: str = attrs.field(default="Walton, Reed & Macagno 2008", validator=_text)

    def __attrs_post_init__(self) -> None:
        if not self.premises:
            msg = f"scheme {self.name!r} needs at least one premise form, got none"
            raise InvalidValueError(msg)
        keys = [q.key for q in self.questions]
        if len(set(keys)) != len(keys):
            msg = f"scheme {self.name!r} lists a critical question key twice: {keys!r}"
            raise InvalidValueError(msg)

    def question(self, key: str) -> CriticalQuestion:
        """The critical question ``key`` of this scheme.

        Raises
        ------
        UnknownQuestionError
            If the scheme asks no such question.

        Examples
        --------
        >>> get_scheme("analogy").question("CQ9")
        Traceback (most recent call last):
        ...
        argmap.errors.UnknownQuestionError: scheme 'analogy' has no critical question 'CQ9': expected one of 'CQ1', 'CQ2', 'CQ3'
        """
        for q in self.questions:
            if q.key == key:
                return q
        known = ", ".join(repr(q.key) for q in self.questions)
        msg = f"scheme {self.name!r} has no critical question {key!r}: expected one of {known}"
        raise UnknownQuestionError(msg, field="question", owner="Scheme")

    @property
    def assumptions(self) -> tuple[CriticalQuestion, ...]:
        """The questions that hold until asked."""
        return tuple(q for q in self.questions if q.kind is QuestionKind.ASSUMPTION)

    @property
    def exceptions(self) -> tuple[CriticalQuestion, ...]:
        """The questions the opponent must prove."""
        return tuple(q for q in self.questions if q.kind is QuestionKind.EXCEPTION)


@attrs.frozen
class QuestionState:
    """Where one critical question of one argument stands in a map.

    ``status`` is :attr:`QuestionStatus.ANSWERED` when the argument records an answer
    (an answer settles the question even if it was also raised), else
    :attr:`QuestionStatus.RAISED` when a challenge asks it, else
    :attr:`QuestionStatus.OPEN`. ``challenges`` are the keys of the challenges that raise
    it, in map order.
    """

    argument: str
    question: CriticalQuestion
    status: QuestionStatus
    answer: QuestionAnswer | None = None
    challenges: tuple[str, ...] = ()

    @property
    def favourable(self) -> bool | None:
        """Whether the recorded answer lets the argument stand (``None`` if unanswered)."""
        if self.answer is None:
            return None
        return self.answer.answer == self.question.favourable_answer


def question_states(
    argument: str,
    scheme: Scheme,
    answers: tuple[QuestionAnswer, ...],
    objections: tuple[Objection, ...],
) -> tuple[QuestionState, ...]:
    """The state of each of ``scheme``'s questions for ``argument``, in scheme order.

    ``objections`` may be all of a map's objections; only challenges of ``argument`` that
    name a question count.
    """
    by_question = {a.question: a for a in answers}
    states = []
    for q in scheme.questions:
        raising = tuple(o.key for o in objections if o.target == argument and o.question == q.key)
        answer = by_question.get(q.key)
        if answer is not None:
            status = QuestionStatus.ANSWERED
        elif raising:
            status = QuestionStatus.RAISED
        else:
            status = QuestionStatus.OPEN
        states.append(QuestionState(argument, q, status, answer, raising))
    return tuple(states)


# --- the catalogue ------------------------------------------------------------------------

_A = QuestionKind.ASSUMPTION
_X = QuestionKind.EXCEPTION


def _scheme(
    name: str,
    title: str,
    premises: list[tuple[str, str]],
    conclusion: str,
    questions: list[tuple[str, str, QuestionKind]],
    reference: str,
) -> Scheme:
    return Scheme(
        name,
        title,
        tuple(SchemePremise(role, text) for role, text in premises),
        conclusion,
        tuple(
            CriticalQuestion(f"CQ{n}", label, text, kind)
            for n, (label, text, kind) in enumerate(questions, start=1)
        ),
        reference=reference,
    )


_WRM = "Walton, Reed & Macagno 2008"

_CONSEQUENCE_QUESTIONS = [
    ("likelihood", "Are the cited consequences likely to occur if A is brought about?", _A),
    ("evidence", "Is there evidence that the cited consequences will occur?", _A),
    (
        "opposite consequences",
        "Are there consequences of the opposite value that outweigh the cited ones?",
        _X,
    ),
]

_CATALOGUE = (
    _scheme(
        "expert_opinion",
        "Argument from expert opinion",
        [
            ("major", "Source E is an expert in subject domain S, which contains proposition A."),
            ("minor", "E asserts that A is true (or false)."),
        ],
        "A is true (or false).",
        [
            ("expertise", "Is E a genuine and credible expert?", _A),
            ("field", "Is E an expert in the field that A belongs to?", _A),
            ("opinion", "Did E in fact assert A, as it is reported?", _A),
            (
                "trustworthiness",
                "Is E personally unreliable as a source (biased, dishonest or otherwise "
                "untrustworthy)?",
                _X,
            ),
            ("consistency", "Do other experts in S disagree with A?", _X),
            ("backup evidence", "Is E's assertion based on evidence?", _A),
        ],
        f"{_WRM}, ch. 1 and 9; Carneades' expert witness scheme",
    ),
    _scheme(
        "position_to_know",
        "Argument from position to know",
        [
            ("major", "Source a is in a position to know whether things in domain S are true."),
            ("minor", "a asserts that A, which is in S, is true (or false)."),
        ],
        "A is true (or false).",
        [
            ("position", "Is a in a position to know whether A is true?", _A),
            ("honesty", "Is a dishonest or otherwise an untrustworthy source?", _X),
            ("assertion", "Did a in fact assert A?", _A),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "witness_testimony",
        "Argument from witness testimony",
        [
            ("position to know", "Witness W is in a position to know whether A is true."),
            ("truth telling", "W is telling the truth as W knows it."),
            ("statement", "W states that A is true (or false)."),
        ],
        "A may plausibly be taken to be true (or false).",
        [
            ("internal consistency", "Is W's testimony internally inconsistent?", _X),
            ("known facts", "Does W's testimony conflict with the known facts of the case?", _X),
            ("other witnesses", "Does the testimony of other witnesses conflict with W's?", _X),
            ("bias", "Can a bias be attributed to W's account?", _X),
            ("plausibility", "Is A plausible in itself?", _A),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "cause_to_effect",
        "Argument from cause to effect",
        [
            ("major", "Generally, if A occurs, then B will (or might) occur."),
            ("minor", "In this case, A occurs (or might occur)."),
        ],
        "In this case, B will (or might) occur.",
        [
            ("generalisation", "Does the causal generalisation hold?", _A),
            ("evidence", "Is the evidence cited strong enough to warrant the generalisation?", _A),
            (
                "interference",
                "Are there other factors that would interfere with or counteract the "
                "production of the effect in this case?",
                _X,
            ),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "correlation_to_cause",
        "Argument from correlation to cause",
        [("correlation", "There is a positive correlation between A and B.")],
        "A causes B.",
        [
            ("correlation", "Is there really a correlation between A and B?", _A),
            ("coincidence", "Could the correlation be a coincidence?", _X),
            ("third factor", "Could some third factor C be causing both A and B?", _X),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "analogy",
        "Argument from analogy",
        [
            ("similarity", "Generally, case C1 is similar to case C2."),
            ("base", "A is true (or false) in case C1."),
        ],
        "A is true (or false) in case C2.",
        [
            (
                "differences",
                "Are there respects in which C1 and C2 differ that undermine the similarity cited?",
                _X,
            ),
            ("base", "Is A true (or false) in C1?", _A),
            (
                "counter-analogy",
                "Is there another case C3, also similar to C2, in which A is false (or true)?",
                _X,
            ),
        ],
        f"{_WRM}, ch. 2 and 9",
    ),
    _scheme(
        "sign",
        "Argument from sign",
        [
            ("specific", "Finding A is true in this situation."),
            ("general", "B is generally indicated as true when its sign, A, is true."),
        ],
        "B is true in this situation.",
        [
            ("correlation", "Is the sign strongly correlated with what it signifies?", _A),
            ("other events", "Would other events more reliably account for the sign?", _X),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "consequences",
        "Argument from consequences",
        [("premise", "If A is brought about, good (or bad) consequences will plausibly occur.")],
        "A should (or should not) be brought about.",
        _CONSEQUENCE_QUESTIONS,
        f"{_WRM}, ch. 3 and 9",
    ),
    _scheme(
        "positive_consequences",
        "Argument from positive consequences",
        [("premise", "If A is brought about, good consequences will plausibly occur.")],
        "A should be brought about.",
        _CONSEQUENCE_QUESTIONS,
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "negative_consequences",
        "Argument from negative consequences",
        [("premise", "If A is brought about, bad consequences will plausibly occur.")],
        "A should not be brought about.",
        _CONSEQUENCE_QUESTIONS,
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "ad_hominem",
        "Direct (abusive) ad hominem argument",
        [("character attack", "a is a person of bad character.")],
        "a's argument should not be accepted.",
        [
            ("support", "Is the allegation of bad character supported by evidence?", _A),
            (
                "relevance",
                "Is a's character relevant in the kind of dialogue the argument was used in?",
                _A,
            ),
            (
                "overreach",
                "Does the conclusion reject a's argument outright, rather than merely "
                "lowering its credibility?",
                _X,
            ),
        ],
        f"{_WRM}, ch. 9; Walton 1998, Ad Hominem Arguments",
    ),
    _scheme(
        "circumstantial_ad_hominem",
        "Circumstantial ad hominem argument",
        [
            ("argument", "a advocates argument α, which has proposition A as its conclusion."),
            ("inconsistency", "a has carried out an action, or has commitments, that imply not-A."),
            ("credibility", "a is therefore a person whose argument cannot be trusted."),
        ],
        "a's argument α should be given less credibility.",
        [
            ("inconsistency", "Is there really a practical inconsistency in a's commitments?", _A),
            (
                "explanation",
                "Can the apparent inconsistency be explained away (changed circumstances, a "
                "qualification)?",
                _X,
            ),
            (
                "relevance",
                "Is a's credibility relevant to the argument α in this dialogue?",
                _A,
            ),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "bias",
        "Argument from bias",
        [
            (
                "conditional",
                "If x is biased, x is less likely to have weighed the evidence on both sides.",
            ),
            ("bias", "Arguer a is biased."),
        ],
        "a is less likely to have weighed the evidence on both sides.",
        [
            ("evidence", "Is there evidence that a is biased?", _A),
            (
                "normal bias",
                "Is the bias only the normal partisanship of an advocate in this kind of dialogue?",
                _X,
            ),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "best_explanation",
        "Argument from the best explanation (abduction)",
        [
            ("finding", "F is a finding or set of given facts."),
            ("explanation", "E is a satisfactory explanation of F."),
            ("comparison", "No alternative explanation E' given so far is as satisfactory as E."),
        ],
        "E is plausible, as a hypothesis.",
        [
            ("satisfactory", "Is E a satisfactory explanation of F in itself?", _A),
            ("comparison", "Is there an alternative explanation at least as satisfactory?", _X),
            (
                "investigation",
                "Has the investigation gone far enough to warrant drawing a conclusion?",
                _A,
            ),
        ],
        f"{_WRM}, ch. 5 and 9",
    ),
    _scheme(
        "ignorance",
        "Argument from ignorance (lack of evidence)",
        [
            ("conditional", "If A were true, evidence that A is true would have been found."),
            ("search", "No evidence that A is true has been found."),
        ],
        "A is not true.",
        [
            (
                "search",
                "Has the search for evidence gone far enough to expect to find it if it existed?",
                _A,
            ),
            ("burden", "Does the burden of proof lie on the side that asserts A?", _A),
            (
                "standard",
                "Is the standard of proof demanded higher than this kind of claim warrants?",
                _X,
            ),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "popular_opinion",
        "Argument from popular opinion",
        [("general acceptance", "A is generally accepted as true.")],
        "There is a presumption in favour of A.",
        [
            ("evidence", "Is there evidence that A is generally accepted?", _A),
            ("doubt", "Are there good reasons to doubt that A is true despite its acceptance?", _X),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "practical_reasoning",
        "Practical reasoning",
        [
            ("goal", "Agent a has goal G."),
            ("means", "Carrying out action A is a means to realise G."),
        ],
        "a ought to carry out A.",
        [
            ("alternatives", "Are there alternative actions that would realise G better?", _X),
            ("side effects", "Would carrying out A have side effects that outweigh G?", _X),
            ("possibility", "Is it possible for a to carry out A?", _A),
            ("conflicting goals", "Does a have other goals that conflict with G?", _X),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "ethotic",
        "Ethotic argument",
        [
            ("character", "a is a person of good (or bad) moral character."),
            ("assertion", "a asserts that A is true (or argues for A)."),
        ],
        "A should be accepted as more (or less) plausible.",
        [
            ("character", "Is a's character as good (or bad) as the argument claims?", _A),
            (
                "relevance",
                "Is a's character relevant to whether a's assertion of A is to be believed?",
                _A,
            ),
            (
                "degree",
                "Does the argument claim more than a weighting of A's plausibility (e.g. "
                "that A is false merely because of who asserts it)?",
                _X,
            ),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "example",
        "Argument from example",
        [
            ("example", "In this particular case, individual a has property F and property G."),
            ("generality", "a is typical of things that have F."),
        ],
        "Generally, if x has property F, it also has property G.",
        [
            ("truth", "Is the proposition presented by the example in fact true?", _A),
            ("support", "Does the example support the general claim it is cited for?", _A),
            ("typicality", "Is the example typical of the kind of cases the claim covers?", _A),
            ("breadth", "Is the general claim stated more broadly than the examples warrant?", _X),
            (
                "counter-examples",
                "Are there special circumstances or counter-examples that defeat the "
                "generalisation?",
                _X,
            ),
        ],
        f"{_WRM}, ch. 9",
    ),
    _scheme(
        "verbal_classification",
        "Argument from verbal classification",
        [
            ("individual", "a has property F."),
            ("classification", "For all x, if x has property F, x can be classified as G."),
        ],
        "a has property G.",
        [
            ("fact", "Does a definitely have property F?", _A),
            ("definition", "Is the verbal classification doubtful or contested?", _X),
        ],
        f"{_WRM}, ch. 9",
    ),
)


def _alias(name: str) -> str:
    """How a scheme name or title compares: case, spaces, ``_`` and ``-`` aside."""
    return " ".join(name.replace("_", " ").replace("-", " ").casefold().split())


class _Catalogue(Mapping[str, Scheme]):
    """The read-only catalogue: iterates over scheme names (alphabetically), and also
    finds a scheme by its title or by its name written with spaces or in capitals."""

    def __init__(self, schemes: Iterable[Scheme]) -> None:
        self._schemes = {s.name: s for s in sorted(schemes, key=lambda s: s.name)}
        self._aliases: dict[str, str] = {}
        for scheme in self._schemes.values():
            self._aliases[_alias(scheme.name)] = scheme.name
            self._aliases[_alias(scheme.title)] = scheme.name

    def resolve(self, name: object) -> str | None:
        """The catalogue name that ``name`` stands for, or None."""
        if not isinstance(name, str):
            return None
        if name in self._schemes:
            return name
        return self._aliases.get(_alias(name))

    def __getitem__(self, name: str) -> Scheme:
        resolved = self.resolve(name)
        if resolved is None:
            raise KeyError(name)
        return self._schemes[resolved]

    def __contains__(self, name: object) -> bool:
        return self.resolve(name) is not None

    def __iter__(self) -> Iterator[str]:
        return iter(self._schemes)

    def __len__(self) -> int:
        return len(self._schemes)

    def __repr__(self) -> str:
        return f"SCHEMES({', '.join(self._schemes)})"


SCHEMES: Mapping[str, Scheme] = _Catalogue(_CATALOGUE)
"""The scheme catalogue, keyed by name, in alphabetical order (read-only).

Looking a scheme up (``SCHEMES[name]``, ``name in SCHEMES``) also accepts its title and
its name written with spaces or capitals: ``"Argument from sign"``, ``"expert opinion"``.
Iterating gives the names only.

>>> SCHEMES["Argument from sign"].name, "Expert Opinion" in SCHEMES, "sing" in SCHEMES
('sign', True, False)
"""


def scheme_name(name: str) -> str | None:
    """The catalogue name of the scheme called ``name`` (a name or a title), or None.

    Examples
    --------
    >>> scheme_name("Argument from expert opinion"), scheme_name("sing")
    ('expert_opinion', None)
    """
    assert isinstance(SCHEMES, _Catalogue)
    return SCHEMES.resolve(name)


def similar_schemes(name: str, *, limit: int = 3) -> list[str]:
    """Catalogue names close to ``name`` (a misspelt name or title), best first.

    Examples
    --------
    >>> similar_schemes("sing")
    ['sign']
    >>> similar_schemes("Argument from expert opinon")
    ['expert_opinion']
    """

    def core(text: str) -> str:
        # Titles share "argument from ...": compare what follows it.
        return _alias(text).removeprefix("argument from ").removeprefix("argument ")

    wanted = core(name)
    scores: dict[str, float] = {}
    for scheme in SCHEMES.values():
        scores[scheme.name] = max(
            difflib.SequenceMatcher(None, wanted, core(alias)).ratio()
            for alias in (scheme.name, scheme.title)
        )
    best = max(scores.values(), default=0.0)
    close = [n for n, score in scores.items() if score >= 0.7 and score >= best - 0.1]
    return sorted(close, key=lambda n: (-scores[n], n))[:limit]


def get_scheme(name: str) -> Scheme:
    """The catalogue's scheme called ``name``.

    Parameters
    ----------
    name:
        A snake_case scheme name, as used in :attr:`argmap.model.Argument.scheme`, or
        the scheme's title (``"Argument from sign"``).

    Returns
    -------
    Scheme

    Raises
    ------
    UnknownSchemeError
        If the catalogue holds no scheme of that name; the message lists the known ones.

    Examples
    --------
    >>> [q.label for q in get_scheme("sign").questions]
    ['correlation', 'other events']
    """
    try:
        return SCHEMES[name]
    except (KeyError, TypeError):
        known = ", ".join(repr(n) for n in SCHEMES)
        similar = similar_schemes(name) if isinstance(name, str) else []
        hint = f"did you mean {' or '.join(repr(n) for n in similar)}? " if similar else ""
        msg = f"scheme {name!r} is not in the catalogue: {hint}expected one of {known}"
        raise UnknownSchemeError(msg, field="scheme") from None
