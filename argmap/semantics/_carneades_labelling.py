"""The labelling fixpoint behind :func:`argmap.semantics.carneades.evaluate_carneades`.

A worklist version of Carneades 4's grounded labelling. Labels only ever move from
``undecided`` to ``in`` or ``out``, and every condition that decides a statement stays
true once it holds, so the result does not depend on the order in which statements are
visited; the worklist only avoids re-scanning the whole graph after each decision (and
uses no recursion, so deep graphs cannot overflow the stack).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping

import attrs

from argmap.semantics._carneades_model import (
    ArgumentStatus,
    Basis,
    CarneadesArgument,
    CarneadesGraph,
    Issue,
    WeighingFunction,
)
from argmap.semantics.status import Status

__all__ = ["CarneadesLabelling", "compute_labelling"]


@attrs.frozen
class CarneadesLabelling:
    """Raw output of the fixpoint: labels, why each was given, and argument weights."""

    labels: dict[str, Status]
    basis: dict[str, Basis]
    argument_states: dict[str, tuple[ArgumentStatus, float]]


def compute_labelling(
    graph: CarneadesGraph,
    *,
    assumed: frozenset[str],
    weighing: Mapping[str, WeighingFunction],
) -> CarneadesLabelling:
    """Label every statement of ``graph``.

    ``assumed`` are the statements taken as ``in`` from the start; ``weighing`` maps every
    argument id to the weighing function to use (the audience's override or the
    argument's own).
    """
    labels: dict[str, Status] = dict.fromkeys(graph.statement_ids, Status.UNDECIDED)
    basis: dict[str, Basis] = {}
    args_for: dict[str, list[CarneadesArgument]] = {s: [] for s in labels}
    users: dict[str, list[CarneadesArgument]] = {s: [] for s in labels}
    for argument in graph.arguments:
        args_for[argument.conclusion].append(argument)
        for statement_id in {p.statement for p in argument.premises} | set(argument.defeaters):
            users[statement_id].append(argument)

    # Factorized weighing compares an argument with every argument about the same issue.
    per_issue = {
        issue.id: len(
            {p.statement for pos in issue.positions for a in args_for[pos] for p in a.premises}
        )
        for issue in graph.issues
    }
    issue_premises: dict[str, int] = {}
    for argument in graph.arguments:
        issue = graph.issue_of(argument.conclusion)
        issue_premises[argument.id] = (
            len(argument.premises) if issue is None else per_issue[issue.id]
        )

    # An argument whose weighing gives 0 even with every premise in can never apply:
    # it need not wait for its premises (weighing functions only grow with premises in).
    hopeless = {
        a.id
        for a in graph.arguments
        if weighing[a.id].weigh(
            len(a.premises), len(a.premises), issue_premises=issue_premises[a.id]
        )
        <= 0.0
    }

    def weigh(argument: CarneadesArgument, premises_in: int) -> float:
        weight = weighing[argument.id].weigh(
            premises_in, len(argument.premises), issue_premises=issue_premises[argument.id]
        )
        return min(1.0, max(0.0, weight))

    def span(argument: CarneadesArgument) -> tuple[ArgumentStatus, float, float]:
        """The argument's status and the least and greatest weight it can end with.

        Weighing functions only grow with premises in, so an argument that weighs 0 even
        with every undecided premise in is inapplicable already (say a linked argument
        with one premise out), whatever its other premises turn out to be.
        """
        defeater_labels = [labels[d] for d in argument.defeaters]
        if Status.IN in defeater_labels:
            return ArgumentStatus.UNDERCUT, 0.0, 0.0
        if argument.id in hopeless:
            return ArgumentStatus.INAPPLICABLE, 0.0, 0.0
        premise_labels = [labels[p.statement] for p in argument.premises]
        premises_in = premise_labels.count(Status.IN)
        open_premises = premise_labels.count(Status.UNDECIDED)
        high = weigh(argument, premises_in + open_premises)
        if high <= 0.0:
            return ArgumentStatus.INAPPLICABLE, 0.0, 0.0
        if Status.UNDECIDED in defeater_labels:
            return ArgumentStatus.UNDECIDED, 0.0, high
        low = weigh(argument, premises_in)
        if open_premises:
            return ArgumentStatus.UNDECIDED, low, high
        return ArgumentStatus.APPLICABLE, low, low

    def state(argument: CarneadesArgument) -> tuple[ArgumentStatus, float]:
        status, low, _ = span(argument)
        return status, (low if status is ArgumentStatus.APPLICABLE else 0.0)

    for statement_id in graph.statement_ids:
        if statement_id in assumed:
            labels[statement_id] = Status.IN
            basis[statement_id] = Basis.ASSUMED
    # An assumed position settles its issue: the rivals are out. (With inconsistent
    # assumptions several positions stay in; Carneades leaves that to the modeller.)
    for issue in graph.issues:
        if any(labels[p] is Status.IN for p in issue.positions):
            for position in issue.positions:
                if labels[position] is Status.UNDECIDED:
                    labels[position] = Status.OUT
                    basis[position] = Basis.EXCLUDED

    # An issue's presumption is withdrawn when a statement in its ``unless`` is in:
    # deciding such a statement must revisit the issue.
    watchers: dict[str, list[str]] = {}
    for issue in graph.issues:
        for statement_id in issue.unless:
            watchers.setdefault(statement_id, []).extend(issue.positions)

    queue: deque[str] = deque(graph.statement_ids)
    queued: set[str] = set(queue)

    def push(statement_id: str) -> None:
        if statement_id not in queued and labels[statement_id] is Status.UNDECIDED:
            queued.add(statement_id)
            queue.append(statement_id)

    def decide(statement_id: str, label: Status, why: Basis) -> None:
        labels[statement_id] = label
        basis[statement_id] = why
        for position in watchers.get(statement_id, ()):
            push(position)
        for argument in users[statement_id]:
            issue = graph.issue_of(argument.conclusion)
            if issue is None:
                push(argument.conclusion)
            else:
                for position in issue.positions:
                    push(position)

    def bounds(position: str) -> tuple[float, float]:
        """The least and greatest best weight ``position`` can end with (see ``span``)."""
        low = high = 0.0
        for argument in args_for[position]:
            _, least, greatest = span(argument)
            low, high = max(low, least), max(high, greatest)
        return low, high

    def settle(issue: Issue, winner: str | None, why: Basis) -> None:
        for position in issue.positions:
            if labels[position] is Status.UNDECIDED:
                if position == winner:
                    decide(position, Status.IN, why)
                else:
                    decide(position, Status.OUT, Basis.STANDARD_NOT_MET)

    def resolve(issue: Issue) -> None:
        """Decide an issue as soon as the outcome no longer depends on what is undecided.

        A position surely meets the standard when it does with its least weight against
        its rivals' greatest, and surely fails when it does not with its greatest weight
        against its rivals' least (standards only get easier as pro grows and con
        shrinks). With every argument decided this is Carneades' rule; before that it
        decides only what no later decision could change.
        """
        positions = issue.positions
        low, high = {}, {}
        for position in positions:
            low[position], high[position] = bounds(position)

        def rivals(p: str, of: dict[str, float]) -> float:
            return max((of[q] for q in positions if q != p), default=0.0)

        surely = [p for p in positions if issue.standard.is_met(low[p], rivals(p, high))]
        maybe = [p for p in positions if issue.standard.is_met(high[p], rivals(p, low))]
        presumption = issue.presumption
        if presumption is not None and labels[presumption] is Status.UNDECIDED:
            unless = {labels[u] for u in issue.unless}
            contested = any(low[q] > 0.0 for q in positions if q != presumption)
            uncontested = all(high[q] == 0.0 for q in positions if q != presumption)
            if Status.IN not in unless and not contested:
                if uncontested and Status.UNDECIDED not in unless:
                    # Nothing contests the presumption: it holds, whatever else it has.
                    settle(issue, presumption, Basis.PRESUMED)
                    return
                if surely == [presumption] and maybe == [presumption]:
                    settle(issue, presumption, Basis.STANDARD_MET)
                return  # the presumption may yet hold: wait
        if len(maybe) == 1 and surely == maybe:
            settle(issue, maybe[0], Basis.STANDARD_MET)
        elif not maybe or (len(surely) >= 2):
            settle(issue, None, Basis.STANDARD_NOT_MET)  # nobody, or a tie, wins
        else:
            # The issue is still open, but a position that cannot meet the standard
            # whatever is decided later cannot win it: it is out already.
            for position in positions:
                if position not in maybe and labels[position] is Status.UNDECIDED:
                    decide(position, Status.OUT, Basis.STANDARD_NOT_MET)

    while queue:
        statement_id = queue.popleft()
        queued.discard(statement_id)
        if labels[statement_id] is not Status.UNDECIDED:
            continue
        states = [state(a) for a in args_for[statement_id]]
        issue = graph.issue_of(statement_id)
        presumed = issue is not None and issue.presumption == statement_id
        if not presumed and all(
            status is not ArgumentStatus.UNDECIDED and w == 0.0 for status, w in states
        ):
            decide(statement_id, Status.OUT, Basis.UNSUPPORTED)
            continue
        if issue is None:
            if any(w > 0.0 for _, w in states):
                decide(statement_id, Status.IN, Basis.SUPPORTED)
            continue
        resolve(issue)

    for statement_id, label in labels.items():
        if label is Status.UNDECIDED:
            basis[statement_id] = Basis.UNRESOLVED
    argument_states = {a.id: state(a) for a in graph.arguments}
    return CarneadesLabelling(labels=labels, basis=basis, argument_states=argument_states)
