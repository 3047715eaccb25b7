"""Every reading of a map, in one place: framework, bipolar graph, Carneades graph.

The three translations share one id grammar for what they make up (``CLAIM#not``,
``CLAIM#unsupported``, ``ARGUMENT#CQn``, ...; see :func:`element_key` and the table in
``argmap.semantics.translate._ids``): a map key never contains ``#`` or ``/``, so an id
with one is auxiliary, and names the element it concerns first.

The framework reading: :func:`translate`
----------------------------------------
Every claim, piece of evidence, argument and objection of the map becomes an argument of
an abstract argumentation framework (a *node*), named by its key. Relations become
attacks:

* an objection's node attacks its target: a **rebut** the claim it contradicts, an
  **undermine** the premise (or, when it names the argument, only that argument), an
  **undercut** the argument, a **challenge** what it questions (answered only as
  described below). With ``symmetric_rebuttals=True`` a rebutted claim also attacks
  what rebuts it (the rebutting claim, evidence or argument) -- contradiction read both
  ways; by default an objection attacks one way, and wins unless something defeats it.
  With ``rebuttal_preferences=True`` a rebuttal between contradictories (claims that
  rebut each other) is weighed as in ASPIC+ (Modgil & Prakken 2013): every argument for
  the target that weighs strictly more than the rebutting case (:func:`case_weight`)
  attacks the rebuttal instead of being attacked by it, so of two contradictory claims
  the stronger case defeats the weaker;
* an objection needs its attacker, an argument needs each of its (linked) premises:
  both are *necessary supports*, so attacks on them reach what needs them.

How an argument supports its conclusion is the **support mode**, one of the readings
of bipolar argumentation surveyed by Cayrol & Lagasquie-Schiex (2013) and Polberg
(2017):

``"presumptive"`` (default)
    A claim stands as a presumption; its arguments can only help it. An argument
    discharges burdens of proof on its conclusion (below), and stands or falls with its
    conclusion against a contrary assertion: a rebuttal (or undermine) of a claim also
    attacks each argument for it (*mediated* attack), a mere challenge does not. This is
    the reading in which every evaluation principle of :doc:`/evaluating` holds.
``"deductive"``
    If the argument is accepted, so is its conclusion (Boella et al. 2010). An attack on
    the conclusion -- a challenge too -- is also an attack on the argument (*mediated*
    attack), and the conclusion's attacks are the argument's (*supported* attack). A
    claim without arguments stands as a presumption.
``"necessary"``
    A conclusion that has arguments needs at least one of them (Nouioua & Risch 2010).
    With one argument this is a plain necessary support: an attack on the argument is
    an attack on the conclusion (*secondary* attack), and the argument inherits the
    conclusion's attacks (*extended* attack). With several, the claim needs *any* of
    them, which attacks alone cannot express: an auxiliary node ``CLAIM#unsupported``
    attacks the claim, and every argument for it attacks that node. A claim without
    arguments stands as a presumption -- so adding a failing argument can bring a claim
    down, which the principle "support never hurts" forbids.
``"evidential"``
    Every claim needs support reaching down to evidence (Oren & Norman 2008): evidence
    (and any key listed in ``assume``) is prima facie; every other claim gets the
    ``CLAIM#unsupported`` node, so a claim with no accepted argument is rejected.

Derived attacks are computed over chains of supports: whenever accepting ``u`` commits
to accepting ``v`` (``u`` deductively supports ``v``, or ``u`` necessarily needs ``v``),
an attack on ``v`` is an attack on ``u``, and an attack by ``v`` is an attack by ``u``.

**Burden of proof.** A challenge of a claim puts the burden on its proponent: the
challenge attacks the claim, and only an argument for the claim that *meets the claim's
proof standard* attacks the challenge back. Which standard applies is the caller's
choice (``standards``); the map stays neutral. A standard is checked on weights: the
argument's weight (``default_weight`` when unset) against the weight of each rebuttal
of the claim (a rebutting argument's weight, ``default_weight`` for a rebuttal by a
claim or evidence). A rebuttal counts only while it stands: when some rebuttal is too
heavy for the argument, an auxiliary node ``ARGUMENT#meets`` (needing the argument,
attacked by each rebuttal too heavy for it) answers the challenge instead of the
argument. In the evidential reading the same node discharges ``CLAIM#unsupported``.

**Critical questions** (:mod:`argmap.schemes`) of an argument enter as in Carneades:

* a raised *assumption* question (a challenge naming it) attacks the argument until it
  is answered "yes": by a claim, which then attacks the challenge, or as given, which
  withdraws the attack;
* an unfavourable answer -- "no" to an assumption, "yes" to an exception -- undercuts the
  argument: the answering claim attacks it, or, for an answer given without a claim, an
  auxiliary node ``ARGUMENT#CQn`` does;
* a raised *exception* question is only a question: the opponent must prove it, so it
  attacks nothing until answered "yes".

A challenge of an argument without a question, or of evidence, puts the burden on the
proponent, and the map records no way to discharge it: the target is attacked.

:func:`framework_from_map` keeps the first, support-free reading (claims, evidence and
arguments only; each objection an attack from its attacker; supports and bare challenges
ignored) for comparison; it is not exported at the top level, and ICCMA exports write it
only when asked by name.

The other readings
------------------
:func:`to_bipolar_graph` (the gradual semantics' weighted bipolar graph) and
:func:`to_carneades_graph` (Carneades' argument graph: issues, proof standards,
presumptions and contrariety) are documented with them.

>>> from argmap import MapBuilder
>>> b = MapBuilder("Tea")
>>> tea = b.claim("tea", "Tea is good for you.")
>>> rich = b.claim("rich", "Tea is rich in antioxidants.")
>>> a1 = b.argument("a1", [rich], tea)
>>> ch = b.challenge(rich, key="says_who", text="Says who?")
>>> t = translate(b.build())
>>> [n.id for n in t.nodes]
['tea', 'rich', 'a1', 'says_who']
>>> [(a.source, a.target, a.kind.value) for a in t.attacks]
[('says_who', 'rich', 'challenge'), ('says_who', 'a1', 'secondary')]

References
----------
Cayrol, C. & Lagasquie-Schiex, M.-C. (2013). Bipolarity in argumentation graphs: towards a
better understanding. *International Journal of Approximate Reasoning* 54(7), 876-899.
doi:10.1016/j.ijar.2012.10.008

Boella, G., Gabbay, D. M., van der Torre, L. & Villata, S. (2010). Support in abstract
argumentation. *COMMA 2010*, 111-122. doi:10.3233/978-1-60750-619-5-111

Nouioua, F. & Risch, V. (2010). Bipolar argumentation frameworks with specialized supports.
*ICTAI 2010*, 215-218. doi:10.1109/ICTAI.2010.37

Oren, N. & Norman, T. J. (2008). Semantics for evidence-based argumentation. *COMMA 2008*,
276-284.

Polberg, S. (2017). *Developing the abstract dialectical framework*. PhD thesis, TU Wien
(ch. 3 surveys support in abstract argumentation).

Modgil, S. & Prakken, H. (2013). A general account of argumentation with preferences.
*Artificial Intelligence* 195, 361-397. doi:10.1016/j.artint.2012.10.008

Gordon, T. F., Prakken, H. & Walton, D. (2007). The Carneades model of argument and burden
of proof. *Artificial Intelligence* 171(10-15), 875-896. doi:10.1016/j.artint.2007.04.010
"""

