"""From an evaluation to what the diagram draws: :func:`annotations_from`."""

from __future__ import annotations

from argmap.errors import EvaluationError
from argmap.render._options import NodeAnnotation
from argmap.semantics.evaluate import Evaluation

__all__ = ["annotations_from", "evaluation_note"]


def annotations_from(
    evaluation: Evaluation, semantics: str, *, strengths: str | None = None
) -> dict[str, NodeAnnotation]:
    """A :class:`NodeAnnotation` per map element, for ``RenderOptions(annotations=...)``.

    Parameters
    ----------
    evaluation:
        An evaluation that includes ``semantics`` (and ``strengths``, if given).
    semantics:
        Whose status to draw: a Dung semantics or ``"carneades"`` (a ``credulous`` status
        is drawn undecided with a badge), or a gradual semantics (strengths only).
    strengths:
        A gradual semantics whose strengths to show as well, or ``None``.

    Returns
    -------
    dict[str, NodeAnnotation]
        Status, strength and badges (raised and open critical questions) by key.

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
    NodeAnnotation(status=<Status.OUT: 'out'>, strength=0.5, badges=())
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
    return {
        key: NodeAnnotation(
            status=drawn["status"], strength=drawn["strength"], badges=drawn["badges"]
        )
        for key, drawn in evaluation.annotations(semantics, strengths=strengths).items()
    }


def evaluation_note(evaluation: Evaluation, semantics: str, *, strengths: str | None) -> str:
    """One line for the legend: the semantics, support reading and proof standards.

    Examples
    --------
    >>> from argmap import MapBuilder
    >>> from argmap.semantics.evaluate import evaluate
    >>> b = MapBuilder("m")
    >>> _ = b.claim("c", "C.")
    >>> evaluation_note(evaluate(b.build(), semantics="grounded"), "grounded", strengths=None)
    'status: grounded semantics (necessary support, proof standard PE)'
    """
    standards = sorted({s.abbreviation for s in evaluation.standards.values()})
    if evaluation.result(semantics).family == "gradual":
        return f"strength: {semantics} (gradual semantics)"
    text = (
        f"status: {semantics} semantics ({evaluation.support.value} support, proof standard "
        f"{', '.join(standards) or '-'})"
    )
    if semantics == "carneades":
        text = f"status: Carneades (proof standard {', '.join(standards) or '-'})"
    if strengths is not None:
        text += f"; strength: {strengths}"
    return text
