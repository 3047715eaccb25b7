"""argmap: map arguments, evaluate claims, render support/attack diagrams.

>>> import argmap
>>> b = argmap.MapBuilder("Example")
>>> c = b.claim("c", "A claim.")
>>> len(b.build())
1
"""

from argmap.errors import (
    ArgmapError,
    DuplicateKeyError,
    EvaluationError,
    FormatError,
    InvalidKeyError,
    InvalidValueError,
    MapDefinitionError,
    MapFileNotFoundError,
    MapLoadError,
    MapSyntaxError,
    NoMapDefinedError,
    QuoteNotFoundError,
    RendererNotFound,
    RenderError,
    UnknownKeyError,
    UnknownQuestionError,
    UnknownSchemeError,
    ValidationError,
    WrongKindError,
)
from argmap.formats.carneades_yaml import (
    CarneadesFile,
    load_carneades_yaml,
    parse_carneades_yaml,
)
from argmap.lint import Finding, Severity, check_map
from argmap.loader import load_map
from argmap.map import ArgumentMap, MapBuilder, answered, raised
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
from argmap.schemes import (
    SCHEMES,
    CriticalQuestion,
    QuestionKind,
    QuestionState,
    QuestionStatus,
    Scheme,
    get_scheme,
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
from argmap.semantics.gradual import (
    GRADUAL_SEMANTICS,
    BipolarGraph,
    Strengths,
    gradual_strengths,
)
from argmap.semantics.translate import (
    SupportMode,
    Translation,
    to_bipolar_graph,
    translate,
)

__version__ = "0.1.0"

__all__ = [
    "GRADUAL_SEMANTICS",
    "SCHEMES",
    "ArgmapError",
    "Argument",
    "ArgumentMap",
    "Audience",
    "BeyondReasonableDoubt",
    "BipolarGraph",
    "CarneadesArgument",
    "CarneadesFile",
    "CarneadesGraph",
    "CarneadesResult",
    "Claim",
    "ClearAndConvincing",
    "CriticalQuestion",
    "DialecticalValidity",
    "DuplicateKeyError",
    "EvaluationError",
    "Evidence",
    "Finding",
    "FormatError",
    "InvalidKeyError",
    "InvalidValueError",
    "MapBuilder",
    "MapDefinitionError",
    "MapFileNotFoundError",
    "MapLoadError",
    "MapSyntaxError",
    "NoMapDefinedError",
    "Objection",
    "ObjectionKind",
    "Party",
    "Preponderance",
    "ProofStandard",
    "QuestionAnswer",
    "QuestionKind",
    "QuestionState",
    "QuestionStatus",
    "Quote",
    "QuoteNotFoundError",
    "RenderError",
    "RendererNotFound",
    "Scheme",
    "Scintilla",
    "Severity",
    "Source",
    "Strengths",
    "SupportMode",
    "Translation",
    "UnknownKeyError",
    "UnknownQuestionError",
    "UnknownSchemeError",
    "ValidationError",
    "WrongKindError",
    "__version__",
    "answered",
    "check_map",
    "evaluate_carneades",
    "get_scheme",
    "gradual_strengths",
    "load_carneades_yaml",
    "load_map",
    "parse_carneades_yaml",
    "raised",
    "to_bipolar_graph",
    "translate",
]