from argmap.semantics.translate._bipolar import to_bipolar_graph
from argmap.semantics.translate._carneades import is_contrary, to_carneades_graph, unanswered
from argmap.semantics.translate._framework import (
    AttackKind,
    FrameworkAttack,
    FrameworkNode,
    NodeKind,
    Standard,
    SupportMode,
    Translation,
    case_weight,
    framework_from_map,
    rebuttal_weight,
    rebuttal_weights,
    support_mode,
    translate,
)
from argmap.semantics.translate._ids import (
    answer_id,
    attacker_stands_id,
    element_key,
    ground_id,
    is_auxiliary,
    issue_id,
    meets_id,
    met_id,
    negation_id,
    question_id,
    undercut_id,
    unsupported_id,
)

__all__ = [
    "AttackKind",
    "FrameworkAttack",
    "FrameworkNode",
    "NodeKind",
    "Standard",
    "SupportMode",
    "Translation",
    "answer_id",
    "attacker_stands_id",
    "case_weight",
    "element_key",
    "framework_from_map",
    "ground_id",
    "is_auxiliary",
    "is_contrary",
    "issue_id",
    "meets_id",
    "met_id",
    "negation_id",
    "question_id",
    "rebuttal_weight",
    "rebuttal_weights",
    "support_mode",
    "to_bipolar_graph",
    "to_carneades_graph",
    "translate",
    "unanswered",
    "undercut_id",
    "unsupported_id",
]
