"""The first map-to-framework translation."""

from __future__ import annotations

from argmap import MapBuilder
from argmap.semantics.dung import grounded_extension
from argmap.semantics.translate import framework_from_map


def test_every_objection_kind() -> None:
    b = MapBuilder("Kinds")
    src = b.source("s", "A report")
    c = b.claim("c", "The claim.")
    p = b.claim("p", "A premise.")
    arg = b.argument("arg", [p], c)
    ev = b.evidence("ev", "The report says otherwise.", source=src)
    r = b.claim("r", "The contrary.")
    u = b.claim("u", "The premise is false.")
    x = b.claim("x", "The inference fails.")
    q = b.claim("q", "Why believe the premise?")
    b.rebut(r, c)
    b.rebut(ev, r)
    b.undermine(u, p)
    b.undercut(x, arg)
    b.challenge(p, attacker=q)
    b.challenge(c, text="Says who?")
    af = framework_from_map(b.build())
    assert af.arguments == ("c", "p", "r", "u", "x", "q", "ev", "arg")
    assert set(af.attacks) == {("r", "c"), ("ev", "r"), ("u", "p"), ("x", "arg"), ("q", "p")}
    # Support is ignored: the claim stands once its rebutter is defeated.
    assert grounded_extension(af) == {"c", "u", "x", "q", "ev"}


def test_an_empty_map() -> None:
    assert len(framework_from_map(MapBuilder("Empty").build())) == 0
