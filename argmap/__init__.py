"""argmap: map arguments, evaluate claims, render support/attack diagrams.

>>> import argmap
>>> b = argmap.MapBuilder("Example")
>>> c = b.claim("c", "A claim.")
>>> len(b.build())
1

The top level holds what most users need: the elements of a map, the map and its builder,
loading, writing and checking map files, drawing (``argmap.render(m, "map.svg")``),
evaluating and explaining, and what it takes to build a Carneades graph by hand. The
rest lives in curated sub-namespaces: :mod:`argmap.errors` (every exception),
:mod:`argmap.semantics` (frameworks, semantics, results), :mod:`argmap.formats`
(interchange formats), :mod:`argmap.render` (DOT, images, HTML) and
:mod:`argmap.schemes`.

Every public name is imported on first use (PEP 562), so ``import argmap`` and the
``argmap`` command stay fast. To add a public name, add it to :data:`_EXPORTS`, to
``__all__`` and to the ``TYPE_CHECKING`` imports that type checkers read
(``tests/test_api.py`` checks that the three agree). Names that left the top level are
in :data:`_MOVED`: they still work for one release, with a DeprecationWarning naming
their new home.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from argmap._deprecation import lazy_module_getattr

__version__ = "0.1.0"

# Where each public name lives ("render" is the callable sub-package itself).
_EXPORTS: dict[str, str] = {
    "ArgmapError": "argmap.errors",
    "write_map": "argmap.formats._registry",
    "check_map": "argmap.lint",
    "load_map": "argmap.loader",
    "ArgumentMap": "argmap.map",
    "MapBuilder": "argmap.map",
    "answered": "argmap.map",
    "raised": "argmap.map",
    "Argument": "argmap.model",
    "Claim": "argmap.model",
    "Evidence": "argmap.model",
    "Objection": "argmap.model",
    "ObjectionKind": "argmap.model",
    "Party": "argmap.model",
    "QuestionAnswer": "argmap.model",
    "Quote": "argmap.model",
    "Source": "argmap.model",
    "RenderOptions": "argmap.render._options",
    "CarneadesArgument": "argmap.semantics.carneades",
    "CarneadesGraph": "argmap.semantics.carneades",
    "Issue": "argmap.semantics.carneades",
    "Statement": "argmap.semantics.carneades",
    "Evaluation": "argmap.semantics.evaluate",
    "evaluate": "argmap.semantics.evaluate",
    "explain": "argmap.semantics.explain",
    "what_if": "argmap.semantics.explain",
    "ArgumentationFramework": "argmap.semantics.framework",
    "Status": "argmap.semantics.status",
    "render": "argmap.render",
}

# Names the top level held before 0.2, and where each lives now.
_MOVED: dict[str, tuple[str, str]] = {
    "ALL_SEMANTICS": ("argmap.semantics", "ALL_SEMANTICS"),
    "Acceptance": ("argmap.semantics", "Acceptance"),
    "Audience": ("argmap.semantics", "Audience"),
    "BeyondReasonableDoubt": ("argmap.semantics", "BeyondReasonableDoubt"),
    "BipolarGraph": ("argmap.semantics", "BipolarGraph"),
    "CarneadesFile": ("argmap.formats", "CarneadesFile"),
    "CarneadesResult": ("argmap.semantics", "CarneadesResult"),
    "Change": ("argmap.semantics", "Change"),
    "ClearAndConvincing": ("argmap.semantics", "ClearAndConvincing"),
    "CriticalQuestion": ("argmap.schemes", "CriticalQuestion"),
    "DUNG_SEMANTICS": ("argmap.semantics", "DUNG_SEMANTICS"),
    "DialecticalValidity": ("argmap.semantics", "DialecticalValidity"),
    "DuplicateKeyError": ("argmap.errors", "DuplicateKeyError"),
    "EvaluationError": ("argmap.errors", "EvaluationError"),
    "Explanation": ("argmap.semantics", "Explanation"),
    "ExtensionResult": ("argmap.semantics", "ExtensionResult"),
    "FORMATS": ("argmap.render", "IMAGE_FORMATS"),
    "Finding": ("argmap.lint", "Finding"),
    "FormatError": ("argmap.errors", "FormatError"),
    "FrameworkFileNotFoundError": ("argmap.errors", "FrameworkFileNotFoundError"),
    "GRADUAL_SEMANTICS": ("argmap.semantics", "GRADUAL_SEMANTICS"),
    "GradualResult": ("argmap.semantics", "GradualResult"),
    "InvalidDocumentError": ("argmap.errors", "InvalidDocumentError"),
    "InvalidKeyError": ("argmap.errors", "InvalidKeyError"),
    "InvalidValueError": ("argmap.errors", "InvalidValueError"),
    "Label": ("argmap.semantics", "Label"),
    "Labelling": ("argmap.semantics", "Labelling"),
    "LimitExceededError": ("argmap.errors", "LimitExceededError"),
    "MapDefinitionError": ("argmap.errors", "MapDefinitionError"),
    "MapFileNotFoundError": ("argmap.errors", "MapFileNotFoundError"),
    "MapLoadError": ("argmap.errors", "MapLoadError"),
    "MapSyntaxError": ("argmap.errors", "MapSyntaxError"),
    "NoMapDefinedError": ("argmap.errors", "NoMapDefinedError"),
    "NodeAnnotation": ("argmap.render", "NodeAnnotation"),
    "OutputExistsError": ("argmap.errors", "OutputExistsError"),
    "Preponderance": ("argmap.semantics", "Preponderance"),
    "PreviewServerError": ("argmap.errors", "PreviewServerError"),
    "Problem": ("argmap.errors", "Problem"),
    "ProofStandard": ("argmap.semantics", "ProofStandard"),
    "QuestionKind": ("argmap.schemes", "QuestionKind"),
    "QuestionState": ("argmap.schemes", "QuestionState"),
    "QuestionStatus": ("argmap.schemes", "QuestionStatus"),
    "QuoteNotFoundError": ("argmap.errors", "QuoteNotFoundError"),
    "RenderError": ("argmap.errors", "RenderError"),
    "Renderer": ("argmap.render", "Renderer"),
    "RendererNotFound": ("argmap.errors", "RendererNotFound"),
    "SCHEMES": ("argmap.schemes", "SCHEMES"),
    "Scheme": ("argmap.schemes", "Scheme"),
    "Scintilla": ("argmap.semantics", "Scintilla"),
    "Semantics": ("argmap.semantics", "Semantics"),
    "SemanticsResult": ("argmap.semantics", "SemanticsResult"),
    "Severity": ("argmap.lint", "Severity"),
    "Strengths": ("argmap.semantics", "Strengths"),
    "SupportMode": ("argmap.semantics", "SupportMode"),
    "Translation": ("argmap.semantics", "Translation"),
    "UnknownFormatError": ("argmap.errors", "UnknownFormatError"),
    "UnknownKeyError": ("argmap.errors", "UnknownKeyError"),
    "UnknownQuestionError": ("argmap.errors", "UnknownQuestionError"),
    "UnknownSchemeError": ("argmap.errors", "UnknownSchemeError"),
    "ValidationError": ("argmap.errors", "ValidationError"),
    "WriteError": ("argmap.errors", "WriteError"),
    "WrongKindError": ("argmap.errors", "WrongKindError"),
    "acceptance": ("argmap.semantics", "acceptance"),
    "annotations_from": ("argmap.render", "annotations_from"),
    "evaluate_carneades": ("argmap.semantics", "evaluate_carneades"),
    "find_renderer": ("argmap.render", "find_renderer"),
    "framework_from_map": ("argmap.semantics", "framework_from_map"),
    "get_scheme": ("argmap.schemes", "get_scheme"),
    "gradual_strengths": ("argmap.semantics", "gradual_strengths"),
    "load_carneades_yaml": ("argmap.formats", "load_carneades_yaml"),
    "parse_carneades_yaml": ("argmap.formats", "parse_carneades_yaml"),
    "read_framework": ("argmap.formats", "read_framework"),
    "render_bytes": ("argmap.render", "render_bytes"),
    "render_html": ("argmap.render", "render_html"),
    "to_bipolar_graph": ("argmap.semantics", "to_bipolar_graph"),
    "to_carneades_graph": ("argmap.semantics", "to_carneades_graph"),
    "to_dot": ("argmap.render", "to_dot"),
    "translate": ("argmap.semantics", "translate"),
    "write_framework": ("argmap.formats", "write_framework"),
    "write_html": ("argmap.render", "write_html"),
}

__getattr__ = lazy_module_getattr(__name__, _EXPORTS, _MOVED, globals())


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:
    from argmap.errors import (
        ArgmapError,
    )
    from argmap.formats._registry import (
        write_map,
    )
    from argmap.lint import (
        check_map,
    )
    from argmap.loader import (
        load_map,
    )
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

    # Type checkers see the function (``argmap.render(m, "map.svg")``); at run time the
    # name is the callable package, so ``argmap.render.to_dot`` works too.
    from argmap.render._api import render
    from argmap.render._options import (
        RenderOptions,
    )
    from argmap.semantics.carneades import (
        CarneadesArgument,
        CarneadesGraph,
        Issue,
        Statement,
    )
    from argmap.semantics.evaluate import (
        Evaluation,
        evaluate,
    )
    from argmap.semantics.explain import (
        explain,
        what_if,
    )
    from argmap.semantics.framework import (
        ArgumentationFramework,
    )
    from argmap.semantics.status import Status

__all__ = [
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "ArgumentationFramework",
    "CarneadesArgument",
    "CarneadesGraph",
    "Claim",
    "Evaluation",
    "Evidence",
    "Issue",
    "MapBuilder",
    "Objection",
    "ObjectionKind",
    "Party",
    "QuestionAnswer",
    "Quote",
    "RenderOptions",
    "Source",
    "Statement",
    "Status",
    "__version__",
    "answered",
    "check_map",
    "evaluate",
    "explain",
    "load_map",
    "raised",
    "render",
    "what_if",
    "write_map",
]
