"""What follows from the Zinoviev map under stated assumptions: the case study's scenario matrix.

The map (``maps/zinoviev.py``) sets no argument weights and records each
critical question as the page leaves it, so it does not say who is right. This module
states the assumptions a reader could bring -- how much each side's case weighs, how a
critical question is answered, which proof standard a thesis must meet -- and computes,
with :func:`argmap.semantics.evaluate.evaluate` and
:func:`argmap.semantics.explain.what_if`, what each combination makes of the two theses:

* ``cook.forgery`` -- "The letter was a forgery" (Robin Cook, for the Foreign Office);
* ``editor.authenticity_possible`` -- "authenticity must be considered quite possible"
  (the page's editor).

Everything in ``docs/zinoviev.md`` between ``<!-- generated: NAME -->`` and
``<!-- end generated -->`` is this module's output; ``python docs/zinoviev_scenarios.py
--write docs/zinoviev.md`` (run by ``make images``) regenerates it, and
``tests/test_zinoviev_case_study.py`` checks that the page is up to date and that the
matrix has the properties the page claims for it.

A scenario states up to four kinds of assumption, each named in the tables:

* a **reading** of the page other than the map's (:data:`zinoviev.READINGS`: the Protocols
  aside as the Left's own analogy, the deception as the West's misreading, Cook's pointer
  to the report as no answer);
* **weights**, which are assumptions about *sides*, never about single claims: the case
  for forgery is every argument voiced by Cook or by the holders of the "Left" line; the
  case for authenticity is every argument voiced by the editor or reported as the 1924
  Foreign Office's reason for thinking the letter genuine. Volkogonov's arguments (about
  Zinoviev's record, not about the letter) keep the map's default;
* **answers** to critical questions the page leaves open;
* a **granted** side: every question the page leaves open or raised on that side's
  arguments is answered in its favour, on top of the scenario's weights -- the side's
  strongest case.

In the Carneades matrix a proof standard is applied to the thesis evaluated; every other
claim keeps Carneades' default, preponderance of the evidence. The semantics table reports
every scenario under grounded and preferred semantics (on the plain framework, and with
the preference-aware reading of rebuttals, in which of two claims that rebut each other
the stronger case defeats the weaker), Carneades (preponderance) and DF-QuAD at once.
"""

from __future__ import annotations

import argparse
import functools
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

import argmap
from argmap._io import atomic_write_text
from argmap.loader import load_map_module
from argmap.model import QuestionAnswer
from argmap.schemes import QuestionKind, QuestionStatus
from argmap.semantics.evaluate import evaluate, negation_statement
from argmap.semantics.explain import Change, explain, what_if
from argmap.semantics.gradual import GRADUAL_SEMANTICS

# Beside the page it writes, not in maps/: that folder holds map modules only, so that
# `argmap check maps/*.py` checks every one of them.
MAP_FILE = Path(__file__).resolve().parents[1] / "maps" / "zinoviev.py"

THESES: tuple[str, ...] = ("cook.forgery", "editor.authenticity_possible")
"""The two claims the matrix is about: Cook's forgery finding and the editor's thesis."""

STANDARDS: tuple[str, ...] = ("SE", "PE", "CCE", "BRD", "DV")
"""Carneades proof standards, weakest first (DV asks the most: no applicable con at all)."""

STANDARD_NAMES: Mapping[str, str] = {
    "SE": "scintilla of evidence",
    "PE": "preponderance of the evidence",
    "CCE": "clear and convincing evidence",
    "BRD": "beyond reasonable doubt",
    "DV": "dialectical validity",
}

FORGERY_SIDE: tuple[str, ...] = ("cook", "left")
"""Parties whose arguments make up the case for forgery."""

AUTHENTICITY_SIDE: tuple[str, ...] = ("editor", "fo_1924")
"""Parties whose arguments make up the case for authenticity (the 1924 Foreign Office's
reason for thinking the letter genuine belongs to it, though the editor does not use it)."""

SIDES: Mapping[str, tuple[str, ...]] = {"forgery": FORGERY_SIDE, "authenticity": AUTHENTICITY_SIDE}
"""The two sides by name, as a scenario grants them."""

DUNG_SEMANTICS: tuple[str, ...] = ("grounded", "preferred", "stable", "ideal")
"""The extension-based semantics shown for the map as written."""

SUPPORT_MODES: tuple[str, ...] = ("presumptive", "necessary", "deductive", "evidential")
"""The bipolar readings of support shown for the map as written."""


@attrs.frozen
class Answer:
    """A hypothetical answer to critical question ``question`` of ``argument``."""

    argument: str
    question: str
    yes: bool

    def words(self) -> str:
        """The answer in a sentence fragment, e.g. ``CQ1 of 'arg' answered "no"``."""
        return f'{self.question} of `{self.argument}` answered "{"yes" if self.yes else "no"}"'


