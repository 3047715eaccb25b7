"""Every Dung semantics and every task against a brute-force oracle, and the laws linking them."""

from __future__ import annotations

import random

import pytest
from af_oracle import Oracle
from af_strategies import frameworks
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.errors import InvalidValueError, UnknownKeyError
from argmap.semantics import _graph, dung
from argmap.semantics.dung import Semantics
from argmap.semantics.framework import ArgumentationFramework, Label

CODES = [s.value for s in Semantics]


@pytest.mark.parametrize("code", CODES)
@given(af=frameworks())
def test_extensions_match_the_oracle(code: str, af: ArgumentationFramework) -> None:
    expected = Oracle(af).extensions(code)
    found = list(dung.extensions(af, code))
    assert len(found) == len(set(found)), "an extension was listed twice"
    assert set(found) == expected
    assert dung.count_extensions(af, code) == len(expected)
    some = dung.some_extension(af, code)
    assert (some is None) == (not expected)
    assert some is None or some in expected


@pytest.mark.parametrize("code", CODES)
@given(af=frameworks())
def test_acceptance_and_certificates_match_the_oracle(
    code: str, af: ArgumentationFramework
) -> None:
    expected = Oracle(af).extensions(code)
    for name in af.arguments:
        witness = dung.credulous_witness(af, name, code)
        assert (witness is not None) == any(name in e for e in expected)
        if witness is not None:
            assert name in witness
            assert witness in expected
        counter = dung.skeptical_counterexample(af, name, code)
        assert (counter is None) == all(name in e for e in expected)
        if counter is not None:
            assert name not in counter
            assert counter in expected
        assert dung.is_credulously_accepted(af, name, code) == (witness is not None)
        assert dung.is_skeptically_accepted(af, name, code) == (counter is None)


@given(af=frameworks())
def test_inclusions_between_semantics(af: ArgumentationFramework) -> None:
    ext = {code: set(dung.extensions(af, code)) for code in CODES}
    assert ext["ST"] <= ext["SST"] <= ext["PR"] <= ext["CO"] <= ext["ADM"] <= ext["CF"]
    assert ext["STG"] <= ext["CF"]
    if ext["ST"]:
        assert ext["STG"] == ext["ST"] == ext["SST"]
    (grounded,) = ext["GR"]
    assert grounded in ext["CO"]
    assert all(grounded <= e for e in ext["CO"]), "grounded is the least complete extension"
    (ideal,) = ext["ID"]
    (eager,) = ext["EG"]
    assert grounded <= ideal <= eager
    assert all(ideal <= p for p in ext["PR"])
    assert all(eager <= s for s in ext["SST"])
    assert ideal in ext["CO"]
    assert eager in ext["CO"]
    assert ext["PR"], "every finite framework has a preferred extension"


@given(af=frameworks())
def test_labellings_correspond_to_extensions(af: ArgumentationFramework) -> None:
    for code in ("CO", "PR", "ST", "SST", "GR"):
        for lab, ext in zip(dung.labellings(af, code), dung.extensions(af, code), strict=True):
            assert lab.in_set == ext
            assert lab.out_set == {b for a, b in af.attacks if a in ext}
            assert lab.in_set | lab.out_set | lab.undec_set == set(af.arguments)
            # Caminada's complete labelling: in iff all attackers out; out iff an attacker in.
            for name in af.arguments:
                attackers = af.attackers_of(name)
                if lab[name] is Label.IN:
                    assert all(lab[b] is Label.OUT for b in attackers)
                elif lab[name] is Label.OUT:
                    assert any(lab[b] is Label.IN for b in attackers)
                else:
                    assert not all(lab[b] is Label.OUT for b in attackers)
                    assert not any(lab[b] is Label.IN for b in attackers)
            if code == "ST":
                assert not lab.undec_set


@given(af=frameworks())
def test_set_checks_match_the_oracle(af: ArgumentationFramework) -> None:
    oracle = Oracle(af)
    for subset in oracle.subsets[:64]:
        assert dung.is_conflict_free(af, subset) == oracle.cf(subset)
        assert dung.is_admissible(af, subset) == oracle.adm(subset)
        assert dung.is_complete(af, subset) == oracle.co(subset)
        assert dung.is_stable(af, subset) == oracle.st(subset)
    for code in ("PR", "SST", "STG", "ID"):
        expected = oracle.extensions(code)
        for subset in oracle.subsets[:32]:
            assert dung.is_extension(af, subset, code) == (subset in expected)


def test_results_are_deterministic() -> None:
    attacks = [(f"a{i}", f"a{(i * 7 + 3) % 12}") for i in range(12)] + [("a1", "a2"), ("a2", "a1")]
    first = [list(dung.extensions(ArgumentationFramework.from_attacks(attacks), c)) for c in CODES]
    again = [list(dung.extensions(ArgumentationFramework.from_attacks(attacks), c)) for c in CODES]
    assert first == again


