"""From an evaluation to what the diagram draws: :func:`annotations_from`.

The evaluation gives statuses and strengths; what a node shows for them -- its status
style, its strength, its badges (raised and open critical questions) -- is decided here,
in the rendering layer.
"""

from __future__ import annotations

from argmap.errors import EvaluationError
from argmap.model import Argument
from argmap.render._options import NodeAnnotation
from argmap.schemes import QuestionStatus
from argmap.semantics.evaluate import Evaluation
from argmap.semantics.results import GradualResult

__all__ = ["annotations_from", "badges_of", "evaluation_note"]


def badges_of(evaluation: Evaluation, key: str) -> tuple[str, ...]:
    """The badges a node carries: for an argument, one per raised critical question and
    one listing the open ones.

    Examples
    --------
    >>> from argmap import MapBuilder, raised
    >>> from argmap.semantics.evaluate import evaluate
    >>> b = MapBuilder("m")
    >>> says, c = b.claim("says", "X says C."), b.claim("c", "C.")
    >>> _ = b.argument("a", [says], c, scheme="sign", questions={"CQ1": raised})
    >>> badges_of(evaluate(b.build(), semantics="grounded"), "a")
    ('CQ1 raised: correlation?', 'open: CQ2 other events')
    """
    m = evaluation.argument_map
    if not isinstance(m[key], Argument):
        return ()
    badges: list[str] = []
    states = m.questions_of(key)
    for state in states:
        if state.status is QuestionStatus.RAISED:
            badges.append(f"{state.question.key} raised: {state.question.label}?")
    open_ = [s for s in states if s.status is QuestionStatus.OPEN]
    if open_:
        listed = ", ".join(f"{s.question.key} {s.question.label}" for s in open_)
        badges.append(f"open: {listed}")
    return tuple(badges)


def annotations_from(
    evaluation: Evaluation, semantics: str, *, strengths: str | None = None
) -> dict[str, NodeAnnotation]:
    """A :class:`NodeAnnotation` per map element, for ``RenderOptions(annotations=...)``.

    Parameters
    ----------
    evaluation:
        An evaluation that includes ``semantics`` (and ``strengths``, if given).
    semantics:
        Whose status to draw: a Dung semantics or ``"carneades"``, or a gradual
        semantics (strengths only).
    strengths:
        A gradual semantics whose strengths to show as well, or ``None``.

    Returns
    -------
    dict[str, NodeAnnotation]
        Status, strength and badges (raised and open critical questions) by key, for
        every claim, evidence, argument and objection.

    Raises
    ------
    EvaluationError
        If a semantics named was not evaluated; the message names it and the call that
        evaluates both (``evaluate(m, semantics=[semantics, strengths])``).

    Examples
    --------
    >>> from argmap import MapBuilder, raised
    >>> from argmap.semantics.evaluate import evaluate
    >>> b = MapBuilder("m")
    >>> says, c = b.claim("says", "X says C."), b.claim("c", "C.")
    >>> _ = b.argument("a", [says], c, scheme="sign", questions={"CQ1": raised})
    >>> ev = evaluate(b.build(), semantics=["grounded", "df-quad"])
    >>> annotations_from(ev, "grounded", strengths="df-quad")["c"]
    NodeAnnotation(status=<Status.IN: 'in'>, strength=0.5, badges=())
    >>> annotations_from(ev, "grounded", strengths="df-quad")["a"].badges
    ('CQ1 raised: correlation?', 'open: CQ2 other events')
    >>> annotations_from(evaluate(b.build(), semantics="grounded"), "grounded", strengths="df-quad")
    Traceback (most recent call last):
    ...
    argmap.errors.EvaluationError: annotations_from needs 'df-quad' evaluated, but this evaluation has only grounded: evaluate the map with semantics=['grounded', 'df-quad']
    """
    wanted = [semantics] + ([strengths] if strengths is not None else [])
    for name in wanted:
        try:
            evaluation.result(name)
        except EvaluationError:
            msg = (
                f"annotations_from needs {name!r} evaluated, but this evaluation has only "
                f"{', '.join(evaluation.semantics) or 'none'}: evaluate the map with "
                f"semantics={wanted!r}"
            )
            raise EvaluationError(msg) from None
    result = evaluation.result(semantics)
    gradual = evaluation.result(strengths) if strengths is not None else None
    if isinstance(result, GradualResult) and gradual is None:
        gradual = result
    m = evaluation.argument_map
    keys = [c.key for c in m.claims] + [e.key for e in m.evidence]
    keys += [a.key for a in m.arguments] + [o.key for o in m.objections]
    out: dict[str, NodeAnnotation] = {}
    for key in keys:
        status = None if isinstance(result, GradualResult) else result.status(key)
        strength = None
        if isinstance(gradual, GradualResult):
            strength = gradual.strengths[key]
        out[key] = NodeAnnotation(
            status=status, strength=strength, badges=badges_of(evaluation, key)
        )
    return out


def evaluation_note(evaluation: Evaluation, semantics: str, *, strengths: str | None) -> str:
    """One line for the legend: the semantics, support reading and proof standards.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> from argmap.semantics.evaluate import evaluate
    >>> b = MapBuilder("m")
    >>> _ = b.claim("c", "C.")
    >>> evaluation_note(evaluate(b.build(), semantics="grounded"), "grounded", strengths=None)
    'status: grounded semantics (presumptive support, proof standard PE)'
    >>> ev = evaluate(b.build(), semantics="grounded", rebuttal_preferences=True)
    >>> evaluation_note(ev, "grounded", strengths=None)
    'status: grounded semantics (presumptive support, rebuttal preferences, proof standard PE)'
    """
    standards = sorted({s.abbreviation for s in evaluation.standards.values()})
    if isinstance(evaluation.result(semantics), GradualResult):
        return f"strength: {semantics} (gradual semantics)"
    reading = [f"{evaluation.support.value} support"]
    if evaluation.translation.symmetric_rebuttals:
        reading.append("symmetric rebuttals")
    if evaluation.translation.rebuttal_preferences:
        reading.append("rebuttal preferences")
    text = (
        f"status: {semantics} semantics ({', '.join(reading)}, proof standard "
        f"{', '.join(standards) or '-'})"
    )
    if semantics == "carneades":
        text = f"status: Carneades (proof standard {', '.join(standards) or '-'})"
    if strengths is not None:
        text += f"; strength: {strengths}"
    return text