def _validate_side(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and value not in SIDES:
        msg = f"{attribute.name} must be one of {sorted(SIDES)!r} or None, got {value!r}"
        raise ValueError(msg)


def _favourable(kind: QuestionKind) -> bool:
    """The answer that favours an argument: "yes" to an assumption, "no" to an exception."""
    return kind is QuestionKind.ASSUMPTION


@attrs.frozen
class Scenario:
    """A set of stated assumptions under which the map is evaluated.

    Parameters
    ----------
    key:
        Identifier used in the page and the tests.
    assumption:
        The assumptions in words.
    forgery_weight, authenticity_weight:
        Weight of every argument of the forgery side / the authenticity side, or
        ``None`` to keep the map's (no weight: Carneades weighs a linked argument 1).
    answers:
        Critical-question answers assumed on top of the map's.
    reading:
        The key of one of the map's alternative readings (``READINGS`` in the map module),
        or ``None`` for the map's own reading.
    grant:
        ``"forgery"`` or ``"authenticity"`` to answer, in that side's favour, every
        question the page leaves open or raised on its arguments.
    """

    key: str
    assumption: str
    forgery_weight: float | None = None
    authenticity_weight: float | None = None
    answers: tuple[Answer, ...] = ()
    reading: str | None = None
    grant: str | None = attrs.field(default=None, validator=_validate_side)

    def apply(self, argument_map: argmap.ArgumentMap) -> argmap.ArgumentMap:
        """The map with this scenario's reading, weights and answers put in.

        Raises
        ------
        KeyError
            If the reading is not one of the map's, or an answer names an argument the
            map (so read) does not hold.
        """
        if self.reading is not None:
            argument_map = readings()[self.reading].change(argument_map)
        known = {a.key for a in argument_map.arguments}
        for answer in self.answers:
            if answer.argument not in known:
                msg = f"scenario {self.key!r} answers a question of {answer.argument!r}, "
                msg += "which the map does not hold"
                raise KeyError(msg)
        assumed = [*self._granted(argument_map), *self.answers]
        arguments = []
        for argument in argument_map.arguments:
            weight = argument.weight
            if argument.by in FORGERY_SIDE and self.forgery_weight is not None:
                weight = self.forgery_weight
            elif argument.by in AUTHENTICITY_SIDE and self.authenticity_weight is not None:
                weight = self.authenticity_weight
            answers = argument.answers
            for answer in assumed:
                if answer.argument == argument.key:
                    answers = (
                        *(a for a in answers if a.question != answer.question),
                        QuestionAnswer(
                            answer.question,
                            answer.yes,
                            note=f"Assumed in scenario {self.key!r}.",
                        ),
                    )
            arguments.append(attrs.evolve(argument, weight=weight, answers=answers))
        return attrs.evolve(argument_map, arguments=arguments)

    def _granted(self, argument_map: argmap.ArgumentMap) -> tuple[Answer, ...]:
        """The favourable answers to every question left open or raised on the granted
        side's arguments."""
        if self.grant is None:
            return ()
        side = SIDES[self.grant]
        return tuple(
            Answer(argument.key, state.question.key, yes=_favourable(state.question.kind))
            for argument in argument_map.arguments
            if argument.by in side
            for state in argument_map.questions_of(argument.key)
            if state.status is not QuestionStatus.ANSWERED
        )

    def variants(self) -> tuple[tuple[str, Scenario], ...]:
        """Each stated assumption in words, with this scenario without it.

        Without its weights a scenario keeps the map's (none: every argument weighs the
        same); without an answer, the question stands as the map records it; without its
        reading, the map's own reading; without its grant, the side's questions as the
        page leaves them.
        """
        found: list[tuple[str, Scenario]] = []
        if self.reading is not None:
            found.append((f"reading `{self.reading}`", attrs.evolve(self, reading=None)))
        if self.forgery_weight is not None or self.authenticity_weight is not None:
            words = (
                f"weights (forgery {self.forgery_weight:g}, "
                f"authenticity {self.authenticity_weight:g})"
            )
            found.append((words, attrs.evolve(self, forgery_weight=None, authenticity_weight=None)))
        if self.grant is not None:
            found.append((f"{self.grant} side granted", attrs.evolve(self, grant=None)))
        for answer in self.answers:
            rest = tuple(a for a in self.answers if a != answer)
            found.append((answer.words(), attrs.evolve(self, answers=rest)))
        return tuple(found)


_CLASSIFICATION_DOUBTED = Answer("arg.cook.not_zinoviev_so_forged", "CQ1", yes=False)
_EXPERTS_DISAGREE = Answer("arg.cook.expert_report", "CQ5", yes=True)
_FORGER_IMITATED = Answer("arg.editor.fits_zinoviev_record", "CQ2", yes=True)
_DECEPTION_IRRELEVANT = Answer("arg.editor.deception", "CQ2", yes=False)

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "as_written",
        "The map as written: no weights; the editor's backup-evidence question (CQ6) raised "
        "and answered by Cook's pointer to the published report, every other question as "
        "the page leaves it.",
    ),
    Scenario(
        "equal",
        "Both cases weigh the same (0.8 each).",
        forgery_weight=0.8,
        authenticity_weight=0.8,
    ),
    Scenario(
        "forgery_slightly",
        "The case for forgery weighs a little more (0.6 against 0.4).",
        forgery_weight=0.6,
        authenticity_weight=0.4,
    ),
    Scenario(
        "forgery_clearly",
        "The case for forgery weighs clearly more (0.8 against 0.3).",
        forgery_weight=0.8,
        authenticity_weight=0.3,
    ),
    Scenario(
        "forgery_overwhelmingly",
        "The case for forgery weighs overwhelmingly more (0.9 against 0.1).",
        forgery_weight=0.9,
        authenticity_weight=0.1,
    ),
    Scenario(
        "authenticity_slightly",
        "The editor's case weighs a little more (0.6 against 0.4).",
        forgery_weight=0.4,
        authenticity_weight=0.6,
    ),
    Scenario(
        "authenticity_clearly",
        "The editor's case weighs clearly more (0.8 against 0.3).",
        forgery_weight=0.3,
        authenticity_weight=0.8,
    ),
    Scenario(
        "authenticity_overwhelmingly",
        "The editor's case weighs overwhelmingly more (0.9 against 0.1).",
        forgery_weight=0.1,
        authenticity_weight=0.9,
    ),
    Scenario(
        "forgery_clearly_classification_doubted",
        "As 'forgery clearly', and it is not definite that Zinoviev did not send the letter "
        "(the verbal classification's CQ1 answered no).",
        forgery_weight=0.8,
        authenticity_weight=0.3,
        answers=(_CLASSIFICATION_DOUBTED,),
    ),
    Scenario(
        "forgery_clearly_classification_doubted_experts_disagree",
        "As the previous row, and other experts disagree with the chief historian (the "
        "expert argument's CQ5 answered yes).",
        forgery_weight=0.8,
        authenticity_weight=0.3,
        answers=(_CLASSIFICATION_DOUBTED, _EXPERTS_DISAGREE),
    ),
    Scenario(
        "authenticity_clearly_forger_imitated",
        "As 'authenticity clearly', and a forger imitating Zinoviev's known aims would "
        "account for the fit (the sign argument's CQ2 answered yes).",
        forgery_weight=0.3,
        authenticity_weight=0.8,
        answers=(_FORGER_IMITATED,),
    ),
    Scenario(
        "authenticity_clearly_forger_imitated_deception_irrelevant",
        "As the previous row, and the Soviet deception is not relevant to the denial (the "
        "ethotic argument's CQ2 answered no).",
        forgery_weight=0.3,
        authenticity_weight=0.8,
        answers=(_FORGER_IMITATED, _DECEPTION_IRRELEVANT),
    ),
    Scenario(
        "protocols_analogy",
        "The map read the other way on the Protocols aside: the Left argue for their line "
        "by analogy with the Protocols (reading `protocols_analogy`).",
        reading="protocols_analogy",
    ),
    Scenario(
        "deception_misreading",
        "The map read the other way on the deception: it is the West's misreading of "
        "Bolshevism, which discredits the doubters (reading `deception_misreading`).",
        reading="deception_misreading",
    ),
    Scenario(
        "pointer_not_an_answer",
        "The map read the other way on Cook's pointer to the report: it does not answer the "
        "editor's backup-evidence question, which stands raised (reading "
        "`pointer_not_an_answer`).",
        reading="pointer_not_an_answer",
    ),
    Scenario(
        "forgery_clearly_classification_doubted_pointer_not_an_answer",
        "As 'forgery clearly, classification doubted', read with Cook's pointer to the report "
        "as no answer to the editor's backup-evidence question (reading "
        "`pointer_not_an_answer`).",
        forgery_weight=0.8,
        authenticity_weight=0.3,
        answers=(_CLASSIFICATION_DOUBTED,),
        reading="pointer_not_an_answer",
    ),
    Scenario(
        "forgery_clearly_protocols_analogy",
        "As 'forgery clearly', read with the Protocols aside as the Left's own argument from "
        "analogy (reading `protocols_analogy`).",
        forgery_weight=0.8,
        authenticity_weight=0.3,
        reading="protocols_analogy",
    ),
    Scenario(
        "forgery_clearly_classification_doubted_experts_disagree_protocols_analogy",
        "As 'forgery clearly, classification doubted, experts disagree', read with the "
        "Protocols aside as the Left's own argument from analogy (reading "
        "`protocols_analogy`).",
        forgery_weight=0.8,
        authenticity_weight=0.3,
        answers=(_CLASSIFICATION_DOUBTED, _EXPERTS_DISAGREE),
        reading="protocols_analogy",
    ),
    Scenario(
        "forgery_granted",
        "The case for forgery at its strongest: it weighs 0.9 against 0.1, and every "
        "question the page leaves open on its arguments is answered in its favour.",
        forgery_weight=0.9,
        authenticity_weight=0.1,
        grant="forgery",
    ),
    Scenario(
        "authenticity_granted",
        "The editor's case at its strongest: it weighs 0.9 against 0.1, and every question "
        "the page leaves open on its arguments is answered in its favour.",
        forgery_weight=0.1,
        authenticity_weight=0.9,
        grant="authenticity",
    ),
)
"""The scenarios of the matrix, each with the assumption it states."""