def test_components_multiply() -> None:
    pieces = []
    for k in range(10):
        pieces += [(f"x{k}", f"y{k}"), (f"y{k}", f"x{k}")]
    af = ArgumentationFramework.from_attacks(pieces)
    assert dung.count_extensions(af, "PR") == 2**10
    assert dung.count_extensions(af, "CO") == 3**10
    assert len(set(dung.extensions(af, "ST"))) == 2**10


def test_grounded_on_a_long_chain_needs_no_recursion() -> None:
    n = 100_000
    names = [f"c{i}" for i in range(n)]
    af = ArgumentationFramework.from_indices(names, list(range(n - 1)), list(range(1, n)))
    lab = dung.grounded_labelling(af)
    assert lab.count(Label.IN) == n // 2
    assert lab["c0"] is Label.IN
    assert lab["c1"] is Label.OUT
    assert lab[f"c{n - 1}"] is Label.OUT
    assert dung.count_extensions(af, "PR") == 1


def test_odd_and_even_cycles() -> None:
    def cycle(n: int) -> ArgumentationFramework:
        return ArgumentationFramework.from_attacks([(f"c{i}", f"c{(i + 1) % n}") for i in range(n)])

    assert dung.count_extensions(cycle(5), "ST") == 0
    assert list(dung.extensions(cycle(5), "PR")) == [frozenset()]
    assert dung.count_extensions(cycle(5), "STG") == 5
    assert dung.count_extensions(cycle(6), "ST") == 2
    assert dung.count_extensions(cycle(6), "CO") == 3


def test_an_unknown_semantics_is_named() -> None:
    af = ArgumentationFramework(["a"])
    with pytest.raises(InvalidValueError, match="'nonsense'"):
        list(dung.extensions(af, "nonsense"))
    with pytest.raises(InvalidValueError, match="42"):
        dung.count_extensions(af, 42)  # type: ignore[arg-type]


def test_an_unknown_argument_is_named() -> None:
    af = ArgumentationFramework(["a"])
    with pytest.raises(UnknownKeyError, match="'zz'"):
        dung.is_credulously_accepted(af, "zz", "PR")
    with pytest.raises(UnknownKeyError, match="'zz'"):
        dung.labelling_of(af, {"zz"})
    with pytest.raises(InvalidValueError, match="string"):
        dung.is_admissible(af, "a")


def test_semantics_names_and_codes() -> None:
    for member in Semantics:
        assert Semantics.parse(member.value.lower()) is member
        assert Semantics.parse(member.long_name) is member
    assert Semantics.parse("Semi Stable") is Semantics.SEMI_STABLE
    assert Semantics.GROUNDED.unique
    assert not Semantics.PREFERRED.unique


@pytest.mark.parametrize("small_rounds", [0, 3, 10**9])
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(af=frameworks(max_args=10), extra=st.integers(0, 400), seed=st.integers(0, 2**16))
def test_grounded_propagation_paths_agree(
    monkeypatch: pytest.MonkeyPatch,
    small_rounds: int,
    af: ArgumentationFramework,
    extra: int,
    seed: int,
) -> None:
    """The vectorised rounds, the queue and any hand-over between them give the same
    labelling, duplicate attacks included (checked on frameworks of up to ~400 arguments
    against the naive fixed-point iteration)."""
    monkeypatch.setattr(_graph, "_SMALL_ROUNDS", small_rounds)
    monkeypatch.setattr(_graph, "_SMALL_FRONTIER", 64 if small_rounds == 3 else 512)
    rng = random.Random(seed)
    n = len(af) + extra
    pairs = list(af.attack_indices) + [
        (rng.randrange(n), rng.randrange(n)) for _ in range(int(1.3 * extra))
    ]
    pairs += pairs[: len(pairs) // 3]  # duplicates
    big = ArgumentationFramework.from_indices(
        [f"x{i}" for i in range(n)], [i for i, _ in pairs], [j for _, j in pairs]
    )
    offsets, flat = big.csr()
    labels = _graph.grounded_labels(n, offsets, flat, big.attack_arrays[1])
    attackers = [set() for _ in range(n)]
    for i, j in pairs:
        attackers[j].add(i)
    current: set[int] = set()
    while True:
        attacked = {j for i, j in pairs if i in current}
        following = {a for a in range(n) if attackers[a] <= attacked}
        if following == current:
            break
        current = following
    attacked = {j for i, j in pairs if i in current}
    assert {i for i in range(n) if labels[i] == _graph.IN} == current
    assert {i for i in range(n) if labels[i] == _graph.OUT} == attacked
