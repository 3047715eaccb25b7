"""Every importer at its documented size limit, and on the inputs that used to be quadratic.

Each row times one importer on one generated document against a baseline measured in
the same process on the same bytes: the bare parse of the syntax (``json.loads`` for the
JSON formats, libyaml for Carneades YAML, argmap's own Argdown lexer for Argdown text),
so the ratio is what building and checking the map costs on top. The "x2" column runs
the importer on half the input too: a ratio near 2 for twice the input means linear
work (it was 4 and more, and 18-52 s, before names and relations were indexed).

Rows:

* argmap JSON, AIF, xAIF: ``MAX_ITEMS`` (200,000) entries in one list;
* Argdown JSON: 16,000 statements whose titles all clean up to the same key, and 16,000
  duplicate relations (the issue's 1.9 MB case);
* Argdown text: as many such statements and duplicate relations as its limit
  (``argdown.MAX_BYTES``, 1 MiB) holds;
* Carneades YAML: ``MAX_BYTES`` (4 MiB) of statements and arguments, referenced by a
  spelling that only matches after normalisation (``p(a, x)`` for ``p(a,x)``).

``python benchmarks/bench_importers.py [--quick] [NAME...]`` (``--quick``: a tenth of each
size; NAME: only the rows whose importer's name contains it, e.g. ``argdown``).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from argmap.formats import _argdown_syntax, aif, argdown, argdown_json, argmap_json, carneades_yaml
from argmap.formats._limits import MAX_ITEMS
from argmap.formats._yaml import parse_yaml


def _time(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def argmap_json_doc(n: int) -> str:
    claims = [{"key": f"c{i}", "text": f"Claim number {i}."} for i in range(n)]
    return json.dumps({"format": "argmap", "version": 1, "title": "bench", "claims": claims})


def aif_doc(n: int, *, xaif: bool = False) -> str:
    # Half I-nodes, a quarter RA, a quarter edges' worth: texts that slug to one key.
    nodes, edges = [], []
    third = n // 3
    for i in range(third):
        nodes.append(
            {
                "nodeID": str(i),
                "text": "The same claim!" if i % 2 else "The same claim?",
                "type": "I",
            }
        )
    for i in range(third, 2 * third):
        nodes.append({"nodeID": str(i), "text": "Default Inference", "type": "RA"})
        edges.append({"edgeID": str(len(edges)), "fromID": str(i - third), "toID": str(i)})
        edges.append(
            {"edgeID": str(len(edges)), "fromID": str(i), "toID": str((i - third + 1) % third)}
        )
    graph = {"nodes": nodes, "edges": edges[:MAX_ITEMS], "locutions": []}
    return json.dumps({"AIF": graph} if xaif else graph)


def argdown_json_doc(n: int) -> str:
    statements = {
        f"same {'!' * (i % 3)}{(i % 2 and '?') or ''} key {i}": {
            "members": [{"text": f"Text {i}."}]
        }
        for i in range(n)
    }
    titles = list(statements)
    relations = [
        {
            "relationType": "attack",
            "from": titles[0],
            "fromType": "equivalence-class",
            "to": titles[1],
            "toType": "equivalence-class",
        }
    ] * n
    return json.dumps({"statements": statements, "arguments": {}, "relations": relations})


def argdown_text_doc(n: int) -> str:
    lines = [f"[Same key {i}!]: Statement {i}.\n  -> [Same key 0!]" for i in range(1, n)]
    lines.append("[Same key 0!]: The target.\n" + "\n".join("  <- [Same key 1!]" for _ in range(n)))
    return "\n\n".join(lines) + "\n"


def carneades_doc(limit: int) -> str:
    out = ["statements:"]
    arguments = ["arguments:"]
    i = 0
    size = 0
    while size < limit * 0.95:
        line = f"  p(s{i},x): Statement number {i}."
        argument = f"  a{i}: {{conclusion: 'p(s{i}, x)', premises: ['p(s{i + 1}, x)']}}"
        out.append(line)
        arguments.append(argument)
        size += len(line) + len(argument) + 2
        i += 1
    out.append(f"  p(s{i},x): The last statement.")
    return "\n".join(out + arguments) + "\n"


def main() -> None:
    scale = 10 if "--quick" in sys.argv else 1
    items = MAX_ITEMS // scale
    names = 16_000 // scale
    cap = carneades_yaml.MAX_BYTES // scale
    # As many statements as fill 90% of the Argdown limit (longer numbers further on).
    per_statement = len(argdown_text_doc(1_000).encode("utf-8")) / 1_000
    argdown_statements = int(argdown.MAX_BYTES * 0.9 / per_statement) // scale
    # (importer, document of size n, n at the limit, import, baseline parse)
    rows: list[
        tuple[str, Callable[[int], str], int, Callable[[str], object], Callable[[str], object]]
    ] = [
        ("argmap JSON", argmap_json_doc, items, argmap_json.loads, json.loads),
        ("AIF", aif_doc, items, aif.loads, json.loads),
        ("xAIF", lambda n: aif_doc(n, xaif=True), items, aif.loads, json.loads),
        ("Argdown JSON", argdown_json_doc, names, argdown_json.loads, json.loads),
        (
            "Argdown text",
            argdown_text_doc,
            argdown_statements,
            argdown.loads,
            lambda t: _argdown_syntax._Lexer(t).run(),
        ),
        ("Carneades YAML", carneades_doc, cap, carneades_yaml.loads, parse_yaml),
    ]
    argdown.loads("[warm]: Builds the parser tables once.\n")
    print(f"{'importer':<15} {'bytes':>10} {'base s':>8} {'import s':>9} {'x base':>7} {'x2':>5}")
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    for name, make, n, importer, baseline in rows:
        if only and not any(o.lower() in name.lower() for o in only):
            continue
        text, half = make(n), make(n // 2)
        base = _time(lambda: baseline(text))  # noqa: B023 -- called at once
        took = _time(lambda: importer(text))  # noqa: B023
        took_half = _time(lambda: importer(half))  # noqa: B023
        size = len(text.encode("utf-8"))
        print(
            f"{name:<15} {size:>10} {base:>8.3f} {took:>9.3f} {took / base:>7.1f} "
            f"{took / took_half:>5.1f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