def scenario(key: str) -> Scenario:
    """The scenario called ``key``.

    Raises
    ------
    KeyError
        If there is none; the message lists the known keys.
    """
    for candidate in SCENARIOS:
        if candidate.key == key:
            return candidate
    known = ", ".join(repr(s.key) for s in SCENARIOS)
    msg = f"scenario {key!r} is not known: expected one of {known}"
    raise KeyError(msg)


@functools.cache
def _map_module() -> ModuleType:
    return load_map_module(MAP_FILE)


def load() -> argmap.ArgumentMap:
    """The Zinoviev map (loaded once)."""
    result = _map_module().MAP
    assert isinstance(result, argmap.ArgumentMap)
    return result


def readings() -> Mapping[str, Any]:
    """The map's alternative readings (``READINGS`` in the map module), by key."""
    found = _map_module().READINGS
    assert isinstance(found, Mapping)
    return found


def open_question_reasons() -> Mapping[tuple[str, str], str]:
    """Why the map leaves each open critical question open: (argument, question) -> reason."""
    reasons = _map_module().OPEN_QUESTIONS
    assert isinstance(reasons, Mapping)
    return reasons


VERDICTS: tuple[str, ...] = ("accepted", "rejected", "undecided")
"""What Carneades makes of a thesis: its position is in, the rival position is in, or neither."""


