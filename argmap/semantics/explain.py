"""Explanations and what-if: why a claim has its status, and what single change would alter it.

:func:`explain` says, in plain sentences, why a claim (or any element) has the status it
has under one semantics: the chain of attacks and defences behind a Dung label, the proof
standard Carneades applied and whether it was met, the gradual strength with what raised
and lowered it, and the critical questions of its arguments that are still open or raised.

:func:`what_if` tries every single change to the map that a reader could argue about --
withdraw an objection or an argument, answer a critical question one way or the other,
raise one, challenge a claim that is taken for granted, hold the claim to another proof
standard -- re-evaluates, and reports the changes that alter the claim's status. Each
:class:`Change` carries the changed map, so its effect can be checked by evaluating it.

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> rich = b.claim("rich", "Tea is rich in antioxidants.")
>>> _ = b.argument("a1", [rich], tea)
>>> _ = b.challenge(tea, key="why", text="Why?")
>>> _ = b.challenge(rich, key="says_who", text="Says who?")
>>> m = b.build()
>>> print(explain(m, "tea"))
Under grounded semantics, claim 'tea' ("Tea is good for you.") is out.
- It is out because challenge 'why' ("Why?") attacks it, and challenge 'why' is in.
- The burden of proof for 'tea' is preponderance of the evidence (PE): argument 'a1' meets the standard but is out.
- Challenge 'why' is in: every attack on it fails -- argument 'a1' answers it (meets the burden of proof) -- and each attacker is out.
- Argument 'a1' is out because challenge 'says_who' ("Says who?") attacks it (it depends on claim 'rich' ("Tea is rich in antioxidants."), which challenge 'says_who' attacks), and challenge 'says_who' is in.
- Challenge 'says_who' is in because nothing attacks it.
>>> for change in what_if(m, "tea"):
...     print(change)
If we withdraw challenge 'why', it would be in (now out).
If we withdraw challenge 'says_who', it would be in (now out).

(Unchallenged, 'tea' would stand as a presumption: its argument can only help it.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from argmap._validate import fresh_key
from argmap.errors import EvaluationError
from argmap.map import ArgumentMap
from argmap.model import Argument, Claim, Evidence, Objection, ObjectionKind, QuestionAnswer
from argmap.schemes import QuestionKind, QuestionStatus
from argmap.semantics.carneades import Basis, ProofStandard
from argmap.semantics.evaluate import (
    DUNG_SEMANTICS,
    Evaluation,
    evaluate,
    parse_standard,
    semantics_name,
)
from argmap.semantics.results import ExtensionResult, GradualResult
from argmap.semantics.translate import (
    AttackKind,
    FrameworkAttack,
    NodeKind,
    rebuttal_weight,
    unanswered,
)

__all__ = ["Change", "Explanation", "explain", "what_if"]

_TEXT_LIMIT = 70

_STANDARDS = ("SE", "PE", "CCE", "BRD", "DV")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _TEXT_LIMIT else text[: _TEXT_LIMIT - 3].rstrip() + "..."


def describe(argument_map: ArgumentMap, evaluation: Evaluation, node_id: str) -> str:
    """A short noun phrase naming a framework node for a reader."""
    if node_id in argument_map:
        element = argument_map[node_id]
        if isinstance(element, Claim):
            return f'claim {node_id!r} ("{_short(element.text)}")'
        if isinstance(element, Evidence):
            return f'evidence {node_id!r} ("{_short(element.text)}")'
        if isinstance(element, Argument):
            label = f" ({element.label})" if element.label else ""
            scheme = f", from {element.scheme.replace('_', ' ')}" if element.scheme else ""
            return f"argument {node_id!r}{label}{scheme}"
        if isinstance(element, Objection):
            said = element.text or (element.quote.text if element.quote else None)
            text = f' ("{_short(said)}")' if said else ""
            return f"{element.kind.value} {node_id!r}{text}"
        return repr(node_id)
    node = evaluation.translation.node(node_id)
    if node.kind is NodeKind.UNSUPPORTED:
        return f"the lack of an accepted argument for {node.key!r}"
    if node.kind is NodeKind.ANSWER:
        return f"the unfavourable answer to {node.question} of argument {node.key!r}"
    if node.kind is NodeKind.MEETS:
        return f"argument {node.key!r} meeting its conclusion's proof standard"
    return repr(node_id)


class _Namer:
    """Names nodes in full the first time, by kind and key afterwards."""

    def __init__(self, argument_map: ArgumentMap, evaluation: Evaluation) -> None:
        self.argument_map = argument_map
        self.evaluation = evaluation
        self.named: dict[str, None] = {}

    def __call__(self, node_id: str) -> str:
        full = describe(self.argument_map, self.evaluation, node_id)
        if node_id in self.named:
            return full.split(" (")[0] if not full.startswith("the ") else full
        self.named[node_id] = None
        return full


def _why_attack(name: _Namer, evaluation: Evaluation, attack: FrameworkAttack) -> str:
    source = name(attack.source)
    kind = attack.kind
    if kind.derived and len(attack.via) >= 2:
        # via runs from the committed node to the one attacked or attacking directly.
        if kind in (AttackKind.SECONDARY, AttackKind.MEDIATED):
            far = attack.via[-1]
            link = "depends on" if kind is AttackKind.SECONDARY else "supports"
            return (
                f"{source} attacks it (it {link} {name(far)}, which {name(attack.source)} attacks)"
            )
        far = attack.via[-1]
        link = "depends on" if kind is AttackKind.EXTENDED else "supports"
        return f"{source} attacks it ({name(attack.source)} {link} {name(far)}, which attacks it)"
    if kind is AttackKind.REBUT:
        return f"{source} rebuts it"
    if kind is AttackKind.REBUT_BACK:
        return f"{source}, which it rebuts, contradicts it in turn"
    if kind is AttackKind.STRONGER:
        return (
            f"{source} outweighs it (an argument for the claim it rebuts, weighing more "
            "than the rebutting case)"
        )
    if kind is AttackKind.UNDERMINE:
        return f"{source} undermines it"
    if kind is AttackKind.UNDERCUT:
        return f"{source} undercuts it"
    if kind is AttackKind.CHALLENGE:
        return f"{source} attacks it"
    if kind is AttackKind.MEETS_BURDEN:
        return f"{source} answers it (meets the burden of proof)"
    if kind is AttackKind.UNSUPPORTED:
        return (
            f"it needs an accepted argument for it ({evaluation.support.value} reading of "
            f"support), so {source} counts against it"
        )
    if kind is AttackKind.QUESTION:
        return f"{source} answers one of its critical questions against it"
    return f"{source} attacks it"


@attrs.frozen
class Explanation:
    """Why an element has its status: a headline and supporting sentences.

    ``str(explanation)`` gives the headline followed by one ``- `` line per sentence.
    ``mentions`` lists every element or framework node the sentences name.
    """

    key: str
    semantics: str
    status: str
    headline: str
    sentences: tuple[str, ...]
    mentions: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join([self.headline, *(f"- {s}" for s in self.sentences)])


def _dung_reasons(
    argument_map: ArgumentMap,
    evaluation: Evaluation,
    semantics: str,
    key: str,
    *,
    max_depth: int,
) -> tuple[list[str], list[str]]:
    """Sentences tracing attacks and defences down from ``key`` (breadth-first)."""
    result = evaluation.results[semantics]
    assert isinstance(result, ExtensionResult)
    statuses = result.statuses
    name = _Namer(argument_map, evaluation)
    name.named[key] = None
    sentences: list[str] = []
    seen = {key}
    queue = [(key, 0)]
    while queue:
        node, depth = queue.pop(0)
        status = statuses.get(node, "undecided")
        subject = "It" if node == key else name(node)
        subject = subject[0].upper() + subject[1:]
        attacks = evaluation.translation.attacks_on(node)
        by_status = {
            s: _direct_first([a for a in attacks if statuses.get(a.source) == s])
            for s in ("in", "out", "undecided", "credulous")
        }
        if status == "in":
            if not attacks:
                sentences.append(f"{subject} is in because nothing attacks it.")
                continue
            parts = [_why_attack(name, evaluation, a) for a in _direct_first(attacks)]
            sentences.append(
                f"{subject} is in: every attack on it fails -- {'; '.join(parts)} -- and each "
                "attacker is out."
            )
            follow = [a.source for a in attacks]
        elif status == "out":
            winners = by_status["in"] or attacks
            reasons = [_why_attack(name, evaluation, a) for a in winners]
            names = _and([name(a.source) for a in winners])
            verb = "is" if len(winners) == 1 else "are"
            sentences.append(
                f"{subject} is out because {_and(reasons, ';')}, and {names} {verb} in."
            )
            follow = [a.source for a in winners]
            burdens = [
                a for a in winners if a.kind in (AttackKind.CHALLENGE, AttackKind.UNSUPPORTED)
            ]
            if burdens:
                sentences.extend(
                    _burden_sentences(argument_map, evaluation, node, statuses, burdens)
                )
        else:
            live = by_status["undecided"] + by_status["credulous"]
            if status == "credulous":
                sentences.append(
                    f"{subject} is in some but not all {semantics} extensions: "
                    + (
                        "; ".join(_why_attack(name, evaluation, a) for a in live)
                        or "its defence depends on a choice between conflicting arguments"
                    )
                    + ", and which side to take is a choice the semantics leaves open."
                )
            elif live:
                verb = "that attacker is" if len(live) == 1 else "those attackers are"
                sentences.append(
                    f"{subject} is undecided: "
                    + "; ".join(_why_attack(name, evaluation, a) for a in live)
                    + f", and {verb} undecided too (the attacks form a cycle that "
                    f"{semantics} semantics does not resolve)."
                )
            else:
                sentences.append(f"{subject} is undecided: no extension of {semantics} exists.")
            follow = [a.source for a in live]
        if depth + 1 > max_depth:
            continue
        for other in follow:
            if other not in seen:
                seen.add(other)
                queue.append((other, depth + 1))
    return sentences, list(name.named)


def _and(items: Sequence[str], separator: str = ",") -> str:
    """``a``, ``a and b``, ``a, b and c`` (with ``;`` between long clauses)."""
    if len(items) <= 1:
        return "".join(items)
    last = " and " if separator == "," else f"{separator} and "
    return f"{separator} ".join(items[:-1]) + last + items[-1]


def _direct_first(attacks: Sequence[FrameworkAttack]) -> list[FrameworkAttack]:
    """The direct attacks when there are any, else the derived ones: a reader follows a
    rebuttal more easily than the chain of supports it travels along."""
    direct = [a for a in attacks if not a.kind.derived]
    return direct or list(attacks)


def _burden_sentences(
    argument_map: ArgumentMap,
    evaluation: Evaluation,
    node: str,
    statuses: Mapping[str, str],
    burdens: list[FrameworkAttack],
) -> list[str]:
    """Why the arguments for claim ``node`` do not discharge its burden of proof."""
    if node not in argument_map or not isinstance(argument_map[node], Claim):
        return []
    arguments = argument_map.arguments_for(node)
    standard = evaluation.standards.get(node)
    if not arguments:
        return [f"No argument in the map supports {node!r}, so nothing can meet that burden."]
    # An argument answers a burden itself, or through its ARG#meets node.
    answering = {
        evaluation.translation.node(a.source).key: a.source
        for burden in burdens
        for a in evaluation.translation.attacks_on(burden.source)
        if a.kind is AttackKind.MEETS_BURDEN
    }
    con = rebuttal_weight(argument_map, node, evaluation.default_weight)
    parts = []
    for argument in arguments:
        weight = evaluation.default_weight if argument.weight is None else argument.weight
        if argument.key in answering:
            answer = answering[argument.key]
            status = statuses.get(answer, "undecided")
            if answer == argument.key:
                parts.append(f"argument {argument.key!r} meets the standard but is {status}")
            else:
                parts.append(
                    f"argument {argument.key!r} (weight {weight:g}) meets it only while the "
                    f"rebuttals heavier than it (best weight {con:g}) are defeated, and it is "
                    f"{status}"
                )
        else:
            parts.append(
                f"argument {argument.key!r} (weight {weight:g}) does not meet it against the "
                f"best rebuttal (weight {con:g})"
            )
    name = f"{standard.title} ({standard.abbreviation})" if standard else "its proof standard"
    return [f"The burden of proof for {node!r} is {name}: " + "; ".join(parts) + "."]


def _question_sentences(argument_map: ArgumentMap, key: str) -> tuple[list[str], list[str]]:
    element = argument_map[key]
    if isinstance(element, Claim):
        arguments = list(argument_map.arguments_for(key))
    elif isinstance(element, Argument):
        arguments = [element]
    else:
        arguments = []
    sentences: list[str] = []
    mentions: list[str] = []
    for argument in arguments:
        states = argument_map.questions_of(argument.key)
        open_ = [s for s in states if s.status is QuestionStatus.OPEN]
        raised = [s for s in states if s.status is QuestionStatus.RAISED]
        if not open_ and not raised:
            continue
        mentions.append(argument.key)
        parts = []
        for s in raised:
            burden = (
                "its proponent must answer it"
                if s.question.kind is QuestionKind.ASSUMPTION
                else "the objector must prove it"
            )
            parts.append(f'{s.question.key} "{s.question.text}" is raised ({burden})')
            mentions.extend(s.challenges)
        if open_:
            listed = ", ".join(
                f"{s.question.key} ({s.question.label}, {s.question.kind.value})" for s in open_
            )
            parts.append(f"open: {listed}")
        scheme = (argument.scheme or "").replace("_", " ")
        sentences.append(
            f"Critical questions of argument {argument.key!r} ({scheme}): " + "; ".join(parts) + "."
        )
    return sentences, mentions


def _carneades_sentences(
    argument_map: ArgumentMap, evaluation: Evaluation, key: str
) -> tuple[list[str], list[str]]:
    result = evaluation.carneades
    assert result is not None
    sentences: list[str] = []
    mentions: list[str] = []
    if key in result.reasons:
        reason = result.reasons[key]
        sentences.append(reason.explain())
        if evaluation.results["carneades"].status(key).value != reason.label.value:
            sentences.append(
                "Its arguments would meet the standard unopposed, and the case against it "
                "does not meet it either: the contest leaves it undecided."
            )
        mentions.extend(s for s in (*reason.pro, *reason.con) if s in argument_map)
        for aid in reason.con:
            o = argument_map[aid] if aid in argument_map else None  # noqa: SIM401 - not a dict
            if isinstance(o, Objection) and unanswered(argument_map, o):
                sentences.append(
                    f"{_sentence(describe(argument_map, evaluation, aid))[:-1]} goes unanswered "
                    f"({o.target!r} does not rebut {o.attacker!r} back), so it counts in "
                    f"full, weight 1, while {o.attacker!r} stands."
                )
        if reason.basis in (Basis.STANDARD_NOT_MET, Basis.UNSUPPORTED) and reason.standard:
            sentences.append(
                f"The proof standard for {key!r} is {reason.standard.title} "
                f"({reason.standard.abbreviation}); it was set for this evaluation, not by the map."
            )
        for aid in reason.pro:
            if aid in result.arguments:
                sentences.append(_sentence(result.arguments[aid].explain()))
                mentions.append(aid)
    elif key in result.arguments:
        sentences.append(_sentence(result.arguments[key].explain()))
    else:
        status = evaluation.results["carneades"].status(key).value
        sentences.append(
            f"{describe(argument_map, evaluation, key)} has no statement of its own in the "
            f"Carneades reading; it is {status} as what it asserts or questions is."
        )
    return sentences, [m for m in mentions if m in argument_map]


def _sentence(text: str) -> str:
    text = text.strip()
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."


def _gradual_sentences(
    argument_map: ArgumentMap, evaluation: Evaluation, semantics: str, key: str
) -> tuple[list[str], list[str]]:
    result = evaluation.results[semantics]
    assert isinstance(result, GradualResult)
    strengths = result.strengths
    graph = evaluation.translation
    sentences: list[str] = []
    mentions: list[str] = []
    attackers = [a.source for a in graph.attacks_on(key) if not a.kind.derived]
    attackers = [
        a
        for a in dict.fromkeys(attackers)
        if a in strengths.values and graph.node(a).kind is not NodeKind.UNSUPPORTED
    ]
    supporters = [a.key for a in argument_map.arguments_for(key)]
    element = argument_map[key]
    if isinstance(element, Argument):
        supporters = []
        if element.premises:  # a sketched argument may state none
            premises = ", ".join(f"{p!r} {strengths[p]:.3f}" for p in element.premises)
            sentences.append(f"Its premises' strengths cap it (weakest link): {premises}.")
            mentions.extend(element.premises)
    if supporters:
        listed = ", ".join(f"{s!r} {strengths[s]:.3f}" for s in supporters)
        sentences.append(f"Supported by {listed}.")
        mentions.extend(supporters)
    if attackers:
        listed = ", ".join(f"{a!r} {strengths[a]:.3f}" for a in attackers)
        sentences.append(f"Attacked by {listed}.")
        mentions.extend(attackers)
    if not supporters and not attackers and not isinstance(element, Argument):
        sentences.append("Nothing supports or attacks it: its strength is its base score.")
    sentences.extend(result.notes)
    return sentences, mentions


def explain(
    argument_map: ArgumentMap,
    key: str,
    *,
    semantics: str = "grounded",
    evaluation: Evaluation | None = None,
    max_depth: int = 3,
    **options: Any,
) -> Explanation:
    """Why element ``key`` has its status under ``semantics``, in plain sentences.

    Parameters
    ----------
    argument_map:
        The map.
    key:
        A claim (usually), or any evaluated element.
    semantics:
        Any name of :data:`~argmap.semantics.evaluate.ALL_SEMANTICS`.
    evaluation:
        An evaluation of ``argument_map`` that includes ``semantics``, to reuse; else one
        is made with ``options``.
    max_depth:
        How many steps of attack and defence to follow (Dung semantics).
    **options:
        Passed to :func:`~argmap.semantics.evaluate.evaluate` (support mode, standards,
        assumptions...).

    Returns
    -------
    Explanation

    Raises
    ------
    EvaluationError
        If ``key`` is not in the map, or the semantics or options are unknown.

    Examples
    --------
    See the module documentation.
    """
    if key not in argument_map or not isinstance(
        argument_map[key], Claim | Evidence | Argument | Objection
    ):
        msg = f"explain needs a claim, evidence, argument or objection of the map, got {key!r}"
        raise EvaluationError(msg)
    name = semantics_name(semantics)
    if evaluation is None or name not in evaluation.results:
        evaluation = evaluate(argument_map, semantics=[name], **options)
    subject = describe(argument_map, evaluation, key)
    result = evaluation.results[name]
    if isinstance(result, GradualResult):
        status = f"{result.strengths[key]:.3f}"
        headline = f"Under {name}, {subject} has strength {status}."
        sentences, mentions = _gradual_sentences(argument_map, evaluation, name, key)
    else:
        status = result.status(key).value
        what = f"{name} semantics" if name in DUNG_SEMANTICS else "Carneades"
        headline = f"Under {what}, {subject} is {status}."
        if name == "carneades":
            sentences, mentions = _carneades_sentences(argument_map, evaluation, key)
        else:
            sentences, mentions = _dung_reasons(
                argument_map, evaluation, name, key, max_depth=max_depth
            )
    question_sentences, question_mentions = _question_sentences(argument_map, key)
    sentences = [*sentences, *question_sentences]
    mentions = list(dict.fromkeys([key, *mentions, *question_mentions]))
    return Explanation(key, name, status, headline, tuple(sentences), tuple(mentions))


# --- what-if -------------------------------------------------------------------------------


@attrs.frozen(eq=False)
class Change:
    """One hypothetical change to a map and what it does to a claim's status.

    Attributes
    ----------
    kind:
        ``"withdraw"`` (an objection or argument), ``"answer"`` (a critical question),
        ``"raise"`` (a critical question), ``"challenge"`` (a claim taken for granted)
        or ``"standard"`` (the claim's proof standard).
    description:
        The change in words.
    target:
        The element changed (for ``"answer"``/``"raise"``, the argument).
    before, after:
        The claim's status (or strength) before and after.
    argument_map:
        The changed map.
    options:
        Evaluation options for the changed case (differs from the original only for
        ``"standard"``).
    """

    kind: str
    description: str
    target: str
    before: str
    after: str
    argument_map: ArgumentMap
    options: Mapping[str, Any]

    def __str__(self) -> str:
        return f"If we {self.description}, it would be {self.after} (now {self.before})."


def _dependants(argument_map: ArgumentMap, keys: set[str]) -> set[str]:
    """``keys`` plus every objection that names one of them, transitively."""
    removed = set(keys)
    changed = True
    while changed:
        changed = False
        # An undermine must hit a premise: once the last argument resting on its target
        # goes, so does the undermine.
        premises = {p for a in argument_map.arguments if a.key not in removed for p in a.premises}
        for o in argument_map.objections:
            if o.key in removed:
                continue
            orphan = o.kind is ObjectionKind.UNDERMINE and o.target not in premises
            if orphan or {o.target, o.attacker, o.argument} & removed:
                removed.add(o.key)
                changed = True
    return removed


def _without(argument_map: ArgumentMap, key: str) -> ArgumentMap:
    removed = _dependants(argument_map, {key})
    return argument_map.without(*[k for k in argument_map.keys if k in removed])


def _with_answer(argument_map: ArgumentMap, argument: str, question: str, yes: bool) -> ArgumentMap:
    arg = argument_map.get(argument, Argument)
    answers = tuple(a for a in arg.answers if a.question != question)
    updated = attrs.evolve(arg, answers=(*answers, QuestionAnswer(question, yes)))
    return attrs.evolve(
        argument_map,
        arguments=[updated if a.key == argument else a for a in argument_map.arguments],
    )


def _with_raised(argument_map: ArgumentMap, argument: str, question: str, text: str) -> ArgumentMap:
    key = fresh_key(f"whatif.{argument}.{question}", argument_map)
    return argument_map.add(
        Objection(key, ObjectionKind.CHALLENGE, argument, text=text, question=question)
    )


def _with_challenge(argument_map: ArgumentMap, claim: str) -> ArgumentMap:
    key = fresh_key(f"whatif.challenge.{claim}", argument_map)
    return argument_map.add(
        Objection(key, ObjectionKind.CHALLENGE, claim, text="What supports this?")
    )


def _value(evaluation: Evaluation, semantics: str, key: str) -> str:
    result = evaluation.results[semantics]
    if isinstance(result, GradualResult):
        return f"{result.strengths[key]:.3f}"
    return result.status(key).value


def what_if(
    argument_map: ArgumentMap,
    claim: str,
    *,
    semantics: str = "grounded",
    kinds: Iterable[str] = ("withdraw", "answer", "raise", "challenge", "standard"),
    **options: Any,
) -> tuple[Change, ...]:
    """Every single change that alters ``claim``'s status under ``semantics``.

    Tries, one at a time: withdrawing each objection and each argument (with the
    objections that name it); answering each open or raised critical question "yes" and
    "no" as given, and flipping each recorded answer; raising each open critical
    question; challenging each claim that is taken for granted (a claim with no
    arguments and no challenge); and holding ``claim`` to each other proof standard
    (Carneades, and Dung readings where a burden of proof applies). For a gradual
    semantics, a change counts when it moves the strength by at least 0.001.

    Parameters
    ----------
    argument_map:
        The map.
    claim:
        The claim (or any element) whose status is at stake.
    semantics:
        Any name of :data:`~argmap.semantics.evaluate.ALL_SEMANTICS`.
    kinds:
        Which kinds of change to try (see :class:`Change`).
    **options:
        Passed to :func:`~argmap.semantics.evaluate.evaluate`.

    Returns
    -------
    tuple[Change, ...]
        The changes that alter the status, in the order tried.

    Raises
    ------
    EvaluationError
        If ``claim`` is not in the map, a kind is unknown, or the options are invalid.

    Examples
    --------
    See the module documentation.
    """
    if claim not in argument_map or not isinstance(
        argument_map[claim], Claim | Evidence | Argument | Objection
    ):
        msg = f"what-if needs a claim, evidence, argument or objection of the map, got {claim!r}"
        raise EvaluationError(msg)
    wanted = tuple(kinds)
    known = ("withdraw", "answer", "raise", "challenge", "standard")
    for kind in wanted:
        if kind not in known:
            msg = f"what-if change kind {kind!r} is not known: expected one of {', '.join(known)}"
            raise EvaluationError(msg)
    name = semantics_name(semantics)
    before_eval = evaluate(argument_map, semantics=[name], **options)
    before = _value(before_eval, name, claim)
    gradual = isinstance(before_eval.results[name], GradualResult)

    candidates: list[tuple[str, str, str, ArgumentMap, dict[str, Any]]] = []
    if "withdraw" in wanted:
        for o in argument_map.objections:
            candidates.append(
                (
                    "withdraw",
                    f"withdraw {o.kind.value} {o.key!r}",
                    o.key,
                    _without(argument_map, o.key),
                    options,
                )
            )
        for a in argument_map.arguments:
            if a.key != claim:
                candidates.append(
                    (
                        "withdraw",
                        f"withdraw argument {a.key!r}",
                        a.key,
                        _without(argument_map, a.key),
                        options,
                    )
                )
    for a in argument_map.arguments:
        for state in argument_map.questions_of(a.key):
            q = state.question
            if "answer" in wanted:
                answers = (True, False) if state.answer is None else (not state.answer.answer,)
                for yes in answers:
                    word = "yes" if yes else "no"
                    candidates.append(
                        (
                            "answer",
                            f'answer {q.key} of argument {a.key!r} ("{q.text}") "{word}"',
                            a.key,
                            _with_answer(argument_map, a.key, q.key, yes),
                            options,
                        )
                    )
            if "raise" in wanted and state.status is QuestionStatus.OPEN:
                candidates.append(
                    (
                        "raise",
                        f'raise {q.key} of argument {a.key!r} ("{q.text}")',
                        a.key,
                        _with_raised(argument_map, a.key, q.key, q.text),
                        options,
                    )
                )
    if "challenge" in wanted:
        challenged = {
            o.target for o in argument_map.objections if o.kind is ObjectionKind.CHALLENGE
        }
        argued = {a.conclusion for a in argument_map.arguments}
        for c in argument_map.claims:
            if c.key not in challenged and c.key not in argued:
                candidates.append(
                    (
                        "challenge",
                        f"challenge claim {c.key!r}, taken for granted so far",
                        c.key,
                        _with_challenge(argument_map, c.key),
                        options,
                    )
                )
    if "standard" in wanted and isinstance(argument_map[claim], Claim) and not gradual:
        current = before_eval.standards.get(claim)
        for abbreviation in _STANDARDS:
            standard: ProofStandard = parse_standard(abbreviation)
            if current is not None and standard == current:
                continue
            changed = {
                **options,
                "standards": {**dict(options.get("standards") or {}), claim: standard},
            }
            candidates.append(
                (
                    "standard",
                    f"hold {claim!r} to {standard.title} ({abbreviation})",
                    claim,
                    argument_map,
                    changed,
                )
            )

    changes = []
    for kind, description, target, changed_map, changed_options in candidates:
        after_eval = evaluate(changed_map, semantics=[name], **changed_options)
        after = _value(after_eval, name, claim)
        moved = abs(float(after) - float(before)) >= 0.001 if gradual else after != before
        if moved:
            changes.append(
                Change(kind, description, target, before, after, changed_map, changed_options)
            )
    return tuple(changes)
