"""Semantics: from a map to frameworks, statuses, strengths and explanations.

The names most code needs are here; each module (``argmap.semantics.dung``,
``argmap.semantics.carneades``, ``argmap.semantics.gradual``, ``argmap.semantics.translate``,
...) holds the rest. Every name loads on first use, so importing this package does not load
the SAT solver or numpy.

>>> from argmap import semantics
>>> af = semantics.ArgumentationFramework.from_attacks([("a", "b"), ("b", "c")])
>>> sorted(semantics.grounded_extension(af))
['a', 'c']
>>> semantics.Status.IN == "in"
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap._deprecation import lazy_module_getattr

__all__ = [
    "ALL_SEMANTICS",
    "DUNG_SEMANTICS",
    "GRADUAL_SEMANTICS",
    "Acceptance",
    "ArgumentationFramework",
    "Audience",
    "BeyondReasonableDoubt",
    "BipolarGraph",
    "CarneadesArgument",
    "CarneadesGraph",
    "CarneadesResult",
    "Change",
    "ClearAndConvincing",
    "DialecticalValidity",
    "Evaluation",
    "Explanation",
    "Extension",
    "ExtensionResult",
    "GradualResult",
    "Issue",
    "Label",
    "Labelling",
    "Preponderance",
    "ProofStandard",
    "Scintilla",
    "Semantics",
    "SemanticsResult",
    "Statement",
    "Status",
    "Strengths",
    "SupportMode",
    "Translation",
    "acceptance",
    "evaluate",
    "evaluate_carneades",
    "explain",
    "extensions",
    "framework_from_map",
    "gradual_strengths",
    "grounded_extension",
    "is_credulously_accepted",
    "is_skeptically_accepted",
    "parse_standard",
    "to_bipolar_graph",
    "to_carneades_graph",
    "translate",
    "what_if",
]

_EXPORTS = {
    "Acceptance": "argmap.semantics.acceptance",
    "acceptance": "argmap.semantics.acceptance",
    "Audience": "argmap.semantics.carneades",
    "BeyondReasonableDoubt": "argmap.semantics.carneades",
    "CarneadesArgument": "argmap.semantics.carneades",
    "CarneadesGraph": "argmap.semantics.carneades",
    "ClearAndConvincing": "argmap.semantics.carneades",
    "DialecticalValidity": "argmap.semantics.carneades",
    "Issue": "argmap.semantics.carneades",
    "Preponderance": "argmap.semantics.carneades",
    "ProofStandard": "argmap.semantics.carneades",
    "Scintilla": "argmap.semantics.carneades",
    "Statement": "argmap.semantics.carneades",
    "evaluate_carneades": "argmap.semantics.carneades",
    "parse_standard": "argmap.semantics.carneades",
    "Extension": "argmap.semantics.dung",
    "Labelling": "argmap.semantics.dung",
    "Semantics": "argmap.semantics.dung",
    "extensions": "argmap.semantics.dung",
    "grounded_extension": "argmap.semantics.dung",
    "is_credulously_accepted": "argmap.semantics.dung",
    "is_skeptically_accepted": "argmap.semantics.dung",
    "ALL_SEMANTICS": "argmap.semantics.evaluate",
    "DUNG_SEMANTICS": "argmap.semantics.evaluate",
    "Evaluation": "argmap.semantics.evaluate",
    "evaluate": "argmap.semantics.evaluate",
    "Change": "argmap.semantics.explain",
    "Explanation": "argmap.semantics.explain",
    "explain": "argmap.semantics.explain",
    "what_if": "argmap.semantics.explain",
    "ArgumentationFramework": "argmap.semantics.framework",
    "Label": "argmap.semantics.framework",
    "GRADUAL_SEMANTICS": "argmap.semantics.gradual",
    "BipolarGraph": "argmap.semantics.gradual",
    "Strengths": "argmap.semantics.gradual",
    "gradual_strengths": "argmap.semantics.gradual",
    "CarneadesResult": "argmap.semantics.results",
    "ExtensionResult": "argmap.semantics.results",
    "GradualResult": "argmap.semantics.results",
    "SemanticsResult": "argmap.semantics.results",
    "Status": "argmap.semantics.status",
    "SupportMode": "argmap.semantics.translate",
    "Translation": "argmap.semantics.translate",
    "framework_from_map": "argmap.semantics.translate",
    "to_bipolar_graph": "argmap.semantics.translate",
    "to_carneades_graph": "argmap.semantics.translate",
    "translate": "argmap.semantics.translate",
}

__getattr__ = lazy_module_getattr(__name__, _EXPORTS, {}, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from argmap.semantics.acceptance import Acceptance, acceptance
    from argmap.semantics.carneades import (
        Audience,
        BeyondReasonableDoubt,
        CarneadesArgument,
        CarneadesGraph,
        ClearAndConvincing,
        DialecticalValidity,
        Issue,
        Preponderance,
        ProofStandard,
        Scintilla,
        Statement,
        evaluate_carneades,
        parse_standard,
    )
    from argmap.semantics.dung import (
        Extension,
        Labelling,
        Semantics,
        extensions,
        grounded_extension,
        is_credulously_accepted,
        is_skeptically_accepted,
    )
    from argmap.semantics.evaluate import ALL_SEMANTICS, DUNG_SEMANTICS, Evaluation, evaluate
    from argmap.semantics.explain import Change, Explanation, explain, what_if
    from argmap.semantics.framework import ArgumentationFramework, Label
    from argmap.semantics.gradual import (
        GRADUAL_SEMANTICS,
        BipolarGraph,
        Strengths,
        gradual_strengths,
    )
    from argmap.semantics.results import (
        CarneadesResult,
        ExtensionResult,
        GradualResult,
        SemanticsResult,
    )
    from argmap.semantics.status import Status
    from argmap.semantics.translate import (
        SupportMode,
        Translation,
        framework_from_map,
        to_bipolar_graph,
        to_carneades_graph,
        translate,
    )