def carneades_verdict(argument_map: argmap.ArgumentMap, thesis: str, standard: str) -> str:
    """Whether ``thesis``, held to ``standard``, is accepted, rejected or undecided.

    Carneades sets each objected claim against its rival position "not CLAIM" in one
    issue with one proof standard: the thesis is *accepted* when its own position is
    in, *rejected* when the rival position is in, and *undecided* when neither meets the
    standard (a tie, or a lead too small for the standard).

    Parameters
    ----------
    argument_map:
        The map, usually with a scenario applied.
    thesis:
        A claim's key.
    standard:
        A proof standard's abbreviation (``"SE"`` ... ``"DV"``) or name.

    Returns
    -------
    str
        One of :data:`VERDICTS`.
    """
    evaluation = evaluate(argument_map, semantics=["carneades"], standards={thesis: standard})
    statuses = evaluation.result("carneades").statuses
    if statuses.get(thesis) == "in":
        return "accepted"
    if statuses.get(negation_statement(thesis)) == "in":
        return "rejected"
    return "undecided"


@attrs.frozen
class Row:
    """One row of the matrix: a scenario, a thesis and its verdict under each standard.

    ``deciding`` names the scenario's stated assumptions (see :meth:`Scenario.variants`)
    without which some verdict of the row would differ.
    """

    scenario: Scenario
    thesis: str
    statuses: tuple[tuple[str, str], ...]
    deciding: tuple[str, ...] = ()

    def status(self, standard: str) -> str:
        """The verdict under ``standard``."""
        return dict(self.statuses)[standard]


def _verdicts(
    argument_map: argmap.ArgumentMap, item: Scenario, thesis: str
) -> tuple[tuple[str, str], ...]:
    changed = item.apply(argument_map)
    return tuple((s, carneades_verdict(changed, thesis, s)) for s in STANDARDS)


@functools.cache
def _default_verdicts(item: Scenario, thesis: str) -> tuple[tuple[str, str], ...]:
    # The matrix, its deciding variants and the semantics table share many scenarios.
    return _verdicts(load(), item, thesis)


def matrix(
    argument_map: argmap.ArgumentMap | None = None,
    *,
    scenarios: Iterable[Scenario] = SCENARIOS,
) -> tuple[Row, ...]:
    """Every scenario x thesis x proof standard, evaluated with Carneades.

    Parameters
    ----------
    argument_map:
        The map (default: the Zinoviev map).
    scenarios:
        The scenarios to evaluate (default: :data:`SCENARIOS`).

    Returns
    -------
    tuple[Row, ...]
        Two rows per scenario (one per thesis, in :data:`THESES` order), each with its
        verdicts in :data:`STANDARDS` order and the assumptions that decide them.
    """
    if argument_map is None:
        verdicts = _default_verdicts
    else:

        def verdicts(item: Scenario, thesis: str) -> tuple[tuple[str, str], ...]:
            return _verdicts(argument_map, item, thesis)

    rows = []
    for item in scenarios:
        for thesis in THESES:
            statuses = verdicts(item, thesis)
            deciding = tuple(
                words for words, variant in item.variants() if verdicts(variant, thesis) != statuses
            )
            rows.append(Row(item, thesis, statuses, deciding))
    return tuple(rows)


def dung_table(argument_map: argmap.ArgumentMap | None = None) -> dict[tuple[str, str, str], str]:
    """The map as written under each Dung semantics and support reading, per thesis."""
    base = load() if argument_map is None else argument_map
    table: dict[tuple[str, str, str], str] = {}
    for mode in SUPPORT_MODES:
        evaluation = evaluate(base, semantics=list(DUNG_SEMANTICS), support=mode)
        for thesis in THESES:
            for name in DUNG_SEMANTICS:
                table[(mode, thesis, name)] = evaluation.status(thesis, name)
    return table


PREFERENCES: Mapping[str, Any] = {"rebuttal_preferences": True}
"""The evaluation option of the preference-aware Dung reading: of two claims that rebut
each other, the stronger case defeats the weaker (docs/evaluating.md, "Weighing
contradictory claims")."""

