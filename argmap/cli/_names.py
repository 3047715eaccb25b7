"""The names the command line offers, without importing the code behind them.

``argmap render MAP`` and ``argmap check MAP`` list the semantics and support modes in
their ``--help``, but should not import the evaluation engine to do so: the names are
written here, and ``tests/test_cli_help.py`` checks that they are exactly those of
:mod:`argmap.semantics.evaluate`, :mod:`argmap.semantics.gradual` and
:class:`argmap.semantics.translate.SupportMode`, so a semantics added there and not
here fails the suite.
"""

from __future__ import annotations

__all__ = [
    "ALL_SEMANTICS",
    "DUNG_SEMANTICS",
    "GRADUAL_SEMANTICS",
    "PROOF_STANDARDS",
    "SUPPORT_MODES",
]

DUNG_SEMANTICS: tuple[str, ...] = (
    "grounded",
    "complete",
    "preferred",
    "stable",
    "semi-stable",
    "stage",
    "ideal",
    "eager",
)
"""As :data:`argmap.semantics.evaluate.DUNG_SEMANTICS`."""

GRADUAL_SEMANTICS: tuple[str, ...] = ("df-quad", "quadratic-energy", "euler", "h-categoriser")
"""As :data:`argmap.semantics.gradual.GRADUAL_SEMANTICS`."""

ALL_SEMANTICS: tuple[str, ...] = (*DUNG_SEMANTICS, "carneades", *GRADUAL_SEMANTICS)
"""As :data:`argmap.semantics.evaluate.ALL_SEMANTICS`."""

SUPPORT_MODES: tuple[str, ...] = ("presumptive", "deductive", "necessary", "evidential")
"""The values of :class:`argmap.semantics.translate.SupportMode`."""

PROOF_STANDARDS: tuple[str, ...] = ("SE", "PE", "CCE", "BRD", "DV")
"""The abbreviations :func:`argmap.semantics.carneades.standard_from_name` accepts."""
