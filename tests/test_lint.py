"""The map linter."""

from __future__ import annotations

from hypothesis import given

import argmap
from argmap import ArgumentMap, MapBuilder, check_map
from argmap.lint import Severity
from argmap.strategies import maps


def codes(m: ArgumentMap) -> list[tuple[str, str]]:
    return [(f.code, f.key) for f in check_map(m)]


def test_clean_map_has_no_findings() -> None:
    b = MapBuilder("Clean")
    p = b.party("p", "P")
    s = b.source("s", "S", text="Words here.")
    c = b.claim("c", "C", by=p, quote=s.quote("Words here."))
    d = b.claim("d", "D", by=p)
    b.argument("a", [d], c)
    assert check_map(b.build()) == ()


def test_findings() -> None:
    b = MapBuilder("Dirty")
    b.party("idle", "Idle")
    b.source("unused", "Unused")
    b.source("notext", "No text")
    s = b.source("s", "S", text="Real words.")
    c = b.claim("c", "C", quote=argmap.Quote(s.key, "Fake words."))
    b.claim("q", "Q", quote=argmap.Quote("notext", "whatever"))
    b.claim("lonely", "Nobody relates to me")
    x = b.claim("x", "X")
    y = b.claim("y", "Y")
    b.argument("a1", [x], y)
    b.argument("a2", [y], x)
    b.challenge(c, text="Says who?")
    found = codes(b.build())
    assert found[:3] == [
        ("quote-not-found", "c"),
        ("circular-support", "x"),
        ("unsupported-conclusion", "c"),
    ]
    assert ("isolated", "lonely") in found
    assert ("unverified-quote", "q") in found
    assert ("unused-party", "idle") in found
    assert ("unused-source", "unused") in found
    assert ("unused-source", "notext") not in found
    unsupported = next(f for f in check_map(b.build()) if f.code == "unsupported-conclusion")
    assert "burden of proof" in unsupported.message
    assert str(unsupported).startswith("warning: unsupported-conclusion: c: ")


def test_long_support_chain_does_not_recurse() -> None:
    b = MapBuilder("Chain")
    n = 5000
    for i in range(n):
        b.claim(f"c{i}", f"Claim {i}")
    for i in range(n - 1):
        b.argument(f"a{i}", [f"c{i}"], f"c{i + 1}")
    b.argument("close", [f"c{n - 1}"], "c0")
    found = [f for f in check_map(b.build()) if f.code == "circular-support"]
    assert len(found) == 1
    assert found[0].message.count("->") == n


@given(maps(max_size=12))
def test_findings_are_sorted_and_name_existing_keys(m: ArgumentMap) -> None:
    findings = check_map(m)
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    ranks = [order[f.severity] for f in findings]
    assert ranks == sorted(ranks)
    assert all(f.key in m for f in findings)
    assert check_map(m) == findings


def test_mixed_weights_are_reported_with_the_default_weight() -> None:
    b = MapBuilder("Weights")
    c, p, q = b.claim("c", "C."), b.claim("p", "P."), b.claim("q", "Q.")
    b.argument("weighed", [p], c, weight=0.8)
    assert "mixed-weights" not in [code for code, _ in codes(b.build())]
    b.argument("unweighed", [q], c)
    [finding] = [f for f in check_map(b.build()) if f.code == "mixed-weights"]
    assert finding.severity is Severity.WARNING
    assert finding.key == "unweighed"
    assert "1 of 2 arguments state no weight (unweighed)" in finding.message
    assert "default weight 1 " in finding.message
    assert "heaviest stated weight is 0.8" in finding.message


@given(maps(max_size=10))
def test_mixed_weights_exactly_when_some_but_not_all_are_weighed(m: ArgumentMap) -> None:
    weights = {a.weight is None for a in m.arguments}
    found = [f for f in check_map(m) if f.code == "mixed-weights"]
    assert len(found) == (1 if weights == {True, False} else 0)


# --- schemes and line numbers ----------------------------------------------------------


def test_unknown_scheme_is_a_warning_with_a_suggestion() -> None:
    b = MapBuilder("Schemes")
    a, c = b.claim("a", "A."), b.claim("c", "C.")
    b.argument("typo", [a], c, scheme="sing")
    b.argument("title", [a], c, scheme="Argument from sign")
    b.argument("made_up", [a], c, scheme="argument from the stars")
    found = {f.key: f for f in check_map(b.build())}
    assert found["typo"].code == "unknown-scheme"
    assert found["typo"].severity is Severity.WARNING
    assert "did you mean 'sign'?" in found["typo"].message
    assert "title" not in found  # a catalogue title is an alias of its key
    assert "lists the catalogue" in found["made_up"].message


def test_every_check_finding_of_a_map_module_carries_the_line_that_made_it(tmp_path) -> None:
    from argmap.lint import load_map_with_lines

    module = tmp_path / "dirty.py"
    module.write_text(
        "import argmap\n"
        "b = argmap.MapBuilder('Dirty')\n"
        "b.party('idle', 'Idle')\n"
        "a = b.claim('a', 'A.')\n"
        "c = b.claim('c', 'C.')\n"
        "\n"
        "b.argument('arg', [a], c, scheme='sing')\n"
        "for n in range(2):\n"
        "    b.claim(f'lonely{n}', 'Alone.')\n"
        "b.rebut(b.claim('x', 'X.'), b.claim('y', 'Y.'))\n"
        "MAP = b.build()\n",
        encoding="utf-8",
    )
    m, lines = load_map_with_lines(module)
    findings = check_map(m, lines=lines)
    assert findings
    assert all(f.line is not None for f in findings)
    by_key = {f.key: f.line for f in findings}
    assert by_key == {"idle": 3, "arg": 7, "lonely0": 9, "lonely1": 9, "y": 10}


def test_check_prints_file_and_line(tmp_path) -> None:
    import subprocess
    import sys

    module = tmp_path / "m.py"
    module.write_text(
        "import argmap\nb = argmap.MapBuilder('M')\n\nb.claim('lonely', 'Alone.')\nMAP = b.build()\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "argmap", "check", str(module)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"{module}:4: warning: isolated: lonely:" in result.stdout


def test_lines_are_not_recorded_outside_the_load() -> None:
    import sys

    from argmap.lint import load_map_with_lines

    before = sys.getprofile()
    m, lines = load_map_with_lines("maps/zinoviev.py")
    assert sys.getprofile() is before
    keys = {e.key for e in m}
    # Every element of MAP has its line (the module may build other maps too, e.g. readings).
    assert keys <= set(lines)