DUNG_READINGS: Mapping[str, tuple[str, Mapping[str, Any]]] = {
    "grounded": ("grounded", {}),
    "preferred": ("preferred", {}),
    "grounded-pref": ("grounded", PREFERENCES),
    "preferred-pref": ("preferred", PREFERENCES),
}
"""The Dung columns of the one-table overview: each semantics and the evaluation options
it is read with (the ``-pref`` columns weigh rebuttals between contradictories)."""

TABLE_SEMANTICS: tuple[str, ...] = (*DUNG_READINGS, "carneades", "df-quad")
"""The semantics of the one-table overview: two Dung semantics, each on the plain
framework and with rebuttal preferences, Carneades (preponderance) and a gradual one."""

TABLE_NAMES: Mapping[str, str] = {
    "grounded": "grounded",
    "preferred": "preferred",
    "grounded-pref": "grounded, preferences",
    "preferred-pref": "preferred, preferences",
    "carneades": "Carneades (PE)",
    "df-quad": "DF-QuAD",
}
"""How the tables name each of :data:`TABLE_SEMANTICS`."""


@attrs.frozen
class Outcome:
    """One row of the semantics table: a scenario, a thesis and what each semantics makes
    of it -- a status word, Carneades' verdict at preponderance, or a DF-QuAD strength."""

    scenario: Scenario
    thesis: str
    grounded: str
    preferred: str
    carneades: str
    df_quad: float
    grounded_pref: str
    preferred_pref: str

    def cells(self) -> tuple[str, ...]:
        """The row's verdicts in :data:`TABLE_SEMANTICS` order, as printed."""
        return (
            self.grounded,
            self.preferred,
            self.grounded_pref,
            self.preferred_pref,
            self.carneades,
            f"{self.df_quad:.3f}",
        )


def outcomes(item: Scenario, argument_map: argmap.ArgumentMap | None = None) -> tuple[Outcome, ...]:
    """What grounded and preferred (plain and with rebuttal preferences), Carneades (at
    preponderance) and DF-QuAD make of each thesis (in :data:`THESES` order) in scenario
    ``item``."""
    base = load() if argument_map is None else argument_map
    changed = item.apply(base)
    evaluation = evaluate(changed, semantics=["grounded", "preferred", "df-quad"])
    weighed = evaluate(changed, semantics=["grounded", "preferred"], **PREFERENCES)

    def carneades(thesis: str) -> str:
        if argument_map is None:  # computed for the matrix already
            return dict(_default_verdicts(item, thesis))["PE"]
        return carneades_verdict(changed, thesis, "PE")

    return tuple(
        Outcome(
            item,
            thesis,
            evaluation.status(thesis, "grounded"),
            evaluation.status(thesis, "preferred"),
            carneades(thesis),
            evaluation.strength(thesis, "df-quad"),
            weighed.status(thesis, "grounded"),
            weighed.status(thesis, "preferred"),
        )
        for thesis in THESES
    )


def semantics_table(
    argument_map: argmap.ArgumentMap | None = None,
    *,
    scenarios: Iterable[Scenario] = SCENARIOS,
) -> tuple[Outcome, ...]:
    """Every scenario x thesis under each of :data:`TABLE_SEMANTICS`, in one table."""
    return tuple(row for item in scenarios for row in outcomes(item, argument_map))


SIDE_THESES: Mapping[str, str] = {
    "forgery": "cook.forgery",
    "authenticity": "editor.authenticity_possible",
}
"""The thesis each side's case is for."""

GRANTED: Mapping[str, str] = {"forgery": "forgery_granted", "authenticity": "authenticity_granted"}
"""The scenario that grants each side its strongest case."""

HEAVIEST: Mapping[str, str] = {
    "forgery": "forgery_overwhelmingly",
    "authenticity": "authenticity_overwhelmingly",
}
"""The scenario that gives each side the heaviest weights and nothing more."""

CHALLENGE_OF_2001 = "obj.editor.foregone_conclusion"
"""The editor's second bracket (2001), the challenge Cook (1999) could not answer in words."""

_RANKS: Mapping[str, int] = {
    "out": 0,
    "rejected": 0,
    "undecided": 1,
    "credulous": 2,
    "in": 3,
    "accepted": 3,
}


def _weights_only(item: Scenario) -> bool:
    return not item.answers and item.reading is None and item.grant is None


