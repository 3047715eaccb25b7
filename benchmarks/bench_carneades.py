"""Carneades labelling: the worklist evaluator against a naive full-rescan fixpoint.

Run with ``.venv/bin/python benchmarks/bench_carneades.py``. The baseline is the plain
algorithm as Carneades 4 states it -- sweep over every statement until a sweep changes
nothing -- written here with the same per-statement rules, so the ratio shows what the
worklist saves. Both must give the same labels; the script checks that before timing.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from argmap.semantics.carneades import (
    CarneadesArgument,
    CarneadesGraph,
    Constant,
    Issue,
    Statement,
    evaluate_carneades,
)
from argmap.semantics.status import Status


def naive_labels(graph: CarneadesGraph) -> dict[str, Status]:
    labels = dict.fromkeys(graph.statement_ids, Status.UNDECIDED)
    for s in graph.assumptions:
        labels[s] = Status.IN
    for issue in graph.issues:
        if any(labels[p] is Status.IN for p in issue.positions):
            for p in issue.positions:
                if labels[p] is Status.UNDECIDED:
                    labels[p] = Status.OUT
    args_for: dict[str, list[CarneadesArgument]] = {s: [] for s in labels}
    for a in graph.arguments:
        args_for[a.conclusion].append(a)

    def weight(a: CarneadesArgument) -> float | None:
        blockers = [labels[d] for d in a.defeaters]
        if Status.IN in blockers:
            return 0.0
        if Status.UNDECIDED in blockers or any(
            labels[p.statement] is Status.UNDECIDED for p in a.premises
        ):
            return None
        n_in = sum(labels[p.statement] is Status.IN for p in a.premises)
        return a.weighing.weigh(n_in, len(a.premises), issue_premises=len(a.premises))

    changed = True
    while changed:
        changed = False
        for s in graph.statement_ids:
            if labels[s] is not Status.UNDECIDED:
                continue
            weights = [weight(a) for a in args_for[s]]
            if all(w == 0.0 for w in weights):
                labels[s], changed = Status.OUT, True
                continue
            issue = graph.issue_of(s)
            if issue is None:
                if any(w for w in weights):
                    labels[s], changed = Status.IN, True
                continue
            best = {}
            for p in issue.positions:
                ws = [weight(a) for a in args_for[p]]
                if None in ws:
                    break
                best[p] = max((w for w in ws if w is not None), default=0.0)
            else:
                winners = [
                    p
                    for p in issue.positions
                    if issue.standard.is_met(
                        best[p], max((best[q] for q in issue.positions if q != p), default=0.0)
                    )
                ]
                for p in issue.positions:
                    if labels[p] is Status.UNDECIDED:
                        labels[p] = Status.IN if winners == [p] else Status.OUT
                changed = True
    return labels


def chain(n: int) -> CarneadesGraph:
    # s0 <- s1 <- ... <- s(n-1), listed from the conclusion down: the worst order for a sweep.
    ids = [f"s{i}" for i in range(n)]
    return CarneadesGraph(
        [Statement(i) for i in ids],
        arguments=[CarneadesArgument(f"a{i}", ids[i], premises=[ids[i + 1]]) for i in range(n - 1)],
        assumptions=[ids[-1]],
    )


def ladder(n: int) -> CarneadesGraph:
    # Issues x_i / not_x_i, each deciding the premise of the next issue's arguments.
    statements, issues, arguments = [Statement("base")], [], []
    previous = "base"
    for i in range(n):
        x, nx = f"x{i}", f"not_x{i}"
        statements += [Statement(x), Statement(nx)]
        issues.append(Issue(f"i{i}", [x, nx]))
        arguments.append(CarneadesArgument(f"p{i}", x, premises=[previous], weighing=Constant(0.7)))
        arguments.append(
            CarneadesArgument(f"c{i}", nx, premises=[previous], weighing=Constant(0.4))
        )
        previous = x
    statements.reverse()
    return CarneadesGraph(statements, issues=issues, arguments=arguments, assumptions=["base"])


def best_of(repeats: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    print(f"{'graph':<14} {'worklist s':>11} {'naive s':>10} {'naive/worklist':>15}")
    for name, graph in (
        ("chain 300", chain(300)),
        ("chain 1000", chain(1000)),
        ("ladder 300", ladder(300)),
    ):
        fast = evaluate_carneades(graph)
        assert dict(fast.labels) == naive_labels(graph), name
        worklist = best_of(3, lambda g=graph: evaluate_carneades(g))
        naive = best_of(1, lambda g=graph: naive_labels(g))
        print(f"{name:<14} {worklist:>11.4f} {naive:>10.4f} {naive / worklist:>15.1f}")


if __name__ == "__main__":
    main()
