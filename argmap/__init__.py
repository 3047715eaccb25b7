"""argmap: map arguments, evaluate claims, render support/attack diagrams.

>>> import argmap
>>> b = argmap.MapBuilder("Example")
>>> c = b.claim("c", "A claim.")
>>> len(b.build())
1

Every public name is imported on first use (PEP 562), so ``import argmap`` and the
``argmap`` command stay fast: ``argmap solve`` never loads the renderer, YAML or numpy
unless its task needs them. To add a public name, add it to :data:`_EXPORTS` (module ->
names), to ``__all__``, and to the ``TYPE_CHECKING`` imports that type checkers read.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Where each public name lives.
_EXPORTS: dict[str, tuple[str, ...]] = {
    "argmap.errors": (
        "ArgmapError",
        "DuplicateKeyError",
        "EvaluationError",
        "FormatError",
        "FrameworkFileNotFoundError",
        "InvalidDocumentError",
        "InvalidKeyError",
        "InvalidValueError",
        "LimitExceededError",
        "MapDefinitionError",
        "MapFileNotFoundError",
        "MapLoadError",
        "MapSyntaxError",
        "NoMapDefinedError",
        "OutputExistsError",
        "PreviewServerError",
        "Problem",
        "QuoteNotFoundError",
        "RendererNotFound",
        "RenderError",
        "UnknownFormatError",
        "UnknownKeyError",
        "UnknownQuestionError",
        "UnknownSchemeError",
        "ValidationError",
        "WriteError",
        "WrongKindError",
    ),
    "argmap.formats._registry": ("write_map",),
    "argmap.formats.carneades_yaml": (
        "CarneadesFile",
        "load_carneades_yaml",
        "parse_carneades_yaml",
    ),
    "argmap.formats.iccma": (
        "read_framework",
        "write_framework",
    ),
    "argmap.lint": (
        "Finding",
        "Severity",
        "check_map",
    ),
    "argmap.loader": ("load_map",),
    "argmap.map": (
        "ArgumentMap",
        "MapBuilder",
        "answered",
        "raised",
    ),
    "argmap.model": (
        "Argument",
        "Claim",
        "Evidence",
        "Objection",
        "ObjectionKind",
        "Party",
        "QuestionAnswer",
        "Quote",
        "Source",
    ),
    "argmap.render": (
        "FORMATS",
        "NodeAnnotation",
        "Renderer",
        "RenderOptions",
        "find_renderer",
        "render_bytes",
        "to_dot",
    ),
    "argmap.render._evaluation": ("annotations_from",),
    "argmap.render.html": (
        "render_html",
        "write_html",
    ),
    "argmap.schemes": (
        "SCHEMES",
        "CriticalQuestion",
        "QuestionKind",
        "QuestionState",
        "QuestionStatus",
        "Scheme",
        "get_scheme",
    ),
    "argmap.semantics.acceptance": (
        "Acceptance",
        "acceptance",
    ),
    "argmap.semantics.carneades": (
        "Audience",
        "BeyondReasonableDoubt",
        "CarneadesArgument",
        "CarneadesGraph",
        "CarneadesResult",
        "ClearAndConvincing",
        "DialecticalValidity",
        "Preponderance",
        "ProofStandard",
        "Scintilla",
        "evaluate_carneades",
    ),
    "argmap.semantics.dung": (
        "Labelling",
        "Semantics",
    ),
    "argmap.semantics.evaluate": (
        "ALL_SEMANTICS",
        "DUNG_SEMANTICS",
        "Evaluation",
        "evaluate",
    ),
    "argmap.semantics.explain": (
        "Change",
        "Explanation",
        "explain",
        "what_if",
    ),
    "argmap.semantics.framework": (
        "ArgumentationFramework",
        "Label",
    ),
    "argmap.semantics.gradual": (
        "GRADUAL_SEMANTICS",
        "BipolarGraph",
        "Strengths",
        "gradual_strengths",
    ),
    "argmap.semantics.results": (
        "ExtensionResult",
        "GradualResult",
        "SemanticsResult",
    ),
    "argmap.semantics.status": ("Status",),
    "argmap.semantics.translate": (
        "SupportMode",
        "Translation",
        "to_bipolar_graph",
        "to_carneades_graph",
        "translate",
    ),
}
_WHERE = {name: module for module, names in _EXPORTS.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        msg = f"module 'argmap' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from argmap.errors import (
        ArgmapError,
        DuplicateKeyError,
        EvaluationError,
        FormatError,
        FrameworkFileNotFoundError,
        InvalidDocumentError,
        InvalidKeyError,
        InvalidValueError,
        LimitExceededError,
        MapDefinitionError,
        MapFileNotFoundError,
        MapLoadError,
        MapSyntaxError,
        NoMapDefinedError,
        OutputExistsError,
        PreviewServerError,
        Problem,
        QuoteNotFoundError,
        RendererNotFound,
        RenderError,
        UnknownFormatError,
        UnknownKeyError,
        UnknownQuestionError,
        UnknownSchemeError,
        ValidationError,
        WriteError,
        WrongKindError,
    )
    from argmap.formats._registry import write_map
    from argmap.formats.carneades_yaml import (
        CarneadesFile,
        load_carneades_yaml,
        parse_carneades_yaml,
    )
    from argmap.formats.iccma import (
        read_framework,
        write_framework,
    )
    from argmap.lint import (
        Finding,
        Severity,
        check_map,
    )
    from argmap.loader import load_map
    from argmap.map import (
        ArgumentMap,
        MapBuilder,
        answered,
        raised,
    )
    from argmap.model import (
        Argument,
        Claim,
        Evidence,
        Objection,
        ObjectionKind,
        Party,
        QuestionAnswer,
        Quote,
        Source,
    )
    from argmap.render import (
        FORMATS,
        NodeAnnotation,
        Renderer,
        RenderOptions,
        find_renderer,
        render_bytes,
        to_dot,
    )
    from argmap.render._evaluation import annotations_from
    from argmap.render.html import (
        render_html,
        write_html,
    )
    from argmap.schemes import (
        SCHEMES,
        CriticalQuestion,
        QuestionKind,
        QuestionState,
        QuestionStatus,
        Scheme,
        get_scheme,
    )
    from argmap.semantics.acceptance import (
        Acceptance,
        acceptance,
    )
    from argmap.semantics.carneades import (
        Audience,
        BeyondReasonableDoubt,
        CarneadesArgument,
        CarneadesGraph,
        CarneadesResult,
        ClearAndConvincing,
        DialecticalValidity,
        Preponderance,
        ProofStandard,
        Scintilla,
        evaluate_carneades,
    )
    from argmap.semantics.dung import (
        Labelling,
        Semantics,
    )
    from argmap.semantics.evaluate import (
        ALL_SEMANTICS,
        DUNG_SEMANTICS,
        Evaluation,
        evaluate,
    )
    from argmap.semantics.explain import (
        Change,
        Explanation,
        explain,
        what_if,
    )
    from argmap.semantics.framework import (
        ArgumentationFramework,
        Label,
    )
    from argmap.semantics.gradual import (
        GRADUAL_SEMANTICS,
        BipolarGraph,
        Strengths,
        gradual_strengths,
    )
    from argmap.semantics.results import (
        ExtensionResult,
        GradualResult,
        SemanticsResult,
    )
    from argmap.semantics.status import Status
    from argmap.semantics.translate import (
        SupportMode,
        Translation,
        to_bipolar_graph,
        to_carneades_graph,
        translate,
    )

__all__ = [
    "ALL_SEMANTICS",
    "DUNG_SEMANTICS",
    "FORMATS",
    "GRADUAL_SEMANTICS",
    "SCHEMES",
    "Acceptance",
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "ArgumentationFramework",
    "Audience",
    "BeyondReasonableDoubt",
    "BipolarGraph",
    "CarneadesArgument",
    "CarneadesFile",
    "CarneadesGraph",
    "CarneadesResult",
    "Change",
    "Claim",
    "ClearAndConvincing",
    "CriticalQuestion",
    "DialecticalValidity",
    "DuplicateKeyError",
    "Evaluation",
    "EvaluationError",
    "Evidence",
    "Explanation",
    "ExtensionResult",
    "Finding",
    "FormatError",
    "FrameworkFileNotFoundError",
    "GradualResult",
    "InvalidDocumentError",
    "InvalidKeyError",
    "InvalidValueError",
    "Label",
    "Labelling",
    "LimitExceededError",
    "MapBuilder",
    "MapDefinitionError",
    "MapFileNotFoundError",
    "MapLoadError",
    "MapSyntaxError",
    "NoMapDefinedError",
    "NodeAnnotation",
    "Objection",
    "ObjectionKind",
    "OutputExistsError",
    "Party",
    "Preponderance",
    "PreviewServerError",
    "Problem",
    "ProofStandard",
    "QuestionAnswer",
    "QuestionKind",
    "QuestionState",
    "QuestionStatus",
    "Quote",
    "QuoteNotFoundError",
    "RenderError",
    "RenderOptions",
    "Renderer",
    "RendererNotFound",
    "Scheme",
    "Scintilla",
    "Semantics",
    "SemanticsResult",
    "Severity",
    "Source",
    "Status",
    "Strengths",
    "SupportMode",
    "Translation",
    "UnknownFormatError",
    "UnknownKeyError",
    "UnknownQuestionError",
    "UnknownSchemeError",
    "ValidationError",
    "WriteError",
    "WrongKindError",
    "__version__",
    "acceptance",
    "annotations_from",
    "answered",
    "check_map",
    "evaluate",
    "evaluate_carneades",
    "explain",
    "find_renderer",
    "get_scheme",
    "gradual_strengths",
    "load_carneades_yaml",
    "load_map",
    "parse_carneades_yaml",
    "raised",
    "read_framework",
    "render_bytes",
    "render_html",
    "to_bipolar_graph",
    "to_carneades_graph",
    "to_dot",
    "translate",
    "what_if",
    "write_framework",
    "write_html",
    "write_map",
]