@attrs.frozen
class Grant:
    """Whether granting a side its strongest case moves its thesis under one semantics, and
    -- computed, not asserted -- the facts that explain a verdict that does not move.

    ``as_written`` and ``granted`` are the thesis's verdicts (a DF-QuAD strength printed
    to three places); ``weights_matter`` says whether any scenario that only sets weights
    gives the thesis another verdict; ``beyond_weights`` whether granting gives it another
    verdict than the side's heaviest weights alone; ``rivals`` are the claims that rebut
    the thesis and are rebutted by it in turn and that the semantics leaves standing (not
    out) in the map as written; ``challenge_decides`` (forgery side only, else ``None``)
    whether withdrawing the editor's 2001 challenge would change the verdict as written.
    """

    semantics: str
    side: str
    thesis: str
    as_written: str
    granted: str
    weights_matter: bool
    beyond_weights: bool
    rivals: tuple[str, ...]
    challenge_decides: bool | None

    @property
    def moves(self) -> bool:
        """Whether granting the side moves its thesis in the side's favour."""
        if self.semantics == "df-quad":
            return float(self.granted) > float(self.as_written)
        return _RANKS[self.granted] > _RANKS[self.as_written]

    def why_not(self) -> str:
        """Why the verdict does not move, from the computed facts ("" if it moves)."""
        if self.moves:
            return ""
        name = "Carneades" if self.semantics == "carneades" else TABLE_NAMES[self.semantics]
        reasons = []
        if not self.weights_matter:
            reasons.append(f"weights do not enter {name}")
        if not self.beyond_weights:
            reasons.append(
                "granting adds nothing to the heaviest weights (a question left open already "
                "counts for its argument)"
            )
        if self.rivals:
            rivals = " and ".join(f"`{r}`" for r in self.rivals)
            reasons.append(
                f"`{self.thesis}` and {rivals} rebut each other, conflicts {name} does not "
                f"resolve: the thesis stays {self.as_written}"
            )
        if self.challenge_decides is False:
            reasons.append(
                f"the editor's 2001 challenge (`{CHALLENGE_OF_2001}`), which Cook could not "
                "answer in 1999, decides nothing: withdrawn, it leaves the verdict as it is"
            )
        elif self.challenge_decides:
            reasons.append(
                f"the editor's 2001 challenge (`{CHALLENGE_OF_2001}`), which Cook could not "
                "answer in 1999, decides it: withdrawn, the verdict would change"
            )
        return "; ".join(reasons)


def _verdict(row: Outcome, semantics: str) -> str:
    return dict(zip(TABLE_SEMANTICS, row.cells(), strict=True))[semantics]


def grants(argument_map: argmap.ArgumentMap | None = None) -> tuple[Grant, ...]:
    """For each of :data:`TABLE_SEMANTICS` and each side: whether granting the side's case
    moves its thesis, with the facts that explain a verdict that does not move."""
    base = load() if argument_map is None else argument_map
    rows = {(row.scenario.key, row.thesis): row for row in semantics_table(argument_map)}
    weighted = [item.key for item in SCENARIOS if _weights_only(item)]
    found = []
    for semantics in TABLE_SEMANTICS:
        reading = DUNG_READINGS.get(semantics)
        name, options = reading if reading is not None else (semantics, {})
        evaluation = None if reading is None else evaluate(base, semantics=[name], **options)
        for side, thesis in SIDE_THESES.items():
            written = _verdict(rows[("as_written", thesis)], semantics)
            granted = _verdict(rows[(GRANTED[side], thesis)], semantics)
            heaviest = _verdict(rows[(HEAVIEST[side], thesis)], semantics)
            weights_matter = len({_verdict(rows[(k, thesis)], semantics) for k in weighted}) > 1
            rivals: tuple[str, ...] = ()
            decides: bool | None = None
            if evaluation is not None and written != "out":
                # Claims the thesis is in an unresolved conflict with: each rebuts the
                # other, and neither is out.
                rivals = tuple(
                    o.attacker
                    for o in base.objections_to(thesis)
                    if o.kind.value == "rebut"
                    and o.attacker is not None
                    and any(
                        back.attacker == thesis and back.kind.value == "rebut"
                        for back in base.objections_to(o.attacker)
                    )
                    and evaluation.status(o.attacker, name) != "out"
                )
            if evaluation is not None and side == "forgery":
                without = base.without(CHALLENGE_OF_2001)
                alone = evaluate(without, semantics=[name], **options).status(thesis, name)
                decides = alone != written
            found.append(
                Grant(
                    semantics,
                    side,
                    thesis,
                    written,
                    granted,
                    weights_matter,
                    granted != heaviest,
                    rivals,
                    decides,
                )
            )
    return tuple(found)


def _grants_markdown(rows: Sequence[Grant]) -> str:
    lines = [
        "| semantics | side granted | thesis | as written | granted | moves | why not |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        name = TABLE_NAMES[row.semantics]
        moves = "yes" if row.moves else "no"
        lines.append(
            f"| {name} | {row.side} | `{row.thesis}` | {row.as_written} | {row.granted} | "
            f"{moves} | {row.why_not() or '--'} |"
        )
    return "\n".join(lines)


@attrs.frozen
class ReadingChange:
    """A verdict that one of the map's other readings changes: in scenario ``scenario``
    (of the map's own reading), ``thesis`` gets ``before`` under the map's reading and
    ``after`` under ``reading`` (each a verdict per proof standard, in :data:`STANDARDS`
    order)."""

    reading: str
    scenario: str
    thesis: str
    before: tuple[str, ...]
    after: tuple[str, ...]


def reading_changes(argument_map: argmap.ArgumentMap | None = None) -> tuple[ReadingChange, ...]:
    """Every verdict of the matrix that reading the page another way would change.

    Each scenario of the map's own reading is evaluated again under each of the map's
    other readings (a scenario that answers a question of an argument the reading
    replaces is skipped); every thesis whose verdict under some standard differs is listed.
    """
    base = load() if argument_map is None else argument_map
    rows = {(r.scenario.key, r.thesis): r for r in matrix(argument_map)}
    found = []
    for reading in readings():
        for item in SCENARIOS:
            if item.reading is not None:
                continue
            try:
                read = attrs.evolve(item, reading=reading).apply(base)
            except KeyError:
                continue  # an answer to an argument this reading replaces
            for thesis in THESES:
                before = tuple(v for _, v in rows[(item.key, thesis)].statuses)
                after = tuple(carneades_verdict(read, thesis, s) for s in STANDARDS)
                if after != before:
                    found.append(ReadingChange(reading, item.key, thesis, before, after))
    return tuple(found)


def _reading_changes_markdown(changes: Sequence[ReadingChange]) -> str:
    lines = [
        "| reading | scenario | thesis | map's reading (" + ", ".join(STANDARDS) + ") | "
        "this reading |",
        "| --- | --- | --- | --- | --- |",
    ]
    for change in changes:
        lines.append(
            f"| `{change.reading}` | `{change.scenario}` | `{change.thesis}` | "
            f"{', '.join(change.before)} | {', '.join(change.after)} |"
        )
    if not changes:
        lines.append("| -- | -- | -- | -- | -- |")
    return "\n".join(lines)


GRADUAL_CASES: tuple[str, ...] = ("as_written", "forgery_clearly", "authenticity_clearly")
"""Scenarios whose gradual strengths the page shows."""


def gradual_table() -> dict[tuple[str, str, str], float]:
    """Strength of each thesis per gradual semantics in the scenarios of :data:`GRADUAL_CASES`."""
    table: dict[tuple[str, str, str], float] = {}
    for key in GRADUAL_CASES:
        evaluation = evaluate(scenario(key).apply(load()), semantics=list(GRADUAL_SEMANTICS))
        for thesis in THESES:
            for name in GRADUAL_SEMANTICS:
                table[(key, thesis, name)] = evaluation.strength(thesis, name)
    return table


WHAT_IF_CASES: tuple[tuple[str, str, str], ...] = (
    ("as_written", "cook.forgery", "grounded"),
    ("as_written", "editor.authenticity_possible", "grounded"),
    ("forgery_clearly", "cook.forgery", "carneades"),
    ("authenticity_clearly", "editor.authenticity_possible", "carneades"),
)
"""(scenario, thesis, semantics) for which the page lists every deciding single change."""

EXPLAIN_CASES: tuple[tuple[str, str, str], ...] = (
    ("as_written", "cook.forgery", "grounded"),
    ("as_written", "editor.authenticity_possible", "grounded"),
    ("forgery_clearly", "cook.forgery", "carneades"),
    ("authenticity_clearly", "editor.authenticity_possible", "carneades"),
)
"""(scenario, thesis, semantics) whose explanations the page prints."""


@functools.cache
def what_ifs(scenario_key: str, thesis: str, semantics: str) -> tuple[Change, ...]:
    """The single changes that alter ``thesis`` under ``semantics`` in a scenario."""
    return what_if(scenario(scenario_key).apply(load()), thesis, semantics=semantics)


# --- the page's generated sections ------------------------------------------------------------


def _questions_markdown() -> str:
    base = load()
    lines = [
        "| argument | scheme | question | kind | state | why, from the page |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for argument in base.arguments:
        for state in base.questions_of(argument.key):
            q = state.question
            if state.answer is not None:
                word = "yes" if state.answer.answer else "no"
                by = f" by `{state.answer.by}`" if state.answer.by else ""
                where = f'answered "{word}"{by}: {state.answer.note}'
            elif state.challenges:
                where = "raised by " + ", ".join(f"`{c}`" for c in state.challenges)
            else:
                where = open_question_reasons()[(argument.key, q.key)]
            lines.append(
                f"| `{argument.key}` | {argument.scheme} | {q.key} {q.text} | "
                f"{q.kind.value} | {state.status.value} | {where} |"
            )
    return "\n".join(lines)


def _scenarios_markdown() -> str:
    lines = []
    for item in SCENARIOS:
        lines.append(f"- `{item.key}`: {item.assumption}")
    return "\n".join(lines)


def _matrix_markdown(rows: Sequence[Row]) -> str:
    head = "| scenario | thesis | " + " | ".join(STANDARDS) + " | decided by |"
    rule = "| --- | --- | " + " | ".join("---" for _ in STANDARDS) + " | --- |"
    lines = [head, rule]
    for row in rows:
        first = f"`{row.scenario.key}`" if row.thesis == THESES[0] else ""
        cells = " | ".join(row.status(s) for s in STANDARDS)
        deciding = "; ".join(row.deciding) or "--"
        lines.append(f"| {first} | `{row.thesis}` | {cells} | {deciding} |")
    return "\n".join(lines)


def _semantics_markdown(rows: Sequence[Outcome]) -> str:
    head = "| scenario | thesis | " + " | ".join(TABLE_NAMES[s] for s in TABLE_SEMANTICS) + " |"
    rule = "| --- | --- | " + " | ".join("---" for _ in TABLE_SEMANTICS) + " |"
    lines = [head, rule]
    for row in rows:
        first = f"`{row.scenario.key}`" if row.thesis == THESES[0] else ""
        lines.append(f"| {first} | `{row.thesis}` | " + " | ".join(row.cells()) + " |")
    return "\n".join(lines)


def _dung_markdown(table: Mapping[tuple[str, str, str], str]) -> str:
    head = "| support reading | thesis | " + " | ".join(DUNG_SEMANTICS) + " |"
    rule = "| --- | --- | " + " | ".join("---" for _ in DUNG_SEMANTICS) + " |"
    lines = [head, rule]
    for mode in SUPPORT_MODES:
        for thesis in THESES:
            cells = " | ".join(table[(mode, thesis, name)] for name in DUNG_SEMANTICS)
            lines.append(f"| {mode} | `{thesis}` | {cells} |")
    return "\n".join(lines)


def _gradual_markdown() -> str:
    table = gradual_table()
    head = "| scenario | thesis | " + " | ".join(GRADUAL_SEMANTICS) + " |"
    rule = "| --- | --- | " + " | ".join("---" for _ in GRADUAL_SEMANTICS) + " |"
    lines = [head, rule]
    for key in GRADUAL_CASES:
        for thesis in THESES:
            first = f"`{key}`" if thesis == THESES[0] else ""
            cells = " | ".join(f"{table[(key, thesis, name)]:.3f}" for name in GRADUAL_SEMANTICS)
            lines.append(f"| {first} | `{thesis}` | {cells} |")
    return "\n".join(lines)


def _what_if_markdown() -> str:
    parts = []
    for key, thesis, semantics in WHAT_IF_CASES:
        changes = what_ifs(key, thesis, semantics)
        parts.append(f"**`{thesis}`** under {semantics}, scenario `{key}`:\n")
        if not changes:
            parts.append("- No single change alters its status.\n")
        parts.extend(f"- {change}\n" for change in changes)
        parts.append("\n")
    return "".join(parts).rstrip("\n")


def _explain_markdown() -> str:
    parts = []
    for key, thesis, semantics in EXPLAIN_CASES:
        changed = scenario(key).apply(load())
        text = str(explain(changed, thesis, semantics=semantics))
        where = (
            f"{semantics} (every claim at preponderance)" if semantics == "carneades" else semantics
        )
        parts.append(f"**`{thesis}`**, scenario `{key}`, {where}:\n\n```text\n{text}\n```\n\n")
    return "".join(parts).rstrip("\n")


SECTIONS: Mapping[str, Callable[[], str]] = {
    "questions": _questions_markdown,
    "scenarios": _scenarios_markdown,
    "matrix": lambda: _matrix_markdown(matrix()),
    "semantics": lambda: _semantics_markdown(semantics_table()),
    "granting": lambda: _grants_markdown(grants()),
    "readings": lambda: _reading_changes_markdown(reading_changes()),
    "dung": lambda: _dung_markdown(dung_table()),
    "gradual": _gradual_markdown,
    "explanations": _explain_markdown,
    "what-if": _what_if_markdown,
}
"""The page's generated sections by name, each a function returning Markdown."""


@functools.cache
def section(name: str) -> str:
    """The Markdown of generated section ``name`` (computed once)."""
    return SECTIONS[name]()


# A section runs from its opening marker's line to the closing marker; its body never holds
# another marker, so an empty or damaged section cannot swallow the text after it.
_SECTION_RE = re.compile(
    r"(?P<open><!-- generated: (?P<name>[a-z-]+) -->\n)"
    r"(?P<body>(?:(?!<!-- (?:end )?generated).)*?)"
    r"(?P<close><!-- end generated -->)",
    flags=re.DOTALL,
)


def generated_sections(page: str) -> dict[str, str]:
    """The generated sections of ``page`` as they stand, by name (without the markers)."""
    return {m.group("name"): m.group("body").removesuffix("\n") for m in _SECTION_RE.finditer(page)}


def update_page(page: str) -> str:
    """``page`` with every generated section recomputed.

    Raises
    ------
    KeyError
        If the page names a section this module does not generate.
    """

    def replace(match: re.Match[str]) -> str:
        body = section(match.group("name"))
        return f"{match.group('open')}{body}\n{match.group('close')}"

    return _SECTION_RE.sub(replace, page)


def main(argv: Sequence[str] | None = None) -> int:
    """Print a generated section, or rewrite a page's generated sections in place."""
    parser = argparse.ArgumentParser(
        prog="python docs/zinoviev_scenarios.py",
        description="Print the Zinoviev case study's computed tables, or update the page.",
    )
    parser.add_argument(
        "--section", choices=sorted(SECTIONS), help="print only this section (default: all)"
    )
    parser.add_argument("--write", metavar="PAGE", help="rewrite PAGE's generated sections")
    args = parser.parse_args(argv)
    if args.write is not None:
        path = Path(args.write)
        if not path.is_file():
            parser.error(f"--write: no page at {str(path)!r}: expected an existing Markdown file")
        atomic_write_text(path, update_page(path.read_text(encoding="utf-8")))
        print(f"updated {path}", file=sys.stderr)
        return 0
    names = [args.section] if args.section else list(SECTIONS)
    print("\n\n".join(section(name) for name in names))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
